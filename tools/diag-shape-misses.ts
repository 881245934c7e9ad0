/**
 * The misspellings of the keyed TRAIN check sets (one half) that today's checker misses, with the
 * look-alike tables that hold (or do not hold) the changed pair. VALIDATION sets are never read.
 *   npx tsx tools/diag-shape-misses.ts [--half even|odd]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { jiebaDictionary, jiebaSegmenter, wordLayer } from '../electron/services/check/segmenter';
import { checkText } from '../shared/check';
import { analyse } from '../shared/check/words/analyse';
import { hantLookAlikesOf, lookAlike } from '../shared/check/words/shape';
import { hantSeriesPartnersOf, kinPartnersOf, rareKinOf, seriesAlike } from '../shared/check/words/series';
import { slips } from '../shared/check/words/slip';
import { converter } from '../shared/script/converter';
import { changedCharacter, keyedCheckSets, parityOf, type KeyedFault } from './keyed-check-sets';

const BENCH = join(import.meta.dirname, '..', 'bench');
const i = process.argv.indexOf('--half');
const half = i === -1 ? 'even' : process.argv[i + 1];
const dict = jiebaDictionary();
const words = wordLayer();
const toHans = converter('t', 'cn');
for (const set of keyedCheckSets(BENCH).filter((d) => parityOf(d) === half)) {
  const faults = (JSON.parse(readFileSync(join(BENCH, set, 'sentences.json'), 'utf8')) as { faults: KeyedFault[] }).faults;
  for (const f of faults) {
    if (f.kind !== 'misspelling') continue;
    const { at, pos, k, wrong, right, w, r } = changedCharacter(f, toHans);
    const ds = checkText(f.text, { script: f.script, words });
    if (ds.some((d) => d.location.offset < at + f.found.length && d.location.offset + d.location.length > at)) continue;
    const a = analyse(f.text, f.script, jiebaSegmenter)!;
    const tables = [
      lookAlike(w, r) && 'shape',
      seriesAlike(w, r) && 'series',
      kinPartnersOf(w).includes(r) && 'kin',
      rareKinOf(w).includes(r) && 'rareKin',
      f.script === 'hant' && hantLookAlikesOf(f.found[k]!).includes(r) && 'hantShape',
      f.script === 'hant' && hantSeriesPartnersOf(f.found[k]!).includes(r) && 'hantSeries',
    ].filter(Boolean);
    const sound = dict.sameSound(w, r);
    const tok = a.tokens.find((t) => t.start <= pos && pos < t.end)!;
    const cut = a.tokens
      .filter((t) => t.end > at - 2 && t.start < at + f.found.length + 2)
      .map((t) => `${t.word}/${t.tag}`)
      .join(' ');
    const hit = slips(a, dict).find((s) => s.start <= pos && pos < s.start + s.word.length);
    console.log(
      [
        set,
        `${f.found}→${f.expected}`,
        f.script,
        `${f.found[k]}/${f.expected[k]}`,
        sound ? 'sound' : '-',
        tables.join(',') || 'NONE',
        tok.end - tok.start === 1 ? 'lone' : 'inword',
        `fR=${dict.freq(right)} fW=${dict.freq(wrong)} fw=${dict.freq(w)} fr=${dict.freq(r)}`,
        cut,
        hit ? `${hit.word}:${hit.kind}:${hit.gain.toFixed(1)}:f${hit.freq}${hit.rare ? ':rare' : ''}${hit.kin ? ':kin' : ''}` : 'no-hit',
      ].join('\t'),
    );
  }
}
