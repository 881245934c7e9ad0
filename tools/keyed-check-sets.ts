// The keyed check sets as the dev-time diagnostic tools read them (diag-homophone-adjacency,
// diag-homophone-sentence, diag-slip-misses): which sets, their faults, and the half a set falls in.
// One place, so that every tool skips the same held-out sets and splits the same halves.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { unseenSets } from './unseen-sets';

/** A fault of a keyed check set (bench/check-*\/sentences.json), as the tools read it. */
export interface KeyedFault {
  kind: string;
  script: 'hans' | 'hant';
  text: string;
  found: string;
  expected: string;
}

/** Every bench/check-* folder with keyed sentences, never one listed in bench/unseen.json. */
export function keyedCheckSets(bench: string): string[] {
  const unseen = unseenSets();
  return readdirSync(bench).filter((d) => /^check-/.test(d) && !unseen.has(d) && existsSync(join(bench, d, 'sentences.json')));
}

/** The half a check set falls in by its trailing number (none = 1): odd sets tune, even report. */
export function parityOf(set: string): 'odd' | 'even' {
  return Number(/-(\d+)$/.exec(set)?.[1] ?? 1) % 2 === 1 ? 'odd' : 'even';
}
