/**
 * WRD-04 (shared/check/words/corpus-pairs.ts) on real, clean report text its table was NOT mined
 * from, and on slips planted in that text. Clean published text: every WRD-04 finding on it is
 * presumed false unless a reader finds a real slip (the findings are listed for reading).
 *
 * Held-out splits, each mined afresh exactly as tools/mine-collocations.ts mines the shipped table
 * (tools/collocation-mining.ts), without the held-out part:
 *   - pages: the stored web pages (kept outside the repo, CHECK_PAGES_DIR, default ../corpus-18),
 *     5 folds by URL hash; absent on a checkout without them, then skipped;
 *   - repo: one folder of the repo's report texts at a time (bench/heldout*, bench/import-train-*,
 *     tests/fixtures), the rest and the pages' stored counts mined (their counts hold no folder).
 * Planted slips: in each held-out line up to two common two-character words are swapped for a
 * same-sound twin (one toneless reading: what a pinyin input method offers in one list); a slip
 * is caught when a WRD-04 finding covers it, fixed when its fix is the word taken out. Most such
 * swaps have no neighbour telling them apart, so the share caught is a floor, comparable between
 * versions of the rule and its data, not a rate a person would meet.
 *   npx tsx bench/check-corpus-holdout.ts [--sweep] [--list]
 * --sweep: the thresholds (CorpusPairParams) over a grid, on the same held-out text; --list: every
 * false finding with its context.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { jiebaSegmenter } from '../electron/services/check/segmenter';
import { analyse, type Analysed } from '../shared/check/words/analyse';
import { CORPUS_PAIR_PARAMS, corpusPairRule, parseCorpusTables, type CorpusPairParams, type CorpusTables } from '../shared/check/words/corpus-pairs';
import type { Script } from '../shared/model';
import {
  countLines,
  countText,
  emptyCounts,
  groupLines,
  mergeCounts,
  miningSetUp,
  PAGE_COUNTS,
  pageSources,
  PAGES_DIR,
  parseCountLines,
  readText,
  repoTextFolders,
  tokenise,
  type Counts,
  type TokenLine,
} from '../tools/collocation-mining';
import { figure } from './figures';

const { dict, groups } = miningSetUp();
const groupOf = new Map<string, string[]>();
for (const g of groups.values()) for (const w of g) groupOf.set(w, g);

interface Unit {
  part: string;
  name: string;
  text: string;
  lines: TokenLine[];
}
const unit = (part: string, name: string): Unit => {
  const text = readText(name);
  return { part, name, text, lines: tokenise(text) };
};

const HANT = /[們這個來說對會國學時為過發與當體經還點現將應]/g;
const HANS = /[们这个来说对会国学时为过发与当体经还点现将应]/g;
const scriptOf = (s: string): Script => ((s.match(HANT)?.length ?? 0) > (s.match(HANS)?.length ?? 0) ? 'hant' : 'hans');

const repo = [...repoTextFolders()].flatMap(([folder, files]) => files.map((f) => unit(folder, f)));
const havePages = existsSync(join(PAGES_DIR, 'index.tsv'));
// A page's fold: its file is named by the md5 of its URL.
const pages = havePages ? pageSources(PAGES_DIR).map((s) => unit(`fold ${parseInt(basename(s.file)[0]!, 16) % 5}`, s.file)) : [];
// The pages' stored counts, for the repo split when the pages themselves are absent.
const storedPages = existsSync(PAGE_COUNTS) ? parseCountLines(readFileSync(PAGE_COUNTS, 'utf8')) : emptyCounts();

function mine(units: Unit[], extra: Counts = emptyCounts()): CorpusTables {
  const c = emptyCounts();
  for (const u of units) countText(c, u.lines, u.text.length);
  const all = mergeCounts(c, extra);
  return parseCorpusTables(countLines(all).join('\n'), groupLines(all).join('\n'));
}

/** A held-out line, analysed once; its planted variants, analysed once each. */
interface Held {
  part: string;
  name: string;
  a: Analysed;
  raw: string;
  plants: { a: Analysed; text: string; start: number; right: string }[];
}

/** Up to two same-sound swaps a line, chosen by a hash of the line (the same every run). */
function plant(a: Analysed): Held['plants'] {
  const out: Held['plants'] = [];
  const h = createHash('md5').update(a.text).digest();
  const spots = a.tokens.filter((t) => t.word.length === 2 && (groupOf.get(t.word)?.length ?? 0) > 1);
  for (let i = 0; i < 2 && spots.length; i++) {
    const t = spots.splice(h[i]! % spots.length, 1)[0]!;
    const others = groupOf.get(t.word)!.filter((w) => w !== t.word);
    const slip = others[h[i + 2]! % others.length]!;
    const text = a.text.slice(0, t.start) + slip + a.text.slice(t.end);
    const b = analyse(text, 'hans', jiebaSegmenter);
    if (b) out.push({ a: b, text, start: t.start, right: t.word });
  }
  return out;
}

