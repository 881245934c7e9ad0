/**
 * One process, every measure a precision change must hold: each keyed TRAIN check set scored (the
 * sets of tools/keyed-check-sets.ts, VALIDATION never read), the faults caught by kind and the clean
 * sentences flagged (errors and warnings apart), and the word layer's findings on real report text
 * (bench/check-realtext.ts's list). With --out FILE it writes one line per fault, flagged clean
 * sentence and real-text finding, so two runs diff line by line (before/after a change).
 *   npx tsx tools/check-snapshot.ts [--out /tmp/snap.txt]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { wordLayer } from '../electron/services/check/segmenter';
import { checkText } from '../shared/check';
import { scoreSet, type CheckSet } from '../bench/check-scoring';
import { keyedCheckSets } from './keyed-check-sets';
import { realTexts } from './real-text';

const BENCH = join(import.meta.dirname, '..', 'bench');
const outAt = process.argv.indexOf('--out');
const out = outAt === -1 ? undefined : process.argv[outAt + 1];
const words = wordLayer();
const lines: string[] = [];
const byKind = new Map<string, [number, number]>();
let falseErrors = 0;
let falseWarnings = 0;
let clean = 0;

for (const set of keyedCheckSets(BENCH).sort()) {
  const data = JSON.parse(readFileSync(join(BENCH, set, 'sentences.json'), 'utf8')) as CheckSet;
  const s = scoreSet(data, (text, script) => checkText(text, { script, words }), true);
  for (const [k, [x, n]] of s.byKind) {
    const t = byKind.get(k) ?? [0, 0];
    byKind.set(k, [t[0] + x, t[1] + n]);
  }
  falseErrors += s.falseErrors;
  falseWarnings += s.falseWarnings;
  clean += data.clean.length;
  for (const l of s.lines) lines.push(`${set} ${l.replace(/ (\S+):(\S+)@\d+\+\d+/g, ' $1:$2')}`);
}

let real = 0;
for (const { file, text, script } of realTexts()) {
  for (const para of text.split(/\n+/)) {
    for (const d of checkText(para, { script, words }).filter((x) => x.rule.startsWith('WRD'))) {
      real++;
      const s = d.location.offset;
      const around = `${para.slice(Math.max(0, s - 6), s)}[${para.slice(s, s + d.location.length)}→${d.fix?.replacement ?? ''}]${para.slice(s + d.location.length, s + d.location.length + 6)}`;
      lines.push(`REAL ${d.rule}:${d.severity} ${around} ${file.split('/').slice(-2).join('/')}`);
    }
  }
}

const kinds = [...byKind].sort().map(([k, [x, n]]) => `${k} ${x}/${n}`);
const caught = [...byKind.values()].reduce((a, [x]) => a + x, 0);
const total = [...byKind.values()].reduce((a, [, n]) => a + n, 0);
console.log(`TRAIN faults caught ${caught}/${total}; ${kinds.join(', ')}`);
console.log(`TRAIN clean: ${falseErrors}/${clean} with a false error, ${falseWarnings} with a false warning`);
console.log(`real text: ${real} word-layer findings`);
if (out) writeFileSync(out, `${lines.join('\n')}\n`);
