import type ExcelJS from 'exceljs';
import { lookup } from '../../../shared/i18n';
import { LOCALES, type Locale } from '../../../shared/model';
import { TASK_STATUSES, sourceCell, type TaskRecord, type TaskRow, type TaskStatus } from '../../../shared/tasks';
import type { ImportChange } from '../../../shared/api/channels/tasks';

/**
 * The register as an Excel workbook (exceljs): one sheet, a frozen header row, set widths, real
 * dates (cells hold Date values with a yyyy-mm-dd format, so Excel sorts and filters them as
 * dates), every progress note. The same shape comes back as a progress import: units change 办理状态
 * and fill in 本次进展; the 系统标识 column (or, when a unit dropped it, the 督办编号) says which
 * task a row is.
 */
const COLUMNS = [
  ['seq', 6],
  ['number', 18],
  ['text', 48],
  ['source', 24],
  ['lead', 16],
  ['units', 22],
  ['due', 14],
  ['dueDate', 12],
  ['status', 10],
  ['timeState', 10],
  ['progress', 48],
  ['completedOn', 12],
  ['meeting', 24],
  ['meetingDate', 12],
  ['key', 30],
  ['newNote', 30],
] as const;
type Key = (typeof COLUMNS)[number][0];

/** exceljs is large: loaded on the first export or import, not with every services start (CLI included). */
async function excel(): Promise<typeof ExcelJS> {
  return (await import('exceljs')).default;
}

const t = (locale: Locale, key: string) => lookup(locale, key, {}, 'tasks');

/** A calendar day as a Date at UTC midnight: exceljs writes the serial from UTC, so the day never shifts. */
function day(iso: string | null): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
}

export async function buildRegisterXlsx(rows: readonly TaskRow[], opts: { locale: Locale; title: string }): Promise<Uint8Array> {
  const wb = new (await excel()).Workbook();
  wb.creator = 'Briefing Desk';
  const ws = wb.addWorksheet(opts.title.slice(0, 31) || 'Register', { views: [{ state: 'frozen', xSplit: 0, ySplit: 1 }] });
  ws.columns = COLUMNS.map(([key, width]) => ({ key, width, header: t(opts.locale, `columns.${key}`) }));
  ws.getRow(1).font = { bold: true };
  ws.getRow(1).alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  rows.forEach((r, i) => {
    const values: Record<Key, string | number | Date | null> = {
      seq: i + 1,
      number: r.number,
      text: r.text,
      source: sourceCell(r),
      lead: r.leadUnits.join('、'),
      units: r.units.filter((u) => !r.leadUnits.includes(u)).join('、'),
      due: r.due,
      dueDate: day(r.dueDate),
      status: t(opts.locale, `status.${r.status}`) + (r.overdue ? `（${t(opts.locale, 'status.overdue')}）` : ''),
      timeState: t(opts.locale, `timeState.${r.timeState}`),
      progress: r.notes
        .filter((n) => n.text)
        .map((n) => `（${n.at.slice(0, 10)}${n.by ? ` ${n.by}` : ''}）${n.text}`)
        .join('\n'),
      completedOn: day(r.completedOn),
      meeting: r.meetingName,
      meetingDate: day(r.meetingDate),
      key: r.key,
      newNote: '',
    };
    const row = ws.addRow(values);
    row.alignment = { vertical: 'top', wrapText: true };
  });
  for (const key of ['dueDate', 'completedOn', 'meetingDate'] as const) ws.getColumn(key).numFmt = 'yyyy-mm-dd';
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: COLUMNS.length } };
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** Caption (in any UI language) -> column key, so a sheet exported in zh-TW imports anywhere. */
function captionIndex(): Map<string, Key> {
  const out = new Map<string, Key>();
  for (const locale of LOCALES) for (const [key] of COLUMNS) out.set(t(locale, `columns.${key}`).trim(), key);
  return out;
}

function statusOf(label: string): TaskStatus | null {
  const plain = label.replace(/[（(].*$/, '').trim();
  for (const locale of LOCALES) for (const s of TASK_STATUSES) if (t(locale, `status.${s}`) === plain) return s;
  return null;
}

function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object' && 'richText' in v) return v.richText.map((r) => r.text).join('');
  if (typeof v === 'object' && 'text' in v) return String(v.text);
  if (typeof v === 'object' && 'result' in v) return String(v.result ?? '');
  return String(v).trim();
}

export class NotARegister extends Error {}

/**
 * What a progress sheet would change: status moves and new notes per known task; rows whose
 * 督办编号 the register does not have are reported, never guessed at.
 */
export async function previewImport(bytes: Uint8Array, records: ReadonlyMap<string, TaskRecord>): Promise<{ changes: ImportChange[]; unknown: { row: number; text: string }[] }> {
  const wb = new (await excel()).Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    throw new NotARegister((e as Error).message);
  }
  const ws = wb.worksheets[0];
  if (!ws) throw new NotARegister('no worksheet');
  const captions = captionIndex();
  const col = new Map<Key, number>();
  ws.getRow(1).eachCell((cell, n) => {
    const key = captions.get(cellText(cell.value));
    if (key) col.set(key, n);
  });
  if ((!col.has('key') && !col.has('number')) || !col.has('status')) throw new NotARegister('no 督办编号 or 办理状态 column');
  // a row names its task by 系统标识 or by 督办编号; sheets exported before numbers existed carry
  // the 系统标识 under the 督办编号 caption, so either value is looked up in both
  const byNumber = new Map<string, TaskRecord>();
  for (const r of records.values()) if (r.number) byNumber.set(r.number, r);
  const find = (v: string) => (v ? (records.get(v) ?? byNumber.get(v)) : undefined);
  const changes: ImportChange[] = [];
  const unknown: { row: number; text: string }[] = [];
  ws.eachRow((row, n) => {
    if (n === 1) return;
    const get = (k: Key) => (col.has(k) ? cellText(row.getCell(col.get(k)!).value) : '');
    const id = get('key');
    const number = get('number');
    const text = get('text');
    const record = find(id) ?? find(number);
    if (!record) {
      if (id || number || text) unknown.push({ row: n, text: text || number || id });
      return;
    }
    const to = statusOf(get('status'));
    const note = get('newNote');
    const change: ImportChange = { key: record.key, row: n, text: record.text, statusFrom: record.status };
    if (to && to !== record.status) change.statusTo = to;
    if (note) change.note = note.slice(0, 4000);
    if (change.statusTo || change.note) changes.push(change);
  });
  return { changes, unknown };
}
