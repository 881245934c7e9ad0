import { describe, expect, it } from 'vitest';
import { readTasksFile } from '../../electron/services/tasks/task-file';
import { RECORD_RULES, TaskRecord, allocateNumbers, checkRecord, formatNumber, noticeContent, parseNumber, registerTable, summarize, toRow } from '../../shared/tasks';

/** 督办编号, 时限状态, the register's title block and summary line, and the cheap check of tasks.json. */
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
    documentTitle: '市政府第8次常务会议纪要',
    meetingName: '市政府第8次常务会议',
    meetingDate: '2025-03-01',
    parsedDue: '2025-03-31',
    dueKind: 'date',
    approximate: false,
    dueOverride: '',
    status: 'notStarted',
    notes: [],
    completedOn: '',
    createdAt: '2025-03-02T01:00:00.000Z',
    deletedAt: '',
    number: '',
    ...over,
  };
}

describe('督办编号', () => {
  it('is written 督办〔年〕N号 with no leading zero and read back', () => {
    expect(formatNumber(2024, 12)).toBe('督办〔2024〕12号');
    expect(parseNumber('督办〔2024〕12号')).toEqual({ year: 2024, n: 12 });
    expect(parseNumber('督办〔2024〕012号')).toBeNull();
    expect(parseNumber('督办[2024]12号')).toBeNull();
  });

  it('runs per year of entry, never reuses a number and skips past numbers already in use', () => {
    const records = new Map<string, TaskRecord>([
      ['a', record({ key: 'a', createdAt: '2024-12-30T02:00:00.000Z' })],
      ['b', record({ key: 'b', createdAt: '2025-01-05T02:00:00.000Z' })],
      ['c', record({ key: 'c', createdAt: '2025-01-06T02:00:00.000Z', number: '督办〔2025〕7号' })],
      ['d', record({ key: 'd', createdAt: '2025-02-01T02:00:00.000Z' })],
    ]);
    const counters: Record<string, number> = { 2024: 3 };
    expect(allocateNumbers(records, counters, 2025)).toBe(true);
    expect([...records.values()].map((r) => r.number)).toEqual(['督办〔2024〕4号', '督办〔2025〕8号', '督办〔2025〕7号', '督办〔2025〕9号']);
    expect(counters).toEqual({ 2024: 4, 2025: 9 });
    // a task removed from the register does not give its number back
    records.delete('d');
    records.set('e', record({ key: 'e', createdAt: '2025-03-01T02:00:00.000Z' }));
    allocateNumbers(records, counters, 2025);
    expect(records.get('e')!.number).toBe('督办〔2025〕10号');
    // nothing to give: nothing changes
    expect(allocateNumbers(records, counters, 2025)).toBe(false);
  });
});

describe('时限状态', () => {
  const at = (over: Partial<TaskRecord>, today: string) => toRow(record(over), today).timeState;
  it('is computed: 正常, 临期 within 5 days, 逾期, 逾期办结, 无时限', () => {
    expect(at({}, '2025-03-25')).toBe('normal');
    expect(at({}, '2025-03-26')).toBe('near'); // 5 days to go
    expect(at({}, '2025-03-31')).toBe('near'); // the day itself
    expect(at({}, '2025-04-01')).toBe('overdue');
    expect(at({ status: 'done', completedOn: '2025-03-31' }, '2025-04-20')).toBe('normal');
    expect(at({ status: 'closed', completedOn: '2025-04-03' }, '2025-04-20')).toBe('lateDone');
    expect(at({ parsedDue: '', dueKind: 'ongoing' }, '2025-04-20')).toBe('none');
    expect(at({ deletedAt: '2025-04-02T00:00:00Z' }, '2025-04-20')).toBe('none');
    // a corrected date counts, not the reading
    expect(at({ dueOverride: '2025-04-30' }, '2025-04-20')).toBe('normal');
  });

  it('prints 逾期 or 逾期办结 as a second line in the status cell (monochrome print), in every language', () => {
    const rows = [record({ key: 'x/1' }), record({ key: 'x/2', status: 'done', completedOn: '2025-04-03' }), record({ key: 'x/3', parsedDue: '2025-05-30' })].map((r) => toRow(r, '2025-04-10'));
    const status = (locale: 'zh-CN' | 'zh-TW' | 'en') => {
      const table = registerTable(rows, { orientation: 'landscape', locale, today: '2025-04-10' });
      const i = table.columns.findIndex((c) => c.key === 'status');
      return table.cells.map((row) => row[i]);
    };
    expect(status('zh-CN')).toEqual(['未启动\n逾期', '已完成\n逾期办结', '未启动']);
    expect(status('zh-TW')).toEqual(['未啟動\n逾期', '已完成\n逾期辦結', '未啟動']);
    expect(status('en')).toEqual(['Not started\nOverdue', 'Done\nDone late', 'Not started']);
  });
});