function held(units: Unit[]): Held[] {
  const out: Held[] = [];
  for (const u of units) {
    for (const raw of u.text.split(/\n+/)) {
      const a = raw.trim() ? analyse(raw, scriptOf(raw), jiebaSegmenter) : null;
      if (a) out.push({ part: u.part, name: u.name, a, raw, plants: plant(a) });
    }
  }
  return out;
}

interface Split {
  label: string;
  folds: { tables: CorpusTables; lines: Held[] }[];
}

const splits: Split[] = [];
if (havePages) {
  const parts = [...new Set(pages.map((u) => u.part))].sort();
  splits.push({
    label: 'pages, 5 folds by URL',
    folds: parts.map((p) => ({ tables: mine([...repo, ...pages.filter((u) => u.part !== p)]), lines: held(pages.filter((u) => u.part === p)) })),
  });
  // The same pages against a table of the repo's texts alone: what the page counts add.
  splits.push({ label: 'pages, table from the repo texts alone', folds: [{ tables: mine(repo), lines: held(pages) }] });
}
const folders = [...new Set(repo.map((u) => u.part))];
splits.push({
  label: 'repo, one folder out',
  folds: folders.map((p) => ({
    tables: mine(
      repo.filter((u) => u.part !== p),
      havePages ? mine0(pages) : storedPages,
    ),
    lines: held(repo.filter((u) => u.part === p)),
  })),
});
function mine0(units: Unit[]): Counts {
  const c = emptyCounts();
  for (const u of units) countText(c, u.lines, u.text.length);
  return c;
}

interface Score {
  chars: number;
  warnings: number;
  errors: number;
  planted: number;
  caught: number;
  fixed: number;
  falseOnes: string[];
}

function score(s: Split, p: CorpusPairParams): Score {
  const r: Score = { chars: 0, warnings: 0, errors: 0, planted: 0, caught: 0, fixed: 0, falseOnes: [] };
  for (const f of s.folds) {
    for (const l of f.lines) {
      r.chars += l.raw.length;
      for (const x of corpusPairRule(l.a, l.raw, dict, f.tables, p)) {
        if (x.severity === 'error') r.errors++;
        else r.warnings++;
        const at = x.offset;
        r.falseOnes.push(`${x.severity} ${l.raw.slice(Math.max(0, at - 8), at)}[${x.word}→${x.replacement}]${l.raw.slice(at + 2, at + 10)}  ${l.part}: ${basename(l.name)}`);
      }
      for (const pl of l.plants) {
        r.planted++;
        const hit = corpusPairRule(pl.a, pl.text, dict, f.tables, p).find((x) => x.offset === pl.start);
        if (hit) {
          r.caught++;
          if (hit.replacement === pl.right) r.fixed++;
        }
      }
    }
  }
  return r;
}

const per100k = (n: number, chars: number): string => ((n * 100_000) / Math.max(1, chars)).toFixed(1);
const pct = (a: number, b: number): string => ((100 * a) / Math.max(1, b)).toFixed(1);

for (const s of splits) {
  const r = score(s, CORPUS_PAIR_PARAMS);
  console.log(
    `${s.label}: ${r.chars} chars held out; false findings ${r.warnings} warnings + ${r.errors} errors ` +
      `(${per100k(r.warnings + r.errors, r.chars)} per 100K chars, errors ${per100k(r.errors, r.chars)}); ` +
      `planted same-sound slips ${r.caught}/${r.planted} caught (${pct(r.caught, r.planted)}%), fix right ${r.fixed}`,
  );
  if (process.argv.includes('--list')) for (const x of r.falseOnes) console.log(`  ${x}`);
  const slug = s.label.startsWith('pages, 5') ? 'pages' : s.label.startsWith('pages') ? 'pages, repo-only table' : 'repo';
  figure(`WRD-04 findings per 100K chars of held-out clean text (${slug})`, Number(per100k(r.warnings + r.errors, r.chars)), 'per 100K chars');
  figure(`WRD-04 planted same-sound slips caught (${slug})`, Number(pct(r.caught, r.planted)), '%');
}

if (process.argv.includes('--sweep')) {
  console.log('share loneShare warnAt errorAt | split: false/100K (errors/100K) caught% …');
  for (const share of [0.1, 0.2, 0.3, 0.5])
    for (const loneShare of [1 / 3, 1 / 2, 1])
      for (const warnAt of [1, 2, 3]) {
        const p = { share, loneShare, warnAt, errorAt: CORPUS_PAIR_PARAMS.errorAt };
        const cells = splits.map((s) => {
          const r = score(s, p);
          return `${per100k(r.warnings + r.errors, r.chars)} (${per100k(r.errors, r.chars)}) ${pct(r.caught, r.planted)}%`;
        });
        console.log(`${share} ${loneShare.toFixed(2)} ${warnAt} ${p.errorAt} | ${cells.join(' | ')}`);
      }
}
