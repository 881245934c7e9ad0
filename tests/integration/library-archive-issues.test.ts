import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../shared/api';
import { blankItem, newSeries, type Briefing } from '../../shared/model';
import { createServices, type Services } from '../../electron/services';
import { steppingClock, tempDir } from '../helpers/tmp';

/**
 * The library archive carries issues, series, the address book, the 期号 register and the 督办
 * register (progress notes!) from PC to PC, and a restore never brings a used number back.
 * Real services over real temp data dirs; one clock for all machines so times are ordered.
 */
const clock = steppingClock('2026-05-18T02:00:00Z');
let root: string;
let cleanup: () => Promise<void>;
const open: Services[] = [];

beforeEach(async () => ({ dir: root, cleanup } = await tempDir('briefing-archive-issues-')));
afterEach(async () => {
  for (const s of open.splice(0)) await s.close();
  await cleanup();
});

async function machine(name: string): Promise<Services> {
  const s = await createServices({ dataDir: path.join(root, name), clock, mode: 'cli' });
  open.push(s);
  return s;
}

async function weeklySeries(s: Services) {
  return (await s.api['series:save']({ series: newSeries({ name: '工作简报', issuer: '市政府办公室', numbering: { resetYearly: true, total: true, supplements: true }, now: clock() }) })).series;
}

async function issueNext(s: Services, seriesId: string, title: string, number?: number) {
  const { issue } = await s.api['issues:create']({ seriesId });
  const { issue: filled } = await s.api['issues:save']({ issue: { ...issue, items: [blankItem(title)] } });
  return (await s.api['issues:issue']({ id: filled.id, revision: filled.revision, number, confirmGap: number !== undefined })).issue;
}

const next = async (s: Services, seriesId: string) => (await s.api['issues:nextNumber']({ seriesId, date: '2026-05-18' })).number;

async function minutesWithTasks(s: Services): Promise<Briefing> {
  const { doc } = await s.api['docs:create']({ templateId: 'builtin-office-minutes-hans', title: '市政府第12次常务会议纪要' });
  doc.meeting.name = '市政府第12次常务会议';
  doc.meeting.date = '2026-05-01';
  const list = doc.sections.find((x) => x.kind === 'action-list')!;
  list.items = [
    { id: 'item-000001', text: '修订老旧小区改造补助办法', owner: '市住建局', due: '6月底前', status: 'open' },
    { id: 'item-000002', text: '建立重点项目周调度机制', owner: '市发改委', due: '长期坚持', status: 'open' },
  ];
  return (await s.api['docs:save']({ doc })).doc;
}

const taskOf = async (s: Services, itemId: string) => (await s.api['tasks:list']({})).tasks.find((t) => t.itemId === itemId)!;

