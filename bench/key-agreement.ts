/**
 * How far two keyers agree on the same reports: the ceiling any importer can be measured against.
 * A second keyer keys a batch's texts without seeing its index.json (bench/heldout-N/second-key.json,
 * same format); each key is turned into the result a perfect importer following that keyer would
 * give, and scored against the other key by the very rules bench/score-heldout.ts uses, both ways
 * (first key as the answer, then the second). Where the keyers disagree, a "miss" of the importer
 * may be only a question KEYING.md has not settled.
 *   npx tsx bench/key-agreement.ts bench/heldout-20 [second-key.json]
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { figure } from './figures';
import { KIND, norm, overall, scoreAndPrint, type Case, type Expected, type Scored } from './score-importer';

interface Keyed {
  file: string;
  expected: Expected;
}

/** Pinyin glosses as the keys quote them (會議(huì yì)): never part of a clean draft. */
const PINYIN = /\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü ]+\)|[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ]/g;

/**
 * The draft a keyer's key describes. Sections carry only their lead (all the matcher reads); the
 * last one also carries the text with that keyer's noise lines and inline bits taken out, so the
 * other key's noise checks see what this keyer would have left in.
 */
export function keyAsResult(text: string, e: Expected): Scored {
  // Keys quote noise after width normalisation (the scorer compares so), and so is the text here.
  let clean = text.split('\n').map(norm).join('\n');
  for (const line of [...e.noise_lines, ...(e.noise_inline_exact ?? [])]) clean = clean.split(norm(line)).join('');
  clean = clean.replace(PINYIN, '');
  // A draft's sections never hold its title line; the scorer's noise check reads the sections for a
  // line's first 12 characters, so a noise line that repeats the title must not be found there.
  const head = norm(e.title).slice(0, 12);
  const body =
    e.title.startsWith('unknown') || !head
      ? clean
      : clean
          .split('\n')
          .filter((l) => !l.trim().startsWith(head))
          .join('\n');
  const sections = e.sections.map((s, i) => ({
    kind: KIND[s.kind] ?? s.kind,
    lead: s.lead_phrase.replace(PINYIN, ''),
    heading: '',
    paragraphs: i === e.sections.length - 1 ? [s.lead_phrase.replace(PINYIN, ''), body] : [s.lead_phrase.replace(PINYIN, '')],
    items: s.items ?? Array.from({ length: s.item_count ?? 0 }, () => ({ owner: '', due: '' })),
  }));
  const people = (role: (r: string) => boolean) => e.attendees_if_given.filter((p) => role(p.role)).map((p) => ({ name: p.name, title: p.title ?? '' }));
  return {
    text: clean,
    recognized: { dateText: e.date_if_given.startsWith('unknown') ? '' : e.date_if_given },
    draft: {
      title: e.title.startsWith('unknown') ? '' : e.title,
      meeting: {
        name: e.meeting_name,
        chair: { name: e.chair_name, title: e.chair_title },
        attendees: people((r) => !r.startsWith('列席')),
        observers: people((r) => r.startsWith('列席')),
      },
      sections,
    },
  };
}

function main(): void {
  const dir = resolve(process.argv[2] ?? '');
  const first = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as Keyed[];
  const second = JSON.parse(readFileSync(join(dir, process.argv[3] ?? 'second-key.json'), 'utf8')) as Keyed[];
  const text = (file: string) => readFileSync(join(dir, file), 'utf8');
  const byFile = (keys: Keyed[], file: string) => {
    const k = keys.find((x) => x.file === file);
    if (!k) throw new Error(`${file}: keyed by one keyer only`);
    return k.expected;
  };
  const ways: [string, Keyed[], Keyed[]][] = [
    ['first key as the answer, second keyer as the importer', first, second],
    ['second key as the answer, first keyer as the importer', second, first],
  ];
  const rates: number[] = [];
  for (const [label, answer, other] of ways) {
    console.log(`\n=== ${label}`);
    const list: Case[] = answer.map((k) => ({ file: k.file, text: text(k.file), expected: k.expected }));
    const t = overall(scoreAndPrint(list, (c) => keyAsResult(c.text, byFile(other, c.file))));
    rates.push((100 * t.ok) / t.n);
  }
  const mean = (rates[0]! + rates[1]!) / 2;
  console.log(`\nagreement (strict, the scorer's overall): ${rates.map((r) => `${r.toFixed(1)} %`).join(' / ')}; mean ${mean.toFixed(1)} %`);
  figure('keyers agree (mean of both ways)', mean, '%');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) main();
