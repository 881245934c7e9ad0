import { z } from 'zod';

/**
 * A tracked task (督办事项) as the services keep it: a snapshot of the item or decision in the minutes
 * (refreshed whenever the document changes) plus the task's own progress, which no edit of the
 * minutes touches. Statuses are set by people; 逾期 is never stored, it is computed against today.
 */
export const TASK_STATUSES = ['notStarted', 'inProgress', 'done', 'closed', 'onHold'] as const;
export const TaskStatus = z.enum(TASK_STATUSES);
export type TaskStatus = z.infer<typeof TaskStatus>;

/** Statuses that count as finished: never overdue. */
export const FINISHED: ReadonlySet<TaskStatus> = new Set(['done', 'closed']);

export const DEADLINE_KINDS = ['date', 'ongoing', 'recurring', 'unparsed', 'none'] as const;

const day = z.string().regex(/^(\d{4}-\d{2}-\d{2})?$/);
const line = z.string().max(2000);

export const ProgressNote = z.object({
  /** When it was recorded (ISO instant) and by whom (as typed; no accounts in this app). */
  at: z.string().max(40),
  by: z.string().max(100),
  text: z.string().max(4000),
  /** The status set with this note, when it changed. */
  status: TaskStatus.optional(),
});
export type ProgressNote = z.infer<typeof ProgressNote>;

export const TaskRecord = z.object({
  /** documentId/itemId: stable across edits of the document. */
  key: z.string().max(200),
  documentId: z.string().max(64),
  /** The action item's id, or `<sectionId>-p<n>` for a decision paragraph. */
  itemId: z.string().max(128),
  source: z.enum(['item', 'decision']),
  sectionId: z.string().max(64),
  sectionTitle: line,
  text: z.string().max(200_000),
  /** The owner line as written, and its units read from it. */
  owner: line,
  leadUnits: z.array(line).max(50),
  units: z.array(line).max(50),
  due: line,
  documentTitle: line,
  meetingName: line,
  meetingDate: day,
  /** The deadline as read from `due` (see deadline.ts), refreshed with the snapshot. */
  parsedDue: day,
  dueKind: z.enum(DEADLINE_KINDS),
  approximate: z.boolean(),
  /** A date the user set instead of the reading; '' keeps the reading. */
  dueOverride: day,
  status: TaskStatus,
  notes: z.array(ProgressNote).max(5000),
  completedOn: day,
  createdAt: z.string().max(40),
  /** Set when the item left the minutes (or the document was trashed): the task stays, marked. */
  deletedAt: z.string().max(40),
  /**
   * 督办编号 "督办〔2025〕12号": given once when the task enters the register (numbered per year of
   * entry, never reused, kept when the item leaves the minutes). '' only in files written before
   * numbers existed; the register numbers those on load (number.ts).
   */
  number: z.string().max(40),
});
export type TaskRecord = z.infer<typeof TaskRecord>;

/**
 * 时限状态, computed against today and never typed (design note §5): 正常, 临期 (due within
 * NEAR_DAYS), 逾期 (open and past the date), 逾期办结 (finished after the date: kept so the
 * assessment still sees it), 无时限 (no date: ongoing, recurring, unread, none).
 */
export const TIME_STATES = ['normal', 'near', 'overdue', 'lateDone', 'none'] as const;
export const TimeState = z.enum(TIME_STATES);
export type TimeState = z.infer<typeof TimeState>;
/** 临期: at most this many days to the due date (design note §5, ⚙ 5 days). */
export const NEAR_DAYS = 5;

/** A task as listed: the record plus what is computed against today. */
export const TaskRow = TaskRecord.extend({
  dueDate: z.string().nullable(),
  overdue: z.boolean(),
  timeState: TimeState,
  /** Days past the due date (0 when not overdue). */
  daysOverdue: z.number().int(),
});
export type TaskRow = z.infer<typeof TaskRow>;

export function dueDateOf(r: Pick<TaskRecord, 'dueOverride' | 'parsedDue'>): string | null {
  return r.dueOverride || r.parsedDue || null;
}
