// Dev-time tool: derives shared/check/words/report-pairs-data.ts from the project's own TRAIN report
// text (bench/heldout*, bench/import-train-*; bench/unseen.json's sets never read, bench/swap-texts.ts)
// segmented by jieba. Run by hand: npx tsx tools/derive-report-pairs.ts
//
// Why: the homophones the checker misses most are two real words (声援 for 生源, 独居 typed 赌局):
// no dictionary lookup sees them, and the general-domain bigram tables (lm-pairs, homophone-context)
// hold no evidence beside the report's own terms (独居 + 老人, 结对 + 帮扶, 农资 + 打假). Report text
// does: it is the register the checker reads. Two lists come out:
// - RP_SEEN: every two-character word the report text uses. A written word report text uses is a
//   word of the register, read as written (免予处罚, 逐户走访): the rule never questions it.
// - RP_PAIRS: for two-character content words that have a same-reading twin report text never uses
//   (the words a slip could have been typed for), the content words that stand right before ("<")
//   or right after (">") them in report text at ten times the rate chance gives (ASSOCIATION), so
//   one chance meeting of two common words (措施 + 整改) is no collocation.
//   The twins are jieba's content words from its real entries up (TWIN_FREQ, 3+): report terms
//   jieba counts rarely (值守, 火险, 办结) are the very words a slip in a report was typed for.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jiebaDictionary } from '../electron/services/check/segmenter';
import { isHanWord } from '../shared/check/words/analyse';
import { commonReadingKey } from '../shared/check/words/twins';
import { countReportText } from './report-text-counts';
import { contentTag, neighbourWord, TWIN_FREQ, WRITTEN_FREQ } from '../shared/check/words/report-pairs';
import { LM_PAIRS } from '../shared/check/words/lm-pairs-data';

/** A pair's count over what chance gives (its words' counts alone), at least. */
const ASSOCIATION = Number(process.env.ASSOC ?? 10);
/** The generated file's length at most. TRAIN report text grows by some fifty reports a round and the
 * table with it (195,770 characters in round 50, 209,509 in round 51), while the CLI bundle that carries
 * it has a fixed budget (tests/integration/cli-bundle.test.ts). Past this length the collocations the
 * text holds least often are dropped first, so the table keeps what the text says most surely instead
 * of growing without end. */
const MAX_CHARS = Number(process.env.MAX_CHARS ?? 200_000);

const dict = jiebaDictionary();
const { count, pairs, total, sentences } = countReportText((process.env.HALF as 'odd' | 'even' | undefined) ?? 'all');

const han2 = (w: string): boolean => w.length === 2 && isHanWord(w);
const content = (w: string): boolean => neighbourWord(w, dict.tagOf(w) ?? '');

// Reading key -> jieba two-character words of it that report text never uses (possible slips).
const unseenByKey = new Map<string, number>();
for (const [w, e] of dict.wordsOfLength(2)) {
  if (e.freq < WRITTEN_FREQ || count.has(w) || !isHanWord(w) || !contentTag(e.tag)) continue;
  const k = commonReadingKey(dict, w);
  if (k) unseenByKey.set(k, (unseenByKey.get(k) ?? 0) + 1);
}
const isTwin = (w: string): boolean => {
  if (!han2(w) || dict.freq(w) < TWIN_FREQ || !contentTag(dict.tagOf(w) ?? '')) return false;
  const k = commonReadingKey(dict, w);
  return !!k && (unseenByKey.get(k) ?? 0) > 0;
};

// Every collocation the text holds: the twin, its neighbour with the side it stands on, and how many
// times the text has it and how many times chance gives (what orders them when MAX_CHARS drops some).
const found: { t: string; item: string; c: number; ratio: number }[] = [];
for (const [k, c] of pairs) {
  const [x, y] = k.split(' ') as [string, string];
  const ratio = (c * total) / (count.get(x)! * count.get(y)!);
  if (ratio < ASSOCIATION) continue;
  if (isTwin(x) && content(y)) found.push({ t: x, item: `>${y}`, c, ratio });
  if (isTwin(y) && content(x)) found.push({ t: y, item: `<${x}`, c, ratio });
}
// Surest first: the pairs the text has most often (one meeting of two rare words is far above chance
// and still one meeting), then the higher ratio; ties by the words so every run writes the same file.
found.sort((a, b) => b.c - a.c || b.ratio - a.ratio || (a.t + a.item < b.t + b.item ? -1 : 1));
const render = (kept: number): { out: string; lines: Map<string, Set<string>>; seen: string[]; counts: string[] } => {
  const lines = new Map<string, Set<string>>();
  for (const { t, item } of found.slice(0, kept)) {
    const l = lines.get(t);
    if (l) l.add(item);
    else lines.set(t, new Set([item]));
  }
  const side = (items: Set<string>, mark: string): string =>
    [...items]
      .filter((i) => i[0] === mark)
      .map((i) => i.slice(1))
      .sort()
      .join(' ');
  const body = [...lines]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([t, items]) => `${t} ${side(items, '<')}|${side(items, '>')}`)
    .join('\n');
  // RP_COUNTS: how often report text uses each word of lm-pairs' table (its register prior, read by
  // lm-pairs.ts' lmAcrossRule): words it never uses are left out (count 0).
  const lmWords = new Set(LM_PAIRS.split('\n').flatMap((l) => l.split(' ').slice(0, 2)));
  const counts = [...lmWords]
    .filter((w) => han2(w) && count.has(w))
    .sort()
    .map((w) => `${w}${count.get(w)}`);
  // Only the seen words the rule could question: those of a reading some line's word has.
  const keys = new Set([...lines.keys()].map((t) => commonReadingKey(dict, t)));
  const seen = [...count.keys()].filter((w) => han2(w) && keys.has(commonReadingKey(dict, w))).sort();

  const out = `// Generated by tools/derive-report-pairs.ts from the project's TRAIN report text (${sentences} sentences,
// bench/unseen.json's sets never read), segmented by jieba. Do not edit by hand.
// RP_SEEN: the two-character words the report text uses that read as some RP_PAIRS word does.
// RP_PAIRS: one line a word that has a same-reading twin the report text never uses: the word, then
// the content words before it, "|", the content words after it, each at ${ASSOCIATION} times chance or more
// (${found.length - kept} of the pairs the text holds least often left out to stay within ${MAX_CHARS} characters).
// RP_COUNTS: each word of lm-pairs-data.ts' pairs that the report text uses, with how often it does.
export const RP_SEEN =
  '${seen.join(' ')}';

export const RP_PAIRS = \`${body}\`;

export const RP_COUNTS =
  '${counts.join(' ')}';
`;
  return { out, lines, seen, counts };
};

// The longest prefix of `found` whose file fits MAX_CHARS (the length grows with the prefix).
let lo = 0;
let hi = found.length;
while (lo < hi) {
  const mid = Math.ceil((lo + hi) / 2);
  if (render(mid).out.length <= MAX_CHARS) lo = mid;
  else hi = mid - 1;
}
const { out, lines, seen, counts } = render(lo);
if (lo < found.length) console.log(`${found.length - lo} weakest collocations left out to fit ${MAX_CHARS} characters`);
writeFileSync(join(import.meta.dirname, '..', 'shared', 'check', 'words', 'report-pairs-data.ts'), out);
console.log(`${sentences} sentences, ${seen.length} seen words, ${counts.length} counted, ${lines.size} lines, ${[...lines.values()].reduce((n, s) => n + s.size, 0)} items, ${out.length} chars`);
