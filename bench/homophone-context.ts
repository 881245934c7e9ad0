/**
 * Same-class homophones measured by planted swaps in real report text: the checker's largest gap
 * (two nouns or two verbs of one reading, 土地/徒弟, 申请/深情, told apart only by meaning).
 * The reports of the TRAIN importer batches (bench/heldout*, bench/import-train-*; every set in
 * bench/unseen.json skipped) are split into sentences; every two-character jieba word counted 30+
 * (no names, numbers or function words) is taken as written rightly, and each same-reading twin of
 * the same word class (first letter of jieba's tag alike, twin counted 30+, the two within 1,000x
 * of each other) is planted in its place, one at a time. Each altered sentence is checked as
 * bench/score-check.ts checks (checkText with the word layer): a swap is caught when a finding
 * covers the planted word with the original as its fix.
 * False findings: WRD-04 findings (the homophone rules) on the unaltered sentences, per 10,000
 * characters, errors and warnings apart. Batches are split in two halves by batch number
 * (heldout = 1, import-train-N = N): odd numbers tune, even numbers report (as bench/dedi-swaps.ts).
 *   npx tsx bench/homophone-context.ts [--half=odd|even|all] [--script=hans|hant] [--misses] [--false]
 * HC_DATA=<fold table> HC_FOLD=odd|even: homophone-context.ts with a table derived from the other
 * half only (honest); HC_OFF=1: without it (the before figure).
 * (--misses and --false list the sentences; look at them for the tuning half only.)
 */
import { checkText } from '../shared/check';
import { analyse } from '../shared/check/words/analyse';
import { readingIndex, twinsIn } from '../shared/check/words/twins';
import { HOMOPHONE_CONTEXT_PARAMS, parseHomophoneContext, useHomophoneContext, type HomophoneContextSource } from '../shared/check/words/homophone-context';
import { jiebaDictionary, jiebaSegmenter, wordLayer } from '../electron/services/check/segmenter';
import { layerWords } from '../tools/layer-words';
import { figure } from './figures';
import { trainDirs, trainSentences, type Half } from './swap-texts';

type Script = 'hans' | 'hant';
const arg = (name: string): string | undefined => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const half = arg('half') ?? 'even';
const onlyScript = arg('script') as Script | undefined;
const listMisses = process.argv.includes('--misses');
const listFalse = process.argv.includes('--false');

/** Least jieba count of the written word and of its twin: words a writer and an input method both use. */
const COMMON = 30;
/** Most log10 of the two words' count ratio: a twin the input method would offer near the top. */
const MAX_PRIOR = 3;
/** Tags that are no content word (names, numbers, measures, pronouns, conjunctions, particles). */
const NOT_CONTENT = /^(nr|ns|nt|m|q|r|c|p|u|x|e|y|o)/;

const dirs = trainDirs(half as Half);

const dict = jiebaDictionary();
const words = wordLayer();
// HC_DATA: a fold's table of homophone-context.ts (tools/derive-homophone-context.ts with FOLD=odd
// or even), read with that half's counts only: the half measured here never chose its pairs. Without
// it the shipped table is used, whose counts include this half (in-sample: no false finding is
// possible on a word report text uses, so the false-finding figure says nothing).
const fold = process.env.HC_FOLD as 'odd' | 'even' | undefined;
if (process.env.HC_DATA) {
  if (!fold || (half !== 'all' && fold === half)) throw new Error('HC_DATA needs HC_FOLD=odd|even, the half NOT measured');
  useHomophoneContext(parseHomophoneContext((await import(process.env.HC_DATA)) as HomophoneContextSource), { ...HOMOPHONE_CONTEXT_PARAMS, fold });
  console.log(`homophone-context tables: ${process.env.HC_DATA}, ${fold} batches' counts`);
} else if (process.env.HC_OFF) {
  useHomophoneContext(parseHomophoneContext({ HC_ALPHABET: '!', HC_WORDS: '', HC_COUNTS: '', HC_FIXES: '', HC_TWINS: '' }), HOMOPHONE_CONTEXT_PARAMS);
  console.log('homophone-context: off');
} else console.log('homophone-context: shipped tables (in-sample for this half)');
const tagClass = (w: string): string => (dict.tagOf(w) ?? '').slice(0, 1);

