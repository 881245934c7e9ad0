import chineseDays from 'chinese-days';

/**
 * Calendar dates as 'YYYY-MM-DD' strings and pure UTC arithmetic: a deadline is a day on the wall
 * calendar, never an instant, so no time zone may move it. Official holidays, make-up workdays and
 * the lunar calendar come from chinese-days (a maintained library that ships the State Council's
 * yearly holiday notices), never from a table of ours.
 */
export type Ymd = { y: number; m: number; d: number };

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

export function parseYmd(iso: string): Ymd | null {
  const m = ISO.exec(iso);
  if (!m) return null;
  const ymd = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
  return ymd.m >= 1 && ymd.m <= 12 && ymd.d >= 1 && ymd.d <= daysInMonth(ymd.y, ymd.m) ? ymd : null;
}

export function fmt({ y, m, d }: Ymd): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function lastOfMonth(y: number, m: number): Ymd {
  // month arithmetic may overflow (下月 in December): normalise first
  const yy = y + Math.floor((m - 1) / 12);
  const mm = ((((m - 1) % 12) + 12) % 12) + 1;
  return { y: yy, m: mm, d: daysInMonth(yy, mm) };
}

export function addDays(date: Ymd, n: number): Ymd {
  const t = new Date(Date.UTC(date.y, date.m - 1, date.d + n));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

/** Same day n months later, clamped to the month's end (1月31日 + 一个月 = 2月28/29日). */
export function addMonths(date: Ymd, n: number): Ymd {
  const total = date.y * 12 + (date.m - 1) + n;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  return { y, m, d: Math.min(date.d, daysInMonth(y, m)) };
}

export function compare(a: Ymd, b: Ymd): number {
  return a.y - b.y || a.m - b.m || a.d - b.d;
}

/** Days from a to b (b - a). */
export function daysBetween(a: string, b: string): number {
  const pa = parseYmd(a);
  const pb = parseYmd(b);
  if (!pa || !pb) return 0;
  return Math.round((Date.UTC(pb.y, pb.m - 1, pb.d) - Date.UTC(pa.y, pa.m - 1, pa.d)) / 86_400_000);
}

/** Monday of the ISO week holding the date. */
export function weekStart(date: Ymd): Ymd {
  const dow = new Date(Date.UTC(date.y, date.m - 1, date.d)).getUTCDay();
  return addDays(date, -((dow + 6) % 7));
}

/** The first and last year whose official holidays chinese-days knows (its data files). */
export const HOLIDAY_YEARS = { first: 2004, last: 2026 } as const;

/**
 * n official workdays after the date (make-up workdays count, holidays do not). Beyond the years
 * the library has notices for, it counts plain weekdays: the answer is then marked approximate.
 */
export function addWorkdays(date: Ymd, n: number): { date: Ymd; approximate: boolean } {
  const result = parseYmd(chineseDays.findWorkday(n, fmt(date)));
  if (!result) throw new Error(`chinese-days gave no date for ${fmt(date)} + ${n}`);
  return { date: result, approximate: date.y < HOLIDAY_YEARS.first || result.y > HOLIDAY_YEARS.last };
}

/** The solar date of a lunar month/day in the lunar year `lunarYear` (正月初一 of 2025 = 2025-01-29). */
export function solarFromLunar(lunarYear: number, month: number, day: number): Ymd | null {
  const text = `${lunarYear}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return parseYmd(chineseDays.getSolarDateFromLunar(text).date);
}
