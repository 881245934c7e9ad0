/**
 * Where an import spends its time: each step of the pipeline in shared/importer/index.ts timed
 * on its own, on the 5,000-character article of bench/importer.ts and on every held-out report
 * (median of 20 runs per step after one warm-up). Names the slowest step. Timings on this shared
 * machine are taken under load: read them with the load average printed beside them.
 *   npx tsx bench/import-steps.ts
 */
import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { buildDraft, guessKind } from '../shared/importer/build';
import { removeFurniture, removeInlineFurniture } from '../shared/importer/cleanup/furniture';
import { normalisePunctuation, normaliseWhitespace, removeControlChars } from '../shared/importer/cleanup/punctuation';
import { removeRuby } from '../shared/importer/cleanup/ruby';
import { withImportMemo } from '../shared/importer/memo';
import { flagDamage } from '../shared/importer/damage';
import { recognise } from '../shared/importer/recognise';
import { detectScript } from '../shared/importer/script';
import { findPublishedDate } from '../shared/importer/structure/dates';
import { readHeader } from '../shared/importer/structure/header';
import { recogniseSections } from '../shared/importer/structure/sections';
import { findTitleLine } from '../shared/importer/structure/title';
import { TrackedText } from '../shared/importer/tracked-text';
import { figure } from './figures';
import { seedArticle } from './seed-article';

const here = import.meta.dirname;
const texts: string[] = [];
for (const dir of ['heldout', 'heldout/b', 'heldout-2', 'heldout-3', 'heldout-4', 'heldout-5', 'heldout-6', 'heldout-7', 'heldout-8', 'heldout-9']) {
  for (const f of readdirSync(join(here, dir)).filter((n) => /^\d+\.txt$/.test(n))) texts.push(readFileSync(join(here, dir, f), 'utf8'));
}
// The same 5,000-character article as bench/importer.ts.
const article = seedArticle(5000);

type State = { paragraphs: string[]; title: string; r?: ReturnType<typeof recognise> };
type Step = [string, (t: TrackedText, s: State) => void];
const now = new Date('2026-03-05T00:00:00Z');
const STEPS: Step[] = [
  ['control chars', (t) => removeControlChars(t)],
  ['furniture (patterns + line score)', (t) => removeFurniture(t)],
  ['ruby pinyin', (t) => removeRuby(t)],
  ['inline furniture', (t) => removeInlineFurniture(t)],
  ['punctuation', (t) => normalisePunctuation(t)],
  ['whitespace', (t) => normaliseWhitespace(t)],
  ['damage flags', (t) => void flagDamage(t)],
  ['script detection', (t) => void detectScript(t.text)],
  [
    'title line',
    (t, s) => {
      const ls = t.text
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
      const i = findTitleLine(ls);
      s.title = i >= 0 ? ls[i]! : '';
      s.paragraphs = ls.filter((_, j) => j !== i);
    },
  ],
  // Parts of the recognise step below, timed apart: reported, not added to the total.
  // Each in a memory of its own (nested withImportMemo), so what they read is not remembered for recognise.
  ['  of which: opening header (chair, people)', (_t, s) => void withImportMemo(() => readHeader(s.paragraphs[0] ?? ''))],
  ['  of which: sections (leads, items)', (_t, s) => void withImportMemo(() => recogniseSections(s.paragraphs, []))],
  [
    'recognise (dates, header, people, leads, items)',
    (_t, s) => {
      s.r = recognise(s.paragraphs, { published: findPublishedDate(''), now, script: 'hans', title: s.title });
    },
  ],
  ['build draft (ids, limits, Briefing schema parse)', (_t, s) => void buildDraft(s.r!, s.title, 'hans', guessKind(s.title, false), now)],
];

// Within one import's memory, as importText runs its steps (shared/importer/memo.ts).
function runOnce(text: string, acc: number[]): void {
  withImportMemo(() => {
    const t = new TrackedText(text.replace(/\r\n?/g, '\n'));
    const state: State = { paragraphs: [], title: '' };
    STEPS.forEach(([, fn], i) => {
      const t0 = performance.now();
      fn(t, state);
      acc[i]! += performance.now() - t0;
    });
  });
}

function profile(label: string, inputs: string[]): void {
  runOnce(
    inputs[0]!,
    STEPS.map(() => 0),
  ); // warm-up: regex compilation, the segmenter if needed
  const runs: number[][] = [];
  for (let r = 0; r < 20; r++) {
    const acc = STEPS.map(() => 0);
    for (const text of inputs) runOnce(text, acc);
    runs.push(acc);
  }
  const med = STEPS.map((_, i) => runs.map((a) => a[i]!).sort((a, b) => a - b)[10]!);
  const counted = (i: number) => !STEPS[i]![0].startsWith('  of which');
  const total = med.reduce((a, b, i) => a + (counted(i) ? b : 0), 0);
  console.log(`\n${label} (median of 20, load average ${loadavg()[0]!.toFixed(1)}):`);
  STEPS.forEach(([name], i) => console.log(`  ${name.padEnd(50)} ${med[i]!.toFixed(2).padStart(8)} ms  ${((100 * med[i]!) / total).toFixed(0).padStart(3)} %`));
  const slowest = med.indexOf(Math.max(...med.filter((_, i) => counted(i))));
  console.log(`  slowest: ${STEPS[slowest]![0]} (${((100 * med[slowest]!) / total).toFixed(0)} % of ${total.toFixed(2)} ms)`);
  figure(`${label}: slowest step ${STEPS[slowest]![0]}`, med[slowest]!, 'ms');
  figure(`${label}: all steps`, total, 'ms');
}

profile('5,000-character article', [article]);
profile(`all ${texts.length} held-out reports`, texts);
