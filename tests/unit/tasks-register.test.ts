import { describe, expect, it } from 'vitest';
import { applyUpdate, filterTasks, findOwner, registerTable, sortTasks, splitUnits, summarize, toRow, weekRange, type TaskRecord } from '../../shared/tasks';

function record(over: Partial<TaskRecord> = {}): TaskRecord {
  return {
    key: 'doc1/item1',
    documentId: 'doc1',
    itemId: 'item1',
    source: 'item',
    sectionId: 's1',
    sectionTitle: '会议要求',
    text: '修订补助办法',
    owner: '市住建局牵头，市财政局配合',
    leadUnits: ['市住建局'],
    units: ['市住建局', '市财政局'],
    due: '3月底前',
    documentTitle: '纪要',
    meetingName: '常务会议',
    meetingDate: '2025-03-01',
    parsedDue: '2025-03-31',
    dueKind: 'date',
    approximate: false,
    dueOverride: '',
    status: 'notStarted',
    notes: [],
    completedOn: '',
    createdAt: '',
    deletedAt: '',
    number: '',
    ...over,
  };
}

describe('units', () => {
  it.each([
    ['市财政局牵头，市发改委、市住建局配合', ['市财政局'], ['市发改委', '市住建局']],
    ['市财政局（牵头）、市发改委', ['市财政局'], ['市发改委']],
    ['市财政局、市发改委', ['市财政局'], ['市发改委']],
    ['', [], []],
  ])('%s', (owner, lead, others) => expect(splitUnits(owner)).toEqual({ lead, others }));

  it('finds the owner in a decision sentence', () => {
    expect(findOwner('会议同意该方案，由市住建局牵头，市财政局配合，6月底前印发。')).toBe('市住建局牵头，市财政局配合');
    expect(findOwner('会议听取了汇报。')).toBe('');
  });
});

describe('progress and overdue', () => {
  it('is overdue only while open and past the date; a note starts a task; notes only grow', () => {
    const r = record();
    expect(toRow(r, '2025-03-31').overdue).toBe(false);
    expect(toRow(r, '2025-04-02')).toMatchObject({ overdue: true, daysOverdue: 2 });
    const noted = applyUpdate(r, { note: '已起草', by: '张三' }, '2025-04-02T01:00:00Z', '2025-04-02');
    expect(noted.status).toBe('inProgress');
    const done = applyUpdate(noted, { status: 'done' }, '2025-04-03T01:00:00Z', '2025-04-03');
    expect(done).toMatchObject({ status: 'done', completedOn: '2025-04-03' });
    expect(done.notes.map((n) => n.status ?? n.text)).toEqual(['已起草', 'done']);
    expect(toRow(done, '2025-05-01').overdue).toBe(false);
    expect(toRow({ ...r, deletedAt: 'x' }, '2025-05-01').overdue).toBe(false);
    expect(toRow({ ...r, dueOverride: '2025-06-30' }, '2025-05-01')).toMatchObject({ dueDate: '2025-06-30', overdue: false });
  });

  it('filters by view, unit, search and sorts dated tasks first', () => {
    const today = '2025-04-16'; // a Wednesday
    const rows = [
      record(),
      record({ key: 'd/2', text: '整治积水点', units: ['市水务局'], leadUnits: ['市水务局'], parsedDue: '2025-04-18' }),
      record({ key: 'd/3', text: '周调度', parsedDue: '', dueKind: 'ongoing' }),
      record({ key: 'd/4', text: '已删', deletedAt: 'x' }),
    ].map((r) => toRow(r, today));
    expect(weekRange(today)).toEqual({ from: '2025-04-14', to: '2025-04-20' });
    expect(filterTasks(rows, { view: 'week' }, today).map((r) => r.key)).toEqual(['d/2']);
    expect(filterTasks(rows, { view: 'overdue' }, today).map((r) => r.key)).toEqual(['doc1/item1']);
    expect(filterTasks(rows, { unit: '市财政局' }, today)).toHaveLength(2);
    expect(filterTasks(rows, { query: '积水' }, today).map((r) => r.key)).toEqual(['d/2']);
    expect(filterTasks(rows, { showDeleted: true }, today)).toHaveLength(4);
    expect(sortTasks(filterTasks(rows, {}, today), 'due').map((r) => r.key)).toEqual(['doc1/item1', 'd/2', 'd/3']);
    expect(summarize(rows)).toMatchObject({ total: 3, overdue: 1, notStarted: 3 });
  });

  it('prints the deadline with its date and 逾期 on a second line', () => {
    const table = registerTable([toRow(record(), '2025-04-02')], { orientation: 'portrait', locale: 'zh-CN', today: '2025-04-02' });
    expect(table.columns.reduce((s, c) => s + c.widthMm, 0)).toBeCloseTo(156, 1);
    const cells = Object.fromEntries(table.columns.map((c, i) => [c.key, table.cells[0]![i]]));
    expect(cells).toMatchObject({ due: '3月底前\n（2025年3月31日）', status: '未启动\n逾期', units: '市住建局（牵头）、市财政局' });
    const wide = registerTable([], { orientation: 'landscape', locale: 'zh-CN', today: '2025-04-02' });
    expect(wide.columns.reduce((s, c) => s + c.widthMm, 0)).toBeCloseTo(225, 1);
  });
});
