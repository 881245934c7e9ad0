import { readFileSync, writeFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createServices, type Services } from '../../electron/services';
import { uniqueName } from '../../electron/services/export/batch';
import type { BatchStatus } from '../../shared/api/channels/export';
import { Briefing } from '../../shared/model';
import { tempDir } from '../helpers/tmp';
import { expectWholePdfs } from '../helpers/whole-pdfs';

const seed = Briefing.parse(JSON.parse(readFileSync(path.resolve('tests/fixtures/export/minutes-seed-hans.json'), 'utf8')));

/** Waits until the batch's status meets `done` (vi.waitFor polls the status; no fixed sleep). */
async function until(services: Services, jobId: string, done: (s: BatchStatus) => boolean, timeout = 60_000): Promise<BatchStatus> {
  return vi.waitFor(
    async () => {
      const s = await services.api['export:batchStatus']({ jobId });
      if (!done(s)) throw new Error(`batch not there yet: ${JSON.stringify(s)}`);
      return s;
    },
    { timeout, interval: 20 },
  );
}

describe('batch export (export:batchStart / batchStatus / batchCancel)', () => {
  let services: Services;
  let root: string;
  let cleanup: () => Promise<void>;
  const ids: string[] = [];

  beforeAll(async () => {
    const t = await tempDir('briefing-batch-');
    root = t.dir;
    cleanup = t.cleanup;
    services = await createServices({ dataDir: path.join(root, 'data'), mode: 'cli' });
    for (let i = 0; i < 6; i++) {
      const doc = await services.store.create({ ...structuredClone(seed), id: `batch-doc-${i}`, title: `专题会议纪要${i < 5 ? '' : i}`, status: i % 2 ? 'review' : 'draft' });
      ids.push(doc.id);
    }
  }, 60_000);
  afterAll(async () => {
    await services.close();
    await cleanup();
  });

  it('cancelled midway: stops, says so, and leaves only whole files (no partial, no temp)', async () => {
    const dir = path.join(root, 'cancel');
    await mkdir(dir);
    const { jobId, total } = await services.api['export:batchStart']({ ids, format: 'pdf', dir });
    expect(total).toBe(6);
    await until(services, jobId, (s) => s.done >= 2);
    await services.api['export:batchCancel']({ jobId });
    const end = await until(services, jobId, (s) => s.finished);
    expect(end.cancelled).toBe(true);
    expect(end.done).toBeLessThan(6);
    expect(end.errors).toEqual([]);
    const onDisk = expectWholePdfs(dir);
    expect(onDisk).toEqual(end.files.map((f) => path.basename(f)).sort());
    expect(onDisk.length).toBeGreaterThanOrEqual(2);
    expect(onDisk.length).toBeLessThan(6);
  }, 120_000);

  it("by status, DOCX: every matching document, unique names, an existing file is that document's error", async () => {
    const dir = path.join(root, 'review');
    await mkdir(dir);
    // the same title and date as the first review document: already there
    writeFileSync(path.join(dir, '专题会议纪要_2024-02-19.docx'), 'mine');
    const { jobId, total } = await services.api['export:batchStart']({ status: 'review', format: 'docx', dir });
    expect(total).toBe(3);
    const end = await until(services, jobId, (s) => s.finished);
    expect(end.cancelled).toBe(false);
    expect(end.done).toBe(3);
    expect(end.errors.map((e) => e.code)).toEqual(['conflict']);
    expect(readFileSync(path.join(dir, '专题会议纪要_2024-02-19.docx'), 'utf8')).toBe('mine');
    expect(end.files.map((f) => path.basename(f)).sort()).toEqual(['专题会议纪要5_2024-02-19.docx', '专题会议纪要_2024-02-19 (2).docx'].sort());
  }, 60_000);

  it('refuses a folder that does not exist or is relative, before starting', async () => {
    await expect(services.api['export:batchStart']({ ids, format: 'html', dir: path.join(root, 'nope') })).rejects.toMatchObject({ code: 'unwritable' });
    await expect(services.api['export:batchStart']({ ids, format: 'html', dir: 'relative' })).rejects.toMatchObject({ code: 'validation' });
  });

  it('names files uniquely within a batch, ignoring case', () => {
    const used = new Set<string>();
    expect(['a.pdf', 'A.pdf', 'a.pdf'].map((n) => uniqueName(n, used))).toEqual(['a.pdf', 'A (2).pdf', 'a (3).pdf']);
  });
});
