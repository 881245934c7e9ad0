import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { LoadedPolicy } from '../../shared/model';
import { createServices, type Services } from '../../electron/services';
import { AUTO_BACKUP_NAME, MAX_SLEEP_MS } from '../../electron/services/backup-schedule/scheduler';
import { FakeTime } from '../helpers/fake-time';
import { tempDir } from '../helpers/tmp';

/**
 * The automatic backup the policy schedules, driven by a fake clock: on schedule, the same
 * archive as `briefing backup`, pruned by count, a notice while the last one failed, and a
 * restore from its archive gives back every document.
 */
const HOUR = 60 * 60 * 1000;
let dir = '';
let cleanup: () => Promise<void>;
beforeAll(async () => ({ dir, cleanup } = await tempDir('briefing-autobackup-')));
afterAll(async () => cleanup());
const open: Services[] = [];
afterEach(async () => {
  for (const s of open.splice(0)) await s.close().catch(() => undefined);
});

function policyFor(backupDir: string, keep = 3): LoadedPolicy {
  return { file: '/etc/briefing-desk/policy.json', status: 'applied', policy: { backup: { value: { dir: backupDir, intervalHours: 24, keep }, locked: true } } };
}

async function start(dataDir: string, policy: LoadedPolicy, time: FakeTime): Promise<Services> {
  const s = await createServices({ dataDir, mode: 'browser', policy, clock: time.clock, timers: time.timers });
  open.push(s);
  // policy:get answers once the scheduler has read its state and set its first timer
  await s.api['policy:get']({});
  return s;
}

const ours = async (folder: string) => (await readdir(folder)).filter((f) => AUTO_BACKUP_NAME.test(f)).sort();

describe('automatic backup on a schedule', () => {
  it('backs up when due, every interval, keeps the newest N and leaves other files alone', async () => {
    const time = new FakeTime('2026-03-02T01:00:00Z');
    const dataDir = path.join(dir, 'lib-1');
    const backups = path.join(dir, 'share', '备份');
    await mkdir(backups, { recursive: true });
    await writeFile(path.join(backups, 'readme.txt'), 'not ours');
    const s = await start(dataDir, policyFor(backups), time);
    const { doc } = await s.api['docs:create']({ templateId: 'builtin-minutes-hans', title: '第一篇' });

    // never backed up: due at once
    await time.advance(0);
    expect(await ours(backups)).toEqual(['briefing-auto-20260302T010000Z.zip']);
    let status = (await s.api['policy:get']({})).autoBackup;
    expect(status).toMatchObject({ enabled: true, lastSuccessAt: '2026-03-02T01:00:00.000Z', nextAt: '2026-03-03T01:00:00.000Z', lastError: '' });

    // nothing before the interval is up, even across several wake-ups
    await s.api['docs:save']({ doc: { ...doc, title: '第一篇（改）' } });
    await time.advance(23 * HOUR + 59 * 60 * 1000);
    expect(await ours(backups)).toHaveLength(1);
    await time.advance(60 * 1000);
    expect(await ours(backups)).toHaveLength(2);

    // four more days: five made, the newest three kept, the other file untouched
    for (let day = 0; day < 3; day++) await time.advance(24 * HOUR);
    expect(await ours(backups)).toEqual(['briefing-auto-20260304T010000Z.zip', 'briefing-auto-20260305T010000Z.zip', 'briefing-auto-20260306T010000Z.zip']);
    expect(await readdir(backups)).toContain('readme.txt');
    status = (await s.api['policy:get']({})).autoBackup;
    expect(status.lastFile).toBe(path.join(backups, 'briefing-auto-20260306T010000Z.zip'));
  });

  it('says when the last backup failed, retries, and clears the notice once one succeeds', async () => {
    const time = new FakeTime('2026-03-02T09:30:00Z');
    const backups = path.join(dir, 'usb-stick');
    // the folder's place is taken by a file: every write into it fails
    await writeFile(backups, 'a file, not a folder');
    const s = await start(path.join(dir, 'lib-2'), policyFor(backups), time);
    await s.api['docs:create']({ templateId: 'builtin-minutes-hans' });
    await time.advance(0);
    let { notices } = await s.api['store:notices']({});
    expect(notices).toEqual([expect.objectContaining({ kind: 'backupFailed', file: backups })]);
    const status = (await s.api['policy:get']({})).autoBackup;
    expect(status.lastFailureAt).toBe('2026-03-02T09:30:00.000Z');
    expect(status.lastError).not.toBe('');
    expect(status.lastSuccessAt).toBe('');

    // a retry that fails again adds no second notice
    await time.advance(MAX_SLEEP_MS);
    expect((await s.api['store:notices']({})).notices).toHaveLength(1);

    await rm(backups);
    await mkdir(backups);
    await time.advance(MAX_SLEEP_MS);
    expect(await ours(backups)).toEqual(['briefing-auto-20260302T113000Z.zip']);
    ({ notices } = await s.api['store:notices']({}));
    expect(notices).toEqual([]);
  });

  it('remembers the last backup across restarts, and catches up after the PC was off', async () => {
    const time = new FakeTime('2026-03-02T08:00:00Z');
    const dataDir = path.join(dir, 'lib-3');
    const backups = path.join(dir, 'bk-3');
    let s = await start(dataDir, policyFor(backups), time);
    await time.advance(0);
    await s.close();
    open.splice(open.indexOf(s), 1);

    await time.advance(2 * HOUR);
    s = await start(dataDir, policyFor(backups), time);
    expect((await s.api['policy:get']({})).autoBackup.nextAt).toBe('2026-03-03T08:00:00.000Z');
    await time.advance(0);
    expect(await ours(backups)).toHaveLength(1);
    await s.close();
    open.splice(open.indexOf(s), 1);

    // off over the weekend: the first look after the start runs the overdue backup
    await time.advance(72 * HOUR);
    s = await start(dataDir, policyFor(backups), time);
    await time.advance(0);
    expect(await ours(backups)).toEqual(['briefing-auto-20260302T080000Z.zip', 'briefing-auto-20260305T100000Z.zip']);
  });

  it('runs no scheduler in the one-shot CLI', async () => {
    const time = new FakeTime('2026-03-02T08:00:00Z');
    const backups = path.join(dir, 'bk-cli');
    const s = await createServices({ dataDir: path.join(dir, 'lib-cli'), mode: 'cli', policy: policyFor(backups), clock: time.clock, timers: time.timers });
    open.push(s);
    expect(time.waiting()).toEqual([]);
    expect((await s.api['policy:get']({})).autoBackup.enabled).toBe(false);
  });
});

