/**
 * Scores the importer on the held-out set in bench/heldout: twelve meeting reports written for
 * this benchmark (not used while writing the rules' first version), keyed before the importer was
 * run on them. Same per-field table as score-importer.ts; the keys already follow the product
 * glossary (强调 -> requirement, 传达 -> directive), so the strict kind score is the one to read.
 * Keys may also give each item's owner and due, scored as item.owner / item.due.
 *   npx tsx bench/score-heldout.ts [heldout dir]
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { scoreAndPrint, type Case, type Expected } from './score-importer';

const dir = resolve(process.argv[2] ?? join(import.meta.dirname, 'heldout'));
const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as { file: string; expected: Expected }[];
const list: Case[] = index.map((e) => ({ file: e.file, text: readFileSync(join(dir, e.file), 'utf8'), expected: e.expected }));
scoreAndPrint(list);
