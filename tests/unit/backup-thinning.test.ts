import { describe, expect, it } from 'vitest';
import { DEFAULT_THINNING, thinSnapshots, type Snapshot, type ThinningPolicy } from '../../electron/services/store/thinning';

const MIN = 60_000;
const HOUR = 60 * MIN;
const DAY = 24 * HOUR;
const policy: ThinningPolicy = { ...DEFAULT_THINNING, utcOffsetMinutes: 480 }; // Beijing time
const start = Date.parse('2026-03-01T00:00:00+08:00');

/** Saves every `every` ms from `from` to `to`, thinning after each as the store does; returns what is kept. */
function simulate(from: number, to: number, every: number, size = 10_000, p = policy): Snapshot[] {
  let kept: Snapshot[] = [];
  let seq = 0;
  for (let t = from; t <= to; t += every) {
    seq++;
    kept = thinSnapshots([...kept, { name: `s${seq}`, seq, at: t, size }], t, p);
  }
  return kept;
}

describe('backup thinning by time', () => {
  it('keeps the last five, one per hour for two days, one per day for a month', () => {
    const now = start + 40 * DAY;
    const kept = simulate(start, now, 5 * MIN);
    expect(kept.slice(0, 5).map((s) => s.at)).toEqual([0, 1, 2, 3, 4].map((i) => now - i * 5 * MIN));
    const olderThanTwoDays = kept.filter((s) => now - s.at >= 2 * DAY);
    // One per local day, each the last save of that day (23:55 Beijing time), back to 31 days.
    const days = olderThanTwoDays.map((s) => new Date(s.at + 8 * HOUR).toISOString().slice(0, 10));
    expect(new Set(days).size).toBe(days.length);
    expect(olderThanTwoDays.every((s) => new Date(s.at + 8 * HOUR).toISOString().slice(11, 16) === '23:55')).toBe(true);
    expect(olderThanTwoDays.every((s) => now - s.at < 31 * DAY)).toBe(true);
    const lastTwoDays = kept.filter((s) => now - s.at < 2 * DAY);
    const hours = lastTwoDays.map((s) => Math.floor(s.at / HOUR));
    expect(lastTwoDays.length - new Set(hours).size).toBeLessThanOrEqual(4); // only the recent five share an hour
    expect(kept.length).toBeLessThan(5 + 48 + 31);
  });

  it('can take a user back to yesterday after a morning of autosaves', () => {
    const yesterdayEvening = start + 18 * HOUR;
    let kept = thinSnapshots([{ name: 'y', seq: 1, at: yesterdayEvening, size: 1 }], yesterdayEvening, policy);
    const morning = start + DAY + 9 * HOUR;
    for (let i = 0; i < 500; i++) {
      const at = morning + i * 2_000; // an autosave every two seconds
      kept = thinSnapshots([...kept, { name: `m${i}`, seq: i + 2, at, size: 1 }], at, policy);
    }
    expect(kept.map((s) => s.name)).toContain('y');
  });

  it('stays within the size budget, newest first, always keeping the newest', () => {
    const small: ThinningPolicy = { ...policy, budgetBytes: 35_000 };
    const kept = simulate(start, start + 3 * DAY, 10 * MIN, 10_000, small);
    expect(kept).toHaveLength(3);
    expect(kept.reduce((n, s) => n + s.size, 0)).toBeLessThanOrEqual(35_000);
    const huge = thinSnapshots([{ name: 'big', seq: 1, at: start, size: 10 ** 9 }], start, small);
    expect(huge.map((s) => s.name)).toEqual(['big']);
  });

  it('orders by write sequence, not by time or revision', () => {
    const kept = thinSnapshots([{ name: 'restored-older-content', seq: 9, at: start - 10 * DAY, size: 1 }, ...[1, 2, 3, 4, 5, 6].map((seq) => ({ name: `n${seq}`, seq, at: start, size: 1 }))], start, {
      ...policy,
      hourlyForMs: 0,
      dailyForMs: 0,
    });
    expect(kept[0]!.name).toBe('restored-older-content');
  });
});
