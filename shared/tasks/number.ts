import type { TaskRecord } from './model';

/**
 * 督办编号 "督办〔2025〕12号" (design note §7, as a 发文字号: 六角括号, no leading zero). Numbers run per
 * year of entry into the register and are never reused: the file keeps the last number given in
 * each year, so a task deleted from the minutes (which keeps its number) or a removed record never
 * frees one.
 */
export type NumberCounters = Record<string, number>;

const FORMAT = /^督办〔(\d{4})〕([1-9]\d*)号$/;

export function formatNumber(year: number, n: number): string {
  return `督办〔${year}〕${n}号`;
}

export function parseNumber(text: string): { year: number; n: number } | null {
  const m = FORMAT.exec(text.trim());
  return m ? { year: Number(m[1]), n: Number(m[2]) } : null;
}

/** The year a task entered the register: its createdAt instant read on the office's calendar. */
function entryYear(r: Pick<TaskRecord, 'createdAt'>, fallback: number): number {
  const t = Date.parse(r.createdAt);
  return Number.isFinite(t) ? new Date(t).getFullYear() : fallback;
}

/**
 * Gives a number to every record without one, in the order given (the register's order of entry),
 * and raises the counters past any number already in use, so a hand-edited or older file never
 * makes a number come out twice. Returns whether a record or counter changed.
 */
export function allocateNumbers(records: Map<string, TaskRecord>, counters: NumberCounters, fallbackYear: number): boolean {
  let missing = false;
  for (const r of records.values())
    if (!r.number) {
      missing = true;
      break;
    }
  // nothing to give (every open of the register): no scan of 5,000 numbers
  if (!missing) return false;
  let changed = false;
  for (const r of records.values()) {
    const used = parseNumber(r.number);
    if (used && (counters[used.year] ?? 0) < used.n) {
      counters[used.year] = used.n;
      changed = true;
    }
  }
  for (const [key, r] of records) {
    if (r.number) continue;
    const year = entryYear(r, fallbackYear);
    const n = (counters[year] ?? 0) + 1;
    counters[year] = n;
    records.set(key, { ...r, number: formatNumber(year, n) });
    changed = true;
  }
  return changed;
}