describe('library archive: issues and the 期号 register', () => {
  it('issue 5, back up, issue 6, restore the backup: the next number is 7, in merge and in replace mode', async () => {
    const a = await machine('a');
    const s = await weeklySeries(a);
    const fifth = await issueNext(a, s.id, '第五期的稿子', 5);
    expect(fifth.number).toBe(5);
    const archive = path.join(root, 'usb', 'after-5.bdbackup');
    await a.api['library:backup']({ path: archive });
    const sixth = await issueNext(a, s.id, '第六期的稿子');
    expect(sixth.number).toBe(6);

    const merged = await a.api['library:restore']({ path: archive, mode: 'merge' });
    expect(merged).toMatchObject({ issues: 0, numbers: 0 });
    expect(await next(a, s.id)).toBe(7);
    expect((await a.api['issues:get']({ id: sixth.id })).issue).toMatchObject({ status: 'issued', number: 6 });

    const replaced = await a.api['library:restore']({ path: archive, mode: 'replace' });
    // the library now holds what the backup held; issue 6 is set aside, and its number stays taken
    expect((await a.api['issues:list']({})).issues.map((r) => r.number)).toEqual([5]);
    expect(existsSync(path.join(replaced.previousLibrary, 'issues', 'items', `${sixth.id}.json`))).toBe(true);
    expect(await next(a, s.id)).toBe(7);
    const seventh = await issueNext(a, s.id, '第七期的稿子');
    expect(seventh.number).toBe(7);
    await expect(issueNext(a, s.id, '想再用第六期', 6)).rejects.toMatchObject({ code: 'conflict' });
  });

  it('moves series, the address book, issues and the register to another PC; a later backup merges into it', async () => {
    const a = await machine('old-pc');
    const s = await weeklySeries(a);
    const book = await a.api['addressBook:set']({
      book: {
        schemaVersion: 1,
        entries: [
          { id: 'a-unit-0001', kind: 'unit', name: '市委办公室', title: '', unit: '', note: '' },
          { id: 'a-unit-0002', kind: 'unit', name: '市人大常委会办公室', title: '', unit: '', note: '' },
        ],
      },
    });
    for (let i = 0; i < 3; i++) await issueNext(a, s.id, `第${i + 1}期要闻`);
    const { issue: draft } = await a.api['issues:create']({ seriesId: s.id });
    await a.api['issues:save']({ issue: { ...draft, items: [blankItem('基层减负情况汇报')] } });
    const first = path.join(root, 'first.bdbackup');
    await a.api['library:backup']({ path: first });

    const b = await machine('new-pc');
    // b has looked at its (empty) register before the restore: the restore must not leave it stale
    expect((await b.api['issues:list']({})).issues).toEqual([]);
    const report = await b.api['library:restore']({ path: first, mode: 'merge' });
    expect(report).toMatchObject({ issues: 4, series: 1, numbers: 3 });
    expect((await b.api['series:list']({})).series.map((x) => x.name)).toEqual(['工作简报']);
    expect((await b.api['addressBook:get']({})).book.entries.map((e) => e.name)).toEqual(book.book.entries.map((e) => e.name));
    expect((await b.api['issues:list']({ seriesId: s.id })).issues.map((r) => [r.number, r.status])).toEqual([
      [4, 'draft'],
      [3, 'issued'],
      [2, 'issued'],
      [1, 'issued'],
    ]);
    expect((await b.api['issues:search']({ query: '基层减负' })).issues.map((r) => r.id)).toEqual([draft.id]);
    expect(await next(b, s.id)).toBe(4);

    // b now has its register open; a issues 4 and 5 meanwhile and backs up again
    const fourth = await issueNext(a, s.id, '第四期要闻');
    await issueNext(a, s.id, '第五期要闻');
    await a.api['addressBook:set']({ book: { schemaVersion: 1, entries: [...book.book.entries, { id: 'a-unit-0003', kind: 'unit', name: '市政协办公室', title: '', unit: '', note: '' }] } });
    const second = path.join(root, 'second.bdbackup');
    await a.api['library:backup']({ path: second });
    const again = await b.api['library:restore']({ path: second, mode: 'merge' });
    expect(again).toMatchObject({ numbers: 2 });
    expect(await next(b, s.id)).toBe(6);
    expect((await b.api['issues:get']({ id: fourth.id })).issue).toMatchObject({ status: 'issued', number: 4 });
    expect((await b.api['addressBook:get']({})).book.entries.map((e) => e.name)).toEqual(['市委办公室', '市人大常委会办公室', '市政协办公室']);
    expect((await b.api['issues:get']({ id: draft.id })).issue.status).toBe('draft');
  });

  it('an older backup never turns an issued issue back into a draft', async () => {
    const a = await machine('a');
    const s = await weeklySeries(a);
    const { issue } = await a.api['issues:create']({ seriesId: s.id });
    const saved = (await a.api['issues:save']({ issue: { ...issue, items: [blankItem('待印发')] } })).issue;
    const archive = path.join(root, 'draft.bdbackup');
    await a.api['library:backup']({ path: archive });
    await a.api['issues:issue']({ id: saved.id, revision: saved.revision });
    await a.api['library:restore']({ path: archive, mode: 'merge' });
    expect((await a.api['issues:get']({ id: saved.id })).issue).toMatchObject({ status: 'issued', number: 1 });
  });
});

