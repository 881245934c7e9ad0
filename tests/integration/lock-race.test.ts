import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/tmp';

/**
 * Four real processes told at the same moment to take a data dir whose lock was left by a dead
 * process: exactly one may hold it, every round. (Before the lock was linked into place and
 * claimed before removal, 2-4 holders were seen in 13 of 20 rounds.)
 */
const PROCESSES = 4;
const ROUNDS = Number(process.env.BRIEFING_LOCK_ROUNDS ?? 30);

let work: { dir: string; cleanup: () => Promise<void> };
const children: { proc: ChildProcessWithoutNullStreams; lines: string[]; waiters: (() => void)[] }[] = [];

function nextLine(c: (typeof children)[number]): Promise<string> {
  return new Promise((resolve) => {
    const take = () => resolve(c.lines.shift()!);
    if (c.lines.length) take();
    else c.waiters.push(take);
  });
}

beforeAll(async () => {
  work = await tempDir('briefing-lockrace-');
  const childJs = path.join(work.dir, 'lock-child.mjs');
  await build({ entryPoints: [path.resolve('tests/integration/lock-child.ts')], bundle: true, platform: 'node', format: 'esm', outfile: childJs, logLevel: 'silent' });
  for (let i = 0; i < PROCESSES; i++) {
    const proc = spawn(process.execPath, [childJs], { stdio: ['pipe', 'pipe', 'pipe'] });
    const c = { proc, lines: [] as string[], waiters: [] as (() => void)[] };
    let buffer = '';
    proc.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      let nl;
      while ((nl = buffer.indexOf('\n')) >= 0) {
        c.lines.push(buffer.slice(0, nl));
        buffer = buffer.slice(nl + 1);
        c.waiters.shift()?.();
      }
    });
    children.push(c);
  }
  for (const c of children) expect(await nextLine(c)).toBe('ready');
}, 60_000);

afterAll(async () => {
  for (const c of children) c.proc.stdin.end();
  await work?.cleanup();
});

describe('data-dir lock under contention', () => {
  it(`exactly one of ${PROCESSES} processes takes a stale lock, ${ROUNDS} rounds`, async () => {
    const holdersPerRound: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const dir = path.join(work.dir, `round-${round}`);
      await mkdir(dir);
      // The lock of a process that died: a pid that cannot exist, this host.
      await writeFile(path.join(dir, '.briefing.lock'), JSON.stringify({ pid: 2 ** 22 + 54321, host: os.hostname(), startedAt: '' }));
      for (const c of children) c.proc.stdin.write(`go ${dir}\n`);
      const results = await Promise.all(children.map(nextLine));
      holdersPerRound.push(results.filter((r) => r === 'held').length);
      expect(
        results.every((r) => r === 'held' || r === 'locked'),
        results.join(','),
      ).toBe(true);
      for (const c of children) c.proc.stdin.write('release\n');
      for (const c of children) expect(await nextLine(c)).toBe('released');
    }
    expect(
      holdersPerRound.filter((n) => n !== 1),
      `holders per round: ${holdersPerRound.join(' ')}`,
    ).toEqual([]);
  }, 120_000);
});
