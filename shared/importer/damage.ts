import { isHan } from './chars';
import type { TrackedText } from './tracked-text';
import type { ImportWarning } from './types';

/**
 * Damaged text is flagged with its position and never "repaired": guessing the lost character
 * would put words in an official's mouth. Three kinds of damage are recognised:
 * - U+FFFD, the decoder's replacement character;
 * - '?' or '_' inside a run of Han: a character the page's encoding could not carry;
 * - mojibake, UTF-8 bytes read as Latin-1/Windows-1252 (中 -> ä¸­).
 * Marks close together are merged into one run so the user sees one place to fix.
 */
const CP1252_TAIL = '\\u0080-\\u00BF\\u0152\\u0153\\u0160\\u0161\\u0178\\u017D\\u017E\\u0192\\u02C6\\u02DC\\u2013\\u2014\\u2018-\\u201E\\u2020-\\u2022\\u2026\\u2030\\u2039\\u203A\\u20AC\\u2122';
const MOJIBAKE = new RegExp(`(?:[\\u00C2-\\u00F4][${CP1252_TAIL}]{2,3})+|(?:[\\u00C2-\\u00F4][${CP1252_TAIL}]){2,}`, 'g');
const MERGE_GAP = 3;

interface Span {
  start: number;
  end: number;
  code: 'damaged' | 'mojibake';
}

export function findDamage(text: string): Span[] {
  const spans: Span[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\uFFFD') spans.push({ start: i, end: i + 1, code: 'damaged' });
    else if (ch === '?' || ch === '_' || ch === '？') {
      let j = i;
      while (text[j] === ch) j++;
      const before = text[i - 1];
      const after = text[j];
      const wedged = isHan(before) && (isHan(after) || /[a-z]/.test(after ?? ''));
      // Runs of two or more next to Han are damage even at a clause end (认真??).
      if ((ch !== '？' && wedged) || (j - i >= 2 && (isHan(before) || isHan(after)) && ch !== '_')) spans.push({ start: i, end: j, code: 'damaged' });
      i = j - 1;
    }
  }
  for (const m of text.matchAll(MOJIBAKE)) spans.push({ start: m.index, end: m.index + m[0].length, code: 'mojibake' });
  spans.sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last && s.start - last.end <= MERGE_GAP && s.code === last.code && !text.slice(last.end, s.start).includes('\n')) last.end = Math.max(last.end, s.end);
    else merged.push({ ...s });
  }
  return merged;
}

export function flagDamage(t: TrackedText): ImportWarning[] {
  return findDamage(t.text).map((span) => {
    const src = t.toSource(span.start, span.end);
    return {
      code: span.code,
      start: src.start,
      end: src.end,
      excerpt: t.source.slice(src.start, src.end),
      params: { text: t.text.slice(span.start, span.end) },
    };
  });
}
