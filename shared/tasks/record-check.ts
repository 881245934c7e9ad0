import { DEADLINE_KINDS, TASK_STATUSES, type ProgressNote, type TaskRecord } from './model';

/**
 * A cheap check of the records read from tasks.json. The zod schema (model.ts) stays the
 * definition, but parsing 5,000 records with it costs 100-200 ms in a fresh process (zod compiles
 * its fast path on first use), most of the register's open time (bench/tasks.ts). This checks
 * what the code relies on — every field present with its type, enums in their sets, dates shaped
 * YYYY-MM-DD — in one plain loop, and hands back the objects as read (no copy). A unit test keeps
 * it in step with the schema: every field of TaskRecord has a rule here, and a wrong type in any
 * of them is refused by both.
 */
type Rule = (v: unknown) => boolean;

const DAY = /^(\d{4}-\d{2}-\d{2})?$/;
const STATUS: ReadonlySet<unknown> = new Set(TASK_STATUSES);
const KINDS: ReadonlySet<unknown> = new Set(DEADLINE_KINDS);

const str =
  (max: number): Rule =>
  (v) =>
    typeof v === 'string' && v.length <= max;
const day: Rule = (v) => typeof v === 'string' && DAY.test(v);
const strings: Rule = (v) => Array.isArray(v) && v.length <= 50 && v.every((u) => typeof u === 'string' && u.length <= 2000);

function isNote(n: unknown): n is ProgressNote {
  if (typeof n !== 'object' || n === null) return false;
  const o = n as Record<string, unknown>;
  return typeof o.at === 'string' && typeof o.by === 'string' && typeof o.text === 'string' && (o.status === undefined || STATUS.has(o.status));
}

export const RECORD_RULES: Record<keyof TaskRecord, Rule> = {
  key: str(200),
  documentId: str(64),
  itemId: str(128),
  source: (v) => v === 'item' || v === 'decision',
  sectionId: str(64),
  sectionTitle: str(2000),
  text: str(200_000),
  owner: str(2000),
  leadUnits: strings,
  units: strings,
  due: str(2000),
  documentTitle: str(2000),
  meetingName: str(2000),
  meetingDate: day,
  parsedDue: day,
  dueKind: (v) => KINDS.has(v),
  approximate: (v) => typeof v === 'boolean',
  dueOverride: day,
  status: (v) => STATUS.has(v),
  notes: (v) => Array.isArray(v) && v.length <= 5000 && v.every(isNote),
  completedOn: day,
  createdAt: str(40),
  deletedAt: str(40),
  number: str(40),
};
const isStr = (v: unknown, max: number): boolean => typeof v === 'string' && v.length <= max;
const isDay = (v: unknown): boolean => typeof v === 'string' && (v === '' || DAY.test(v));

function isStrings(v: unknown): boolean {
  if (!Array.isArray(v) || v.length > 50) return false;
  for (const u of v) if (typeof u !== 'string' || u.length > 2000) return false;
  return true;
}

function isNotes(v: unknown): boolean {
  if (!Array.isArray(v) || v.length > 5000) return false;
  for (const n of v) if (!isNote(n)) return false;
  return true;
}

/**
 * The record as read (older files gain the fields added since), or null when it is not one.
 * Straight-line on purpose: it runs 5,000 times before any of it is optimised, and a loop over
 * RECORD_RULES' closures costs four times as much cold. RECORD_RULES is the same check, field by
 * field, for the test that compares it with the schema.
 */
export function checkRecord(x: unknown): TaskRecord | null {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return null;
  const o = x as Record<string, unknown>;
  // fields added after the first files were written: what an older record means by their absence
  if (o.number === undefined) o.number = '';
  const ok =
    isStr(o.key, 200) &&
    isStr(o.documentId, 64) &&
    isStr(o.itemId, 128) &&
    (o.source === 'item' || o.source === 'decision') &&
    isStr(o.sectionId, 64) &&
    isStr(o.sectionTitle, 2000) &&
    isStr(o.text, 200_000) &&
    isStr(o.owner, 2000) &&
    isStrings(o.leadUnits) &&
    isStrings(o.units) &&
    isStr(o.due, 2000) &&
    isStr(o.documentTitle, 2000) &&
    isStr(o.meetingName, 2000) &&
    isDay(o.meetingDate) &&
    isDay(o.parsedDue) &&
    KINDS.has(o.dueKind) &&
    typeof o.approximate === 'boolean' &&
    isDay(o.dueOverride) &&
    STATUS.has(o.status) &&
    isNotes(o.notes) &&
    isDay(o.completedOn) &&
    isStr(o.createdAt, 40) &&
    isStr(o.deletedAt, 40) &&
    isStr(o.number, 40);
  return ok ? (o as TaskRecord) : null;
}
