/**
 * Dev-time measurement (round 49, check-126b): the slip rule's hits on targets under the floors
 * (slip.ts lowCandidates) with their gains, over one half's keyed TRAIN check sets (misspellings,
 * clean sentences) and the real report text of tools/real-text.ts. VALIDATION sets are never read.
 *   npx tsx tools/diag-low-count.ts [--half=even|odd] [--real]
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { jiebaDictionary, jiebaSegmenter } from '../electron/services/check/segmenter';
import { analyse } from '../shared/check/words/analyse';
import { slips } from '../shared/check/words/slip';
import { converter } from '../shared/script/converter';
import { changedCharacter, keyedCheckSets, type KeyedFault } from './keyed-check-sets';
import { realTexts } from './real-text';

const BENCH = join(import.meta.dirname, '..', 'bench');
const half = process.argv.find((a) => a.startsWith('--half='))?.slice(7) ?? 'even';
const dict = jiebaDictionary();
const toHans = converter('t', 'cn');
const low = (text: string, script: 'hans' | 'hant') => {
  const a = analyse(text, script, jiebaSegmenter);
  return a
    ? slips(a, dict)
        .filter((h) => h.low)
        .map((h) => ({ h, a }))
    : [];
};
const show = (tag: string, text: string, x: { h: ReturnType<typeof slips>[number]; a: NonNullable<ReturnType<typeof analyse>> }) =>
  console.log(
    `${tag}\t${x.h.gain.toFixed(2)}\t${x.h.kind}\t${x.a.text.slice(x.h.start, x.h.start + x.h.word.length)}→${x.h.word}\tf${x.h.freq}\t${text.slice(Math.max(0, x.h.start - 8), x.h.start + x.h.word.length + 8)}`,
  );
for (const set of keyedCheckSets(BENCH).sort()) {
  const n = Number(/-(\d+)$/.exec(set)?.[1] ?? 1);
  if ((n % 2 === 0) !== (half === 'even')) continue;
  const data = JSON.parse(readFileSync(join(BENCH, set, 'sentences.json'), 'utf8')) as { faults: KeyedFault[]; clean: { script: 'hans' | 'hant'; text: string }[] };
  for (const f of data.faults) {
    const { at, right } = changedCharacter(f, toHans);
    for (const x of low(f.text, f.script)) {
      const fixed = x.a.text.slice(0, x.h.start) + x.h.word + x.a.text.slice(x.h.start + x.h.word.length);
      const ok = f.kind === 'misspelling' && fixed === x.a.text.slice(0, at) + right + x.a.text.slice(at + right.length);
      show(ok ? 'RIGHT' : `FAULT-${f.kind}`, f.text, x);
    }
  }
  for (const c of data.clean) for (const x of low(c.text, c.script)) show('CLEAN', c.text, x);
}
if (process.argv.includes('--real')) for (const { text, script } of realTexts()) for (const para of text.split(/\n+/)) for (const x of low(para, script)) show('REAL', para, x);
