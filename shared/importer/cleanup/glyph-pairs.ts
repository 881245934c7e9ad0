import { segmenter } from '../segment';
import { traditionalToSimplified } from '../../script/to-simplified';
import type { Edit, TrackedText } from '../tracked-text';

/**
 * Injected glyph pairs: some content farms glue two random Han characters before a punctuation
 * mark, again and again through a copied article (会议慌闭，决定… 会期一天肄朵。), so that a copy is
 * marked. Each pair is a real character pair, so no character list finds them; what gives them
 * away is the segmenter:
 * - the pair is no dictionary word (asked in Simplified: jieba's dictionary is), and the clause it
 *   ends does not absorb it: jieba splits the clause's last two characters apart;
 * - without it the clause ends on a whole word of two or more characters (会议, 一天). A list of
 *   names ends on a surname left alone (王/亚林), a slogan on a one-character verb (抓/实):
 *   both fail this.
 * One such pair happens in real prose (a name the dictionary lacks after a title word, a coined
 * four-character phrase); the jammer is told apart by its rhythm: over a whole page, at least
 * MIN_PAIRS of them and PAGE_SHARE of all clause ends with four Han characters before the mark.
 * Measured on the 1,142 TRAIN reports and fixtures (round 36): the one jammed page has 15 pairs,
 * 0.65 of its clause ends; no other page passes either bar (at most 8 pairs, a list of given names
 * the dictionary lacks, at 0.25; at most 0.35, a slogan page of 镇 words, with 6), so both must hold.
 * Only on a page past that bar, each pair glued to a mark goes — also one after a space or a
 * closing bracket (溪南 篱俊、 / （草案）握帘；), where the jammer set it after a word the dictionary
 * lacks or after a quotation.
 * A real pair taken away loses the user's words, so the bar is set well above what any real page
 * reads; where the segmenter cannot load, nothing is removed.
 *
 * The segmenter costs a second to load, and an ordinary report must not load it (most never do), so
 * a test without it comes first: a random pair's two characters stand nowhere else on the page,
 * while a clause mostly ends on words the page uses again (会议, 发展, 工作). Only a page where
 * MIN_PAIRS such pairs end LONE_SHARE of its clauses asks the segmenter. On the TRAIN reports the
 * jammed page reads 0.89 (17 of 19 clause ends); the next ones 0.65 (11 of 17) and 0.62 (13 of
 * 21): at 0.7, the importer asks the segmenter for 176 of 1,130 TRAIN reports (175 without this
 * step); at 0.5 it would for 186.
 */
const MIN_PAIRS = 10;
const PAGE_SHARE = 0.5;
const LONE_SHARE = 0.7;
const MARK = '[，,。；;、：:！!？?]';
/** The last two Han characters before a mark, with up to 12 characters before them. */
const PAIR = new RegExp(`([^]{0,12}?)(\\p{Script=Han}{2})(?=${MARK})`, 'gu');
const HAN_TAIL = /\p{Script=Han}{2,}$/u;
/** A clause end: four Han characters glued before a mark; the last two are the pair. */
const CLAUSE_END = new RegExp(`\\p{Script=Han}{2}(\\p{Script=Han})(\\p{Script=Han})(?=${MARK})`, 'gu');

/**
 * Counts of each code unit, kept between calls and set back to zero after each: a fresh 256 KB
 * array for every report cost more than the count itself (round 45).
 */
const UNITS = new Int32Array(0x10000);

/** Whether enough clause ends carry a pair whose characters stand nowhere else on the page. */
function lonePairsRecur(text: string): boolean {
  const ends = [...text.matchAll(CLAUSE_END)];
  // Fewer clause ends than MIN_PAIRS cannot hold MIN_PAIRS lone pairs: nothing to count.
  if (ends.length < MIN_PAIRS) return false;
  // Counted by code unit (a string of every character, counted in a Map, cost more than the rest
  // of the test: round 44); a character beyond the BMP (two code units) is counted apart, whole.
  const units = UNITS;
  const astral = new Map<string, number>();
  try {
    for (let i = 0; i < text.length; i++) {
      const code = text.codePointAt(i)!;
      if (code <= 0xffff) units[code]!++;
      else {
        const ch = String.fromCodePoint(code);
        astral.set(ch, (astral.get(ch) ?? 0) + 1);
        i++;
      }
    }
    const count = (ch: string) => (ch.length === 1 ? units[ch.charCodeAt(0)] : astral.get(ch));
    let lone = 0;
    for (const m of ends) if (count(m[1]!) === 1 && count(m[2]!) === 1) lone++;
    return lone >= MIN_PAIRS && lone >= LONE_SHARE * ends.length;
  } finally {
    // Back to zero: every unit counted above is one of the text's.
    for (let i = 0; i < text.length; i++) units[text.charCodeAt(i)] = 0;
  }
}

interface Pair {
  start: number;
  end: number;
  /** Glued to a Han clause that reads as the jammer's (the page-level signal). */
  strict: boolean;
}

export function findGlyphPairs(text: string): { start: number; end: number }[] {
  if (!lonePairsRecur(text)) return [];
  const jieba = segmenter();
  if (!jieba) return [];
  const simple = traditionalToSimplified();
  const words = (s: string) => jieba.tag(simple(s), false).map((w) => w.word);
  const pairs: Pair[] = [];
  let clauses = 0;
  for (const m of text.matchAll(PAIR)) {
    const before = m[1]!;
    const pair = m[2]!;
    const start = m.index + before.length;
    const left = HAN_TAIL.exec(before)?.[0] ?? '';
    if (left) clauses++;
    if (words(pair).length < 2) continue;
    if (left) {
      const clause = words(left + pair);
      const rest = words(left);
      const n = clause.length;
      const split = n >= 2 && clause[n - 1]!.length === 1 && clause[n - 2]!.length === 1;
      if (split && (rest[rest.length - 1]?.length ?? 0) >= 2) pairs.push({ start, end: start + 2, strict: true });
    } else if (/[\s）)》」』”]$/u.test(before)) pairs.push({ start, end: start + 2, strict: false });
  }
  const strict = pairs.filter((p) => p.strict).length;
  if (strict < MIN_PAIRS || strict < PAGE_SHARE * clauses) return [];
  return pairs.map(({ start, end }) => ({ start, end }));
}

export function removeGlyphPairs(t: TrackedText): void {
  const edits: Edit[] = findGlyphPairs(t.text).map((p) => ({ ...p, replacement: '', kind: 'furniture' }));
  if (edits.length) t.apply(edits);
}
