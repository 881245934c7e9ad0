/**
 * Classifies the misspellings the keyed TRAIN check sets' FIRST runs missed (bench/check-* /
 * first-run.txt, fallback main-run.txt): how jieba cuts the written form (lone characters, a rare
 * token, a dictionary entry, inside a longer token), the kind of the one-character change (sound,
 * look-alike, both, none), the target's length and jieba count, and what the slip rule (slip.ts)
 * scores for the right correction today against its bar. VALIDATION sets (bench/unseen.json) are
 * never read.
 *   npx tsx tools/diag-slip-misses.ts [--sets check-train-5] [--tsv]
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { jiebaDictionary, jiebaSegmenter, wordLayer } from '../electron/services/check/segmenter';
import { checkText } from '../shared/check';
import { analyse } from '../shared/check/words/analyse';
import { lookAlikeAsWritten } from '../shared/check/words/shape';
import { slips } from '../shared/check/words/slip';
import { converter } from '../shared/script/converter';
import { changedCharacter, keyedCheckSets, type KeyedFault } from './keyed-check-sets';

const BENCH = join(import.meta.dirname, '..', 'bench');
const argAfter = (flag: string): string | undefined => {
  const i = process.argv.indexOf(flag);
  return i === -1 ? undefined : process.argv[i + 1];
};
const only = argAfter('--sets')?.split(',');
const dict = jiebaDictionary();
const words = wordLayer();
const toHans = converter('t', 'cn');

const sets = keyedCheckSets(BENCH).filter((d) => !only || only.includes(d));
const rows: string[][] = [];
for (const set of sets) {
  const run = ['first-run.txt', 'main-run.txt'].map((f) => join(BENCH, set, f)).find(existsSync);
  if (!run) continue;
  const faults = (JSON.parse(readFileSync(join(BENCH, set, 'sentences.json'), 'utf8')) as { faults: KeyedFault[] }).faults;
  for (const line of readFileSync(run, 'utf8').split('\n')) {
    const m = /^MISSED misspelling (\S+)→(\S+)/.exec(line);
    if (!m) continue;
    const f = faults.find((x) => x.kind === 'misspelling' && x.found === m[1] && x.expected === m[2]);
    if (!f) continue;
    rows.push([set, ...describe(f)]);
  }
}
for (const r of rows) console.log(r.join('\t'));

function describe(f: KeyedFault): string[] {
  const a = analyse(f.text, f.script, jiebaSegmenter)!;
  const { at, pos, k, wrong, right, w, r } = changedCharacter(f, toHans);
  const sound = dict.sameSound(w, r);
  const shape = lookAlikeAsWritten(w, r, f.found[k] ?? w, f.script);
  const change = sound && shape ? 'both' : sound ? 'sound' : shape ? 'shape' : 'none';
  const tok = a.tokens.find((t) => t.start <= pos && pos < t.end)!;
  const cut = a.tokens
    .filter((t) => t.end > at && t.start < at + f.found.length)
    .map((t) => `${t.word}/${t.tag}`)
    .join(' ');
  const cls = dict.freq(wrong) > 0 ? 'entry' : tok.end - tok.start === 1 ? 'lone' : tok.start >= at && tok.end <= at + f.found.length ? 'rare-token' : 'in-longer';
  const hit = slips(a, dict).find((s) => s.start <= pos && pos < s.start + s.word.length);
  const hitFix = hit ? a.text.slice(0, hit.start) + hit.word + a.text.slice(hit.start + hit.word.length) : '';
  const rightHit = hit && hitFix.slice(at, at + right.length) === right;
  const today = checkText(f.text, { script: f.script, words }).some((x) => x.location.offset <= pos && pos < x.location.offset + x.location.length);
  return [
    `${f.found}→${f.expected}`,
    f.script,
    cls,
    change,
    String(right.length),
    String(dict.freq(right)),
    String(dict.freq(wrong)),
    cut,
    hit ? `${rightHit ? 'right' : 'other'}:${hit.word}:${hit.kind}:${hit.gain.toFixed(1)}:f${hit.freq}` : 'no-hit',
    today ? 'caught-today' : 'missed-today',
  ];
}
