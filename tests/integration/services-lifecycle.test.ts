import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createServices, type Services } from '../../electron/services';
import { disposeAll } from '../../electron/services/dispose';
import type { PdfPrinter } from '../../electron/services/ports/pdf-printer';
import { Briefing } from '../../shared/model';
import { tempDir } from '../helpers/tmp';
import { expectWholePdfs } from '../helpers/whole-pdfs';

const seed = Briefing.parse(JSON.parse(readFileSync(path.resolve('tests/fixtures/export/minutes-seed-hans.json'), 'utf8')));

let work: { dir: string; cleanup: () => Promise<void> };
beforeEach(async () => {
  work = await tempDir('briefing-lifecycle-');
});
afterEach(async () => {
  await work.cleanup();
});

/** Polls the services (not the clock) until `done`; a bounded number of rounds, each yielding to I/O. */
async function until<T>(read: () => Promise<T>, done: (v: T) => boolean, rounds = 3000): Promise<T> {
  for (let i = 0; i < rounds; i++) {
    const v = await read();
    if (done(v)) return v;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error('condition not reached');
}

describe('createServices().close() disposes every feature', () => {
  it('cancels a running batch export and returns only when it has stopped: whole files, no temp, no half-written file', async () => {
    const services = await createServices({ dataDir: path.join(work.dir, 'data'), mode: 'cli' });
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) ids.push((await services.store.create({ ...structuredClone(seed), id: `close-doc-${i}`, title: `专题会议纪要${i}` })).id);
    const dir = path.join(work.dir, 'out');
    await mkdir(dir);
    const { jobId } = await services.api['export:batchStart']({ ids, format: 'pdf', dir });
    await until(
      () => services.api['export:batchStatus']({ jobId }),
      (s) => s.done >= 1,
    );

    await services.close();

    // close() waited for the batch: it is over, cancelled, and what is on disk is exactly its whole files
    const end = await services.api['export:batchStatus']({ jobId });
    expect(end).toMatchObject({ finished: true, cancelled: true, errors: [] });
    expect(end.done).toBeLessThan(6);
    const onDisk = expectWholePdfs(dir);
    expect(onDisk).toEqual(end.files.map((f) => path.basename(f)).sort());
  }, 180_000);

  it('clears the search timer: the timer never runs and the process exits by itself', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.resolve('tests/helpers/services-close-child.ts'), path.join(work.dir, 'data')], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    // bounded: a child still alive after this is killed and the test fails
    const killer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    clearTimeout(killer);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    // the search build's and the task register's warm-up timers were armed while opening, and
    // never ran: close() cleared them
    expect(JSON.parse(stdout.trim())).toEqual({ armed: 2, ran: 0 });
  }, 90_000);

  it('a throwing dispose does not stop the others: the data-dir lock is still released', async () => {
    const dataDir = path.join(work.dir, 'data');
    // A printer port whose close fails, as a crashed Chromium's would; it closes after the features and before the store.
    const printer: PdfPrinter = {
      async print() {
        throw new Error('not used');
      },
      async close() {
        throw new Error('printer would not close');
      },
    };
    const services: Services = await createServices({ dataDir, mode: 'cli', printer });
    await expect(services.close()).rejects.toThrow('printer would not close');
    // the store closed after the failure: its lock file is gone and it takes no more writes
    expect(existsSync(path.join(dataDir, '.briefing.lock'))).toBe(false);
    await expect(services.store.create(structuredClone(seed))).rejects.toThrow('store is closed');
  }, 60_000);

  it('disposeAll runs every step in order and reports every failure', async () => {
    const ran: string[] = [];
    const fail = (name: string) => () => {
      ran.push(name);
      throw new Error(name);
    };
    await expect(disposeAll([fail('a'), () => ran.push('b')])).rejects.toThrow('a');
    const both = await disposeAll([fail('c'), fail('d'), async () => ran.push('e')]).catch((e: unknown) => e);
    expect(both).toBeInstanceOf(AggregateError);
    expect((both as AggregateError).errors.map((e: Error) => e.message)).toEqual(['c', 'd']);
    expect(ran).toEqual(['a', 'b', 'c', 'd', 'e']);
  });
});
