/**
 * How a proofreading held-out set is scored, whoever reads it: the checker (bench/score-check.ts)
 * or a person's reading of the same sentences (bench/score-reader.ts). Each fault sentence has one
 * planted wrong word: it counts as caught when a finding covers the wrong word's span, and as fixed
 * when that finding's replacement gives the expected text. A clean sentence counts as a false error
 * when any finding is an error, and as a false warning when any finding is a warning.
 */
import type { Script } from '../shared/model';

export interface Fault {
  kind: string;
  script: Script;
  text: string;
  found: string;
  /** A longer context holding `found` when `found` alone (的) is ambiguous. */
  at?: string;
  expected: string;
}
export interface Clean {
  script: Script;
  text: string;
}
export interface CheckSet {
  faults: Fault[];
  clean: Clean[];
}
/** What the scoring reads of a finding (a Diagnostic has it). */
export interface Finding {
  rule: string;
  severity: string;
  location: { offset: number; length: number };
  fix?: { replacement: string };
}

export interface CheckScore {
  caught: number;
  fixed: number;
  byKind: Map<string, [number, number]>;
  falseErrors: number;
  falseWarnings: number;
  /** One line per missed (or, verbose, every) fault and per clean sentence with a finding. */
  lines: string[];
}

function span(f: Fault): [number, number] {
  const at = f.at ?? f.found;
  const start = f.text.indexOf(at) + at.indexOf(f.found);
  return [start, start + f.found.length];
}

export const showFinding = (d: Finding): string => `${d.rule}:${d.severity}@${d.location.offset}+${d.location.length}${d.fix ? `→${d.fix.replacement}` : ''}`;

export function scoreSet(set: CheckSet, read: (text: string, script: Script) => readonly Finding[], verbose = false): CheckScore {
  const s: CheckScore = { caught: 0, fixed: 0, byKind: new Map(), falseErrors: 0, falseWarnings: 0, lines: [] };
  for (const f of set.faults) {
    const [a, b] = span(f);
    const ds = read(f.text, f.script);
    const hit = ds.filter((d) => d.location.offset < b && d.location.offset + d.location.length > a);
    const ok = hit.length > 0;
    const good = hit.some(
      (d) => d.fix && f.text.slice(0, d.location.offset) + d.fix.replacement + f.text.slice(d.location.offset + d.location.length) === f.text.slice(0, a) + f.expected + f.text.slice(b),
    );
    s.caught += ok ? 1 : 0;
    s.fixed += good ? 1 : 0;
    const k = s.byKind.get(f.kind) ?? [0, 0];
    s.byKind.set(f.kind, [k[0] + (ok ? 1 : 0), k[1] + 1]);
    if (verbose || !ok) s.lines.push(`${ok ? 'caught' : 'MISSED'} ${f.kind} ${f.found}→${f.expected} ${ds.map(showFinding).join(' ')}`);
  }
  for (const c of set.clean) {
    const ds = read(c.text, c.script);
    if (ds.some((d) => d.severity === 'error')) s.falseErrors++;
    if (ds.some((d) => d.severity === 'warning')) s.falseWarnings++;
    if (ds.length) s.lines.push(`FALSE ${c.script} ${c.text} ${ds.map(showFinding).join(' ')}`);
  }
  return s;
}

/** The two summary lines every run file ends with. */
export function summary(set: CheckSet, s: CheckScore): string[] {
  const hantClean = set.clean.filter((c) => c.script === 'hant').length;
  return [
    `faults caught ${s.caught}/${set.faults.length} (fix right ${s.fixed}); by kind ${[...s.byKind].map(([k, [x, n]]) => `${k} ${x}/${n}`).join(', ')}`,
    `clean sentences: ${s.falseErrors}/${set.clean.length} with a false error, ${s.falseWarnings} with a false warning (${hantClean} Traditional)`,
  ];
}
