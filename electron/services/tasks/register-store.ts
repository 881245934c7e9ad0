import { AppError } from '../../../shared/api';
import type { IndexEntry } from '../../../shared/api';
import type { Briefing } from '../../../shared/model';
import { allocateNumbers, applyUpdate, syncDocument, syncRemovedDocuments, tasksFromDocument, toRow, type TaskRecord, type TaskRow, type TaskUpdate } from '../../../shared/tasks';
import { loadTasks, saveTasks, type TasksFile } from './task-file';

export interface RegisterDeps {
  dataDir: string;
  list: () => IndexEntry[];
  get: (id: string) => Promise<Briefing>;
  clock: () => Date;
}

/** The calendar day of an instant on this machine's clock (the office's wall calendar). */
export function localDay(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/**
 * The register in memory, in step with the library: before each answer it re-reads the documents
 * whose revision moved since the last sync (only those), so a save in the editor shows in the
 * register at the next look, and writes tasks.json only when something changed. Every operation
 * runs through one queue: an update never races a sync.
 */
export class TaskRegister {
  private data: TasksFile | null = null;
  private records = new Map<string, TaskRecord>();
  private queue: Promise<unknown> = Promise.resolve();
  /**
   * Rows computed for `rowsDay`, by record object: records are replaced, never mutated, on any
   * change, so a cached row is current until its record or the calendar day moves. A second look
   * at the register then copies nothing (and the view's search text, kept per row, survives too).
   */
  private rows = new WeakMap<TaskRecord, TaskRow>();
  private rowsDay = '';
  /** Set when a damaged tasks.json was renamed aside at load (reported once by the service). */
  setAside = '';

  constructor(private readonly deps: RegisterDeps) {}

  private serial<T>(fn: () => Promise<T>): Promise<T> {
    const next = this.queue.then(fn, fn);
    this.queue = next.catch(() => undefined);
    return next;
  }

  idle(): Promise<unknown> {
    return this.queue;
  }

  /**
   * Runs `fn` (a library restore rewriting tasks.json) between the register's own operations, then
   * drops the copy in memory: the next look reads the restored file.
   */
  exclusive<T>(fn: () => Promise<T>): Promise<T> {
    return this.serial(async () => {
      try {
        return await fn();
      } finally {
        this.data = null;
        this.records = new Map();
      }
    });
  }

  today(): string {
    return localDay(this.deps.clock());
  }

  private async sync(): Promise<void> {
    const now = this.deps.clock();
    if (!this.data) {
      const loaded = await loadTasks(this.deps.dataDir, now);
      this.data = loaded.file;
      this.setAside = loaded.setAside;
      this.records = new Map(this.data.records.map((r) => [r.key, r]));
      // files written before 督办编号 existed: number their tasks once, in the order of entry
      if (allocateNumbers(this.records, this.data.numbers, now.getFullYear())) await this.persist();
    }
    const stamp = now.toISOString();
    const live = this.deps.list().filter((e) => !e.newerSchema);
    let changed = false;
    for (const entry of live) {
      if (this.data.synced[entry.id] === entry.revision) continue;
      let doc: Briefing;
      try {
        doc = await this.deps.get(entry.id);
      } catch {
        continue; // unreadable now (quarantined in between): try again next time
      }
      changed = syncDocument(this.records, doc.id, tasksFromDocument(doc), stamp) || changed;
      this.data.synced[entry.id] = entry.revision;
      changed = true;
    }
    const liveIds = new Set(live.map((e) => e.id));
    for (const id of Object.keys(this.data.synced)) {
      if (!liveIds.has(id)) {
        delete this.data.synced[id];
        changed = true;
      }
    }
    changed = syncRemovedDocuments(this.records, liveIds, stamp) || changed;
    if (changed) {
      allocateNumbers(this.records, this.data.numbers, now.getFullYear());
      await this.persist();
    }
  }

  private async persist(): Promise<void> {
    this.data!.records = [...this.records.values()];
    await saveTasks(this.deps.dataDir, this.data!);
  }

  list(): Promise<{ tasks: TaskRow[]; today: string }> {
    return this.serial(async () => {
      await this.sync();
      const today = this.today();
      return { tasks: [...this.records.values()].map((r) => this.row(r, today)), today };
    });
  }

  private row(r: TaskRecord, today: string): TaskRow {
    if (today !== this.rowsDay) {
      this.rows = new WeakMap();
      this.rowsDay = today;
    }
    let row = this.rows.get(r);
    if (!row) this.rows.set(r, (row = toRow(r, today)));
    return row;
  }

  /** The records themselves (after a sync), for exports and imports. */
  records$(): Promise<Map<string, TaskRecord>> {
    return this.serial(async () => {
      await this.sync();
      return new Map(this.records);
    });
  }

  update(key: string, u: TaskUpdate): Promise<TaskRow> {
    return this.updateMany([{ key, update: u }]).then((rows) => rows[0]!);
  }

  /** Several updates, written once (a progress import). Unknown keys are refused before anything changes. */
  updateMany(updates: readonly { key: string; update: TaskUpdate }[]): Promise<TaskRow[]> {
    return this.serial(async () => {
      await this.sync();
      for (const { key } of updates) if (!this.records.has(key)) throw new AppError('notFound', `task ${key}`, { id: key });
      const now = this.deps.clock();
      const today = localDay(now);
      const out: TaskRow[] = [];
      for (const { key, update } of updates) {
        const next = applyUpdate(this.records.get(key)!, update, now.toISOString(), today);
        this.records.set(key, next);
        out.push(this.row(next, today));
      }
      await this.persist();
      return out;
    });
  }
}
