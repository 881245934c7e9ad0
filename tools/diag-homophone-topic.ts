// Dev-time measurement (round 33): can the sentence's TOPIC tell two common same-reading words apart
// where no neighbour does (免疫/面议 in a health sentence)? Round 32's blind misses were such swaps.
// Evidence for a written word W and its twin T (same reading key, jieba 30+, no names), in a keyed
// TRAIN check sentence:
//   topic:  T shares TRAIN report-text sentences with K+ content words of the sentence (any distance,
//           T itself and words holding it left out), each a LIFT-fold association or better
//           (co-occurrences × sentences / (df T × df word)), words in more than DMAX sentences not
//           counted (工作, 要求 say nothing of a field); W shares none;
//   veto:   fcitx5's model (LIBIME_ARPA, tools/libime-model.ts) knows W (MINNB+ explicit bigram
//           partners) and links it to no word of the sentence (log10 lift 1.0+ over the partner's
//           unigram, either order), while it links T to KR+ of them: W's own field, which report text
//           is too small to give, must be absent too.
// It prints, per half (a check set's trailing number; this round tuned on EVEN and reported on ODD),
// the keyed homophones caught, those of them today's checker misses (NEW), other words flagged in
// the fault sentences, and clean sentences flagged; then how often the fix of a missed homophone
// occurs in TRAIN report text at all, which bounds any evidence mined from it.
//   LIBIME_ARPA=… npx tsx tools/diag-homophone-topic.ts [K=2 LIFT=5 DMAX=300 KR=1 NO_VETO=1 SHOW=1]
// Sets in bench/unseen.json are never read (keyedCheckSets, trainDirs).
import { createReadStream, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { checkText } from '../shared/check';
import { analyse } from '../shared/check/words/analyse';
import { readingIndex, readingKey } from '../shared/check/words/twins';
import { jiebaDictionary, jiebaDictText, jiebaSegmenter, wordLayer } from '../electron/services/check/segmenter';
import { scoreSet, type CheckSet } from '../bench/check-scoring';
import { trainDirs, trainSentences } from '../bench/swap-texts';
import { keyedCheckSets, parityOf } from './keyed-check-sets';
import { LIBIME_ARPA } from './libime-model';

type Script = 'hans' | 'hant';
const BENCH = join(import.meta.dirname, '..', 'bench');
const num = (name: string, fallback: number): number => Number(process.env[name] ?? fallback);
const K = num('K', 2);
const LIFT = num('LIFT', 5);
const DMAX = num('DMAX', 300);
const KR = num('KR', 1);
const MINNB = num('MINNB', 20);
const NO_VETO = !!process.env.NO_VETO;
const CONTENT = /^\p{Script=Han}{2,}$/u;
const NAME_TAG = /^(nr|ns|nt|nrt|nrfg)/;

const dict = jiebaDictionary();
const groups = readingIndex(
  dict,
  jiebaDictText()
    .split('\n')
    .map((l) => l.split(' ')[0] ?? '')
    .filter(Boolean),
  (freq, tag) => freq >= 30 && !NAME_TAG.test(tag),
);
const twinsOf = (w: string): string[] => {
  const key = readingKey(dict, w);
  return key ? (groups.get(key) ?? []).filter((t) => t !== w) : [];
};

/** Content words of a text as analyse() writes them (Simplified), in order. */
function contentWords(text: string, script: Script): string[] {
  const a = analyse(text, script, jiebaSegmenter);
  return a ? a.tokens.map((t) => t.word).filter((w) => CONTENT.test(w)) : [];
}

// TRAIN report text: the sentences each word occurs in.
const where = new Map<string, number[]>();
let nSentences = 0;
for (const { sentence, script } of trainSentences(trainDirs('all'))) {
  for (const w of new Set(contentWords(sentence, script))) {
    const list = where.get(w);
    if (list) list.push(nSentences);
    else where.set(w, [nSentences]);
  }
  nSentences++;
}
const df = (w: string): number => where.get(w)?.length ?? 0;
function together(a: string, b: string): number {
  const x = where.get(a);
  const y = where.get(b);
  if (!x || !y) return 0;
  const s = new Set(x);
  return y.filter((i) => s.has(i)).length;
}
/** The sentence words report text ties to w, by LIFT-fold association. */
function topicWords(w: string, ctx: readonly string[]): string[] {
  const dw = df(w);
  return dw === 0 ? [] : ctx.filter((c) => df(c) > 0 && df(c) <= DMAX && (together(w, c) * nSentences) / (dw * df(c)) >= LIFT);
}

interface Item {
  set: string;
  script: Script;
  text: string;
  fault?: { found: string; expected: string; missed: boolean };
}
const items: Item[] = [];
for (const set of keyedCheckSets(BENCH).sort()) {
  const keyed = JSON.parse(readFileSync(join(BENCH, set, 'sentences.json'), 'utf8')) as CheckSet;
  const score = scoreSet(keyed, (text, script) => checkText(text, { script, words: wordLayer() }), true);
  const missed = new Set(score.lines.flatMap((l) => /^MISSED homophone (\S+)/.exec(l)?.[1] ?? []));
  for (const f of keyed.faults) {
    if (f.kind === 'homophone') items.push({ set, script: f.script, text: f.text, fault: { found: f.found, expected: f.expected, missed: missed.has(`${f.found}→${f.expected}`) } });
  }
  for (const c of keyed.clean) items.push({ set, script: c.script, text: c.text });
}

// fcitx5's explicit bigram partners of every word the items could flag or fix (log10 lift 1.0+).
const partners = new Map<string, Map<string, number>>();
if (!NO_VETO) {
  const wanted = new Set<string>();
  for (const it of items) for (const w of contentWords(it.text, it.script)) if (w.length === 2) for (const t of [w, ...twinsOf(w)]) wanted.add(t);
  const unigram = new Map<string, number>();
  const link = (a: string, b: string, lift: number): void => {
    if (lift < 1 || !CONTENT.test(b)) return;
    const m = partners.get(a) ?? new Map<string, number>();
    partners.set(a, m);
    m.set(b, Math.max(m.get(b) ?? -99, lift));
  };
  let section = 0;
  for await (const line of createInterface({ input: createReadStream(LIBIME_ARPA || 'LIBIME_ARPA unset') })) {
    if (/^\\\d-grams:/.test(line)) section = Number(line[1]);
    if (section === 3) break;
    const [p, gram] = line.split('\t');
    if (!gram || !p) continue;
    if (section === 1) unigram.set(gram, Number(p));
    else {
      const [a = '', b = ''] = gram.split(' ');
      const lift = Number(p) - (unigram.get(b) ?? 0);
      if (wanted.has(a)) link(a, b, lift);
      if (wanted.has(b)) link(b, a, lift);
    }
  }
}
const modelLinks = (w: string, ctx: readonly string[]): number => ctx.filter((c) => partners.has(w) && partners.get(w)!.has(c)).length;

const tally = { odd: { faults: 0, caught: 0, fresh: 0, other: 0, clean: 0, flagged: 0 }, even: { faults: 0, caught: 0, fresh: 0, other: 0, clean: 0, flagged: 0 } };
const show: string[] = [];
for (const it of items) {
  const words = contentWords(it.text, it.script);
  const flags: string[] = [];
  for (const w of new Set(words)) {
    if (w.length !== 2) continue;
    for (const t of twinsOf(w)) {
      // T written elsewhere in the sentence: the writer chose W beside it.
      if (words.some((c) => c.includes(t))) continue;
      const ctx = [...new Set(words.filter((c) => c !== w))];
      if (topicWords(w, ctx).length > 0) continue;
      const topic = topicWords(t, ctx);
      if (topic.length < K) continue;
      if (!NO_VETO && ((partners.get(w)?.size ?? 0) < MINNB || modelLinks(w, ctx) > 0 || modelLinks(t, ctx) < KR)) continue;
      flags.push(`${w}→${t}[${topic.join(',')}]`);
    }
  }
  const half = tally[parityOf(it.set)];
  if (it.fault) {
    half.faults++;
    const found = contentWords(it.fault.found, it.script)[0] ?? it.fault.found;
    const hit = flags.some((f) => f.startsWith(`${found}→`));
    half.caught += hit ? 1 : 0;
    half.fresh += hit && it.fault.missed ? 1 : 0;
    half.other += flags.filter((f) => !f.startsWith(`${found}→`)).length;
    if (hit && it.fault.missed) show.push(`NEW   ${it.set} ${flags.join(' ')}`);
  } else {
    half.clean++;
    half.flagged += flags.length ? 1 : 0;
    if (flags.length) show.push(`FALSE ${it.set} ${flags.join(' ')} | ${it.text}`);
  }
}
if (process.env.SHOW) console.log(show.join('\n'));
console.log(`K=${K} LIFT=${LIFT} DMAX=${DMAX} ${NO_VETO ? 'no veto' : `veto KR=${KR} MINNB=${MINNB}`}; report text ${nSentences} sentences`);
for (const h of ['even', 'odd'] as const) {
  const t = tally[h];
  console.log(`${h}: homophones caught ${t.caught}/${t.faults} (NEW, missed today: ${t.fresh}), other flags in fault sentences ${t.other}, clean sentences flagged ${t.flagged}/${t.clean}`);
}
const bands = [0, 0, 0, 0];
let nMissed = 0;
for (const it of items) {
  if (!it.fault?.missed) continue;
  const fix = contentWords(it.fault.expected, it.script)[0] ?? it.fault.expected;
  const n = df(fix);
  bands[n === 0 ? 0 : n < 3 ? 1 : n < 10 ? 2 : 3]!++;
  nMissed++;
}
console.log(`fixes of the ${nMissed} homophones missed today, by TRAIN report-text sentences holding them: none ${bands[0]}, 1-2 ${bands[1]}, 3-9 ${bands[2]}, 10+ ${bands[3]}`);
