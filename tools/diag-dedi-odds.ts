// Dev-time measurement (round 25, check-34a): the leave-one-batch-out view of de-di-odds.ts on the
// keyed TRAIN sets. The reading's table comes from sunpinyin alone (no TRAIN text), so leaving a
// batch out changes nothing: the view is how many of the de-di faults each TRAIN set's first run
// missed (first-run.txt, else main-run.txt; faults matched in order as tools/diag-out-of-reach.ts
// does) the odds reading alone reads as 的, and in how many sets. Sets in bench/unseen.json skipped.
//   npx tsx tools/diag-dedi-odds.ts
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { jiebaDictionary, jiebaSegmenter, wordLayer } from '../electron/services/check/segmenter';
import { analyse } from '../shared/check/words/analyse';
import { deByOdds } from '../shared/check/words/de-di-odds';
import { unseenSets } from './unseen-sets';
wordLayer();
const dict = jiebaDictionary();
const unseen = unseenSets();
const BENCH = join(import.meta.dirname, '..', 'bench');
const sets = readdirSync(BENCH).filter((d) => /^check-(heldout(-\d+)?|train-\d+|dedi)$/.test(d) && !unseen.has(d) && existsSync(join(BENCH, d, 'sentences.json')));
type F = { kind: string; script: 'hans' | 'hant'; text: string; found: string; at?: string; expected: string };
let misses = 0;
const byDir = new Map<string, number>();
const hit: string[] = [];
let allDedi = 0;
const allHit = new Map<string, number>();
for (const d of sets) {
  const set = JSON.parse(readFileSync(join(BENCH, d, 'sentences.json'), 'utf8')) as { faults: F[] };
  const reads = (f: F): boolean => {
    const at = f.at ?? f.found;
    const start = f.text.indexOf(at) + at.indexOf(f.found);
    const a = analyse(f.text, f.script, jiebaSegmenter);
    if (!a) return false;
    const i = a.tokens.findIndex((k) => k.start === start && k.end === start + 1);
    return i > 0 && f.expected === '的' && !!deByOdds(a.tokens, i, dict);
  };
  for (const f of set.faults)
    if (f.kind === 'de-di') {
      allDedi++;
      if (reads(f)) allHit.set(d, (allHit.get(d) ?? 0) + 1);
    }
  const run = ['first-run.txt', 'main-run.txt'].map((n) => join(BENCH, d, n)).find((p) => existsSync(p));
  if (!run) continue;
  let next = 0;
  for (const line of readFileSync(run, 'utf8').split('\n')) {
    const m = /^MISSED (\S+) (\S+?)→(\S+)/.exec(line);
    if (!m) continue;
    const [, kind, found, expected] = m as unknown as string[];
    let j = next;
    while (j < set.faults.length && !(set.faults[j]!.kind === kind && set.faults[j]!.found === found && set.faults[j]!.expected === expected)) j++;
    if (j >= set.faults.length) continue;
    next = j + 1;
    if (kind !== 'de-di') continue;
    misses++;
    const dir = `${found}→${expected}`;
    byDir.set(dir, (byDir.get(dir) ?? 0) + 1);
    if (reads(set.faults[j]!)) hit.push(`${d} ${dir} ${set.faults[j]!.text}`);
  }
}
console.log(`TRAIN sets ${sets.length}; first-run de-di misses ${misses}`, Object.fromEntries(byDir));
console.log(`read by the odds reading alone: ${hit.length}, in ${new Set(hit.map((h) => h.split(' ')[0])).size} sets`);
hit.forEach((h) => console.log('  ' + h));
console.log(`all TRAIN de-di faults ${allDedi}; the odds reading alone reads ${[...allHit.values()].reduce((a, b) => a + b, 0)} in ${allHit.size} sets`);
