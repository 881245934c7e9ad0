// Dev-time helper: the homophone faults of TRAIN check sets the word layer misses (or all of them),
// each with its span in the sentence; tools/diag-homophones.ts and tools/diag-homophone-report-reach.ts
// read them. Sets kept unseen (bench/unseen.json) are refused: their faults are no material to read.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkText } from '../shared/check';
import type { WordLayer } from '../shared/check/words';
import type { Fault } from '../bench/check-scoring';
import { unseenSets } from './unseen-sets';

const ROOT = join(import.meta.dirname, '..');

export interface HomophoneFault {
  set: string;
  f: Fault;
  start: number;
  end: number;
}

export function homophoneFaults(sets: readonly string[], layer: WordLayer, withCaught = false): HomophoneFault[] {
  const unseen = unseenSets();
  for (const s of sets) if (unseen.has(s)) throw new Error(`${s} is kept unseen (bench/unseen.json)`);
  const out: HomophoneFault[] = [];
  for (const s of sets) {
    const set = JSON.parse(readFileSync(join(ROOT, 'bench', s, 'sentences.json'), 'utf8')) as { faults: Fault[] };
    for (const f of set.faults) {
      if (f.kind !== 'homophone') continue;
      const at = f.at ?? f.found;
      const start = f.text.indexOf(at) + at.indexOf(f.found);
      const end = start + f.found.length;
      const caught = checkText(f.text, { script: f.script, words: layer }).some((d) => d.location.offset < end && d.location.offset + d.location.length > start);
      if (!caught || withCaught) out.push({ set: s, f, start, end });
    }
  }
  return out;
}
