/**
 * The title is a short first line, or (for pages whose capture puts the headline last) a short
 * last line. A title line has no sentence-ending mark and is clearly shorter than the body.
 */
const MAX_TITLE = 60;

function isTitleLike(line: string, bodyLength: number): boolean {
  const s = line.trim();
  if (s.length < 4 || s.length > MAX_TITLE) return false;
  if (/[。；;！!]$/u.test(s) || s.includes('。')) return false;
  if (/^[\d\s\-—/.:：年月日]+$/u.test(s)) return false;
  return bodyLength > s.length * 2;
}

/** Index of the title among `lines` (non-empty, cleaned), or -1. */
export function findTitleLine(lines: readonly string[]): number {
  if (lines.length < 2) return -1;
  const total = lines.reduce((n, l) => n + l.length, 0);
  const first = lines[0]!;
  if (isTitleLike(first, total - first.length)) return 0;
  const lastIndex = lines.length - 1;
  const last = lines[lastIndex]!;
  if (isTitleLike(last, total - last.length) && !/^(会议|會議)/u.test(last)) return lastIndex;
  return -1;
}
