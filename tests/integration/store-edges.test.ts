import { execFileSync } from 'node:child_process';
import { chmod, mkdir, readFile, readdir, rm, stat, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { documentFromTemplate } from '../../shared/model';
import { builtinTemplate } from '../../shared/templates';
import { disk, useDisk } from '../../electron/services/disk';
import { backupLibrary, restoreLibrary } from '../../electron/services/library-archive';
import { openStore, type DocumentStore } from '../../electron/services/store/document-store';
import { steppingClock, tempDir } from '../helpers/tmp';

/** The store's edges: one bad entry, replace-restore's leftovers, a failing journal, folder modes. */
const template = builtinTemplate('builtin-topic-report-hans')!;
const clock = steppingClock();
let dir: string;
let cleanup: () => Promise<void>;
const open: DocumentStore[] = [];

beforeEach(async () => ({ dir, cleanup } = await tempDir('briefing-edges-')));
afterEach(async () => {
  for (const s of open.splice(0)) await s.close().catch(() => undefined);
  await cleanup();
});

async function openLib(dataDir = dir): Promise<DocumentStore> {
  const s = await openStore({ dataDir, clock });
  open.push(s);
  return s;
}

async function closeLib(s: DocumentStore): Promise<void> {
  open.splice(open.indexOf(s), 1);
  await s.close();
}

describe('one bad entry does not stop the library', () => {
  async function libraryWithOneGoodDocument(): Promise<string> {
    const s = await openLib();
    const good = await s.create(documentFromTemplate(template, clock(), { title: '好文档' }));
    await closeLib(s);
    await rm(path.join(dir, 'index.json')); // the next open reads every entry
    return good.id;
  }

  it('a damaged document with no backup is quarantined and the rest opens, with a notice', async () => {
    const good = await libraryWithOneGoodDocument();
    await writeFile(path.join(dir, 'documents', 'dbroken0001.json'), '{"format":"briefing-desk/document", trunc');
    const s = await openLib();
    expect(s.list().map((e) => e.id)).toEqual([good]);
    expect(s.notices().map((n) => n.kind)).toContain('quarantinedUnrecoverable');
    expect((await readdir(path.join(dir, 'quarantine'))).some((n) => n.endsWith('dbroken0001.json'))).toBe(true);
  });

  it('a folder and a FIFO named like documents are set aside; a dangling link is skipped', async () => {
    const good = await libraryWithOneGoodDocument();
    await mkdir(path.join(dir, 'documents', 'dfolder0001.json'));
    execFileSync('mkfifo', [path.join(dir, 'documents', 'dfifo00001.json')]);
    await symlink(path.join(dir, 'nowhere.json'), path.join(dir, 'documents', 'ddangling01.json'));
    for (let round = 0; round < 2; round++) {
      const s = await openLib();
      expect(s.list().map((e) => e.id)).toEqual([good]);
      await closeLib(s);
      await rm(path.join(dir, 'index.json'));
    }
    const quarantined = await readdir(path.join(dir, 'quarantine'));
    expect(quarantined.filter((n) => n.endsWith('dfolder0001.json') || n.endsWith('dfifo00001.json'))).toHaveLength(2);
    const s = await openLib();
    expect(s.notices().filter((n) => n.kind === 'unreadableSkipped')).toHaveLength(2);
  });

  it('a document we may not read is skipped and left in place', async () => {
    const good = await libraryWithOneGoodDocument();
    const locked = path.join(dir, 'documents', 'dnoaccess01.json');
    await writeFile(locked, '{}');
    // As root chmod 000 does not stop a read, so the refusal comes through the store's disk seam.
    const real = disk();
    const undo = useDisk({
      ...real,
      readFile: (file) => (file === locked ? Promise.reject(Object.assign(new Error(`EACCES: open '${file}'`), { code: 'EACCES' })) : real.readFile(file)),
    });
    try {
      const s = await openLib();
      expect(s.list().map((e) => e.id)).toEqual([good]);
      expect(s.notices().some((n) => n.kind === 'unreadableSkipped' && n.detail === 'EACCES')).toBe(true);
      expect((await stat(locked)).isFile()).toBe(true);
    } finally {
      undo();
    }
  });
});

describe('restore --replace sets the whole old library aside', () => {
  it("a later recovery brings back the restored revision, not the replaced library's", async () => {
    // The archive holds revision 2 of a document; the library then goes on to revision 8.
    const s = await openLib();
    let doc = await s.create(documentFromTemplate(template, clock(), { title: '第1版' }));
    doc = await s.save({ ...doc, title: '第2版' });
    const archive = path.join(dir, '..', `${path.basename(dir)}-lib.zip`);
    await backupLibrary(s, archive, clock());
    for (let r = 3; r <= 8; r++) doc = await s.save({ ...doc, title: `第${r}版` });
    await s.saveTemplate({ ...(await import('../../shared/templates')).BUILTIN_TEMPLATES[0]!, id: 'user-old', name: '旧模板' });
    const report = await restoreLibrary(s, archive, 'replace', clock());
    expect((await s.get(doc.id)).doc.revision).toBe(2);
    expect(s.userTemplates().map((t) => t.id)).not.toContain('user-old');
    // Everything of the old library is in the set-aside folder, not mixed into the new one.
    expect((await readdir(report.previousLibrary)).sort()).toEqual(expect.arrayContaining(['backups', 'documents', 'templates.json', 'trash']));
    expect(await readdir(path.join(dir, 'backups', doc.id))).toHaveLength(1);
    await closeLib(s);
    // Damage the restored file: recovery must bring back revision 2, the newest content written.
    await writeFile(path.join(dir, 'documents', `${doc.id}.json`), 'garbage');
    const s2 = await openLib();
    const { doc: back } = await s2.get(doc.id);
    expect([back.revision, back.title]).toEqual([2, '第2版']);
    await rm(archive, { force: true });
  });
});

describe('a journal append that fails after the document was written', () => {
  it('reports the save as done, lists it, and the next open agrees', async () => {
    const s = await openLib();
    const doc = await s.create(documentFromTemplate(template, clock(), { title: '原稿' }));
    const journal = path.join(dir, 'index.journal');
    await rm(journal, { force: true });
    await mkdir(journal); // a folder where the journal should be: every append fails
    const saved = await s.save({ ...doc, title: '改稿' });
    expect(saved.revision).toBe(2);
    expect(s.list()[0]).toMatchObject({ id: doc.id, revision: 2, title: '改稿' });
    await closeLib(s).catch(() => undefined);
    const s2 = await openLib();
    expect(s2.list()[0]).toMatchObject({ id: doc.id, revision: 2, title: '改稿' });
    const again = await s2.save({ ...saved, title: '三稿' });
    await closeLib(s2);
    const s3 = await openLib();
    expect(s3.list()[0]).toMatchObject({ revision: again.revision, title: '三稿' });
  });
});

describe('permissions', () => {
  it('creates the data folders 0700 and the files 0600', async () => {
    const dataDir = path.join(dir, 'new', 'data');
    const s = await openLib(dataDir);
    const doc = await s.create(documentFromTemplate(template, clock()));
    await s.save({ ...doc, title: '二' });
    for (const d of ['', 'documents', 'trash', 'backups', `backups/${doc.id}`]) {
      expect(((await stat(path.join(dataDir, d))).mode & 0o777).toString(8), d || 'data dir').toBe('700');
    }
    expect(((await stat(path.join(dataDir, 'documents', `${doc.id}.json`))).mode & 0o777).toString(8)).toBe('600');
    expect(JSON.parse(await readFile(path.join(dataDir, 'documents', `${doc.id}.json`), 'utf8')).doc.title).toBe('二');
  });

  it('narrows a data dir left 0755 by an older version to 0700', async () => {
    const dataDir = path.join(dir, 'old');
    await mkdir(dataDir, { mode: 0o755 });
    await chmod(dataDir, 0o755);
    await openLib(dataDir);
    expect(((await stat(dataDir)).mode & 0o777).toString(8)).toBe('700');
  });
});
