// Dev-time measurement (round 34): two signals for the homophones no neighbour table decides, read on
// the keyed TRAIN check sets (tuned on the EVEN sets, reported on the ODD ones) and on TRAIN report
// text. A written two-character content word W, a twin T of the same reading key (jieba 30+, no names):
//   echo:    T's differing character stands in another content word of W's clause (SENT=1: of the
//            sentence) while W's differing character stands in none: 公文 repeat the morphemes of
//            their field (涉爆 … 防爆, 测温 … 体温, 治理 … 治污, 林業 … 林火). Optional gates: W occurs at
//            most CW times in TRAIN report text (real text: its own sentence not counted), T at least
//            CT times, jieba counts T at least RATIO times W's count; a clause word holding T
//            whole skips the pair (both words used on purpose).
//   phrase:  T and a two-character-or-longer neighbour token make a two-token phrase that TRAIN
//            report text holds in MIN+ sentences, while W and that neighbour make none (and no jieba
//            word): the fixed collocations of 公文 (医养结合, 整改通知书) that jieba and the input
//            methods' lexicons do not list; real text is read with the other half's phrases.
// Per half it prints the homophones today's checker misses that the signal reads right (NEW) and
// the clean sentences it flags beyond today's findings; then the sentences of TRAIN report text
// it flags (a bound on the false warnings a rule would add there).
//   npx tsx tools/diag-homophone-echo.ts [SIGNAL=echo|phrase] [SENT=1 CW=0 CT=0 RATIO=1] [MIN=2] [SHOW=1]
// Sets in bench/unseen.json are never read (keyedCheckSets, trainDirs).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkText } from '../shared/check';
import { analyse, isHanWord, type Token } from '../shared/check/words/analyse';
import { readingIndex, twinsIn } from '../shared/check/words/twins';
import { jiebaDictionary, jiebaSegmenter, wordLayer } from '../electron/services/check/segmenter';
import { trainDirs, trainSentences, type Half } from '../bench/swap-texts';
import { keyedCheckSets, parityOf, type KeyedFault } from './keyed-check-sets';
import { layerWords } from './layer-words';

type Script = 'hans' | 'hant';
const env = (k: string, d: number): number => Number(process.env[k] ?? d);
const SIGNAL = process.env.SIGNAL === 'phrase' ? 'phrase' : 'echo';
const SENT = process.env.SENT === '1';
const CW = env('CW', 0);
const CT = env('CT', 0);
const RATIO = env('RATIO', 1);
const MIN = env('MIN', 2);
const SHOW = process.env.SHOW === '1';
const BENCH = join(import.meta.dirname, '..', 'bench');
const NOT_CONTENT = /^(nr|ns|nt|m|q|r|c|p|u|x|e|y|o|d)/;
const dict = jiebaDictionary();
const words = wordLayer();
const byKey = readingIndex(dict, layerWords(), (freq, tag) => freq >= 30 && !NOT_CONTENT.test(tag));

/** TRAIN report text of a half: its sentences, word counts (per sentence) and two-token phrases. */
interface Text {
  sentences: { script: Script; text: string }[];
  words: Map<string, number>;
  phrases: Map<string, number>;
}
function readText(half: Half): Text {
  const t: Text = { sentences: [], words: new Map(), phrases: new Map() };
  for (const s of trainSentences(trainDirs(half))) {
    const an = analyse(s.sentence, s.script, jiebaSegmenter);
    if (!an) continue;
    t.sentences.push({ script: s.script, text: s.sentence });
    const tk = an.tokens;
    for (const w of new Set(tk.map((x) => x.word))) t.words.set(w, (t.words.get(w) ?? 0) + 1);
    const ph = new Set<string>();
    for (let k = 0; k + 1 < tk.length; k++) {
      const [a, b] = [tk[k]!.word, tk[k + 1]!.word];
      if (a.length >= 2 && b.length >= 2 && isHanWord(a + b)) ph.add(`${a}|${b}`);
    }
    for (const p of ph) t.phrases.set(p, (t.phrases.get(p) ?? 0) + 1);
  }
  return t;
}

const readable = (t: Token): boolean => t.word.length === 2 && isHanWord(t.word) && !NOT_CONTENT.test(t.tag);

/** The clause (no ，；： between) or the whole sentence around token k, as a token range. */
function span(tk: readonly Token[], k: number): [number, number] {
  if (SENT) return [0, tk.length];
  const br = /^[，。；：！？,;:]$/;
  let a = k;
  let b = k + 1;
  while (a > 0 && !br.test(tk[a - 1]!.word)) a--;
  while (b < tk.length && !br.test(tk[b]!.word)) b++;
  return [a, b];
}

