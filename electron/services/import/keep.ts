import { AppError } from '../../../shared/api';
import type { Briefing } from '../../../shared/model';
import type { Change, ImportResult, ImportWarning } from '../../../shared/importer';

/** A stretch of the source the user wants kept exactly as written (an undone cleanup change). */
export interface KeepRange {
  start: number;
  end: number;
}

/**
 * Undo of a cleanup change, done exactly: each kept stretch of the source is swapped for one
 * private-use character the cleanup steps leave alone, the import runs on that, and the stretch is
 * put back wherever the character landed (in the draft's text) while change and warning offsets are
 * mapped back to the real source. Recognition then sees what the user will get, e.g. a restored
 * line is a paragraph of its own.
 */
export function importKeeping(source: string, keep: readonly KeepRange[], run: (text: string) => ImportResult): ImportResult {
  if (keep.length === 0) return run(source);
  const ranges = [...keep].sort((a, b) => a.start - b.start);
  const placeholders = freePlaceholders(source, ranges.length);
  let masked = '';
  let at = 0;
  // Where each placeholder sits in the masked text and how much longer its original stretch is.
  const marks: { pos: number; extra: number }[] = [];
  const originals = new Map<string, string>();
  ranges.forEach((r, i) => {
    if (r.start < at || r.end > source.length) throw new AppError('validation', 'keep ranges overlap or lie outside the source', { reason: 'validation.invalid' });
    masked += source.slice(at, r.start);
    const ph = placeholders[i]!;
    marks.push({ pos: masked.length, extra: r.end - r.start - 1 });
    originals.set(ph, source.slice(r.start, r.end));
    masked += ph;
    at = r.end;
  });
  masked += source.slice(at);

  const result = run(masked);
  const pattern = new RegExp(`[${[...originals.keys()].join('')}]`, 'gu');
  const restore = (s: string): string => s.replace(pattern, (ph) => originals.get(ph) ?? ph);
  const toSource = (pos: number): number => {
    let shift = 0;
    for (const m of marks) {
      if (m.pos >= pos) break;
      shift += m.extra;
    }
    return pos + shift;
  };
  const mapChange = (c: Change): Change => ({ ...c, original: restore(c.original), replacement: restore(c.replacement), start: toSource(c.start), end: toSource(c.end) });
  const mapWarning = (w: ImportWarning): ImportWarning => (w.start === 0 && w.end === 0 ? w : { ...w, excerpt: restore(w.excerpt), start: toSource(w.start), end: toSource(w.end) });
  return {
    ...result,
    source,
    text: restore(result.text),
    draft: JSON.parse(JSON.stringify(result.draft), (_key, value: unknown) => (typeof value === 'string' ? restore(value) : value)) as Briefing,
    removed: result.removed.map(mapChange),
    warnings: result.warnings.map(mapWarning),
  };
}

/** Private-use characters not already in the text (U+E000–U+F8FF: 6,400 of them). */
function freePlaceholders(text: string, n: number): string[] {
  const out: string[] = [];
  for (let cp = 0xe000; cp <= 0xf8ff && out.length < n; cp++) {
    const ch = String.fromCharCode(cp);
    if (!text.includes(ch)) out.push(ch);
  }
  if (out.length < n) throw new AppError('validation', 'too many kept changes', { reason: 'validation.invalid' });
  return out;
}
