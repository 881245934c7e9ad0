// Dev-time measurement (round 26, check-36b): the de-di faults the TRAIN check sets' first runs
// missed (first-run.txt, else main-run.txt), against what today's checker still misses, per set and
// direction. A first run's MISSED line names only the direction, not the sentence, so what is
// recovered is counted as a lower bound: first-run misses of that direction in that set, less the
// faults of that direction today's checker misses there (caught needs the right fix). The
// leave-one-batch-out view of a reading is the number of sets whose blind misses it recovers,
// since none of its data comes from them. Sets in bench/unseen.json are skipped.
//   npx tsx tools/diag-dedi-firstrun.ts [--list]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkText } from '../shared/check';
import { wordLayer } from '../electron/services/check/segmenter';
import { unseenSets } from './unseen-sets';

const words = wordLayer();
const unseen = unseenSets();
const BENCH = join(import.meta.dirname, '..', 'bench');
const sets = readdirSync(BENCH)
  .filter((d) => /^check-(heldout(-\d+)?|train-\d+|dedi(-\d+)?)$/.test(d) && !unseen.has(d) && existsSync(join(BENCH, d, 'sentences.json')))
  .sort();
type F = { kind: string; script: 'hans' | 'hant'; text: string; found: string; at?: string; expected: string };
const list = process.argv.includes('--list');
const byDir = new Map<string, { missed: number; still: number; recovered: number; sets: Set<string> }>();
for (const d of sets) {
  const set = JSON.parse(readFileSync(join(BENCH, d, 'sentences.json'), 'utf8')) as { faults: F[] };
  const run = ['first-run.txt', 'main-run.txt'].map((n) => join(BENCH, d, n)).find((p) => existsSync(p));
  if (!run) continue;
  const firstMissed = new Map<string, number>();
  for (const line of readFileSync(run, 'utf8').split('\n')) {
    const m = /^MISSED de-di (\S+?)→(\S+)/.exec(line);
    if (m) firstMissed.set(`${m[1]}→${m[2]}`, (firstMissed.get(`${m[1]}→${m[2]}`) ?? 0) + 1);
  }
  const stillMissed = new Map<string, number>();
  for (const f of set.faults) {
    if (f.kind !== 'de-di') continue;
    const at = f.at ?? f.found;
    const start = f.text.indexOf(at) + at.indexOf(f.found);
    const hit = checkText(f.text, { script: f.script, words }).find((x) => x.rule === 'WRD-05' && x.location.offset === start);
    if (hit && hit.fix?.replacement === f.expected) continue;
    const key = `${f.found}→${f.expected}`;
    stillMissed.set(key, (stillMissed.get(key) ?? 0) + 1);
    if (list) console.log(`still missed ${d} ${key} [${at}] ${f.text}${hit ? ` (fix ${hit.fix?.replacement})` : ''}`);
  }
  for (const [key, missed] of firstMissed) {
    const e = byDir.get(key) ?? { missed: 0, still: 0, recovered: 0, sets: new Set<string>() };
    byDir.set(key, e);
    const still = Math.min(missed, stillMissed.get(key) ?? 0);
    e.missed += missed;
    e.still += still;
    e.recovered += missed - still;
    if (missed > still) e.sets.add(d);
  }
}
console.log('| written→right | first-run misses | recovered today (at least) | in sets |');
for (const [k, e] of [...byDir].sort()) console.log(`| ${k} | ${e.missed} | ${e.recovered} | ${e.sets.size} |`);
const all = [...byDir.values()];
console.log(`all: ${all.reduce((a, e) => a + e.recovered, 0)} of ${all.reduce((a, e) => a + e.missed, 0)} first-run misses recovered, in ${new Set(all.flatMap((e) => [...e.sets])).size} sets`);
