/**
 * Homophones measured by planted swaps in real report text, far more of it than the keyed sets hold
 * (as bench/dedi-swaps.ts does for 的/地/得). The reports of the TRAIN importer batches
 * (bench/heldout*, bench/import-train-*; every set in bench/unseen.json skipped) are split into
 * sentences and taken as written rightly (published reports). In each sentence a few two-character
 * words (jieba tokens, counted 100+, no name) are each replaced, one at a time, by a real word of the
 * same toneless reading (pinyin-pro's word reading; jieba counts it 5+): the slip a pinyin input
 * method makes when the writer takes the wrong candidate. Each altered sentence goes through the word
 * layer; a swap is caught when a finding covers the planted word with the original as its fix.
 *
 * Classes (check-32a's, read on the altered sentence): A0 the planted word inside a longer token,
 * A1 cut into lone characters, A2 one token counted under 30, B one token whose class (jieba's tag,
 * coarse: noun, verb, adjective, adverb, function word; vn fits noun and verb) differs from the
 * original's, C the same class. Count bands are the planted word's jieba count.
 * False findings: word-layer findings (WRD-01 … WRD-04; 的/地/得 is dedi-swaps') on the unaltered
 * sentences, per 10,000 characters, errors and warnings apart.
 * Batches are split in two halves by number (heldout = 1, import-train-N = N): odd tune, even report.
 *   npx tsx bench/homophone-swaps.ts [--half=odd|even|all] [--every=N] [--pick=uniform|freq] [--misses] [--false]
 * (--misses and --false list the sentences; look at them for the tuning half only.)
 */
import { pinyin } from 'pinyin-pro';
import { analyse, isHanWord } from '../shared/check/words/analyse';
import { jiebaDictText, jiebaSegmenter, wordLayer } from '../electron/services/check/segmenter';
import { figure } from './figures';
import { trainDirs, trainSentences, type Half } from './swap-texts';

const arg = (name: string): string | undefined => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const half = arg('half') ?? 'even';
/** Swap at most every N-th eligible word (by a fixed hash): keeps a run to a minute or so. */
const every = Number(arg('every') ?? 3);
/**
 * Which twin is planted: 'uniform' (each same-reading word alike, every count band gets its share) or
 * 'freq' (in proportion to jieba's count: an input method lists the common words first, so a slip
 * lands on them more often — closer to the keyed sets, whose wrong forms are mostly common words).
 */
const pick = arg('pick') ?? 'uniform';
const listMisses = process.argv.includes('--misses');
const listFalse = process.argv.includes('--false');

const NAME_TAG = /^(nr|ns|nt|nrt|nrfg)/;
/** Original words swapped: counted this often (a word a report really uses, not a segmenter guess). */
const ORIGINAL_FREQ = 100;
/** Planted words: real words, however rare (A2 is the class of rare tokens). */
const PLANTED_FREQ = 5;

/** Coarse word class of a jieba tag: N, V, VN (either), A, D, F (function word), O (other). */
export function coarseClass(tag: string): string {
  if (tag === 'vn') return 'VN';
  if (tag === 'an') return 'N';
  if (/^(n|nz|ng|j|s|t|f|nr|ns|nt)/.test(tag)) return 'N';
  if (/^v/.test(tag)) return 'V';
  if (/^(a|ad|ag|z|b)/.test(tag)) return 'A';
  if (/^d/.test(tag)) return 'D';
  if (/^(c|p|u|r|m|q|y|e|o)/.test(tag)) return 'F';
  return 'O';
}
const sameClass = (x: string, y: string): boolean => {
  const a = coarseClass(x);
  const b = coarseClass(y);
  return a === b || (a === 'VN' && (b === 'V' || b === 'N')) || (b === 'VN' && (a === 'V' || a === 'N'));
};

// jieba's words by toneless word reading: two-character Han words, names left out.
const entries = new Map<string, { freq: number; tag: string }>();
const byReading = new Map<string, string[]>();
for (const line of jiebaDictText().split('\n')) {
  const [word, f, tag = ''] = line.trim().split(' ');
  if (!word || word.length !== 2 || !isHanWord(word) || NAME_TAG.test(tag)) continue;
  const freq = Number(f);
  if (!(freq >= PLANTED_FREQ)) continue;
  entries.set(word, { freq, tag });
}
const readingOf = (w: string): string => pinyin(w, { toneType: 'none', type: 'array' }).join(' ');
for (const w of entries.keys()) {
  const r = readingOf(w);
  const l = byReading.get(r);
  if (l) l.push(w);
  else byReading.set(r, [w]);
}

/** A fixed hash of a string (FNV-1a): which words a run swaps does not change between runs. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** The twin for a hash: uniform, or in proportion to jieba's count (--pick). */
function pickTwin(twins: readonly string[], h: number): string {
  if (pick !== 'freq') return twins[h % twins.length]!;
  const total = twins.reduce((n, w) => n + entries.get(w)!.freq, 0);
  let r = h % total;
  for (const w of twins) {
    r -= entries.get(w)!.freq;
    if (r < 0) return w;
  }
  return twins[twins.length - 1]!;
}

