import { spawnSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AppError } from '../../shared/api';
import { openStore } from '../../electron/services/store/document-store';
import { currentBootId, processStartTime } from '../../electron/services/store/process-identity';
import { steppingClock, tempDir } from '../helpers/tmp';

/**
 * A lock must name its holder well enough that a reused pid, a reboot or a renamed host never
 * locks the user out for good; and a lock that looks alive can be taken over on request.
 * The "live" holder below is this test's parent process (process.ppid): a real, running process.
 */
let work: { dir: string; cleanup: () => Promise<void> };
beforeAll(async () => (work = await tempDir('briefing-lockid-')));
afterAll(async () => work.cleanup());

const clock = steppingClock();
const DEAD_PID = 2 ** 22 + 777;
let n = 0;

async function dirWithLock(lock: Record<string, unknown>): Promise<string> {
  const dir = path.join(work.dir, `lib-${n++}`);
  await mkdir(dir);
  await writeFile(path.join(dir, '.briefing.lock'), JSON.stringify({ startedAt: '2026-03-01T08:00:00Z', ...lock }));
  return dir;
}

async function opens(dir: string, takeOver = false): Promise<true | AppError> {
  try {
    const store = await openStore({ dataDir: dir, clock, takeOver });
    await store.close();
    return true;
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
}

const live = () => ({ pid: process.ppid, host: os.hostname(), processStart: processStartTime(process.ppid), bootId: currentBootId() });

describe('who holds the lock', () => {
  it('records pid, start time and boot id of this process', () => {
    expect(processStartTime(process.pid)).toMatch(/^\d+$/);
    expect(currentBootId()).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('refuses a live holder with what a take-over confirmation needs', async () => {
    const r = await opens(await dirWithLock(live()));
    expect(r).toBeInstanceOf(AppError);
    expect((r as AppError).code).toBe('locked');
    expect((r as AppError).params).toMatchObject({ pid: process.ppid, host: os.hostname(), startedAt: '2026-03-01T08:00:00Z', canTakeOver: 1 });
  });

  it('takes over a reused pid: alive, but a process that started at another time', async () => {
    expect(await opens(await dirWithLock({ ...live(), processStart: '1' }))).toBe(true);
  });

  it('takes over a lock from before a reboot', async () => {
    expect(await opens(await dirWithLock({ ...live(), bootId: '00000000-0000-4000-8000-000000000000' }))).toBe(true);
  });

  it('takes over a dead holder whose host name has since changed', async () => {
    expect(await opens(await dirWithLock({ ...live(), pid: DEAD_PID, host: 'old-laptop-name.local' }))).toBe(true);
  });

  it('takes over a live-looking or foreign holder only when asked', async () => {
    const foreign = await dirWithLock({ pid: 4242, host: 'other-pc', bootId: 'another-machine' });
    expect((await opens(foreign)) as AppError).toMatchObject({ code: 'locked', params: { host: 'other-pc', canTakeOver: 1 } });
    expect(await opens(foreign, true)).toBe(true);
    expect(await opens(await dirWithLock(live()), true)).toBe(true);
  });

  it('the CLI says how to take over in one line, and --take-over does it', async () => {
    const dir = await dirWithLock(live());
    const run = (args: string[]) =>
      spawnSync(process.execPath, [path.resolve('bin/briefing.mjs'), 'list', '--data-dir', dir, ...args], {
        encoding: 'utf8',
        env: { ...process.env, BRIEFING_LANG: 'en' },
      });
    const refused = run([]);
    expect(refused.status).toBe(2);
    expect(refused.stderr.trim().split('\n')).toHaveLength(1);
    expect(refused.stderr).toContain('--take-over');
    const zh = spawnSync(process.execPath, [path.resolve('bin/briefing.mjs'), 'list', '--data-dir', dir], { encoding: 'utf8', env: { ...process.env, BRIEFING_LANG: 'zh-CN' } });
    expect(zh.stderr).toContain('接管');
    const taken = run(['--take-over']);
    expect(taken.status, taken.stderr).toBe(0);
  });
});
