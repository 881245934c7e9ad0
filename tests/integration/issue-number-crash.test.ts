import { spawn } from 'node:child_process';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices } from '../../electron/services';
import { seeded } from '../helpers/seeded';
import { tempDir } from '../helpers/tmp';

/**
 * 期号 allocation under SIGKILL: a child issues 简报 in a loop and is killed at seeded random
 * moments (inside the register append, between the append and the issue file, inside the file
 * write). After every kill the library is opened again; at the end every number the child was
 * told is held by that issue, no number is held twice, and each sequence runs 1..N without a
 * hole (no gap line is ever written by the child, so any hole would be a silent one).
 */
const KILLS = Number(process.env.BRIEFING_ISSUE_KILLS ?? 12);
const SEED = Number(process.env.BRIEFING_CRASH_SEED ?? Math.floor(Math.random() * 2 ** 31));

let work: { dir: string; cleanup: () => Promise<void> };
let childJs: string;

beforeAll(async () => {
  work = await tempDir('briefing-issue-crash-');
  // beside node_modules (an ignored cache folder), so the child's bare imports resolve from the project
  childJs = path.resolve('node_modules/.cache/briefing-tests', `issue-number-child-${process.pid}.mjs`);
  await build({
    entryPoints: [path.resolve('tests/integration/issue-number-child.ts')],
    bundle: true, platform: 'node', format: 'esm', outfile: childJs, logLevel: 'silent',
    // the printer is never started here; node_modules resolve from the project
    packages: 'external',
  });
}, 60_000);
afterAll(async () => {
  await rm(childJs, { force: true });
  await work?.cleanup();
});

interface Ack { id: string; sequence: string; number: number }

function runAndKill(dataDir: string, seed: number, delayMs: number, acks: Ack[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [childJs, dataDir, String(seed)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let buffer = '';
    let stderr = '';
    let timer: NodeJS.Timeout | undefined;
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      let nl;
      while ((nl = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 1);
        const m = /^ack (\S+) (\S+) (\d+)$/.exec(line);
        if (m) acks.push({ id: m[1]!, sequence: m[2]!, number: Number(m[3]) });
        if (line === 'ready' && !timer) timer = setTimeout(() => child.kill('SIGKILL'), delayMs);
      }
    });
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('exit', (code, signal) => {
      if (timer) clearTimeout(timer);
      if (signal === 'SIGKILL') resolve();
      else reject(new Error(`child exited ${code} (seed ${SEED}): ${stderr}`));
    });
  });
}

describe('issue number register under SIGKILL', () => {
  it(`no duplicate and no silent gap after ${KILLS} kills at random points`, async () => {
    const dataDir = path.join(work.dir, 'data');
    const random = seeded(SEED);
    const acks: Ack[] = [];
    console.log(`issue crash test seed ${SEED} (replay with BRIEFING_CRASH_SEED=${SEED})`);
    for (let k = 0; k < KILLS; k++) await runAndKill(dataDir, Math.floor(random() * 2 ** 31), 20 + Math.floor(random() * 250), acks);
    expect(acks.length, `seed ${SEED}: the child issued nothing`).toBeGreaterThan(KILLS / 2);

    const services = await createServices({ dataDir, mode: 'cli' });
    try {
      const rows = (await services.api['issues:list']({})).issues;
      const byId = new Map(rows.map((r) => [r.id, r]));
      // every acknowledged number is still that issue's
      for (const a of acks) {
        const row = byId.get(a.id);
        expect(row?.status, `seed ${SEED}: ${a.id}`).toBe('issued');
        expect(row?.number, `seed ${SEED}: ${a.id}`).toBe(a.number);
      }
      const seriesId = rows[0]!.seriesId;
      const register = (await services.api['issues:register']({ seriesId })).entries;
      expect(register.filter((e) => e.action !== 'allocate'), `seed ${SEED}: only allocations`).toEqual([]);
      for (const sequence of ['regular', 'supplement']) {
        const issued = rows.filter((r) => r.status === 'issued' && r.kind === sequence);
        const numbers = issued.map((r) => r.number).sort((a, b) => a - b);
        // no duplicate, no hole: exactly 1..N
        expect(numbers, `seed ${SEED}: ${sequence}`).toEqual(numbers.map((_, i) => i + 1));
        // the register and the files agree (a roll-forward happened wherever a kill fell between them)
        expect(register.filter((e) => e.sequence === sequence).length, `seed ${SEED}: ${sequence}`).toBe(issued.length);
      }
      const totals = rows.filter((r) => r.status === 'issued' && r.kind === 'regular').map((r) => r.totalNumber ?? 0).sort((a, b) => a - b);
      expect(totals, `seed ${SEED}: 总期号`).toEqual(totals.map((_, i) => i + 1));
    } finally {
      await services.close();
    }
  }, 600_000);
});
