import { addDays, fmt, parseYmd, weekStart } from './calendar';
import { FINISHED, type TaskRow, type TaskStatus } from './model';

/**
 * The register's views, filters, sort and search, pure so the renderer, the CLI and the exports
 * list the same rows. Search text is built once per row and kept in a WeakMap: filtering 5,000
 * rows on each keystroke then costs one `includes` per row (bench/tasks.ts).
 */
export const TASK_VIEWS = ['open', 'byUnit', 'byMeeting', 'week', 'overdue', 'all'] as const;
export type TaskView = (typeof TASK_VIEWS)[number];

export const SORT_KEYS = ['due', 'meeting', 'unit', 'status', 'text'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export interface TaskFilter {
  view?: TaskView;
  unit?: string;
  meeting?: string;
  status?: TaskStatus | '';
  query?: string;
  /** Deleted tasks are hidden unless asked for. */
  showDeleted?: boolean;
}

const haystacks = new WeakMap<TaskRow, string>();

function haystack(r: TaskRow): string {
  let h = haystacks.get(r);
  if (h === undefined) {
    h = [r.number, r.text, r.owner, r.due, r.dueDate ?? '', r.documentTitle, r.meetingName, r.sectionTitle, ...r.notes.map((n) => `${n.by} ${n.text}`)].join('\n').toLowerCase();
    haystacks.set(r, h);
  }
  return h;
}

/** Monday..Sunday of the week holding today. */
export function weekRange(today: string): { from: string; to: string } {
  const d = parseYmd(today);
  if (!d) return { from: today, to: today };
  const start = weekStart(d);
  return { from: fmt(start), to: fmt(addDays(start, 6)) };
}

export function isOpen(r: TaskRow): boolean {
  return !r.deletedAt && !FINISHED.has(r.status);
}

export function filterTasks(rows: readonly TaskRow[], f: TaskFilter, today: string): TaskRow[] {
  const view = f.view ?? 'all';
  const terms = (f.query ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  const week = view === 'week' ? weekRange(today) : null;
  return rows.filter((r) => {
    if (r.deletedAt && !f.showDeleted) return false;
    if (view === 'open' && !isOpen(r)) return false;
    if (view === 'overdue' && !r.overdue) return false;
    if (week && !(isOpen(r) && r.dueDate && r.dueDate >= week.from && r.dueDate <= week.to)) return false;
    if (f.unit && !r.units.includes(f.unit)) return false;
    if (f.meeting && r.documentId !== f.meeting) return false;
    if (f.status && r.status !== f.status) return false;
    if (terms.length) {
      const h = haystack(r);
      if (!terms.every((t) => h.includes(t))) return false;
    }
    return true;
  });
}

/** One collator for every Chinese sort: String#localeCompare with a locale builds one per call. */
const collator = new Intl.Collator('zh-Hans-CN');
/** Code-point order for ISO dates and keys: no collation needed, ten times faster. */
const plain = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const STATUS_ORDER: Record<TaskStatus, number> = { notStarted: 0, inProgress: 1, onHold: 2, done: 3, closed: 4 };

function compareBy(key: SortKey): (a: TaskRow, b: TaskRow) => number {
  switch (key) {
    case 'due':
      // dated first (earliest first), then undated
      return (a, b) => plain(a.dueDate ?? '9999', b.dueDate ?? '9999');
    case 'meeting':
      return (a, b) => plain(b.meetingDate, a.meetingDate) || collator.compare(a.documentTitle, b.documentTitle);
    case 'unit':
      return (a, b) => collator.compare(a.leadUnits[0] ?? '', b.leadUnits[0] ?? '');
    case 'status':
      return (a, b) => Number(b.overdue) - Number(a.overdue) || STATUS_ORDER[a.status] - STATUS_ORDER[b.status];
    case 'text':
      return (a, b) => collator.compare(a.text, b.text);
  }
}

/** Stable sort by one key, ties kept in document order (meeting, then key). */
export function sortTasks(rows: readonly TaskRow[], key: SortKey, descending = false): TaskRow[] {
  const cmp = compareBy(key);
  const sign = descending ? -1 : 1;
  return [...rows].sort((a, b) => sign * cmp(a, b) || plain(a.key, b.key));
}

/** Groups for the by-unit and by-meeting views: a task with several units shows under each. */
export function groupTasks(rows: readonly TaskRow[], by: 'unit' | 'meeting'): { key: string; label: string; rows: TaskRow[] }[] {
  const groups = new Map<string, { key: string; label: string; rows: TaskRow[] }>();
  const add = (key: string, label: string, r: TaskRow) => {
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { key, label, rows: [] }));
    g.rows.push(r);
  };
  for (const r of rows) {
    if (by === 'meeting') add(r.documentId, r.meetingDate ? `${r.meetingName}（${r.meetingDate}）` : r.meetingName, r);
    else if (r.units.length === 0) add('', '', r);
    else for (const u of r.units) add(u, u, r);
  }
  return [...groups.values()];
}

/**
 * The counts of a register's summary line "共N项：已销号N项，推进中N项，逾期N项" (design note §6):
 * the three parts add up to the total. 已销号 is closed; 逾期 is open and past its date; 推进中 is
 * everything else still on the list (not started, in progress, on hold, and 已完成 waiting for
 * the 督办单位 to 销号). The per-status counts are there too.
 */
export function summarize(rows: readonly TaskRow[]): Record<TaskStatus | 'overdue' | 'total' | 'progressing', number> {
  const out = { total: 0, overdue: 0, progressing: 0, notStarted: 0, inProgress: 0, done: 0, closed: 0, onHold: 0 };
  for (const r of rows) {
    if (r.deletedAt) continue;
    out.total++;
    out[r.status]++;
    if (r.overdue) out.overdue++;
    else if (r.status !== 'closed') out.progressing++;
  }
  return out;
}

/** Distinct units (lead first in each task) for the unit filter. */
export function allUnits(rows: readonly TaskRow[]): string[] {
  const seen = new Set<string>();
  for (const r of rows) if (!r.deletedAt) for (const u of r.units) seen.add(u);
  return [...seen].sort(collator.compare);
}