const band = (n: number): string => (n < 30 ? '<30' : n < 300 ? '30-299' : n < 3000 ? '300-2999' : '3000+');

const dirs = trainDirs(half as Half);

const words = wordLayer();
interface Tally {
  planted: number;
  caught: number;
  otherFix: number;
}
const tallies = new Map<string, Tally>();
const tally = (key: string): Tally => {
  let t = tallies.get(key);
  if (!t) tallies.set(key, (t = { planted: 0, caught: 0, otherFix: 0 }));
  return t;
};
const chars = { hans: 0, hant: 0 };
const falseBy = new Map<string, number>();
const falseFindings = { hans: { error: 0, warning: 0 }, hant: { error: 0, warning: 0 } };
let planted = 0;
let caught = 0;
let otherFix = 0;

for (const { dir, script, sentence: s } of trainSentences(dirs)) {
  const a = analyse(s, script, jiebaSegmenter);
  if (!a) continue;
  chars[script] += s.length;
  for (const d of words.check(s, script)) {
    if (d.rule === 'WRD-05') continue;
    falseFindings[script][d.severity === 'error' ? 'error' : 'warning']++;
    falseBy.set(`${d.rule} ${d.severity}`, (falseBy.get(`${d.rule} ${d.severity}`) ?? 0) + 1);
    if (listFalse) console.log(`false ${d.rule} ${d.severity} ${s.slice(0, d.offset)}[${d.word}→${d.replacement ?? ''}]${s.slice(d.offset + d.length)}  ${dir}`);
  }
  for (const k of a.tokens) {
    const orig = entries.get(k.word);
    if (!orig || orig.freq < ORIGINAL_FREQ || k.end - k.start !== 2) continue;
    if (hash(`${s}|${k.start}`) % every !== 0) continue;
    const twins = (byReading.get(readingOf(k.word)) ?? []).filter((w) => w !== k.word);
    if (twins.length === 0) continue;
    // One twin per word, chosen by the hash (the same swaps every run).
    const twin = pickTwin(twins, hash(`${s}|${k.word}`));
    const written = s.slice(k.start, k.end);
    const swapped = s.slice(0, k.start) + a.toScript(twin) + s.slice(k.end);
    const b = analyse(swapped, script, jiebaSegmenter);
    if (!b) continue;
    const over = b.tokens.filter((x) => x.start < k.end && k.start < x.end);
    const tw = entries.get(twin)!;
    const cls =
      over.length === 1 && over[0]!.end - over[0]!.start > 2
        ? 'A0'
        : over.length !== 1 || over[0]!.start !== k.start
          ? 'A1'
          : (entries.get(over[0]!.word)?.freq ?? 0) < 30
            ? 'A2'
            : sameClass(over[0]!.tag, k.tag)
              ? 'C'
              : 'B';
    const hit = words.check(swapped, script).find((d) => d.offset < k.end && k.start < d.offset + d.length);
    const right = !!hit && hit.replacement === written && hit.offset === k.start && hit.length === 2;
    for (const key of [`class ${cls}`, `band ${band(tw.freq)}`, `script ${script}`]) {
      const t = tally(key);
      t.planted++;
      if (right) t.caught++;
      else if (hit) t.otherFix++;
    }
    planted++;
    if (right) caught++;
    else if (hit) otherFix++;
    if (listMisses && !right)
      console.log(
        `miss ${cls} ${k.word}/${k.tag}→${twin}/${tw.tag} ${swapped.slice(0, k.start)}[${swapped.slice(k.start, k.end)}${hit ? `→${hit.replacement ?? ''}` : ''}]${swapped.slice(k.end)}  ${dir}`,
      );
  }
}

console.log(`half ${half}: ${dirs.length} batches, every ${every}th eligible word swapped, twin picked ${pick}`);
console.log('| group | planted | caught, right fix | % | flagged, other fix |');
for (const [key, t] of [...tallies].sort()) console.log(`| ${key} | ${t.planted} | ${t.caught} | ${((100 * t.caught) / Math.max(1, t.planted)).toFixed(1)} | ${t.otherFix} |`);
for (const script of ['hans', 'hant'] as const) {
  const n = chars[script];
  if (n === 0) continue;
  const ff = falseFindings[script];
  console.log(
    `${script}: ${n} characters unaltered; word findings (not WRD-05): ${ff.error} errors (${((10000 * ff.error) / n).toFixed(2)}/10,000 chars), ${ff.warning} warnings (${((10000 * ff.warning) / n).toFixed(2)}/10,000 chars)`,
  );
}
console.log(
  `by rule: ${[...falseBy]
    .sort()
    .map(([k, v]) => `${k} ${v}`)
    .join(', ')}`,
);
console.log(`all: ${caught}/${planted} swaps caught with the right fix (${((100 * caught) / Math.max(1, planted)).toFixed(1)} %), ${otherFix} flagged with another fix`);
figure(`homophone planted swaps caught (${half} half, ${pick})`, (100 * caught) / Math.max(1, planted), '%');
figure(`homophone-layer findings on unaltered text (${half} half)`, falseFindings.hans.error + falseFindings.hans.warning + falseFindings.hant.error + falseFindings.hant.warning, 'findings');
