/**
 * Scores the proofreader on the held-out sentence set in bench/check-heldout (keyed before the
 * word layer existed; see sentences.json "keyed"). Each fault sentence has one planted wrong word:
 * it counts as caught when a finding covers the wrong word's span, and as fixed when that finding's
 * fix is the expected text. A clean sentence counts as a false error when any finding is an error,
 * and as a false warning when any finding is a warning.
 *   npx tsx bench/score-check.ts [sentences.json]
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkText, type Diagnostic } from '../shared/check';
import type { Script } from '../shared/model';
import { wordLayer } from '../electron/services/check/segmenter';
import { figure } from './figures';

interface Fault {
  kind: string;
  script: Script;
  text: string;
  found: string;
  /** A longer context holding `found` when `found` alone (的) is ambiguous. */
  at?: string;
  expected: string;
}
interface Clean {
  script: Script;
  text: string;
}

const file = resolve(process.argv.slice(2).find((a) => !a.startsWith('--')) ?? join(import.meta.dirname, 'check-heldout', 'sentences.json'));
const set = JSON.parse(readFileSync(file, 'utf8')) as { faults: Fault[]; clean: Clean[] };
const verbose = process.argv.includes('--verbose');
// --chars: the character-level rules only (the checker before the word layer), for the first-run figure.
const words = process.argv.includes('--chars') ? undefined : wordLayer();

function span(f: Fault): [number, number] {
  const at = f.at ?? f.found;
  const start = f.text.indexOf(at) + at.indexOf(f.found);
  return [start, start + f.found.length];
}

const show = (d: Diagnostic): string => `${d.rule}:${d.severity}@${d.location.offset}+${d.location.length}${d.fix ? `→${d.fix.replacement}` : ''}`;

let caught = 0;
let fixed = 0;
const byKind = new Map<string, [number, number]>();
for (const f of set.faults) {
  const [a, b] = span(f);
  const ds = checkText(f.text, { script: f.script, words });
  const hit = ds.filter((d) => d.location.offset < b && d.location.offset + d.location.length > a);
  const ok = hit.length > 0;
  const good = hit.some(
    (d) => d.fix && f.text.slice(0, d.location.offset) + d.fix.replacement + f.text.slice(d.location.offset + d.location.length) === f.text.slice(0, a) + f.expected + f.text.slice(b),
  );
  caught += ok ? 1 : 0;
  fixed += good ? 1 : 0;
  const k = byKind.get(f.kind) ?? [0, 0];
  byKind.set(f.kind, [k[0] + (ok ? 1 : 0), k[1] + 1]);
  if (verbose || !ok) console.log(`${ok ? 'caught' : 'MISSED'} ${f.kind} ${f.found}→${f.expected} ${ds.map(show).join(' ')}`);
}
let falseErrors = 0;
let falseWarnings = 0;
for (const c of set.clean) {
  const ds = checkText(c.text, { script: c.script, words });
  if (ds.some((d) => d.severity === 'error')) falseErrors++;
  if (ds.some((d) => d.severity === 'warning')) falseWarnings++;
  if (ds.length) console.log(`FALSE ${c.script} ${c.text} ${ds.map(show).join(' ')}`);
}
const hantClean = set.clean.filter((c) => c.script === 'hant').length;
console.log(`faults caught ${caught}/${set.faults.length} (fix right ${fixed}); by kind ${[...byKind].map(([k, [x, n]]) => `${k} ${x}/${n}`).join(', ')}`);
console.log(`clean sentences: ${falseErrors}/${set.clean.length} with a false error, ${falseWarnings} with a false warning (${hantClean} Traditional)`);
figure('check held-out faults caught', caught, `of ${set.faults.length}`);
figure('check held-out clean with false error', falseErrors, `of ${set.clean.length}`);
