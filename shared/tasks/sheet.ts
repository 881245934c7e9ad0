import { lookup } from '../i18n';
import type { Locale } from '../model';
import type { TaskRow } from './model';
import { summarize } from './view';

/**
 * The register as a table: columns with widths, and the text of every cell. One model feeds the
 * PDF (shared/layout/register.ts), the DOCX (shared/docx/register.ts) and the XLSX writer, so the
 * three show the same columns in the same words. Widths follow the design note §6 (portrait: the
 * 28-cell 版心 of 156 mm; landscape: the rotated 225 mm 版心).
 */
export type Orientation = 'portrait' | 'landscape';
export type ColumnKey = 'seq' | 'text' | 'source' | 'lead' | 'units' | 'due' | 'progress' | 'status' | 'remarks';

export interface Column {
  key: ColumnKey;
  caption: string;
  widthMm: number;
  /** Columns of at most 6 字 are centred, longer ones left-aligned (design note §6). */
  align: 'center' | 'left';
}

const WIDTHS: Record<Orientation, [ColumnKey, number][]> = {
  portrait: [
    ['seq', 11.1],
    ['text', 44.6],
    ['units', 27.9],
    ['due', 22.3],
    ['progress', 33.4],
    ['status', 16.7],
  ],
  landscape: [
    ['seq', 10.5],
    ['text', 56.5],
    ['source', 23.2],
    ['lead', 23.2],
    ['units', 27.4],
    ['due', 18.9],
    ['progress', 40.1],
    ['status', 14.7],
    ['remarks', 10.5],
  ],
};
const LEFT: ReadonlySet<ColumnKey> = new Set(['text', 'source', 'units', 'progress']);

export interface RegisterTable {
  title: string;
  /** 督办单位, printed at the left of the line under the title ('' leaves the place empty). */
  issuer: string;
  asOf: string;
  summary: string;
  columns: Column[];
  /** One array of cell texts per task; a cell may hold several lines ('\n'). */
  cells: string[][];
}

const t = (locale: Locale, key: string, params: Record<string, string | number> = {}) => lookup(locale, key, params, 'tasks');

/** 2025-05-20 -> 5月20日 (en: 2025-05-20): how a note's date is printed before its text. */
function shortDate(iso: string, locale: Locale): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return '';
  return locale === 'en' ? `${m[1]}-${m[2]}-${m[3]}` : `${Number(m[2])}月${Number(m[3])}日`;
}

export function chineseDay(iso: string, locale: Locale): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  return locale === 'en' ? iso : `${m[1]}年${Number(m[2])}月${Number(m[3])}日`;
}

/** The deadline as written, with the date read from it on a second line when the two differ. */
export function dueCell(r: TaskRow, locale: Locale): string {
  const date = r.dueDate ? chineseDay(r.dueDate, locale) : '';
  if (!r.due) return date;
  return date && date !== r.due ? `${r.due}\n（${date}）` : r.due;
}

export function statusCell(r: TaskRow, locale: Locale): string {
  const label = t(locale, `status.${r.status}`);
  // printouts are often monochrome: 逾期 (or 逾期办结, kept for the assessment) goes on a second
  // line, not in red only
  return r.timeState === 'overdue' || r.timeState === 'lateDone' ? `${label}\n${t(locale, `timeState.${r.timeState}`)}` : label;
}

/** 事项来源: the minutes (纪要) and the part of them the task comes from. */
export function sourceCell(r: TaskRow): string {
  return [r.documentTitle || r.meetingName, r.sectionTitle].filter(Boolean).join('\n');
}

/** 督办事项 with its 督办编号 on the first line, so the number travels with the task on paper. */
export function textCell(r: TaskRow): string {
  return r.number ? `${r.number}\n${r.text}` : r.text;
}

/** The latest note, prefixed with its date: （5月20日）… (design note §5: printouts show the latest). */
export function latestProgress(r: TaskRow, locale: Locale): string {
  const notes = r.notes.filter((n) => n.text.trim());
  const last = notes[notes.length - 1];
  return last ? `（${shortDate(last.at, locale)}）${last.text}` : '';
}

export function unitsCell(r: TaskRow, locale: Locale, withLead: boolean): string {
  const lead = new Set(r.leadUnits);
  if (withLead) return r.units.map((u) => (lead.has(u) ? `${u}${t(locale, 'leadMark')}` : u)).join('、');
  return r.units.filter((u) => !lead.has(u)).join('、');
}

export function registerTable(rows: readonly TaskRow[], opts: { orientation: Orientation; locale: Locale; today: string; title?: string; issuer?: string }): RegisterTable {
  const { locale, orientation } = opts;
  const columns: Column[] = WIDTHS[orientation].map(([key, widthMm]) => ({ key, widthMm, caption: t(locale, `columns.${key}`), align: LEFT.has(key) ? 'left' : 'center' }));
  const cell = (r: TaskRow, i: number, key: ColumnKey): string => {
    switch (key) {
      case 'seq':
        return String(i + 1);
      case 'text':
        return textCell(r);
      case 'source':
        return sourceCell(r);
      case 'lead':
        return r.leadUnits.join('、');
      // portrait has no lead column: the lead unit is listed first with （牵头）
      case 'units':
        return unitsCell(r, locale, orientation === 'portrait');
      case 'due':
        return dueCell(r, locale);
      case 'progress':
        return latestProgress(r, locale);
      case 'status':
        return statusCell(r, locale);
      case 'remarks':
        return r.deletedAt ? t(locale, 'status.deleted') : '';
    }
  };
  const s = summarize(rows);
  return {
    title: opts.title || t(locale, 'export.registerTitle'),
    issuer: opts.issuer?.trim() ?? '',
    asOf: t(locale, 'asOf', { date: chineseDay(opts.today, locale) }),
    summary: t(locale, 'summary', s),
    columns,
    cells: rows.map((r, i) => columns.map((c) => cell(r, i, c.key))),
  };
}
