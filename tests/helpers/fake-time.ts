import type { Timers } from '../../electron/services/backup-schedule/scheduler';

/**
 * A fake clock with fake timers for schedules: time moves only in `advance`, which fires each due
 * timer in order at its own time and waits for the work it started (the callback's promise).
 */
export class FakeTime {
  private now: number;
  private nextId = 1;
  private pending: { id: number; at: number; fn: () => unknown }[] = [];

  constructor(start: string) {
    this.now = Date.parse(start);
  }

  readonly clock = (): Date => new Date(this.now);

  readonly timers: Timers = {
    setTimeout: (fn, ms) => {
      const id = this.nextId++;
      this.pending.push({ id, at: this.now + Math.max(0, ms), fn });
      return id;
    },
    clearTimeout: (id) => {
      this.pending = this.pending.filter((t) => t.id !== id);
    },
  };

  /** Timers waiting to fire, as offsets in ms from now. */
  waiting(): number[] {
    return this.pending.map((t) => t.at - this.now).sort((a, b) => a - b);
  }

  async advance(ms: number): Promise<void> {
    const end = this.now + ms;
    for (;;) {
      const due = this.pending.filter((t) => t.at <= end).sort((a, b) => a.at - b.at)[0];
      if (!due) break;
      this.pending = this.pending.filter((t) => t !== due);
      this.now = due.at;
      await due.fn();
    }
    this.now = end;
  }
}
