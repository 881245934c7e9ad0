import { readFile, readdir, unlink } from 'node:fs/promises';
import path from 'node:path';
import { newId, type PolicyBackup } from '../../../shared/model';
import type { AutoBackupStatus } from '../../../shared/api';
import { writeFileDurable } from '../fs-durable';
import { backupLibrary } from '../library-archive';
import type { DocumentStore } from '../store/document-store';

/** setTimeout/clearTimeout, injected so a test drives the schedule with a fake clock. */
export interface Timers {
  /** `fn` returns the run it started, so fake timers can wait for it; real ones ignore it. */
  setTimeout(fn: () => unknown, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}
export const REAL_TIMERS: Timers = {
  setTimeout: (fn, ms) => {
    const t = setTimeout(fn, ms);
    // a pending backup never keeps a process alive (the CLI, a test)
    t.unref?.();
    return t;
  },
  clearTimeout: (h) => clearTimeout(h as NodeJS.Timeout),
};

/** Our archives in the backup folder; pruning deletes only files with exactly this name. */
export const AUTO_BACKUP_NAME = /^briefing-auto-\d{8}T\d{6}Z\.zip$/;
export const STATE_FILE = 'auto-backup.json';
/**
 * The longest the scheduler sleeps between two looks at the clock. A timer does not run while the
 * PC sleeps, and the clock may be changed: waking every hour, a backup overdue after a weekend
 * off runs within the hour of the PC coming back.
 */
export const MAX_SLEEP_MS = 60 * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;

interface State {
  lastSuccessAt: string;
  lastFile: string;
  lastFailureAt: string;
  lastError: string;
}
const EMPTY_STATE: State = { lastSuccessAt: '', lastFile: '', lastFailureAt: '', lastError: '' };

export function autoBackupName(at: Date): string {
  return `briefing-auto-${at
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}Z$/, 'Z')}.zip`;
}

export interface BackupSchedulerOptions {
  store: DocumentStore;
  config: PolicyBackup;
  clock: () => Date;
  timers?: Timers;
}

/**
 * Automatic backups of the whole library to the folder the policy names: the same archive as
 * `briefing backup` (library-archive.ts), one every `intervalHours` counted from the last
 * success, the newest `keep` kept. A failure is recorded (auto-backup.json in the data dir) and
 * shown as a notice until a later backup succeeds; it is retried at the next look at the clock.
 */
export class BackupScheduler {
  private timer: unknown = null;
  private running: Promise<void> | null = null;
  private stopped = false;
  private state: State = { ...EMPTY_STATE };
  private readonly timers: Timers;
  private readonly stateFile: string;

  constructor(private readonly options: BackupSchedulerOptions) {
    this.timers = options.timers ?? REAL_TIMERS;
    this.stateFile = path.join(options.store.paths.root, STATE_FILE);
  }

  async start(): Promise<void> {
    this.state = await readFile(this.stateFile, 'utf8').then(
      (t) => ({ ...EMPTY_STATE, ...(JSON.parse(t) as Partial<State>) }),
      () => ({ ...EMPTY_STATE }),
    );
    this.schedule();
  }

  /** When the next backup is due: now when none has succeeded, else one interval after the last. */
  nextDue(): Date {
    const last = Date.parse(this.state.lastSuccessAt);
    return Number.isNaN(last) ? this.options.clock() : new Date(last + this.options.config.intervalHours * HOUR_MS);
  }

  status(): AutoBackupStatus {
    return { enabled: true, dir: this.options.config.dir, ...this.state, nextAt: this.nextDue().toISOString() };
  }

  /** Runs a backup if one is due (the timer calls this). Never rejects: a failure is recorded. */
  tick(): Promise<void> {
    this.running ??= this.runIfDue()
      .catch(() => undefined)
      .finally(() => {
        this.running = null;
        this.schedule();
      });
    return this.running;
  }

  /** Stops the timer and waits for a backup in flight (its file is whole or absent). */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer !== null) this.timers.clearTimeout(this.timer);
    this.timer = null;
    await this.running;
  }

  private schedule(): void {
    if (this.stopped) return;
    if (this.timer !== null) this.timers.clearTimeout(this.timer);
    const wait = Math.min(MAX_SLEEP_MS, Math.max(0, this.nextDue().getTime() - this.options.clock().getTime()));
    // after a failure, retry at the next look, not at once (a full disk stays full for a while)
    const delay = this.state.lastFailureAt > this.state.lastSuccessAt ? Math.max(wait, Math.min(MAX_SLEEP_MS, this.options.config.intervalHours * HOUR_MS)) : wait;
    this.timer = this.timers.setTimeout(() => {
      this.timer = null;
      return this.tick();
    }, delay);
  }

  private async runIfDue(): Promise<void> {
    const now = this.options.clock();
    if (now.getTime() < this.nextDue().getTime()) return;
    const { store, config } = this.options;
    const file = path.join(config.dir, autoBackupName(now));
    try {
      await backupLibrary(store, file, now);
      await this.prune();
      this.state = { ...this.state, lastSuccessAt: now.toISOString(), lastFile: file };
      for (const n of store.notices().filter((x) => x.kind === 'backupFailed')) await store.dismissNotice(n.id);
    } catch (e) {
      this.state = { ...this.state, lastFailureAt: now.toISOString(), lastError: e instanceof Error ? e.message : String(e) };
      // one notice for an outstanding failure, not one per retry
      if (!store.notices().some((n) => n.kind === 'backupFailed')) {
        await store.addNotice({ id: newId('n'), kind: 'backupFailed', documentId: '', file: config.dir, at: now.toISOString(), detail: this.state.lastError.slice(0, 2000) });
      }
    }
    await writeFileDurable(this.stateFile, `${JSON.stringify(this.state, null, 2)}\n`).catch(() => undefined);
  }

  /** Deletes our oldest archives beyond `keep`; other files in the folder are never touched. */
  private async prune(): Promise<void> {
    const ours = (await readdir(this.options.config.dir)).filter((f) => AUTO_BACKUP_NAME.test(f)).sort();
    for (const f of ours.slice(0, Math.max(0, ours.length - this.options.config.keep))) {
      await unlink(path.join(this.options.config.dir, f));
    }
  }
}
