import { segmenter, tagWords } from '../segment';
import { traditionalToSimplified } from '../../script/to-simplified';
import type { Edit, TrackedText } from '../tracked-text';
import { splitLines } from './lines';

/**
 * Spaces and line breaks a capture put inside words (会议听 取了…, 会议强⏎调，…, 会 议 要 求 ，…): a
 * reader reads straight through them, the lead readers do not. They close up here, each closing a
 * recorded change, so the draft keeps its offsets into the source. Read by shape and by the
 * segmenter, not by a list of lead words:
 * - letter-spaced text: a run of four or more single Han characters, one space between each (a
 *   flip-book page, a typeset heading). No word is that short four times running; a list of names
 *   (记者 张 岭 摄) puts a longer word before its single characters, and so does a form's spaced
 *   list (副县长 张三 李四), whose tokens are names of two or three characters;
 * - a space between two Han characters inside a clause of prose (the line holds a clause or
 *   sentence mark) where the segmenter, reading the clause without it, finds one dictionary word
 *   across the gap (听取). A space at a word's edge is the page's own: a slogan's two halves (成熟一个 启动一个),
 *   a credit (记者 向晓芳), a headline's parts. Nor two single characters spaced apart (工 會, 案 由：,
 *   a widget's 大 中 小): a unit's credit, a form's label, page chrome, each read by its own rule;
 * - a line break between two Han characters where the segmenter finds one VERB across it (强调,
 *   听取): a page's wrap inside the verb of a lead. Nouns are left alone: a headline ending 座谈会 above
 *   a line opening 议程 reads 会议 across the break, and is two lines.
 * The segmenter loads only for a page that holds such a gap (few do); without it, only the
 * letter-spaced runs close.
 */
const GAP = '[ \\u3000\\u00a0]';
/** Four or more single Han characters, one space after each but the last, no Han just outside. */
const LETTER_SPACED = new RegExp(`(?<!\\p{Script=Han})\\p{Script=Han}(?:${GAP}\\p{Script=Han}(?!\\p{Script=Han})){3,}`, 'gu');
const SPACE_IN_RUN = new RegExp(GAP, 'gu');
/** One gap between Han characters, with the clause's Han text either side (no mark, no other gap). */
const INNER_GAP = new RegExp(`(\\p{Script=Han}{1,6})(${GAP}+)(?=(\\p{Script=Han}{1,6}))`, 'gu');
const PROSE = /[，,。；;！？]/u;
const HAN_END = /\p{Script=Han}{1,6}$/u;
const HAN_START = /^\p{Script=Han}{1,6}/u;
/** The segmenter's verb tags: v, vd, vn (a verb used as a noun, 强调 in some contexts), vg. */
const VERB_TAG = /^v/u;

export function closeSpacedWords(t: TrackedText): void {
  const edits: Edit[] = [];
  const lines = splitLines(t.text);
  const closed = new Set<number>();
  for (const line of lines) {
    for (const m of line.text.matchAll(LETTER_SPACED)) {
      for (const s of m[0].matchAll(SPACE_IN_RUN)) {
        const at = line.start + m.index + s.index;
        closed.add(at);
        edits.push({ start: at, end: at + s[0].length, replacement: '', kind: 'whitespace' });
      }
    }
  }
  const gaps = lines.flatMap((line) =>
    PROSE.test(line.text)
      ? [...line.text.matchAll(INNER_GAP)]
          .map((m) => ({ at: line.start + m.index + m[1]!.length, length: m[2]!.length, left: m[1]!, right: m[3]! }))
          .filter((g) => !closed.has(g.at) && (g.left.length > 1 || g.right.length > 1))
      : [],
  );
  const breaks = lines.slice(0, -1).flatMap((line, i) => {
    const left = HAN_END.exec(line.text)?.[0];
    const right = HAN_START.exec(lines[i + 1]!.text)?.[0];
    return left && right ? [{ at: line.end, length: 1, left, right }] : [];
  });
  // Most pages have neither: the segmenter is not loaded for them.
  if ((gaps.length || breaks.length) && segmenter()) {
    for (const g of gaps) if (wordAcross(g.left, g.right, false)) edits.push({ start: g.at, end: g.at + g.length, replacement: '', kind: 'whitespace' });
    for (const b of breaks) if (wordAcross(b.left, b.right, true)) edits.push({ start: b.at, end: b.at + b.length, replacement: '', kind: 'whitespace' });
  }
  t.apply(edits);
}

/**
 * Whether the segmenter reads one word (a verb, when `verb`) across the join of `left` and `right`,
 * and the gap does not stand between two whole words: 主持 会议 (a headline's two parts) joins into
 * the dictionary's 主持会议, but each side ends or opens on a word of its own, so the page spaced
 * them; 会议听 取了 leaves 听 alone on the left.
 */
function wordAcross(left: string, right: string, verb: boolean): boolean {
  const dict = traditionalToSimplified();
  const lastLeft = tagWords(dict(left)).at(-1)?.word ?? '';
  const firstRight = tagWords(dict(right))[0]?.word ?? '';
  if (lastLeft.length > 1 && firstRight.length > 1) return false;
  let pos = 0;
  for (const w of tagWords(dict(left + right))) {
    const end = pos + w.word.length;
    // x: a run the dictionary lacks, guessed into one token (闭会日因 → 日因): no word a reader knows.
    if (pos < left.length && end > left.length) return w.tag !== 'x' && (!verb || VERB_TAG.test(w.tag));
    pos = end;
  }
  return false;
}
