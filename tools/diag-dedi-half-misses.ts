// Dev-time: the de-di faults of one half of TRAIN the checker misses, each with jieba's tokens.
//   npx tsx tools/diag-dedi-half-misses.ts [--half=even|odd] [--clean]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkText } from '../shared/check';
import { wordLayer } from '../electron/services/check/segmenter';
import { analyse } from '../shared/check/words/analyse';
import { jiebaSegmenter } from '../electron/services/check/segmenter';
import { scoreSet, type CheckSet } from '../bench/check-scoring';
import { keyedCheckSets, parityOf } from './keyed-check-sets';

const BENCH = join(import.meta.dirname, '..', 'bench');
const words = wordLayer();
const half = (process.argv.find((a) => a.startsWith('--half=')) ?? '--half=even').slice(7);
for (const d of keyedCheckSets(BENCH).sort()) {
  if (parityOf(d) !== half) continue;
  const set = JSON.parse(readFileSync(join(BENCH, d, 'sentences.json'), 'utf8')) as CheckSet;
  for (const f of set.faults.filter((x) => x.kind === 'de-di')) {
    const s = scoreSet({ faults: [f], clean: [] }, (text, script) => checkText(text, { script, words }), false);
    if (s.caught) continue;
    const a = analyse(f.text, f.script, jiebaSegmenter);
    console.log(`${d} ${f.found}→${f.expected} at=${f.at ?? ''}\n  ${a ? a.tokens.map((k) => `${k.word}/${k.tag}`).join(' ') : f.text}`);
  }
}
