import ExcelJS from 'exceljs';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createServices, type Services } from '../../electron/services';
import { tasksPath } from '../../electron/services/tasks/task-file';
import type { Briefing } from '../../shared/model';
import { tempDir } from '../helpers/tmp';

/** The register over a real library in a temp dir: documents saved, edited, trashed; progress kept. */
let services: Services;
let dir: string;
let cleanup: () => Promise<void>;
let now = new Date('2025-04-10T09:00:00+08:00');

beforeEach(async () => {
  const t = await tempDir('briefing-tasks-');
  dir = t.dir;
  cleanup = t.cleanup;
  now = new Date('2025-04-10T09:00:00+08:00');
  services = await createServices({ dataDir: dir, mode: 'cli', clock: () => now });
});
afterEach(async () => {
  await services.close();
  await cleanup();
});

async function minutes(): Promise<Briefing> {
  const { doc } = await services.api['docs:create']({ templateId: 'builtin-office-minutes-hans', title: '市政府第12次常务会议纪要' });
  doc.meeting.name = '市政府第12次常务会议';
  doc.meeting.date = '2025-03-01';
  const decision = doc.sections.find((s) => s.kind === 'decision')!;
  decision.paragraphs = ['会议原则同意《城市更新三年行动方案》，由市住建局牵头，市财政局、市自然资源局配合，6月底前印发实施。', '会议听取了一季度经济运行情况汇报。'];
  const list = doc.sections.find((s) => s.kind === 'action-list')!;
  list.items = [
    { id: 'item-000001', text: '修订老旧小区改造补助办法', owner: '市住建局牵头，市财政局配合', due: '3月底前', status: 'open' },
    { id: 'item-000002', text: '建立重点项目周调度机制', owner: '市发改委', due: '长期坚持', status: 'open' },
    { id: 'item-000003', text: '完成中心城区积水点整治', owner: '市水务局', due: '5月中旬', status: 'in-progress' },
  ];
  return (await services.api['docs:save']({ doc })).doc;
}

const list = async () => (await services.api['tasks:list']({})).tasks;

