/**
 * A person's reading of a proofreading held-out set, scored by the checker's own rules
 * (bench/check-scoring.ts): how many planted faults a careful reader finds, and what the reader
 * calls wrong in the sentences keyed clean. The reader saw the set's sentences shuffled, without
 * the key, and gave each wrong word as written with its correction and whether any careful reader
 * would agree (sure → error, unsure → warning). That is the figure the checker's catch rate is read
 * against: a fault a careful reader does not call wrong, or a clean sentence a reader does, is a
 * question of the key, not of the checker.
 *   npx tsx bench/score-reader.ts bench/check-heldout-18 [reader.json]
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { scoreSet, summary, type CheckSet, type Finding } from './check-scoring';
import { figure } from './figures';

export interface Reading {
  text: string;
  findings: { found: string; expected: string; sure: boolean }[];
}

/** A reader's findings in one sentence as the scorer's findings (first occurrence of each `found`). */
export function readerFindings(readings: readonly Reading[], text: string): Finding[] {
  const r = readings.find((x) => x.text === text);
  if (!r) throw new Error(`the reader did not read: ${text}`);
  return r.findings.map((f) => {
    const offset = text.indexOf(f.found);
    if (offset < 0) throw new Error(`"${f.found}" is not in: ${text}`);
    return { rule: 'reader', severity: f.sure ? 'error' : 'warning', location: { offset, length: f.found.length }, fix: { replacement: f.expected } };
  });
}

function main(): void {
  const dir = resolve(process.argv[2] ?? '');
  const set = JSON.parse(readFileSync(join(dir, 'sentences.json'), 'utf8')) as CheckSet;
  const readings = JSON.parse(readFileSync(join(dir, process.argv[3] ?? 'reader.json'), 'utf8')) as { reader: string; readings: Reading[] };
  const score = scoreSet(set, (text) => readerFindings(readings.readings, text), process.argv.includes('--verbose'));
  console.log(`reader: ${readings.reader}`);
  for (const line of [...score.lines, ...summary(set, score)]) console.log(line);
  figure('reader: held-out faults found', score.caught, `of ${set.faults.length}`);
  figure('reader: clean sentences called wrong (sure)', score.falseErrors, `of ${set.clean.length}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
