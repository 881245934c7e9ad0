import { promises as fs } from 'node:fs';
import path from 'node:path';
import { strToU8 } from 'fflate';
import type { ProgressNote, TaskRecord } from '../../shared/tasks';
import { parseEntry } from './archive-parse';
import { ensureDir } from './fs-durable';
import { TasksFile, loadTasks, saveTasks, tasksPath } from './tasks/task-file';

/**
 * The 督办 register's part of the library archive (manifest version 2): tasks.json, whose progress
 * notes are people's work and exist nowhere else (the tasks themselves can be re-read from the
 * minutes; who reported what, when, cannot). Notes are append-only, so a merge takes the union.
 */
const ENTRY = 'tasks.json';

export function taskEntryNames(): string[] {
  return [ENTRY];
}

/** Adds tasks.json to `files` when the library has a readable one; says whether it did. */
export async function collectTasks(dataDir: string, files: Record<string, Uint8Array>): Promise<boolean> {
  let raw: string;
  try {
    raw = await fs.readFile(tasksPath(dataDir), 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw e;
  }
  let json: unknown = null;
  try {
    json = JSON.parse(raw);
  } catch {
    // a damaged register is the register's to set aside when it next loads; not archived
  }
  const parsed = TasksFile.safeParse(json);
  if (!parsed.success) return false;
  files[ENTRY] = strToU8(JSON.stringify(parsed.data));
  return true;
}

export function parseTasks(files: Map<string, Uint8Array>): TasksFile {
  return parseEntry(files, ENTRY, TasksFile);
}

const noteKey = (n: ProgressNote) => JSON.stringify([n.at, n.by, n.text, n.status ?? '']);
const lastNoteAt = (r: TaskRecord) => r.notes.reduce((max, n) => (n.at > max ? n.at : max), '');

/**
 * One task known on both sides: every note of either (by time, each once); the person-set fields
 * (status, completion, the deadline override) from the side with the later note, local on a tie.
 * The snapshot of the minutes' text is refreshed from the documents at the register's next sync.
 */
export function mergeTask(local: TaskRecord, incoming: TaskRecord): TaskRecord {
  const seen = new Set(local.notes.map(noteKey));
  const notes = [...local.notes, ...incoming.notes.filter((n) => !seen.has(noteKey(n)))].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  const winner = lastNoteAt(incoming) > lastNoteAt(local) ? incoming : local;
  return {
    ...local,
    status: winner.status,
    completedOn: winner.completedOn,
    dueOverride: winner.dueOverride,
    notes,
    createdAt: incoming.createdAt < local.createdAt ? incoming.createdAt : local.createdAt,
  };
}

/**
 * Writes the part. Merge: tasks by key (mergeTask); the sync marks are cleared so the register
 * re-reads every document once and brings the snapshots and deleted marks in line with the
 * merged library. Replace: the current tasks.json moves to `aside`, the archive's takes its place.
 */
export async function restoreTasks(dataDir: string, incoming: TasksFile, mode: 'merge' | 'replace', aside: string, now: Date): Promise<number> {
  const file = tasksPath(dataDir);
  if (mode === 'replace') {
    await ensureDir(aside);
    await fs.copyFile(file, path.join(aside, path.basename(file))).catch((e: NodeJS.ErrnoException) => {
      if (e.code !== 'ENOENT') throw e;
    });
    await saveTasks(dataDir, incoming);
    return incoming.records.length;
  }
  const { file: local } = await loadTasks(dataDir, now);
  const records = new Map(local.records.map((r) => [r.key, r]));
  // 督办编号 are never reused: a task new to this library keeps its number unless a local task
  // already carries it (two libraries numbered on their own); then it gets a fresh one when the
  // register loads (allocateNumbers, past every counter and every number in use).
  const used = new Set(local.records.map((r) => r.number).filter(Boolean));
  let changed = 0;
  for (const r of incoming.records) {
    const mine = records.get(r.key);
    const merged = mine ? mergeTask(mine, r) : used.has(r.number) ? { ...r, number: '' } : r;
    if (!mine && merged.number) used.add(merged.number);
    if (mine && JSON.stringify(merged) === JSON.stringify(mine)) continue;
    records.set(r.key, merged);
    changed++;
  }
  const numbers = { ...local.numbers };
  for (const [year, n] of Object.entries(incoming.numbers)) numbers[year] = Math.max(numbers[year] ?? 0, n);
  await saveTasks(dataDir, { version: 1, synced: {}, records: [...records.values()], numbers });
  return changed;
}
