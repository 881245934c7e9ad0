// Dev-time diagnosis (round 50): for each missed homophone fault of the named TRAIN check sets, what
// the project's TRAIN report text says beside the written word's neighbours: how often the written
// word W and the twin T stand right beside the left and right neighbour (count, and in brackets
// the count over chance), both words' report-text and jieba counts, and "one" where jieba reads W
// in the sentence and T in the fixed one as single tokens, else the tokens covering each ("split":
// a twin absorbed into a compound, 借方余额, or a written word left in lone characters, 代|班).
// Round 50 grouped the even half's 449 misses with it: 126 split, 62 twins jieba counts under 30,
// 65 twins no table pairs with the written word, 192 pairs the tables hold without the neighbour's
// evidence. Unseen sets are refused.  npx tsx tools/diag-homophone-report-reach.ts check-heldout-2 …
import { jiebaDictionary, jiebaSegmenter, wordLayer } from '../electron/services/check/segmenter';
import { analyse } from '../shared/check/words/analyse';
import { homophoneFaults } from './homophone-misses';
import { countReportText } from './report-text-counts';

const layer = wordLayer();
const dict = jiebaDictionary();
const misses = homophoneFaults(process.argv.slice(2), layer);
const { count, pairs, total } = countReportText();
const c = (w: string): number => count.get(w) ?? 0;
const p = (x: string, y: string): number => pairs.get(`${x} ${y}`) ?? 0;
const assoc = (x: string, y: string): string => (c(x) && c(y) ? ((p(x, y) * total) / (c(x) * c(y))).toFixed(0) : '-');
for (const { set: s, f, start, end } of misses) {
  const fixed = f.text.slice(0, start) + f.expected + f.text.slice(end);
  const a = analyse(f.text, f.script, jiebaSegmenter)!;
  const b = analyse(fixed, f.script, jiebaSegmenter)!;
  const W = a.text.slice(start, end);
  const T = b.text.slice(start, start + f.expected.length);
  const k = a.tokens.findIndex((x) => x.start <= start && x.end > start);
  const tok = a.tokens[k]!;
  const kb = b.tokens.findIndex((x) => x.start <= start && x.end > start);
  const L = a.tokens[k - 1]?.word ?? '';
  const R = a.tokens[k + 1]?.word ?? '';
  const single = tok.word === W && b.tokens[kb]?.word === T;
  const cover = (x: typeof a, from: number, to: number): string =>
    x.tokens
      .filter((t) => t.end > from && t.start < to)
      .map((t) => `${t.word}/${t.tag}`)
      .join('|');
  console.log(
    [
      `${s} ${W}→${T}`,
      single ? 'one' : `split ${cover(a, start, end)} => ${cover(b, start, start + T.length)}`,
      `c ${c(W)}/${c(T)} jieba ${dict.freq(W)}/${dict.freq(T)} ${tok.tag}/${dict.tagOf(T) ?? '-'}`,
      `L ${L}/${a.tokens[k - 1]?.tag ?? ''} W${p(L, W)}(${assoc(L, W)}) T${p(L, T)}(${assoc(L, T)})`,
      `R ${R}/${a.tokens[k + 1]?.tag ?? ''} W${p(W, R)}(${assoc(W, R)}) T${p(T, R)}(${assoc(T, R)})`,
    ].join('  '),
  );
}
