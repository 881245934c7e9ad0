import { existsSync } from 'node:fs';
import { readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../shared/api';
import { documentFromTemplate } from '../../shared/model';
import { builtinTemplate } from '../../shared/templates';
import { createServices, type Services } from '../../electron/services';
import { steppingClock, tempDir } from '../helpers/tmp';

const clock = steppingClock();
const template = builtinTemplate('builtin-minutes-hans')!;
let root: string;
let cleanup: () => Promise<void>;
const open: Services[] = [];

beforeEach(async () => ({ dir: root, cleanup } = await tempDir('briefing-archive-')));
afterEach(async () => {
  for (const s of open.splice(0)) await s.close();
  await cleanup();
});

async function machine(name: string): Promise<Services> {
  const s = await createServices({ dataDir: path.join(root, name), clock, mode: 'cli' });
  open.push(s);
  return s;
}

describe('library backup and restore (moving PCs by USB stick)', () => {
  it('restores documents with history, trash, templates and settings on another machine', async () => {
    const a = await machine('old-pc');
    const { doc } = await a.api['docs:create']({ templateId: template.id, title: '第一次会议纪要' });
    const saved = (await a.api['docs:save']({ doc: { ...doc, title: '第一次会议纪要（定稿）' } })).doc;
    const { doc: gone } = await a.api['docs:create']({ templateId: template.id, title: '作废稿' });
    await a.api['docs:trash']({ id: gone.id });
    const userTemplate = { ...template, id: 'office-weekly', name: '周例会纪要', builtIn: false };
    await a.api['templates:save']({ template: userTemplate });
    await a.api['settings:set']({ settings: { locale: 'zh-TW', zoom: 1.25 } });
    const archive = path.join(root, 'usb', 'library.bdbackup');
    await import('node:fs/promises').then((fs) => fs.mkdir(path.dirname(archive)));
    expect(await a.api['library:backup']({ path: archive })).toEqual({ path: archive, documents: 2 });

    const b = await machine('new-pc');
    const report = await b.api['library:restore']({ path: archive, mode: 'replace' });
    expect(report).toMatchObject({ added: 2, updated: 0, keptLocal: 0, keptBoth: 0, templates: 1 });
    const { doc: moved, revisions } = await b.api['docs:get']({ id: doc.id });
    expect(moved).toEqual(saved);
    expect(revisions.map((r) => r.revision)).toEqual([2, 1]);
    expect((await b.api['docs:list']({ trashed: true })).entries.map((e) => e.id)).toEqual([gone.id]);
    expect((await b.api['templates:list']({})).templates.some((t) => t.id === 'office-weekly')).toBe(true);
    expect((await b.api['settings:get']({})).settings).toMatchObject({ locale: 'zh-TW', zoom: 1.25 });
  });

  it('merges: newer revision wins, local newer is kept, equal revisions that differ keep both', async () => {
    const a = await machine('a');
    const b = await machine('b');
    const base = await a.api['docs:create']({ templateId: template.id, title: '共同的文档' });
    const archive0 = path.join(root, 'a0.zip');
    await a.api['library:backup']({ path: archive0 });
    await b.api['library:restore']({ path: archive0, mode: 'merge' });

    // Three documents: one edited only on A (A newer), one edited more on B (B newer), one edited once on each.
    const onlyA = (await a.api['docs:create']({ templateId: template.id, title: 'A 新建' })).doc;
    const shared = base.doc;
    const sharedOnA = (await a.api['docs:save']({ doc: { ...shared, title: '在 A 上修改' } })).doc;
    const sharedOnB = (await b.api['docs:save']({ doc: { ...shared, title: '在 B 上修改' } })).doc;
    expect(sharedOnA.revision).toBe(sharedOnB.revision);
    const localOnly = (await b.api['docs:create']({ templateId: template.id, title: 'B 独有' })).doc;

    const archive1 = path.join(root, 'a1.zip');
    await a.api['library:backup']({ path: archive1 });
    const report = await b.api['library:restore']({ path: archive1, mode: 'merge' });
    expect(report).toMatchObject({ added: 1, updated: 0, keptBoth: 1 });
    const titles = (await b.api['docs:list']({})).entries.map((e) => e.title).sort();
    expect(titles).toEqual(['A 新建', 'B 独有', '在 A 上修改', '在 B 上修改'].sort());
    expect((await b.api['docs:get']({ id: onlyA.id })).doc.title).toBe('A 新建');
    expect((await b.api['docs:get']({ id: localOnly.id })).doc.title).toBe('B 独有');

    // Now A moves ahead: its newer revision replaces B's, B's version stays in the history.
    const ahead = (await a.api['docs:save']({ doc: { ...sharedOnA, title: 'A 的第三版' } })).doc;
    const archive2 = path.join(root, 'a2.zip');
    await a.api['library:backup']({ path: archive2 });
    const report2 = await b.api['library:restore']({ path: archive2, mode: 'merge' });
    expect(report2.updated).toBe(1);
    const { doc, revisions } = await b.api['docs:get']({ id: shared.id });
    expect(doc.title).toBe('A 的第三版');
    expect(doc.revision).toBe(ahead.revision);
    const history = await Promise.all(revisions.slice(1).map((r) => b.api['docs:getRevision']({ id: shared.id, revision: r.revision })));
    expect(history.map((h) => h.doc.title)).toContain('在 B 上修改');
  });

  it('replace sets the old library aside instead of deleting it', async () => {
    const a = await machine('a');
    const b = await machine('b');
    await a.api['docs:create']({ templateId: template.id, title: '来自 A' });
    const mine = (await b.api['docs:create']({ templateId: template.id, title: 'B 原有' })).doc;
    const archive = path.join(root, 'a.zip');
    await a.api['library:backup']({ path: archive });
    const report = await b.api['library:restore']({ path: archive, mode: 'replace' });
    expect((await b.api['docs:list']({})).entries.map((e) => e.title)).toEqual(['来自 A']);
    expect(existsSync(path.join(report.previousLibrary, 'documents', `${mine.id}.json`))).toBe(true);
  });

  it('creates the folder a backup goes to, and says unwritable where it cannot', async () => {
    const a = await machine('a');
    await a.api['docs:create']({ templateId: template.id, title: '新文件夹里的备份' });
    // a fresh folder two levels deep (a new USB stick, the data dir's backups/ on first use)
    const nested = path.join(root, 'usb', 'office', 'archive.bdbackup');
    expect(await a.api['library:backup']({ path: nested })).toEqual({ path: nested, documents: 1 });
    const b = await machine('b');
    expect((await b.api['library:restore']({ path: nested, mode: 'merge' })).added).toBe(1);

    // a parent that is a file cannot become a folder: unwritable, and nothing is written
    const blocker = path.join(root, 'a-file');
    await writeFile(blocker, 'not a folder');
    const e = await a.api['library:backup']({ path: path.join(blocker, 'sub', 'x.bdbackup') }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(AppError);
    expect((e as AppError).code).toBe('unwritable');
  });

  it('names the reason when the archive file cannot be read (a mistyped path is not "damaged")', async () => {
    const b = await machine('b');
    const e = await b.api['library:restore']({ path: path.join(root, 'nowhere.bdbackup'), mode: 'merge' }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(AppError);
    expect((e as AppError).code).toBe('archiveInvalid');
    expect((e as AppError).params.reason).toBe('ENOENT');
  });

  it('refuses a damaged or foreign archive without changing the library', async () => {
    const b = await machine('b');
    const mine = (await b.api['docs:create']({ templateId: template.id, title: '不能丢' })).doc;
    const notZip = path.join(root, 'not.zip');
    await writeFile(notZip, 'this is not a zip file');
    const badDoc = path.join(root, 'bad.zip');
    const doc = documentFromTemplate(template, clock());
    await writeFile(
      badDoc,
      zipSync({
        'manifest.json': strToU8(JSON.stringify({ format: 'briefing-desk/library', version: 1, createdAt: '', documents: [{ id: doc.id, trashed: false }] })),
        [`documents/${doc.id}.json`]: strToU8(JSON.stringify({ format: 'briefing-desk/document', schemaVersion: 1, doc: { ...doc, status: 'lost' }, history: [] })),
        'templates.json': strToU8('[]'),
        'settings.json': strToU8('{}'),
      }),
    );
    for (const file of [notZip, badDoc, path.join(root, 'missing.zip')]) {
      for (const mode of ['merge', 'replace'] as const) {
        const e = await b.api['library:restore']({ path: file, mode }).catch((x: unknown) => x);
        expect(e).toBeInstanceOf(AppError);
        expect((e as AppError).code).toBe('archiveInvalid');
      }
    }
    expect((await b.api['docs:list']({})).entries.map((e) => e.id)).toEqual([mine.id]);
    expect((await readdir(path.join(root, 'b'))).some((n) => n.startsWith('replaced-'))).toBe(false);
  });
});