describe('restoring from an automatic backup', () => {
  it('gives back every document, with its history, trashed ones included', async () => {
    const time = new FakeTime('2026-04-01T06:00:00Z');
    const backups = path.join(dir, 'bk-restore');
    const s = await start(path.join(dir, 'lib-src'), policyFor(backups, 2), time);
    const made = [];
    for (const [i, templateId] of ['builtin-minutes-hans', 'builtin-topic-report-hant', 'builtin-minutes-hans', 'builtin-minutes-hans'].entries()) {
      const { doc } = await s.api['docs:create']({ templateId, title: `文档 ${i + 1}` });
      made.push((await s.api['docs:save']({ doc: { ...doc, title: `文档 ${i + 1}（第二稿）` } })).doc);
    }
    await s.api['docs:trash']({ id: made[3]!.id });
    await time.advance(0);
    const [archive] = await ours(backups);

    const target = await createServices({ dataDir: path.join(dir, 'lib-new-pc'), mode: 'cli' });
    open.push(target);
    const report = await target.api['library:restore']({ path: path.join(backups, archive!), mode: 'merge' });
    expect(report.added).toBe(4);
    const live = (await target.api['docs:list']({})).entries.map((e) => e.id).sort();
    const trashed = (await target.api['docs:list']({ trashed: true })).entries.map((e) => e.id);
    expect(live).toEqual(
      made
        .slice(0, 3)
        .map((d) => d.id)
        .sort(),
    );
    expect(trashed).toEqual([made[3]!.id]);
    for (const d of made.slice(0, 3)) {
      const restored = await target.api['docs:get']({ id: d.id });
      expect(restored.doc).toEqual(d);
      expect(restored.revisions.map((r) => r.revision)).toEqual((await s.api['docs:get']({ id: d.id })).revisions.map((r) => r.revision));
    }
  });
});
