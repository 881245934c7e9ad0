import { readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { AppError } from '../../../shared/api';
import { TaskRecord, checkRecord } from '../../../shared/tasks';
import { writeFileDurable } from '../fs-durable';

/**
 * tasks.json beside the library: every task the register has seen, with its own progress, and
 * which revision of each document it was last synced with. Progress is the user's work: a file
 * that cannot be read is renamed aside (never overwritten) and the register starts again from
 * the documents, so the damaged file stays for repair.
 */
export const TasksFile = z.object({
  version: z.literal(1),
  /** documentId -> revision last synced. */
  synced: z.record(z.string(), z.number().int()),
  records: z.array(TaskRecord),
  /** The last 督办编号 given in each year (shared/tasks/number.ts); absent in older files. */
  numbers: z.record(z.string(), z.number().int()).default({}),
});
export type TasksFile = z.infer<typeof TasksFile>;

export function tasksPath(dataDir: string): string {
  return join(dataDir, 'tasks.json');
}

const EMPTY = (): TasksFile => ({ version: 1, synced: {}, records: [], numbers: {} });

const isIntRecord = (v: unknown): v is Record<string, number> => typeof v === 'object' && v !== null && !Array.isArray(v) && Object.values(v).every((n) => Number.isInteger(n));

/**
 * The file's shape, checked in one plain pass (shared/tasks/record-check.ts), not with the zod
 * schema above: zod costs 100-200 ms on 5,000 records in a fresh process, most of the register's
 * open time. Same verdicts on what the code relies on; null when the file is not a register.
 */
export function readTasksFile(json: unknown): TasksFile | null {
  if (typeof json !== 'object' || json === null) return null;
  const o = json as Record<string, unknown>;
  if (o.version !== 1 || !isIntRecord(o.synced) || !Array.isArray(o.records)) return null;
  if (o.numbers !== undefined && !isIntRecord(o.numbers)) return null;
  for (const r of o.records) if (!checkRecord(r)) return null;
  return { version: 1, synced: o.synced, records: o.records as TaskRecord[], numbers: (o.numbers as Record<string, number> | undefined) ?? {} };
}

export async function loadTasks(dataDir: string, now: Date): Promise<{ file: TasksFile; setAside: string }> {
  const file = tasksPath(dataDir);
  let raw: string;
  try {
    raw = await readFile(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { file: EMPTY(), setAside: '' };
    throw new AppError('unwritable', `cannot read the task register: ${(e as Error).message}`, { path: file });
  }
  let json: unknown = null;
  try {
    json = JSON.parse(raw);
  } catch {
    // fall through to set aside
  }
  const parsed = readTasksFile(json);
  if (parsed) return { file: parsed, setAside: '' };
  const aside = `${file}.damaged-${now.toISOString().replace(/[:.]/g, '-')}`;
  await rename(file, aside);
  return { file: EMPTY(), setAside: aside };
}

export async function saveTasks(dataDir: string, data: TasksFile): Promise<void> {
  await writeFileDurable(tasksPath(dataDir), JSON.stringify(data));
}
