/**
 * How the TRAIN keys treat a paragraph with no lead (round 22, import-28a): for every paragraph after
 * the opening that leads.ts reads no lead in, whether the importer opens a section there and whether
 * the key does (a key lead that starts the paragraph). Prints the cross table, per batch with
 * `--sets`, and each paragraph with `-v`. Sets listed in bench/unseen.json are never read.
 *   npx tsx bench/leadless-keys.ts [-v] [--sets]
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importText } from '../shared/importer';
import { leadAt } from '../shared/importer/structure/leads';
import { unseenSets } from '../tools/unseen-sets';
import { NOW, norm, type Expected } from './score-importer';

const root = import.meta.dirname;
const unseen = unseenSets();
const sets = readdirSync(root)
  .filter((d) => /^(?:heldout(?:-\d+)?|import-train-1)$/u.test(d) && !unseen.has(d))
  .flatMap((d) => (existsSync(join(root, d, 'b', 'index.json')) ? [d, `${d}/b`] : [d]));
const verbose = process.argv.includes('-v');
const perSet = process.argv.includes('--sets');
const PINYIN = /\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/g;

const total: Record<string, number> = {};
for (const set of sets) {
  const tally: Record<string, number> = {};
  const index = JSON.parse(readFileSync(join(root, set, 'index.json'), 'utf8')) as { file: string; expected: Expected }[];
  for (const e of index) {
    const r = importText(readFileSync(join(root, set, e.file), 'utf8'), { now: NOW });
    const ours = r.draft.sections.filter((s, i) => !(i === 0 && s.kind === 'text' && s.lead === ''));
    const keys = e.expected.sections.map((k) => norm(k.lead_phrase.replace(PINYIN, ''))).filter((k) => k !== '');
    for (const s of ours) {
      const units = [...(!s.lead && s.kind === 'text' && !s.heading && s.paragraphs[0] ? [{ p: s.paragraphs[0], own: true }] : []), ...s.paragraphs.slice(1).map((p) => ({ p, own: false }))];
      for (const u of units) {
        if (leadAt(u.p, 0, 'paragraph', [])) continue;
        const keyOwn = keys.some((k) => norm(u.p).startsWith(k));
        const cell = `ours ${u.own ? 'own' : 'merged'} / key ${keyOwn ? 'own' : 'merged'}`;
        tally[cell] = (tally[cell] ?? 0) + 1;
        total[cell] = (total[cell] ?? 0) + 1;
        if (verbose) console.log(`${set}/${e.file} [${cell}] ${u.p.slice(0, 40)}`);
      }
    }
  }
  if (perSet) console.log(set.padEnd(16), JSON.stringify(tally));
}
console.log('all', JSON.stringify(total));
