import { z } from 'zod';
import { TaskRow, TaskStatus } from '../../tasks/model';
import { FileHandle, FilePath, ONE_TARGET, oneTarget } from './files';

const Day = z.string().regex(/^(\d{4}-\d{2}-\d{2})?$/, { message: 'validation.date' });
const Key = z.string().min(3).max(200);

export const TASK_EXPORT_FORMATS = ['xlsx', 'pdf', 'docx'] as const;
export const TaskExportFormat = z.enum(TASK_EXPORT_FORMATS);
export type TaskExportFormat = z.infer<typeof TaskExportFormat>;

/** One row of a progress import: what the file says, what the register has, what would change. */
export const ImportChange = z.object({
  key: Key,
  row: z.number().int(),
  text: z.string(),
  statusFrom: TaskStatus,
  statusTo: TaskStatus.optional(),
  note: z.string().max(4000).optional(),
});
export type ImportChange = z.infer<typeof ImportChange>;

/**
 * The 督办台账: tasks derived from the documents' action items and decisions, with progress kept
 * beside the library (electron/services/tasks). `today` is the services' calendar day, so the UI
 * and the CLI agree on what is overdue.
 */
export const tasksChannels = {
  'tasks:list': {
    request: z.strictObject({}),
    response: z.object({ tasks: z.array(TaskRow), today: z.string() }),
  },
  /**
   * How many tasks are overdue, for the top bar's badge. The whole register (tasks:list) is megabytes
   * at a secretariat's 5,000 documents; the badge, read on every view change and every minute, needs
   * one number, so the count is made where the rows are.
   */
  'tasks:summary': {
    request: z.strictObject({}),
    response: z.object({ overdue: z.number().int().nonnegative(), today: z.string() }),
  },
  'tasks:update': {
    request: z.strictObject({
      key: Key,
      status: TaskStatus.optional(),
      note: z.string().max(4000).optional(),
      by: z.string().max(100).optional(),
      dueOverride: Day.optional(),
      completedOn: Day.optional(),
    }),
    response: z.object({ task: TaskRow }),
  },
  /** The register (the keys of a filtered view, in its order; all open tasks when absent). */
  'tasks:export': {
    request: z
      .strictObject({
        format: TaskExportFormat,
        keys: z.array(Key).max(20_000).optional(),
        orientation: z.enum(['landscape', 'portrait']).optional(),
        title: z.string().max(200).optional(),
        /** 督办单位, printed under the title of the PDF and DOCX. */
        issuer: z.string().max(100).optional(),
        path: FilePath.optional(),
        handle: FileHandle.optional(),
        overwrite: z.boolean().optional(),
      })
      .refine(oneTarget, ONE_TARGET),
    response: z.object({ path: z.string(), bytes: z.number().int(), rows: z.number().int() }),
  },
  /**
   * 督办通知单 / 催办单: one unit's open tasks on one page (PDF or DOCX). When they do not fit one
   * page even at the smallest size, a validation error with reason 'noticeTooLong' (unit, count).
   */
  'tasks:notice': {
    request: z
      .strictObject({
        unit: z.string().min(1).max(500),
        kind: z.enum(['notice', 'reminder']),
        format: z.enum(['pdf', 'docx']),
        /** 督办单位, who signs the notice. */
        issuer: z.string().max(100).optional(),
        path: FilePath.optional(),
        handle: FileHandle.optional(),
        overwrite: z.boolean().optional(),
      })
      .refine(oneTarget, ONE_TARGET),
    response: z.object({ path: z.string(), bytes: z.number().int(), rows: z.number().int() }),
  },
  /** Reads an XLSX of the register's shape (bytes, base64) and says what it would change; applies nothing. */
  'tasks:import:preview': {
    request: z.strictObject({ base64: z.string().max(7_000_000) }),
    response: z.object({ changes: z.array(ImportChange), unknown: z.array(z.object({ row: z.number().int(), text: z.string() })) }),
  },
  /** Applies the changes the user confirmed (as previewed). */
  'tasks:import:apply': {
    request: z.strictObject({ changes: z.array(ImportChange).max(20_000), by: z.string().max(100).optional() }),
    response: z.object({ applied: z.number().int() }),
  },
} as const;
