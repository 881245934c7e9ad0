// Dev-time measurement (round 30, check-52c): the de-di faults of every TRAIN keyed check set
// (never a set in bench/unseen.json) the checker catches today, by the rules of
// bench/check-scoring.ts, and the clean sentences of those sets it flags (any rule, errors and
// warnings apart; WRD-05 alone apart again). One process instead of a loop of score-check runs.
//   npx tsx tools/diag-dedi-train.ts [--list]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkText } from '../shared/check';
import { wordLayer } from '../electron/services/check/segmenter';
import { scoreSet, type CheckSet } from '../bench/check-scoring';
import { keyedCheckSets } from './keyed-check-sets';

const BENCH = join(import.meta.dirname, '..', 'bench');
const words = wordLayer();
const list = process.argv.includes('--list');
let caught = 0;
let total = 0;
let clean = 0;
let falseErrors = 0;
let falseWarnings = 0;
let wrdClean = 0;
const perSet: string[] = [];
for (const d of keyedCheckSets(BENCH).sort()) {
  const set = JSON.parse(readFileSync(join(BENCH, d, 'sentences.json'), 'utf8')) as CheckSet;
  const dedi: CheckSet = { ...set, faults: set.faults.filter((f) => f.kind === 'de-di') };
  const s = scoreSet(dedi, (text, script) => checkText(text, { script, words }), false);
  caught += s.caught;
  total += dedi.faults.length;
  clean += set.clean.length;
  falseErrors += s.falseErrors;
  falseWarnings += s.falseWarnings;
  for (const c of set.clean) {
    const ds = checkText(c.text, { script: c.script, words }).filter((x) => x.rule === 'WRD-05');
    if (ds.length) {
      wrdClean++;
      if (list) console.log(`WRD-05 on clean ${d} ${c.text} ${ds.map((x) => `${x.severity}@${x.location.offset}→${x.fix?.replacement}`).join(' ')}`);
    }
  }
  if (list) for (const l of s.lines) if (l.startsWith('MISSED')) console.log(`${d} ${l}`);
  perSet.push(`${d} ${s.caught}/${dedi.faults.length}`);
}
console.log(perSet.join(', '));
console.log(`TRAIN de-di caught ${caught}/${total}`);
console.log(`clean TRAIN keyed sentences ${clean}: ${falseErrors} with a false error, ${falseWarnings} with a false warning; ${wrdClean} with WRD-05`);
