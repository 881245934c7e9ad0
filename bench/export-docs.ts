import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Briefing, type Section } from '../shared/model';

const root = path.join(path.dirname(new URL(import.meta.url).pathname), '..');
const seed = Briefing.parse(JSON.parse(readFileSync(path.join(root, 'tests/fixtures/export/minutes-seed-hans.json'), 'utf8')));

/**
 * The export benchmarks' documents: the seed minutes' sections repeated under numbered topics
 * (4 sections print ~4 pages; 6 topics give 19 pages, 34 give 100).
 */
export function documentOf(topics: number): Briefing {
  const doc = structuredClone(seed);
  const body = seed.sections.filter((s) => s.kind !== 'text');
  const sections: Section[] = [seed.sections[0]!];
  for (let t = 0; t < topics; t++) {
    for (const s of body) sections.push({ ...structuredClone(s), id: `${s.id}-${t}`, items: s.items.map((i) => ({ ...i, id: `${i.id}-${t}` })) });
  }
  doc.sections = sections;
  return doc;
}
