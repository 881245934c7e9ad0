// Dev-time diagnosis: why the checker misses a homophone fault of a TRAIN check set. For each missed
// fault of kind "homophone" it prints what decides the class of the miss (round 21's breakdown):
// whether the written word is one token, both words' jieba counts and tags, whether sunpinyin's
// lexicon holds them, whether the pair is a line of lm-pairs-data.ts, and the model's log10 ratio
// P(right…)/P(written…) beside each neighbour ("e"/"w": the model has an explicit bigram of the right
// or the written word with it; without one the ratio is the back-off, mostly the unigram prior).
//   npx tsx tools/diag-homophones.ts check-heldout-19 check-heldout-20 …   (ALL=1: caught ones too)
// Sets kept unseen (bench/unseen.json) are refused: their faults are no material to read.
import { jiebaDictionary, jiebaSegmenter, wordLayer } from '../electron/services/check/segmenter';
import { analyse } from '../shared/check/words/analyse';
import { LM_PAIRS } from '../shared/check/words/lm-pairs-data';
import type { Fault } from '../bench/check-scoring';
import * as libime from './libime-model';
import * as sunpinyin from './sunpinyin-model';
import { homophoneFaults } from './homophone-misses';

// MODEL=libime: fcitx5's lm_sc.arpa (tools/libime-model.ts) instead of sunpinyin's open-gram.
const { readLexicon, readModel } = process.env.MODEL === 'libime' ? libime : sunpinyin;
const sets = process.argv.slice(2);

const layer = wordLayer();
const dict = jiebaDictionary();

/** A fault with its span and both words in Simplified (the dictionary's and the model's script). */
interface Miss {
  set: string;
  f: Fault;
  start: number;
  written: string;
  right: string;
}
const misses: Miss[] = homophoneFaults(sets, layer, !!process.env.ALL).map(({ set, f, start, end }) => {
  const fixed = f.text.slice(0, start) + f.expected + f.text.slice(end);
  const written = analyse(f.text, f.script, jiebaSegmenter)!.text.slice(start, end);
  const right = analyse(fixed, f.script, jiebaSegmenter)!.text.slice(start, start + f.expected.length);
  return { set, f, start, written, right };
});

// The model's unigrams and the bigrams between the pairs' words and any word of the sentences.
const { idOf } = readLexicon();
const pairIds = new Set(misses.flatMap((m) => [idOf.get(m.written), idOf.get(m.right)]).filter((x) => x !== undefined));
const tokenIds = new Set(misses.flatMap((m) => analyse(m.f.text, m.f.script, jiebaSegmenter)!.tokens.flatMap((t) => (idOf.has(t.word) ? [idOf.get(t.word)!] : []))));
const uni = new Map<number, number>();
const bow = new Map<number, number>();
const bi = new Map<string, number>();
await readModel(
  (id, p, b) => {
    uni.set(id, p);
    bow.set(id, b);
  },
  (x, y, p) => {
    if ((pairIds.has(x) && tokenIds.has(y)) || (pairIds.has(y) && tokenIds.has(x))) bi.set(`${x} ${y}`, p);
  },
);
const prob = (x: number | undefined, y: number | undefined): number | null => (x === undefined || y === undefined ? null : (bi.get(`${x} ${y}`) ?? (bow.get(x) ?? 1) * (uni.get(y) ?? 0)));
const ratio = (a: number | null, b: number | null): string => (a && b ? Math.log10(a / b).toFixed(1) : '?');
const seen = (x: number | undefined, y: number | undefined): string => (x !== undefined && y !== undefined && bi.has(`${x} ${y}`) ? '1' : '0');
const pairs = new Set(LM_PAIRS.split('\n').map((l) => l.split(' ').slice(0, 2).sort().join(' ')));

for (const m of misses) {
  const t = analyse(m.f.text, m.f.script, jiebaSegmenter)!.tokens;
  const k = t.findIndex((x) => x.start <= m.start && x.end > m.start);
  const [L, tok, R] = [t[k - 1], t[k]!, t[k + 1]];
  const show = (x: typeof tok | undefined): string => (x ? `${x.word}/${x.tag}(${dict.freq(x.word)})` : '-');
  const [iw, ir] = [idOf.get(m.written), idOf.get(m.right)];
  const [il, iR] = [L ? idOf.get(L.word) : undefined, R ? idOf.get(R.word) : undefined];
  console.log(
    [
      `${m.set} ${m.f.found}→${m.f.expected}`,
      `token ${tok.word}/${tok.tag}${tok.word === m.written ? '' : ' (split)'}`,
      `L ${show(L)} R ${show(R)}`,
      `jieba ${dict.freq(m.written)}/${dict.get(m.written)?.tag ?? '-'} ${dict.freq(m.right)}/${dict.get(m.right)?.tag ?? '-'}`,
      `lexicon ${iw ? 'y' : 'n'}/${ir ? 'y' : 'n'}`,
      `table ${pairs.has([m.written, m.right].sort().join(' ')) ? 'y' : 'n'}`,
      `prior ${iw && ir ? ratio(uni.get(ir)!, uni.get(iw)!) : '?'}`,
      `L ${ratio(prob(il, ir), prob(il, iw))} e${seen(il, ir)}w${seen(il, iw)}`,
      `R ${ratio(prob(ir, iR), prob(iw, iR))} e${seen(ir, iR)}w${seen(iw, iR)}`,
    ].join('  '),
  );
}