/** Same-class twins of every common two-character word (names left out), by reading key. */
// Same-reading twins (twins.ts), content words of jieba count COMMON+ (groups of one too: a rarer written word's twin).
const byKey = readingIndex(dict, layerWords(), (freq, tag) => freq >= COMMON && !NOT_CONTENT.test(tag));
function twinsOf(w: string): string[] {
  const f = dict.freq(w);
  if (f < COMMON) return [];
  return twinsIn(byKey, dict, w).filter((t) => tagClass(t) === tagClass(w) && Math.abs(Math.log10(dict.freq(t) / f)) <= MAX_PRIOR);
}

interface Tally {
  planted: number;
  caught: number;
  wrongFix: number;
}
const tally = { hans: { planted: 0, caught: 0, wrongFix: 0 }, hant: { planted: 0, caught: 0, wrongFix: 0 } } as Record<Script, Tally>;
const chars = { hans: 0, hant: 0 };
const falseFindings = { hans: { error: 0, warning: 0 }, hant: { error: 0, warning: 0 } };
const byRule = new Map<string, number>();
const homophoneFindings = (text: string, script: Script) => checkText(text, { script, words }).filter((d) => d.rule === 'WRD-04');

for (const { dir, script, sentence: s } of trainSentences(dirs, onlyScript)) {
  const a = analyse(s, script, jiebaSegmenter);
  if (!a) continue;
  chars[script] += s.length;
  for (const d of homophoneFindings(s, script)) {
    falseFindings[script][d.severity === 'error' ? 'error' : 'warning']++;
    if (listFalse)
      console.log(
        `false ${d.severity} ${s.slice(0, d.location.offset)}[${s.slice(d.location.offset, d.location.offset + d.location.length)}→${d.fix?.replacement ?? ''}]${s.slice(d.location.offset + d.location.length)}  ${dir}`,
      );
  }
  for (const k of a.tokens) {
    if (k.end - k.start !== 2 || NOT_CONTENT.test(k.tag)) continue;
    const written = s.slice(k.start, k.end);
    for (const twin of twinsOf(k.word)) {
      const t = tally[script];
      t.planted++;
      const swapped = s.slice(0, k.start) + a.toScript(twin) + s.slice(k.end);
      const hit = checkText(swapped, { script, words }).find((d) => d.location.offset < k.end && d.location.offset + d.location.length > k.start);
      const right = hit?.fix?.replacement === written;
      if (right) {
        t.caught++;
        byRule.set(hit!.rule, (byRule.get(hit!.rule) ?? 0) + 1);
      } else if (hit) t.wrongFix++;
      if (listMisses && !right) console.log(`miss ${swapped.slice(0, k.start)}[${a.toScript(twin)}${hit ? `→${hit.fix?.replacement ?? ''}` : ''}]${swapped.slice(k.end)} (${written})  ${dir}`);
    }
  }
}

console.log(`half ${half}: ${dirs.length} batches (${dirs.join(' ')})`);
let planted = 0;
let caught = 0;
for (const script of ['hans', 'hant'] as const) {
  const t = tally[script];
  const n = chars[script];
  if (n === 0) continue;
  planted += t.planted;
  caught += t.caught;
  const ff = falseFindings[script];
  console.log(
    `${script}: ${t.planted} same-class swaps, ${t.caught} caught with the right fix (${((100 * t.caught) / Math.max(1, t.planted)).toFixed(1)} %), ${t.wrongFix} flagged with another fix; ` +
      `${n} characters unaltered: ${ff.error} false WRD-04 errors (${((1e4 * ff.error) / n).toFixed(2)}/10,000), ${ff.warning} warnings (${((1e4 * ff.warning) / n).toFixed(2)}/10,000)`,
  );
}
console.log(`caught by rule: ${[...byRule].map(([r, n]) => `${r} ${n}`).join(', ')}`);
console.log(`all: ${caught}/${planted} same-class swaps caught with the right fix (${((100 * caught) / Math.max(1, planted)).toFixed(1)} %)`);
figure(`same-class homophone planted swaps caught (${half} half)`, (100 * caught) / Math.max(1, planted), '%');
const falseTotal = falseFindings.hans.error + falseFindings.hans.warning + falseFindings.hant.error + falseFindings.hant.warning;
figure(`homophone false findings per 10,000 characters of unaltered text (${half} half)`, (1e4 * falseTotal) / Math.max(1, chars.hans + chars.hant), 'findings');
