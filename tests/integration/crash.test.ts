import { spawn } from 'node:child_process';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../electron/services/store/document-store';
import { tempDir } from '../helpers/tmp';
import { bodyFor } from './crash-body';

const KILLS = Number(process.env.BRIEFING_CRASH_KILLS ?? 200);
const DOCS = 4;

let work: { dir: string; cleanup: () => Promise<void> };
let childJs: string;

beforeAll(async () => {
  work = await tempDir('briefing-crash-');
  // Bundle the child once: a plain `node child.mjs` starts in ~50 ms, so 200 kills stay fast.
  childJs = path.join(work.dir, 'child.mjs');
  await build({ entryPoints: [path.resolve('tests/integration/crash-child.ts')], bundle: true, platform: 'node', format: 'esm', outfile: childJs, logLevel: 'silent' });
});
afterAll(async () => work?.cleanup());

/** Starts the child, kills it with SIGKILL after a random delay, and returns what it acknowledged. */
function runAndKill(dataDir: string, seed: number, acked: Map<string, number>): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [childJs, dataDir, String(DOCS), String(seed)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let buffer = '';
    let stderr = '';
    let timer: NodeJS.Timeout | undefined;
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      let nl;
      while ((nl = buffer.indexOf('\n')) >= 0) {
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 1);
        const m = /^ack (\S+) (\d+)$/.exec(line);
        if (m) acked.set(m[1]!, Number(m[2]));
        // Kill at a random moment after the store is open: somewhere inside a save most of the time.
        if (line === 'ready' && !timer) timer = setTimeout(() => child.kill('SIGKILL'), Math.floor(Math.random() * 60));
      }
    });
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('exit', (code, signal) => {
      if (timer) clearTimeout(timer);
      if (signal === 'SIGKILL') resolve();
      else reject(new Error(`child exited ${code}: ${stderr}`));
    });
  });
}

describe('crash safety', () => {
  it(`every document holds its last acknowledged save after ${KILLS} SIGKILLs at random moments`, async () => {
    const dataDir = path.join(work.dir, 'data');
    const acked = new Map<string, number>();
    let saves = 0;
    for (let k = 0; k < KILLS; k++) {
      const before = [...acked.values()].reduce((a, b) => a + b, 0);
      await runAndKill(dataDir, k + 1, acked);
      saves += [...acked.values()].reduce((a, b) => a + b, 0) - before;
      // Verify after every kill: a lock left by the dead child is taken over, and every
      // document opens with its last acknowledged revision (or the one in flight when killed,
      // which reached the disk whole), and its content is exactly that revision's.
      const store = await openStore({ dataDir, clock: () => new Date() });
      try {
        expect(store.list()).toHaveLength(acked.size);
        for (const [id, revision] of acked) {
          const { doc } = await store.get(id);
          expect([revision, revision + 1], `${id} after kill ${k}`).toContain(doc.revision);
          if (doc.revision > 1) {
            expect(doc.title).toBe(`${id} 第${doc.revision}版`);
            expect(doc.sections[0]!.paragraphs[0]).toBe(bodyFor(id, doc.revision));
          }
          const entry = store.list().find((e) => e.id === id)!;
          expect(entry.revision, 'the index agrees with the file').toBe(doc.revision);
          // A revision in flight that reached the disk whole counts as acknowledged from here on.
          acked.set(id, doc.revision);
        }
        expect(store.notices(), 'no file was ever damaged').toEqual([]);
      } finally {
        await store.close();
      }
    }
    expect(acked.size).toBe(DOCS);
    expect(saves).toBeGreaterThan(KILLS);
    const quarantine = await readdir(path.join(dataDir, 'quarantine')).catch(() => []);
    expect(quarantine).toEqual([]);
  }, 600_000);
});
