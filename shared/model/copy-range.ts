/**
 * Numbered copies (编号, issue 9): which copies of a controlled issue one export prints. A first
 * printing is 1…N (the 共印N份); a reprint names a range such as 21–40 so the new copies
 * never repeat a number already handed out. Shared by the CLI, the IPC contract and the composer.
 */
export interface CopyRange {
  from: number;
  to: number;
}

/** Copies one export may hold: 500 copies of a 12-page issue is already a 6 000-page PDF. */
export const MAX_NUMBERED_COPIES = 500;
/** 编号 is six digits (copyNumberText): 999999 is the last number it can print. */
export const MAX_COPY_NUMBER = 999_999;

/** Why a range cannot be printed; the i18n key is `issueCopies:errors.<code>`. */
export type CopyRangeProblem = { code: 'syntax'; value: string } | { code: 'order'; from: number; to: number } | { code: 'outOfRange'; max: number } | { code: 'tooMany'; count: number; max: number };

/** The problem with a range, or null when it can be printed. */
export function copyRangeProblem(r: CopyRange): CopyRangeProblem | null {
  if (!Number.isInteger(r.from) || !Number.isInteger(r.to) || r.from < 1 || r.to > MAX_COPY_NUMBER) return { code: 'outOfRange', max: MAX_COPY_NUMBER };
  if (r.to < r.from) return { code: 'order', from: r.from, to: r.to };
  const count = r.to - r.from + 1;
  if (count > MAX_NUMBERED_COPIES) return { code: 'tooMany', count, max: MAX_NUMBERED_COPIES };
  return null;
}

/**
 * "21-40", "000021–000040", "21～40" or a lone "7" (one copy) as typed by a user; dashes of every
 * width are accepted because Chinese input methods give – — ～ and －.
 */
export function parseCopyRange(text: string): CopyRange | CopyRangeProblem {
  const m = /^\s*(\d{1,9})\s*(?:[-–—~～－至到]\s*(\d{1,9}))?\s*$/.exec(text.normalize('NFKC'));
  if (!m) return { code: 'syntax', value: text.trim().slice(0, 40) };
  const range = { from: Number(m[1]), to: Number(m[2] ?? m[1]) };
  return copyRangeProblem(range) ?? range;
}

export function isCopyRange(v: CopyRange | CopyRangeProblem): v is CopyRange {
  return !('code' in v);
}

/** The copy numbers of a range, in print order. */
export function copyNumbersOf(r: CopyRange): number[] {
  return Array.from({ length: r.to - r.from + 1 }, (_, i) => r.from + i);
}
