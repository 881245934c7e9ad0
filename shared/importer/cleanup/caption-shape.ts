/**
 * A caption's words: the line without the picture's arrow (▲) and its enclosing brackets, or null
 * when it has no caption's make-up — six to forty characters, none of `innerMark` (a caption is no
 * sentence), no numbered or meeting heading (`ownHeading`), no gap between Han characters (a line
 * wrapped inside a sentence breaks anywhere; the gap is the wrap's). Shared by echo-caption.ts (one
 * caption that repeats the title) and caption-run.ts (a run of act captions); each adds its own test.
 */
export function captionShape(text: string, innerMark: RegExp, ownHeading: RegExp): string | null {
  const core = text
    .trim()
    .replace(/^[▲△↑]\s*/u, '')
    .replace(/^[(（](.*)[)）]$/u, '$1')
    .trim();
  if (core.length < 6 || core.length > 40 || innerMark.test(core) || ownHeading.test(core)) return null;
  if (/\p{Script=Han}\s+\p{Script=Han}/u.test(core)) return null;
  return core;
}
