/**
 * Scores the importer on the held-out set in bench/heldout: twelve meeting reports written for
 * this benchmark (not used while writing the rules' first version), keyed before the importer was
 * run on them. Same per-field table as score-importer.ts; the keys already follow the product
 * glossary (强调 -> requirement, 传达 -> directive), so the strict kind score is the one to read.
 * Keys may also give each item's owner and due, scored as item.owner / item.due.
 * Batches (each with a README saying when it was keyed and what its first run scored):
 * bench/heldout (A), bench/heldout/b, bench/heldout-2 … bench/heldout-17 (7 on keyed by bench/KEYING.md; 13, 14 and
 * 15 with its section 9, 16 and 17 with its section 10); bench/run.ts has a row each.
 * bench/import-train-1 is keyed the same way but is TRAINING material, not held out: tuning may use it,
 * so its figure says nothing about unseen reports (see its README).
 *   npx tsx bench/score-heldout.ts [heldout dir]
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { figure } from './figures';
import { overall, scoreAndPrint, type Case, type Expected } from './score-importer';

const dir = resolve(process.argv[2] ?? join(import.meta.dirname, 'heldout'));
const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as { file: string; expected: Expected }[];
const list: Case[] = index.map((e) => ({ file: e.file, text: readFileSync(join(dir, e.file), 'utf8'), expected: e.expected }));
const tally = scoreAndPrint(list);

// first-run.json: the figure recorded when the batch was first run, before any rule was tuned on
// it; printed beside today's so the flattering figure never stands alone.
const firstRun = join(dir, 'first-run.json');
if (existsSync(firstRun)) {
  const f = JSON.parse(readFileSync(firstRun, 'utf8')) as { overall: number; right?: number; total?: number; commit: string; date: string; note?: string };
  const now = overall(tally);
  console.log(`first run (${f.commit}, ${f.date}): ${f.overall.toFixed(1)}%${f.right ? ` (${f.right}/${f.total})` : ''}; now ${((100 * now.ok) / now.n).toFixed(1)}%${f.note ? `; ${f.note}` : ''}`);
  figure('overall (strict), first run', f.overall, '%');
}
