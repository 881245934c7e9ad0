import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, rm, stat, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../shared/api';
import { SCHEMA_VERSION, documentFromTemplate } from '../../shared/model';
import { builtinTemplate } from '../../shared/templates';
import { openStore, type DocumentStore } from '../../electron/services/store/document-store';
import { BACKUPS_PER_DOCUMENT } from '../../electron/services/store/recovery';
import { steppingClock, tempDir } from '../helpers/tmp';

const template = builtinTemplate('builtin-topic-report-hans')!;

let dir: string;
let cleanup: () => Promise<void>;
let store: DocumentStore | undefined;
const clock = steppingClock();

beforeEach(async () => {
  ({ dir, cleanup } = await tempDir());
});
afterEach(async () => {
  await store?.close();
  store = undefined;
  await cleanup();
});

async function open(): Promise<DocumentStore> {
  store = await openStore({ dataDir: dir, clock });
  return store;
}

async function reopen(): Promise<DocumentStore> {
  await store?.close();
  return open();
}

function expectAppError(e: unknown, code: string) {
  expect(e).toBeInstanceOf(AppError);
  expect((e as AppError).code).toBe(code);
}

describe('document store', () => {
  it('creates, saves, lists and reopens documents with their revisions', async () => {
    const s = await open();
    const created = await s.create(documentFromTemplate(template, clock()));
    expect(created.revision).toBe(1);
    const saved = await s.save({ ...created, title: '市科技局召开专题会' });
    expect(saved.revision).toBe(2);
    const again = await s.save({ ...saved, title: '市科技局召开高质量发展专题会' });
    const s2 = await reopen();
    const { doc, revisions } = await s2.get(created.id);
    expect(doc.title).toBe('市科技局召开高质量发展专题会');
    expect(doc.revision).toBe(3);
    expect(revisions.map((r) => r.revision)).toEqual([3, 2, 1]);
    expect((await s2.getRevision(created.id, 2)).title).toBe('市科技局召开专题会');
    expect(s2.list().map((e) => [e.id, e.title, e.revision])).toEqual([[again.id, again.title, 3]]);
  });

  it('keeps one lowdb JSON file per document plus index, journal, settings and backups', async () => {
    const s = await open();
    const doc = await s.create(documentFromTemplate(template, clock()));
    const raw = JSON.parse(await readFile(path.join(dir, 'documents', `${doc.id}.json`), 'utf8'));
    expect(raw).toMatchObject({ format: 'briefing-desk/document', schemaVersion: SCHEMA_VERSION, doc: { id: doc.id } });
    expect(await readdir(path.join(dir, 'backups', doc.id))).toEqual([expect.stringMatching(/^b000000001-r000000001-t\d+\.json$/)]);
    await s.close();
    store = undefined;
    expect(JSON.parse(await readFile(path.join(dir, 'index.json'), 'utf8')).entries).toHaveLength(1);
    expect(existsSync(path.join(dir, '.briefing.lock'))).toBe(false);
  });

  it('refuses a save based on a stale revision instead of overwriting', async () => {
    const s = await open();
    const doc = await s.create(documentFromTemplate(template, clock()));
    await s.save({ ...doc, title: 'A' });
    await expect(s.save({ ...doc, title: 'B' })).rejects.toSatisfy((e) => (expectAppError(e, 'conflict'), true));
    expect((await s.get(doc.id)).doc.title).toBe('A');
  });

  it('serialises concurrent saves of one document', async () => {
    const s = await open();
    let doc = await s.create(documentFromTemplate(template, clock()));
    const results = await Promise.allSettled([s.save({ ...doc, title: '一' }), s.save({ ...doc, title: '二' })]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    doc = (await s.get(doc.id)).doc;
    expect(doc.revision).toBe(2);
  });

  it('a second process on the same data dir gets a clear lock error', async () => {
    await open();
    const { spawnSync } = await import('node:child_process');
    const script = `import('${path.resolve('electron/services/store/document-store.ts')}').then(m => m.openStore({dataDir: ${JSON.stringify(dir)}, clock: () => new Date()})).then(() => { console.log('OPENED'); process.exit(0) }, e => { console.log(e.code + ' ' + e.params.pid); process.exit(3) })`;
    const r = spawnSync(process.execPath, ['--import', 'tsx', '-e', script], { encoding: 'utf8' });
    expect(r.stdout.trim()).toBe(`locked ${process.pid}`);
  });

  it('takes over the lock of a dead process and reconciles the index with the files', async () => {
    const s = await open();
    const doc = await s.create(documentFromTemplate(template, clock()));
    // Simulate a crash after the document rename but before the journal line: rewrite the file
    // behind the store's back, then leave a stale lock of a pid that does not exist.
    const file = path.join(dir, 'documents', `${doc.id}.json`);
    const raw = JSON.parse(await readFile(file, 'utf8'));
    raw.doc.title = 'written before the crash';
    raw.doc.revision = 2;
    const { mtime } = await stat(file);
    await writeFile(file, JSON.stringify(raw));
    // The index knows the file by inode, size and mtime. Move the mtime on explicitly rather than
    // sleeping past the kernel's clock tick, so the change is visible whatever the timing.
    await utimes(file, new Date(), new Date(mtime.getTime() + 5_000));
    store = undefined; // no close: the lock stays
    await writeFile(path.join(dir, '.briefing.lock'), JSON.stringify({ pid: 2 ** 22 + 12345, host: (await import('node:os')).hostname(), startedAt: '' }));
    const s2 = await open();
    expect(s2.list()[0]).toMatchObject({ title: 'written before the crash', revision: 2 });
  });

  it('quarantines a corrupt document and restores the latest backup, with a notice', async () => {
    const s = await open();
    const doc = await s.create(documentFromTemplate(template, clock()));
    await s.save({ ...doc, title: '最后一次保存' });
    await s.close();
    store = undefined;
    const file = path.join(dir, 'documents', `${doc.id}.json`);
    await writeFile(file, '{"format":"briefing-desk/document", "doc": {"id": tru');
    const s2 = await open();
    const { doc: restored } = await s2.get(doc.id);
    expect(restored.title).toBe('最后一次保存');
    const quarantined = await readdir(path.join(dir, 'quarantine'));
    expect(quarantined).toHaveLength(1);
    expect(await readFile(path.join(dir, 'quarantine', quarantined[0]!), 'utf8')).toContain('"id": tru');
    const notices = s2.notices();
    expect(notices.map((n) => n.kind)).toEqual(['restoredFromBackup']);
    expect(notices[0]!.documentId).toBe(doc.id);
  });

  it('a document failing schema validation with no backup is quarantined, never deleted, and reported', async () => {
    const s = await open();
    const doc = await s.create(documentFromTemplate(template, clock()));
    await rm(path.join(dir, 'backups', doc.id), { recursive: true });
    const file = path.join(dir, 'documents', `${doc.id}.json`);
    const raw = JSON.parse(await readFile(file, 'utf8'));
    raw.doc.status = 'shredded';
    await s.close();
    store = undefined;
    await writeFile(file, JSON.stringify(raw));
    const s2 = await open();
    await expect(s2.get(doc.id)).rejects.toSatisfy((e) => (expectAppError(e, 'corrupt'), true));
    expect(s2.notices()[0]!.kind).toBe('quarantinedUnrecoverable');
    const [q] = await readdir(path.join(dir, 'quarantine'));
    expect(JSON.parse(await readFile(path.join(dir, 'quarantine', q!), 'utf8')).doc.status).toBe('shredded');
  });

  it('lists a document from a newer schema read-only and refuses to open or save it', async () => {
    const s = await open();
    await s.close();
    store = undefined;
    await writeFile(
      path.join(dir, 'documents', 'dfuture000001.json'),
      JSON.stringify({ format: 'briefing-desk/document', schemaVersion: SCHEMA_VERSION + 1, doc: { id: 'dfuture000001', title: '来自新版本', schemaVersion: SCHEMA_VERSION + 1, revision: 4 } }),
    );
    const s2 = await open();
    expect(s2.list()[0]).toMatchObject({ id: 'dfuture000001', title: '来自新版本', newerSchema: true });
    await expect(s2.get('dfuture000001')).rejects.toSatisfy((e) => (expectAppError(e, 'newerSchema'), true));
    expect(JSON.parse(await readFile(path.join(dir, 'documents', 'dfuture000001.json'), 'utf8')).doc.title).toBe('来自新版本');
  });

  it('rebuilds a lost or broken index from the documents', async () => {
    const s = await open();
    const a = await s.create(documentFromTemplate(template, clock(), { title: '甲' }));
    const b = await s.create(documentFromTemplate(template, clock(), { title: '乙' }));
    await s.close();
    store = undefined;
    await writeFile(path.join(dir, 'index.json'), 'garbage');
    await rm(path.join(dir, 'index.journal'), { force: true });
    const s2 = await open();
    expect(
      s2
        .list()
        .map((e) => e.id)
        .sort(),
    ).toEqual([a.id, b.id].sort());
    expect(s2.notices().map((n) => n.kind)).toContain('indexRebuilt');
  });

  it('keeps a bounded number of rolling backups per document', async () => {
    const s = await open();
    let doc = await s.create(documentFromTemplate(template, clock()));
    for (let i = 0; i < 8; i++) doc = await s.save({ ...doc, title: `版本${i}` });
    const names = await readdir(path.join(dir, 'backups', doc.id));
    expect(names).toHaveLength(BACKUPS_PER_DOCUMENT);
    expect(names.sort().at(-1)).toMatch(/^b000000009-r000000009-t\d+\.json$/);
  });

  it('moves documents to the trash, restores them and empties the trash permanently', async () => {
    const s = await open();
    const a = await s.create(documentFromTemplate(template, clock(), { title: '甲' }));
    const b = await s.create(documentFromTemplate(template, clock(), { title: '乙' }));
    await s.trash(a.id);
    expect(s.list().map((e) => e.id)).toEqual([b.id]);
    expect(s.list({ trashed: true }).map((e) => e.id)).toEqual([a.id]);
    await expect(s.save(a)).rejects.toSatisfy((e) => (expectAppError(e, 'readOnly'), true));
    await s.restore(a.id);
    expect(s.list()).toHaveLength(2);
    await s.trash(b.id);
    const s2 = await reopen();
    expect(s2.list({ trashed: true }).map((e) => e.id)).toEqual([b.id]);
    expect(await s2.emptyTrash()).toBe(1);
    expect(existsSync(path.join(dir, 'trash', `${b.id}.json`))).toBe(false);
    expect(s2.list().map((e) => e.id)).toEqual([a.id]);
  });

  it('duplicates a document under a new id', async () => {
    const s = await open();
    const a = await s.create(documentFromTemplate(template, clock(), { title: '原件' }));
    const copy = await s.duplicate(a.id);
    expect(copy.id).not.toBe(a.id);
    expect(copy.title).toBe('原件（副本）');
    expect(s.list()).toHaveLength(2);
  });

  it('reports an unwritable data dir clearly and keeps the in-memory document', async () => {
    const s = await open();
    const doc = await s.create(documentFromTemplate(template, clock()));
    // Root ignores permission bits, so make the documents folder impossible by replacing it with a file.
    await rm(path.join(dir, 'documents'), { recursive: true });
    await writeFile(path.join(dir, 'documents'), 'not a folder');
    await expect(s.save({ ...doc, title: '保存不了' })).rejects.toSatisfy((e) => (expectAppError(e, 'unwritable'), true));
    await rm(path.join(dir, 'documents'));
    await mkdir(path.join(dir, 'documents'));
    const saved = await s.save({ ...doc, title: '重试成功' });
    expect(saved.revision).toBe(2);
  });

  it('refuses to open a data dir that is a file, with a clear error', async () => {
    const file = path.join(dir, 'plain-file');
    await writeFile(file, 'x');
    await expect(openStore({ dataDir: file, clock })).rejects.toSatisfy((e) => (expectAppError(e, 'unwritable'), true));
  });

  it('quarantines corrupt settings and falls back to defaults', async () => {
    const s = await open();
    await s.updateSettings({ locale: 'en', zoom: 1.5 });
    const s2 = await reopen();
    expect(s2.settings()).toMatchObject({ locale: 'en', zoom: 1.5 });
    await s2.close();
    store = undefined;
    await writeFile(path.join(dir, 'settings.json'), '{"format":"briefing-desk/settings","settings":{"zoom":"huge"}}');
    const s3 = await open();
    expect(s3.settings().locale).toBe('zh-CN');
    expect(await readdir(path.join(dir, 'quarantine'))).toHaveLength(1);
    expect(s3.notices()[0]!.kind).toBe('quarantinedUnrecoverable');
  });
});
