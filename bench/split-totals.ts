/**
 * Totals of a round's split (bench/ROUNDS.md): the importer or the checker over TRAIN — every keyed
 * set bench/unseen.json does not list — or over VALIDATION, the sets it lists. Branches tune on one
 * half of TRAIN and judge on the other half and on VALIDATION's totals, so VALIDATION never prints
 * more than a line per set: `--show` (every miss) is refused with `--validation`.
 *   npx tsx bench/split-totals.ts importer|checker [--show] [--half=even|odd] [--sets=a,b] [--validation]
 * --half: sets whose number is even or odd (bench/heldout and heldout/b count as odd).
 * --sets: only these folders (of the chosen side of the split); once a round's TEST sets land, unseen.json
 * lists them too, so main reads VALIDATION with --sets=heldout-104,….
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkText } from '../shared/check';
import type { Script } from '../shared/model';
import { wordLayer } from '../electron/services/check/segmenter';
import { scoreSet, type CheckSet } from './check-scoring';
import { overall, scoreAndPrint, type Case, type Expected } from './score-importer';

const here = import.meta.dirname;
const args = process.argv.slice(2);
const what = args[0];
const option = (name: string): string | undefined => args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const show = args.includes('--show');
const validation = args.includes('--validation');
const only = option('sets')?.split(',');
const half = option('half');

if ((what !== 'importer' && what !== 'checker') || (half !== undefined && half !== 'even' && half !== 'odd')) {
  console.error('usage: npx tsx bench/split-totals.ts importer|checker [--show] [--half=even|odd] [--sets=a,b] [--validation]');
  process.exit(2);
}
if (show && validation) {
  console.error('--show prints every miss; VALIDATION gives totals only');
  process.exit(2);
}

const unseen = new Set((JSON.parse(readFileSync(join(here, 'unseen.json'), 'utf8')) as { sets: string[] }).sets);
const folder = what === 'importer' ? /^(heldout(-\d+)?|import-train-\d+)$/ : /^check-(heldout(-\d+)?|train-\d+|dedi(-\d+)?)$/;
const keyFile = what === 'importer' ? 'index.json' : 'sentences.json';
const names = readdirSync(here).filter((d) => folder.test(d));
if (what === 'importer' && names.includes('heldout')) names.push('heldout/b');
const number = (d: string): number => Number(/(\d+)$/.exec(d)?.[1] ?? 1);
const sets = names
  .filter((d) => existsSync(join(here, d, keyFile)) && unseen.has(d) === validation)
  .filter((d) => !only || only.includes(d))
  .filter((d) => !half || (number(d) % 2 === 0) === (half === 'even'))
  .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
const side = `${validation ? 'VALIDATION' : 'TRAIN'}${half ? ` (${half})` : ''}`;

function importer(): void {
  let ok = 0;
  let n = 0;
  const print = console.log;
  for (const d of sets) {
    const index = JSON.parse(readFileSync(join(here, d, 'index.json'), 'utf8')) as { file: string; expected: Expected }[];
    const list: Case[] = index.map((e) => ({ file: e.file, text: readFileSync(join(here, d, e.file), 'utf8'), expected: e.expected }));
    // scoreAndPrint prints a table per set; only its miss lines are wanted here, and only with --show.
    const lines: string[] = [];
    console.log = (...parts: unknown[]): void => void lines.push(parts.join(' '));
    const tally = (() => {
      try {
        return scoreAndPrint(list);
      } finally {
        console.log = print;
      }
    })();
    const o = overall(tally);
    ok += o.ok;
    n += o.n;
    print(`${d.padEnd(18)} ${String(o.ok).padStart(5)} / ${String(o.n).padEnd(5)} ${((100 * o.ok) / o.n).toFixed(1)}%`);
    if (!show) continue;
    const end = lines.findIndex((l) => l.startsWith('\nfield'));
    for (const l of lines.slice(0, end < 0 ? lines.length : end)) if (!l.endsWith('all fields right')) print(`  ${d}/${l.trim()}`);
  }
  console.log(`TOTAL ${side}: ${ok} / ${n} ${((100 * ok) / n).toFixed(2)}%`);
}

function checker(): void {
  const words = wordLayer();
  let caught = 0;
  let faults = 0;
  let falseErrors = 0;
  let falseWarnings = 0;
  const kinds = new Map<string, [number, number]>();
  for (const d of sets) {
    const set = JSON.parse(readFileSync(join(here, d, 'sentences.json'), 'utf8')) as CheckSet;
    const s = scoreSet(set, (text: string, script: Script) => checkText(text, { script, words }));
    caught += s.caught;
    faults += set.faults.length;
    falseErrors += s.falseErrors;
    falseWarnings += s.falseWarnings;
    for (const [kind, [a, b]] of s.byKind) {
      const t = kinds.get(kind) ?? [0, 0];
      kinds.set(kind, [t[0] + a, t[1] + b]);
    }
    console.log(`${d.padEnd(20)} ${s.caught}/${set.faults.length} FE ${s.falseErrors} FW ${s.falseWarnings}`);
    if (show) for (const l of s.lines) console.log(`  ${d}: ${l}`);
  }
  const byKind = [...kinds].map(([k, [a, b]]) => `${k} ${a}/${b}`).join(', ');
  console.log(`TOTAL ${side}: ${caught}/${faults}, false errors ${falseErrors}, false warnings ${falseWarnings}; ${byKind}`);
}

if (what === 'importer') importer();
else checker();