describe('library archive: the 督办 register and its progress notes', () => {
  it('carries progress notes to another PC, and a merge keeps the notes of both sides', async () => {
    const a = await machine('a');
    const doc = await minutesWithTasks(a);
    const key = (await taskOf(a, 'item-000001')).key;
    await a.api['tasks:update']({ key, note: '已起草办法初稿', by: '张科长' });
    const first = path.join(root, 'tasks-1.bdbackup');
    await a.api['library:backup']({ path: first });

    const b = await machine('b');
    expect((await b.api['tasks:list']({})).tasks).toEqual([]);
    const report = await b.api['library:restore']({ path: first, mode: 'merge' });
    expect(report.tasks).toBe(2);
    expect((await taskOf(b, 'item-000001')).notes.map((n) => n.text)).toEqual(['已起草办法初稿']);

    // both sides record progress; then a's newer backup is merged into b
    await b.api['tasks:update']({ key, note: '征求财政局意见', by: '李干事' });
    await a.api['tasks:update']({ key, status: 'done', note: '办法已印发', by: '张科长' });
    const second = path.join(root, 'tasks-2.bdbackup');
    await a.api['library:backup']({ path: second });
    await b.api['library:restore']({ path: second, mode: 'merge' });
    const merged = await taskOf(b, 'item-000001');
    expect(merged.notes.map((n) => n.text)).toEqual(['已起草办法初稿', '征求财政局意见', '办法已印发']);
    // the later note set the status: a's 办结 wins over b's earlier 办理中
    expect(merged.status).toBe('done');
    expect(merged.documentId).toBe(doc.id);
    // restoring the same backup again adds nothing twice
    await b.api['library:restore']({ path: second, mode: 'merge' });
    expect((await taskOf(b, 'item-000001')).notes).toHaveLength(3);
  });

  it('two offices that numbered their tasks on their own never end up with one 督办编号 twice', async () => {
    const a = await machine('a');
    await minutesWithTasks(a);
    // progress recorded on a: its register (with the numbers it gave) is in the backup
    await a.api['tasks:update']({ key: (await taskOf(a, 'item-000001')).key, note: '已起草', by: '张科长' });
    const archive = path.join(root, 'a.bdbackup');
    await a.api['library:backup']({ path: archive });

    const b = await machine('b');
    // b's own minutes, other tasks, numbered from 1 like a's
    const { doc } = await b.api['docs:create']({ templateId: 'builtin-office-minutes-hans', title: '局长办公会议纪要' });
    doc.meeting.date = '2026-05-02';
    doc.sections.find((x) => x.kind === 'action-list')!.items = [{ id: 'item-b00001', text: '完成年度预算调整', owner: '市财政局', due: '7月底前', status: 'open' }];
    await b.api['docs:save']({ doc });
    const before = (await b.api['tasks:list']({})).tasks.map((t) => t.number);
    expect(before).toEqual([expect.stringMatching(/^督办〔2026〕1号$/)]);

    await b.api['library:restore']({ path: archive, mode: 'merge' });
    const numbers = (await b.api['tasks:list']({})).tasks.map((t) => t.number);
    expect(numbers).toHaveLength(3);
    expect(new Set(numbers).size).toBe(3);
    // b's own task keeps the number it was given; the newcomers get the next free ones
    expect((await taskOf(b, 'item-b00001')).number).toBe(before[0]);
    for (const n of numbers) expect(n).toMatch(/^督办〔2026〕[1-9]\d*号$/);
  });

  it('replace sets the old task register aside', async () => {
    const a = await machine('a');
    await minutesWithTasks(a);
    const key = (await taskOf(a, 'item-000002')).key;
    await a.api['tasks:update']({ key, note: '每周一调度', by: '王处长' });
    const archive = path.join(root, 'tasks.bdbackup');
    await a.api['library:backup']({ path: archive });

    const b = await machine('b');
    await minutesWithTasks(b);
    await b.api['tasks:update']({ key: (await taskOf(b, 'item-000001')).key, note: 'b 上的进展', by: '李干事' });
    const report = await b.api['library:restore']({ path: archive, mode: 'replace' });
    expect((await taskOf(b, 'item-000002')).notes.map((n) => n.text)).toEqual(['每周一调度']);
    const aside = JSON.parse(await readFile(path.join(report.previousLibrary, 'tasks.json'), 'utf8')) as { records: { notes: { text: string }[] }[] };
    expect(aside.records.flatMap((r) => r.notes.map((n) => n.text))).toEqual(['b 上的进展']);
  });
});

describe('library archive: versions and damage', () => {
  it('still restores a version 1 archive (documents only), leaving issues and tasks as they are', async () => {
    const a = await machine('a');
    const s = await weeklySeries(a);
    await a.api['docs:create']({ templateId: 'builtin-minutes-hans', title: '旧版备份里的纪要' });
    await issueNext(a, s.id, '本机的一期');
    const archive = path.join(root, 'v2.bdbackup');
    await a.api['library:backup']({ path: archive });
    // rewrite it as the version 1 writer did: no issues, no tasks in the manifest or the zip
    const entries = unzipSync(await readFile(archive));
    const manifest = JSON.parse(strFromU8(entries['manifest.json']!)) as Record<string, unknown>;
    expect(manifest.version).toBe(2);
    const v1: Record<string, Uint8Array> = {};
    for (const [name, bytes] of Object.entries(entries)) if (name.startsWith('documents/') || name === 'templates.json' || name === 'settings.json') v1[name] = bytes;
    v1['manifest.json'] = strToU8(JSON.stringify({ format: manifest.format, version: 1, createdAt: manifest.createdAt, documents: manifest.documents }));
    const old = path.join(root, 'v1.bdbackup');
    await writeFile(old, zipSync(v1));

    const report = await a.api['library:restore']({ path: old, mode: 'replace' });
    expect(report).toMatchObject({ added: 1, issues: 0, tasks: 0 });
    expect((await a.api['issues:list']({})).issues).toHaveLength(1);
    expect(await next(a, s.id)).toBe(2);
  });

  it('refuses an archive whose register is damaged, changing nothing', async () => {
    const a = await machine('a');
    const s = await weeklySeries(a);
    await issueNext(a, s.id, '第一期');
    const archive = path.join(root, 'ok.bdbackup');
    await a.api['library:backup']({ path: archive });
    const entries = unzipSync(await readFile(archive));
    entries['issues/register.log'] = strToU8('{"seq":1,"this is":"not a register line"}\n');
    const bad = path.join(root, 'bad.bdbackup');
    await writeFile(bad, zipSync(entries));

    const b = await machine('b');
    const e = await b.api['library:restore']({ path: bad, mode: 'replace' }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(AppError);
    expect((e as AppError).code).toBe('archiveInvalid');
    expect(String((e as AppError).params.detail)).toContain('issues/register.log');
    expect((await b.api['series:list']({})).series).toEqual([]);
    expect((await b.api['docs:list']({})).entries).toEqual([]);
  });
});
