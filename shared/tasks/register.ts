import { addDays, daysBetween, fmt, parseYmd } from './calendar';
import type { TaskSnapshot } from './derive';
import { FINISHED, NEAR_DAYS, dueDateOf, type TaskRecord, type TaskRow, type TaskStatus, type TimeState } from './model';

/**
 * The register's rules, pure: how the document's items meet the stored progress (sync), how a
 * person's update is applied (append-only notes), and what is computed against today (逾期).
 */

const SNAPSHOT_FIELDS = [
  'documentId',
  'itemId',
  'source',
  'sectionId',
  'sectionTitle',
  'text',
  'owner',
  'leadUnits',
  'units',
  'due',
  'documentTitle',
  'meetingName',
  'meetingDate',
  'parsedDue',
  'dueKind',
  'approximate',
] as const satisfies readonly (keyof TaskSnapshot & keyof TaskRecord)[];

function sameSnapshot(r: TaskRecord, s: TaskSnapshot): boolean {
  return SNAPSHOT_FIELDS.every((f) => JSON.stringify(r[f]) === JSON.stringify(s[f]));
}

function fromSnapshot(s: TaskSnapshot): Pick<TaskRecord, (typeof SNAPSHOT_FIELDS)[number] | 'key'> {
  const out = { key: s.key } as Record<string, unknown>;
  for (const f of SNAPSHOT_FIELDS) out[f] = s[f];
  return out as Pick<TaskRecord, (typeof SNAPSHOT_FIELDS)[number] | 'key'>;
}

/**
 * Brings the records of one document in line with its current tasks. Progress is never touched:
 * a changed item updates text/owner/deadline; a decision paragraph that moved keeps its record
 * (matched by identical text); an item gone from the minutes is marked deleted, not removed.
 * Returns whether anything changed (so the caller writes only then).
 */
export function syncDocument(records: Map<string, TaskRecord>, documentId: string, snapshots: readonly TaskSnapshot[], now: string): boolean {
  let changed = false;
  const own = [...records.values()].filter((r) => r.documentId === documentId);
  const wanted = new Set(snapshots.map((s) => s.key));
  // records whose key is gone are candidates to follow a moved paragraph
  const orphans = own.filter((r) => !wanted.has(r.key));
  for (const s of snapshots) {
    let record = records.get(s.key);
    if (!record) {
      const moved = orphans.findIndex((r) => r.source === s.source && r.text === s.text);
      if (moved !== -1) {
        record = orphans.splice(moved, 1)[0]!;
        records.delete(record.key);
      }
    }
    if (record) {
      if (!sameSnapshot(record, s) || record.deletedAt || record.key !== s.key) {
        records.set(s.key, { ...record, ...fromSnapshot(s), deletedAt: '' });
        changed = true;
      }
      continue;
    }
    records.set(s.key, {
      ...fromSnapshot(s),
      dueOverride: '',
      status: s.initialStatus,
      notes: [],
      completedOn: '',
      createdAt: now,
      deletedAt: '',
      number: '', // given by allocateNumbers (number.ts) once the sync is done
    });
    changed = true;
  }
  for (const r of orphans) changed = markDeleted(records, r, now) || changed;
  return changed;
}

/** A document that left the library (trashed, removed): its tasks stay, marked deleted. */
export function syncRemovedDocuments(records: Map<string, TaskRecord>, liveIds: ReadonlySet<string>, now: string): boolean {
  let changed = false;
  for (const r of [...records.values()]) if (!liveIds.has(r.documentId)) changed = markDeleted(records, r, now) || changed;
  return changed;
}

function markDeleted(records: Map<string, TaskRecord>, r: TaskRecord, now: string): boolean {
  if (r.deletedAt) return false;
  records.set(r.key, { ...r, deletedAt: now });
  return true;
}

export interface TaskUpdate {
  status?: TaskStatus;
  note?: string;
  by?: string;
  /** YYYY-MM-DD replaces the reading of the phrase; '' returns to the reading. */
  dueOverride?: string;
  completedOn?: string;
}

/** Applies one person's update. Notes are appended, never edited; a status change is noted too. */
export function applyUpdate(r: TaskRecord, u: TaskUpdate, now: string, today: string): TaskRecord {
  const next: TaskRecord = { ...r, notes: r.notes };
  const statusChanged = u.status !== undefined && u.status !== r.status;
  const note = (u.note ?? '').trim();
  if (note || statusChanged) {
    next.notes = [...r.notes, { at: now, by: (u.by ?? '').trim(), text: note, ...(statusChanged ? { status: u.status } : {}) }];
  }
  if (u.status !== undefined) next.status = u.status;
  // progress recorded on a task not yet started means it has started
  else if (note && r.status === 'notStarted') next.status = 'inProgress';
  if (statusChanged && u.status && FINISHED.has(u.status) && !r.completedOn) next.completedOn = u.completedOn || today;
  else if (u.completedOn !== undefined) next.completedOn = u.completedOn;
  if (statusChanged && u.status && !FINISHED.has(u.status)) next.completedOn = u.completedOn ?? '';
  if (u.dueOverride !== undefined) next.dueOverride = u.dueOverride;
  return next;
}

/** 时限状态 against today (model.ts TIME_STATES); ISO dates compare as strings. */
export function timeStateOf(r: Pick<TaskRecord, 'status' | 'completedOn' | 'deletedAt'>, dueDate: string | null, today: string): TimeState {
  if (!dueDate || r.deletedAt) return 'none';
  if (FINISHED.has(r.status)) return r.completedOn && r.completedOn > dueDate ? 'lateDone' : 'normal';
  if (dueDate < today) return 'overdue';
  return dueDate <= nearLimit(today) ? 'near' : 'normal';
}

/** today + NEAR_DAYS as YYYY-MM-DD, kept for the last day asked: one date sum per list, not per row. */
let near = { today: '', limit: '' };
function nearLimit(today: string): string {
  if (near.today !== today) {
    const d = parseYmd(today);
    near = { today, limit: d ? fmt(addDays(d, NEAR_DAYS)) : today };
  }
  return near.limit;
}

/**
 * The record with what today adds. Written field by field, not `{ ...r }`: on records read from
 * tasks.json V8 takes a slow path for the spread (5,000 rows: 200-400 ms against 3-25 ms under
 * load, bench/tasks.ts). TypeScript keeps the list complete: a field added to TaskRecord and
 * missing here does not compile.
 */
export function toRow(r: TaskRecord, today: string): TaskRow {
  const dueDate = dueDateOf(r);
  const timeState = timeStateOf(r, dueDate, today);
  const late = timeState === 'overdue';
  return {
    key: r.key,
    documentId: r.documentId,
    itemId: r.itemId,
    source: r.source,
    sectionId: r.sectionId,
    sectionTitle: r.sectionTitle,
    text: r.text,
    owner: r.owner,
    leadUnits: r.leadUnits,
    units: r.units,
    due: r.due,
    documentTitle: r.documentTitle,
    meetingName: r.meetingName,
    meetingDate: r.meetingDate,
    parsedDue: r.parsedDue,
    dueKind: r.dueKind,
    approximate: r.approximate,
    dueOverride: r.dueOverride,
    status: r.status,
    notes: r.notes,
    completedOn: r.completedOn,
    createdAt: r.createdAt,
    deletedAt: r.deletedAt,
    number: r.number,
    dueDate,
    overdue: late,
    timeState,
    daysOverdue: late ? daysBetween(dueDate!, today) : 0,
  };
}