describe('the register printed: title block, summary, 事项来源, 督办编号', () => {
  const today = '2025-04-10';
  const rows = [
    record({ key: 'a/1', number: '督办〔2025〕1号' }), // overdue
    record({ key: 'a/2', number: '督办〔2025〕2号', status: 'closed', completedOn: '2025-03-20' }),
    record({ key: 'a/3', number: '督办〔2025〕3号', status: 'inProgress', parsedDue: '2025-06-30' }),
    record({ key: 'a/4', number: '督办〔2025〕4号', status: 'done', parsedDue: '2025-06-30', completedOn: '2025-04-01' }),
    record({ key: 'a/5', number: '督办〔2025〕5号', deletedAt: '2025-04-01T00:00:00Z' }), // not counted
  ].map((r) => toRow(r, today));

  it('sums to the total: 共N项：已销号N项，推进中N项，逾期N项', () => {
    expect(summarize(rows)).toMatchObject({ total: 4, closed: 1, progressing: 2, overdue: 1 });
    const table = registerTable(rows, { orientation: 'landscape', locale: 'zh-CN', today, issuer: '  市政府督查室 ' });
    expect(table.summary).toBe('共4项：已销号1项，推进中2项，逾期1项');
    expect(table.asOf).toBe('截至2025年4月10日');
    expect(table.issuer).toBe('市政府督查室');
    expect(registerTable(rows, { orientation: 'landscape', locale: 'en', today }).summary).toBe('4 tasks: 1 closed, 2 in progress, 1 overdue');
  });

  it('carries the number with the task and names its source', () => {
    const table = registerTable(rows.slice(0, 1), { orientation: 'landscape', locale: 'zh-CN', today });
    const cell = (key: string) => table.cells[0]![table.columns.findIndex((c) => c.key === key)];
    expect(cell('text')).toBe('督办〔2025〕1号\n修订补助办法');
    expect(table.columns.map((c) => c.caption)).toContain('事项来源');
    expect(cell('source')).toBe('市政府第8次常务会议纪要\n会议要求');
  });

  it('puts the number and the source in the 督办通知单', () => {
    const notice = noticeContent(rows, '市住建局', 'notice', { locale: 'zh-CN', today, issuer: '市政府督查室' });
    expect(notice.cells.map((c) => c[1]!.split('\n')[0])).toEqual(['督办〔2025〕1号', '督办〔2025〕3号']);
    expect(notice.cells[0]![1]).toContain('（来源：市政府第8次常务会议纪要 会议要求）');
    expect(notice).toMatchObject({ unit: '市住建局', issuer: '市政府督查室' });
  });
});

describe('the cheap check of tasks.json', () => {
  const wrong: unknown[] = [null, 12345, {}, ['x'], true];

  it('has a rule for every field of the schema, and refuses what the schema refuses', () => {
    expect(Object.keys(RECORD_RULES).sort()).toEqual(Object.keys(TaskRecord.shape).sort());
    const good = record({ number: '督办〔2025〕1号', notes: [{ at: '2025-04-01T00:00:00Z', by: '张三', text: '已起草', status: 'inProgress' }] });
    expect(TaskRecord.safeParse(good).success).toBe(true);
    expect(checkRecord(structuredClone(good))).toEqual(good);
    for (const field of Object.keys(TaskRecord.shape) as (keyof TaskRecord)[]) {
      for (const value of wrong) {
        const bad = { ...structuredClone(good), [field]: value };
        if (TaskRecord.safeParse(bad).success) continue;
        expect(checkRecord(bad), `${field} = ${JSON.stringify(value)}`).toBeNull();
        expect(RECORD_RULES[field](value), `rule ${field}`).toBe(false);
      }
    }
    expect(checkRecord({ ...good, status: 'finished' })).toBeNull();
    expect(checkRecord({ ...good, parsedDue: '2025/03/31' })).toBeNull();
    expect(checkRecord({ ...good, notes: [{ at: 'x', by: 'y' }] })).toBeNull();
  });

  it('reads a file written before 督办编号 (no number, no counters) and refuses a broken one', () => {
    const { number: _gone, ...old } = record();
    const file = readTasksFile({ version: 1, synced: { doc1: 3 }, records: [old] });
    expect(file).toMatchObject({ numbers: {}, records: [{ key: 'doc1/item1', number: '' }] });
    expect(readTasksFile({ version: 2, synced: {}, records: [] })).toBeNull();
    expect(readTasksFile({ version: 1, synced: { doc1: 'x' }, records: [] })).toBeNull();
    expect(readTasksFile({ version: 1, synced: {}, records: [{ ...old, units: '市财政局' }] })).toBeNull();
    expect(readTasksFile({ version: 1, synced: {}, records: [], numbers: { 2025: 1.5 } })).toBeNull();
  });
});