/** The echo of T for W at token k: the word holding T's differing character, or null. */
function echo(tk: readonly Token[], k: number, w: string, t: string): string | null {
  const [a, b] = span(tk, k);
  let found: string | null = null;
  for (let i = 0; i < 2; i++) {
    if (w[i] === t[i]) continue;
    for (let j = a; j < b; j++) {
      const x = tk[j]!.word;
      if (j === k) continue;
      if (x.includes(w[i]!) || x.includes(t)) return null;
      if (x.length >= 2 && x.includes(t[i]!) && !/^(nr|ns|nt|m|q|x)/.test(tk[j]!.tag)) found = x;
    }
  }
  return found;
}

/** Every (offset, twin as written, evidence) the signal reads in a sentence. */
function reads(text: string, script: Script, src: Text, own: boolean): { at: number; fix: string; why: string }[] {
  const an = analyse(text, script, jiebaSegmenter);
  if (!an) return [];
  const tk = an.tokens;
  const out: { at: number; fix: string; why: string }[] = [];
  tk.forEach((tok, k) => {
    if (!readable(tok)) return;
    const w = tok.word;
    for (const t of twinsIn(byKey, dict, w)) {
      if (t.length !== 2) continue;
      let why: string | null = null;
      if (SIGNAL === 'echo') {
        const cw = (src.words.get(w) ?? 0) - (own ? 1 : 0);
        if (cw > CW || (src.words.get(t) ?? 0) < CT || dict.freq(t) < RATIO * Math.max(dict.freq(w), 1)) continue;
        why = echo(tk, k, w, t);
      } else {
        for (const [n, left] of [
          [tk[k - 1]?.word, true],
          [tk[k + 1]?.word, false],
        ] as const) {
          if (!n || n.length < 2) continue;
          const [withT, withW] = left ? [`${n}|${t}`, `${n}|${w}`] : [`${t}|${n}`, `${w}|${n}`];
          if ((src.phrases.get(withT) ?? 0) >= MIN && !src.phrases.get(withW) && !dict.freq(withW.replace('|', ''))) why = n;
        }
      }
      if (why) out.push({ at: tok.start, fix: an.toScript(t), why });
    }
  });
  return out;
}

const all = readText('all');
const halves = { odd: { misses: 0, read: 0, clean: 0, flagged: 0 }, even: { misses: 0, read: 0, clean: 0, flagged: 0 } };
for (const set of keyedCheckSets(BENCH).sort()) {
  const h = halves[parityOf(set)];
  const data = JSON.parse(readFileSync(join(BENCH, set, 'sentences.json'), 'utf8')) as { faults: KeyedFault[]; clean: { script: Script; text: string }[] };
  for (const f of data.faults) {
    if (f.kind !== 'homophone') continue;
    const at = f.text.indexOf(f.found);
    const today = checkText(f.text, { script: f.script, words });
    if (today.some((d) => d.location.offset < at + f.found.length && d.location.offset + d.location.length > at)) continue;
    h.misses++;
    const r = reads(f.text, f.script, all, false).find((x) => x.at === at && x.fix === f.expected);
    if (!r) continue;
    h.read++;
    if (SHOW) console.log(`NEW ${set} ${f.found}→${f.expected} (${r.why}) ${f.text}`);
  }
  for (const c of data.clean) {
    h.clean++;
    const today = checkText(c.text, { script: c.script, words });
    const extra = reads(c.text, c.script, all, false).filter((x) => !today.some((d) => d.location.offset === x.at));
    if (!extra.length) continue;
    h.flagged++;
    if (SHOW) console.log(`CLEAN ${set} ${extra.map((x) => `${x.fix}(${x.why})`).join(' ')} ${c.text}`);
  }
}
// Report text: echo counts from all of it (own sentence left out), phrases from the other half.
let realFlagged = 0;
let realSentences = 0;
for (const [from, on] of [
  ['odd', 'even'],
  ['even', 'odd'],
] as const) {
  const src = SIGNAL === 'phrase' ? readText(from) : all;
  for (const s of readText(on).sentences) {
    realSentences++;
    if (reads(s.text, s.script, src, SIGNAL === 'echo').length) realFlagged++;
  }
}
const cfg = SIGNAL === 'echo' ? `SENT=${SENT ? 1 : 0} CW=${CW} CT=${CT} RATIO=${RATIO}` : `MIN=${MIN}`;
console.log(`${SIGNAL} ${cfg}`);
for (const [k, h] of Object.entries(halves)) console.log(`${k}: NEW ${h.read} of ${h.misses} missed homophones; clean flagged ${h.flagged} of ${h.clean}`);
console.log(`TRAIN report text: ${realFlagged} of ${realSentences} sentences flagged`);
