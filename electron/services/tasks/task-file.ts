import { readFile, rename } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { AppError } from '../../../shared/api';
import { TaskRecord } from '../../../shared/tasks';
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
});
export type TasksFile = z.infer<typeof TasksFile>;

export function tasksPath(dataDir: string): string {
  return join(dataDir, 'tasks.json');
}

const EMPTY = (): TasksFile => ({ version: 1, synced: {}, records: [] });

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
  const parsed = TasksFile.safeParse(json);
  if (parsed.success) return { file: parsed.data, setAside: '' };
  const aside = `${file}.damaged-${now.toISOString().replace(/[:.]/g, '-')}`;
  await rename(file, aside);
  return { file: EMPTY(), setAside: aside };
}

export async function saveTasks(dataDir: string, data: TasksFile): Promise<void> {
  await writeFileDurable(tasksPath(dataDir), JSON.stringify(data));
}
