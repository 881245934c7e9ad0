import { execFileSync } from 'node:child_process';
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

/** The topic counts bench/export.ts settles on for its 20- and 100-page targets; `only` filters by page target. */
export function benchTargets(only?: readonly number[]): (readonly [target: number, topics: number])[] {
  const all = [
    [20, 6],
    [100, 34],
  ] as const;
  return all.filter(([target]) => !only || only.includes(target));
}

/** "load average: …" from uptime: every figure taken on the shared machine says how busy it was. */
export const loadAverage = () =>
  execFileSync('uptime')
    .toString()
    .trim()
    .replace(/.*load average/, 'load average');
