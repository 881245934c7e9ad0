/**
 * 的/地/得 measured by planted swaps in real report text, far more of it than the keyed sets hold.
 * The reports of the TRAIN importer batches (bench/heldout*, bench/import-train-*; every set in
 * bench/unseen.json skipped) are split into sentences; every 的, 地 and 得 that jieba reads as the
 * structural particle (的 uj, 地 uv, 得 ud) is taken as used rightly (these are published reports),
 * and the two other particles are planted in its place one at a time. Each altered sentence is
 * checked as bench/score-check.ts checks (checkText with the word layer): a swap is caught when a
 * WRD-05 finding sits on the planted character with the original particle as its fix.
 * False findings: WRD-05 findings on the unaltered sentences, per 1,000 particles, errors and
 * warnings apart. Batches are split in two halves by batch number (heldout = 1, import-train-N =
 * N): odd numbers tune, even numbers report.
 *   npx tsx bench/dedi-swaps.ts [--half=odd|even|all] [--script=hans|hant] [--source=reports|keyed] [--misses] [--false]
 * (--misses and --false list the sentences; look at them for the tuning half only.)
 * --source=keyed plants in the TRAIN keyed check sets' sentences instead (clean sentences, and fault
 * sentences with the de-di fault put right): report text hardly ever writes 地 (35 in 2,800 particles
 * of the reports), the keyed sets hold a few hundred, in the shapes drafts get wrong. Halves by set
 * number (check-heldout → 1, check-heldout-12 → 12, check-train-N → N, check-dedi-N → N).
 */
import { checkText } from '../shared/check';
import { analyse } from '../shared/check/words/analyse';
import { jiebaSegmenter, wordLayer } from '../electron/services/check/segmenter';
import { figure } from './figures';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { trainDirs, trainSentences, type Half } from './swap-texts';
import { unseenSets } from '../tools/unseen-sets';

type Script = 'hans' | 'hant';
const arg = (name: string): string | undefined => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const half = arg('half') ?? 'even';
const onlyScript = arg('script') as Script | undefined;
const listMisses = process.argv.includes('--misses');
const listFalse = process.argv.includes('--false');

const PARTICLE: Record<string, string> = { 的: 'uj', 地: 'uv', 得: 'ud' };

const keyed = arg('source') === 'keyed';

interface KeyedSet {
  faults: { kind: string; script: Script; text: string; found: string; at?: string; expected: string }[];
  clean: { script: Script; text: string }[];
}
/** The TRAIN keyed check sets of a half (never a set in bench/unseen.json), by name. */
function keyedDirs(h: string): string[] {
  const unseen = unseenSets();
  return readdirSync(import.meta.dirname).filter((d) => {
    const m = /^check-(?:heldout|train|dedi)(?:-(\d+))?$/.exec(d);
    if (!m || unseen.has(d) || !existsSync(join(import.meta.dirname, d, 'sentences.json'))) return false;
    const n = Number(m[1] ?? 1);
    return h === 'all' || (h === 'odd') === (n % 2 === 1);
  });
}
/** Every sentence of the keyed sets with its particles right: clean ones, and de-di faults put right. */
function* keyedSentences(ds: readonly string[], only?: Script): Generator<{ dir: string; script: Script; sentence: string }> {
  for (const dir of [...ds].sort()) {
    const set = JSON.parse(readFileSync(join(import.meta.dirname, dir, 'sentences.json'), 'utf8')) as KeyedSet;
    const out: { script: Script; text: string }[] = [...set.clean];
    for (const f of set.faults) {
      if (f.kind !== 'de-di') continue;
      const at = f.at ?? f.found;
      const fixed = at.replace(f.found, f.expected);
      out.push({ script: f.script, text: f.text.replace(at, fixed) });
    }
    for (const { script, text } of out) if (!only || script === only) yield { dir, script, sentence: text };
  }
}

const dirs = keyed ? keyedDirs(half) : trainDirs(half as Half);

const words = wordLayer();
interface Tally {
  planted: number;
  caught: number;
  wrongFix: number;
}
const swaps = new Map<string, Tally>();
const particles = { hans: 0, hant: 0 };
const falseFindings = { hans: { error: 0, warning: 0 }, hant: { error: 0, warning: 0 } };
const wrd05 = (text: string, script: Script) => checkText(text, { script, words }).filter((d) => d.rule === 'WRD-05');

for (const { dir, script, sentence: s } of keyed ? keyedSentences(dirs, onlyScript) : trainSentences(dirs, onlyScript)) {
  const a = analyse(s, script, jiebaSegmenter);
  if (!a) continue;
  const at = a.tokens.filter((k) => PARTICLE[k.word] === k.tag);
  if (at.length === 0) continue;
  particles[script] += at.length;
  for (const d of wrd05(s, script)) {
    falseFindings[script][d.severity === 'error' ? 'error' : 'warning']++;
    if (listFalse)
      console.log(`false ${d.severity} ${s.slice(0, d.location.offset)}[${s.slice(d.location.offset, d.location.offset + 1)}→${d.fix?.replacement ?? ''}]${s.slice(d.location.offset + 1)}  ${dir}`);
  }
  for (const k of at) {
    const written = s[k.start]!;
    for (const planted of Object.keys(PARTICLE)) {
      if (planted === k.word) continue;
      const key = `${script} ${planted} for ${k.word}`;
      const t = swaps.get(key) ?? { planted: 0, caught: 0, wrongFix: 0 };
      swaps.set(key, t);
      t.planted++;
      const swapped = s.slice(0, k.start) + a.toScript(planted) + s.slice(k.end);
      const hit = wrd05(swapped, script).find((d) => d.location.offset === k.start);
      if (hit && hit.fix?.replacement === written) t.caught++;
      else if (hit) t.wrongFix++;
      if (listMisses && !(hit && hit.fix?.replacement === written))
        console.log(`miss ${key}: ${swapped.slice(0, k.start)}[${planted}${hit ? `→${hit.fix?.replacement ?? ''}` : ''}]${swapped.slice(k.end)}  ${dir}`);
    }
  }
}

console.log(`half ${half}: ${dirs.length} batches (${dirs.join(' ')})`);
console.log('| script | written (planted) for right | planted | caught, right fix | % | flagged, other fix |');
let planted = 0;
let caught = 0;
for (const [key, t] of [...swaps].sort()) {
  const [script, p, , w] = key.split(' ');
  planted += t.planted;
  caught += t.caught;
  console.log(`| ${script} | ${p} for ${w} | ${t.planted} | ${t.caught} | ${((100 * t.caught) / Math.max(1, t.planted)).toFixed(1)} | ${t.wrongFix} |`);
}
for (const script of ['hans', 'hant'] as const) {
  const n = particles[script];
  if (n === 0) continue;
  const ff = falseFindings[script];
  console.log(
    `${script}: ${n} particles; false WRD-05 on unaltered text: ${ff.error} errors (${((1000 * ff.error) / n).toFixed(2)}/1,000), ${ff.warning} warnings (${((1000 * ff.warning) / n).toFixed(2)}/1,000)`,
  );
}
console.log(`all: ${caught}/${planted} swaps caught with the right fix (${((100 * caught) / Math.max(1, planted)).toFixed(1)} %)`);
figure(`的/地/得 planted swaps caught (${half} half${keyed ? ', keyed sentences' : ''})`, (100 * caught) / Math.max(1, planted), '%');
figure(
  `的/地/得 false findings on unaltered text (${half} half${keyed ? ', keyed sentences' : ''})`,
  falseFindings.hans.error + falseFindings.hans.warning + falseFindings.hant.error + falseFindings.hant.warning,
  'findings',
);
