/**
 * Which backup snapshots of a document to keep. Five autosaves are a few seconds of typing, so
 * keeping only the last five copies cannot take a user back to yesterday. Kept instead: the most
 * recent few, then the newest of each hour for two days, then the newest of each day for a month,
 * all within a size budget (newest first; the newest is always kept). Pure: the clock and the
 * time zone come in as arguments, so tests can walk through days in microseconds.
 */
export interface Snapshot {
  name: string;
  /** Write order: higher is newer (revision numbers are not: a restore can go back). */
  seq: number;
  /** When the snapshot's version was saved, ms since the epoch. */
  at: number;
  size: number;
}

export interface ThinningPolicy {
  recent: number;
  hourlyForMs: number;
  dailyForMs: number;
  budgetBytes: number;
  /** The user's UTC offset, so "a day" ends at their midnight. */
  utcOffsetMinutes: number;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export const DEFAULT_THINNING: ThinningPolicy = {
  recent: 5,
  hourlyForMs: 2 * DAY,
  dailyForMs: 31 * DAY,
  budgetBytes: 32 * 1024 * 1024,
  utcOffsetMinutes: -new Date().getTimezoneOffset(),
};

/** The snapshots to keep, newest first. */
export function thinSnapshots(snapshots: readonly Snapshot[], now: number, policy: ThinningPolicy = DEFAULT_THINNING): Snapshot[] {
  const newestFirst = [...snapshots].sort((a, b) => b.seq - a.seq);
  const offset = policy.utcOffsetMinutes * 60_000;
  const hours = new Set<number>();
  const days = new Set<number>();
  const kept: Snapshot[] = [];
  const keep = (s: Snapshot) => {
    kept.push(s);
    hours.add(Math.floor((s.at + offset) / HOUR));
    days.add(Math.floor((s.at + offset) / DAY));
  };
  for (const [i, s] of newestFirst.entries()) {
    const age = now - s.at;
    const hour = Math.floor((s.at + offset) / HOUR);
    const day = Math.floor((s.at + offset) / DAY);
    if (i < policy.recent) keep(s);
    else if (age < policy.hourlyForMs && !hours.has(hour)) keep(s);
    else if (age < policy.dailyForMs && !days.has(day)) keep(s);
  }
  let total = 0;
  return kept.filter((s, i) => (total += s.size) <= policy.budgetBytes || i === 0);
}