describe('the task register over a real library', () => {
  it('derives tasks with parsed deadlines, keeps progress through edits and marks deleted items', async () => {
    const doc = await minutes();
    let tasks = await list();
    expect(tasks.map((t) => t.text).sort()).toEqual(
      ['修订老旧小区改造补助办法', '建立重点项目周调度机制', '完成中心城区积水点整治', '会议原则同意《城市更新三年行动方案》，由市住建局牵头，市财政局、市自然资源局配合，6月底前印发实施。'].sort(),
    );
    const byItem = (id: string) => tasks.find((t) => t.itemId === id)!;
    expect(byItem('item-000001')).toMatchObject({ due: '3月底前', dueDate: '2025-03-31', overdue: true, leadUnits: ['市住建局'], units: ['市住建局', '市财政局'], status: 'notStarted' });
    expect(byItem('item-000002')).toMatchObject({ dueKind: 'ongoing', dueDate: null, overdue: false });
    expect(byItem('item-000003')).toMatchObject({ dueDate: '2025-05-20', status: 'inProgress', overdue: false });
    const decision = tasks.find((t) => t.source === 'decision')!;
    expect(decision).toMatchObject({ due: '6月底前', dueDate: '2025-06-30', leadUnits: ['市住建局'], units: ['市住建局', '市财政局', '市自然资源局'] });
    expect(tasks).toHaveLength(4); // the paragraph with no owner or deadline is not a task

    const key = byItem('item-000001').key;
    await services.api['tasks:update']({ key, note: '已形成征求意见稿', by: '张三' });
    now = new Date('2025-04-12T10:00:00+08:00');
    const done = (await services.api['tasks:update']({ key, status: 'done', note: '办法已印发', by: '李四' })).task;
    expect(done).toMatchObject({ status: 'done', completedOn: '2025-04-12', overdue: false });
    expect(done.notes.map((n) => [n.by, n.text, n.status ?? ''])).toEqual([
      ['张三', '已形成征求意见稿', ''],
      ['李四', '办法已印发', 'done'],
    ]);

    // edit the minutes: text and deadline change, one item goes
    const edited = (await services.api['docs:get']({ id: doc.id })).doc;
    const items = edited.sections.find((s) => s.kind === 'action-list')!.items;
    items[0]!.text = '修订并印发老旧小区改造补助办法';
    items[0]!.due = '4月底前';
    items.splice(1, 1);
    await services.api['docs:save']({ doc: edited });
    tasks = await list();
    const first = tasks.find((t) => t.key === key)!;
    expect(first).toMatchObject({ text: '修订并印发老旧小区改造补助办法', dueDate: '2025-04-30', status: 'done' });
    expect(first.notes).toHaveLength(2);
    expect(tasks.find((t) => t.itemId === 'item-000002')!.deletedAt).not.toBe('');

    // the progress is on disk, apart from the document, and survives a restart
    await services.close();
    services = await createServices({ dataDir: dir, mode: 'cli', clock: () => now });
    expect((await list()).find((t) => t.key === key)!.notes).toHaveLength(2);
    const onDisk = JSON.parse(await readFile(tasksPath(dir), 'utf8')) as { records: unknown[] };
    expect(onDisk.records).toHaveLength(4);

    // trashing the document marks all its tasks deleted; nothing is dropped
    await services.api['docs:trash']({ id: doc.id });
    expect((await list()).every((t) => t.deletedAt !== '')).toBe(true);
  });

  it('gives the top bar its overdue count without the rows, and the count follows progress and the calendar', async () => {
    await minutes();
    expect(await services.api['tasks:summary']({})).toEqual({ overdue: 1, today: '2025-04-10' });
    const late = (await list()).find((t) => t.itemId === 'item-000001')!;
    await services.api['tasks:update']({ key: late.key, status: 'done', by: '张三' });
    expect((await services.api['tasks:summary']({})).overdue).toBe(0);
    // the calendar moves past 5月中旬 (5月20日): the integration item is overdue now
    now = new Date('2025-05-21T09:00:00+08:00');
    const summary = await services.api['tasks:summary']({});
    expect(summary).toEqual({ overdue: (await list()).filter((t) => t.overdue).length, today: '2025-05-21' });
    expect(summary.overdue).toBe(1);
  });

  it('follows a decision paragraph that moved within its section', async () => {
    const doc = await minutes();
    const before = (await list()).find((t) => t.source === 'decision')!;
    await services.api['tasks:update']({ key: before.key, status: 'inProgress', note: '已报市政府', by: '王五' });
    const d = (await services.api['docs:get']({ id: doc.id })).doc;
    d.sections.find((s) => s.kind === 'decision')!.paragraphs.unshift('会议强调，要统筹推进各项工作。');
    await services.api['docs:save']({ doc: d });
    const after = (await list()).filter((t) => t.source === 'decision' && !t.deletedAt);
    expect(after).toHaveLength(1);
    expect(after[0]).toMatchObject({ itemId: `${before.sectionId}-p1`, status: 'inProgress' });
    expect(after[0]!.notes[0]!.text).toBe('已报市政府');
  });

  it('exports XLSX with a frozen header and real dates, and imports progress only as confirmed', async () => {
    await minutes();
    const exports = path.join(dir, 'exports');
    await mkdir(exports, { recursive: true });
    const out = path.join(exports, '台账.xlsx');
    const res = await services.api['tasks:export']({ format: 'xlsx', path: out });
    expect(res.rows).toBe(4); // all open tasks

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.worksheets[0]!;
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const header = (ws.getRow(1).values as unknown[]).slice(1);
    expect(header).toContain('督办事项');
    const dueCol = header.indexOf('时限日期') + 1;
    const keyCol = header.indexOf('系统标识') + 1;
    const numberCol = header.indexOf('督办编号') + 1;
    const textCol = header.indexOf('督办事项') + 1;
    expect(header).toEqual(expect.arrayContaining(['事项来源', '时限状态']));
    // every task has its 督办编号, numbered in the year it entered the register
    expect([2, 3, 4, 5].map((r) => ws.getRow(r).getCell(numberCol).value).sort()).toEqual(['督办〔2025〕1号', '督办〔2025〕2号', '督办〔2025〕3号', '督办〔2025〕4号']);
    const statusCol = header.indexOf('办理状态') + 1;
    const noteCol = header.indexOf('本次进展（填写）') + 1;
    const dates = [2, 3, 4, 5].map((r) => ws.getRow(r).getCell(dueCol).value);
    expect(dates.filter((d) => d instanceof Date).map((d) => (d as Date).toISOString().slice(0, 10))).toContain('2025-03-31');
    expect(ws.getColumn(dueCol).numFmt).toBe('yyyy-mm-dd');
    expect(ws.getColumn(textCol).width).toBeGreaterThan(30);

    // a unit edits the sheet: one status, one note, one row the register never had
    ws.getRow(2).getCell(statusCol).value = '推进中';
    ws.getRow(3).getCell(noteCol).value = '已完成初稿';
    const extra = ws.addRow([]);
    extra.getCell(textCol).value = '不在台账中的事项';
    extra.getCell(keyCol).value = 'nope/nope';
    // a unit that dropped the 系统标识 column still names its task by 督办编号
    ws.getRow(4).getCell(keyCol).value = '';
    ws.getRow(4).getCell(noteCol).value = '已报送';
    const edited = path.join(exports, '台账-反馈.xlsx');
    await wb.xlsx.writeFile(edited);

    const before = await list();
    const preview = await services.api['tasks:import:preview']({ base64: (await readFile(edited)).toString('base64') });
    expect(preview.unknown).toEqual([{ row: 6, text: '不在台账中的事项' }]);
    expect(preview.changes).toHaveLength(3);
    const byNumber = preview.changes.find((c) => c.note === '已报送')!;
    expect(byNumber.key).toBe(before.find((t) => t.number === ws.getRow(4).getCell(numberCol).value)!.key);
    expect(await list()).toEqual(before); // nothing applied by a preview

    const { applied } = await services.api['tasks:import:apply']({ changes: preview.changes, by: '导入' });
    expect(applied).toBe(3);
    const after = await list();
    const changed = preview.changes.map((c) => after.find((t) => t.key === c.key)!);
    expect(changed.some((t) => t.status === 'inProgress')).toBe(true);
    expect(changed.some((t) => t.notes.some((n) => n.text === '已完成初稿' && n.by === '导入'))).toBe(true);

    await writeFile(path.join(exports, 'bad.xlsx'), 'not a workbook');
    await expect(services.api['tasks:import:preview']({ base64: Buffer.from('not a workbook').toString('base64') })).rejects.toMatchObject({ code: 'validation' });
  });

  it('sets a damaged tasks.json aside instead of overwriting it', async () => {
    await services.close();
    await writeFile(tasksPath(dir), '{ broken');
    services = await createServices({ dataDir: dir, mode: 'cli', clock: () => now });
    await minutes();
    expect(await list()).toHaveLength(4);
    const aside = (await readdir(dir)).filter((n) => n.startsWith('tasks.json.damaged-'));
    expect(aside).toHaveLength(1);
    expect(await readFile(path.join(dir, aside[0]!), 'utf8')).toBe('{ broken');
  });
});
