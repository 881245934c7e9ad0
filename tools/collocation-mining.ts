// Dev-time library of tools/mine-collocations.ts and bench/check-corpus-holdout.ts: counts, for every
// common two-character word that has a same-sound twin, the words right before and right after it
// in report text; writes and reads those counts as text (tools/data/page-neighbours.txt holds the
// stored web pages' counts, so a run without the pages keeps them); renders collocation-data.ts.
//
// Why a library: the shipped table and the bench's held-out tables must be mined the same way
// (the same segmenter set-up, the same twins, the same pruning), or the bench measures another rule.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { jiebaDictionary, jiebaSegmenter, wordLayer } from '../electron/services/check/segmenter';
import { readingGroups, readingKeys } from '../shared/check/words/twins';
import { converter } from '../shared/script/converter';
import { unseenSets } from './unseen-sets';
import { layerWords } from './layer-words';

export const ROOT = join(import.meta.dirname, '..');
export const DATA = join(ROOT, 'tools/data');
/** The stored pages' counts (tools/mine-collocations.ts --pages writes them). */
export const PAGE_COUNTS = join(DATA, 'page-neighbours.txt');
/** Where the stored pages' texts are kept, outside the repo (never committed). */
export const PAGES_DIR = process.env.CHECK_PAGES_DIR ?? join(ROOT, '..', 'corpus-18');

/** Per word: how often it occurs, and its neighbours ("<X" before, ">X" after) with counts. */
export interface Counts {
  words: Map<string, number>;
  pairs: Map<string, Map<string, number>>;
  /** Characters and texts counted (for the files' headers). */
  chars: number;
  texts: number;
}

export const emptyCounts = (): Counts => ({ words: new Map(), pairs: new Map(), chars: 0, texts: 0 });

/** A tokenised line: words and their tags, as the word layer's segmenter gives them. */
export type TokenLine = readonly { word: string; tag: string }[];

let setUp: { groups: Map<string, string[]>; twinKeys: Set<string>; dict: ReturnType<typeof jiebaDictionary> } | null = null;

/**
 * The segmenter exactly as the word layer sets it up (official words, target terms): the table's
 * neighbours must be the tokens the rule will see, or a term the layer adds (人居环境) hides them.
 * Reading groups: common two-character words of one toneless reading (a full dictionary scan).
 */
export function miningSetUp(): NonNullable<typeof setUp> {
  if (setUp) return setUp;
  wordLayer();
  const dict = jiebaDictionary();
  const groups = readingGroups(dict, layerWords());
  return (setUp = { groups, twinKeys: new Set(groups.keys()), dict });
}

const toCn = converter('t', 'cn');

/** A text's lines, Simplified (the dictionary's script), segmented and tagged. */
export function tokenise(text: string): TokenLine[] {
  return toCn(text)
    .split(/\n+/)
    .filter((l) => l.trim())
    .map((line) => jiebaSegmenter.tag(line));
}

const HAN2 = /^[\p{Script=Han}]{2,}$/u;
/**
 * Neighbours the rule can use (corpus-pairs.ts `usable`): Han words of two or more characters whose
 * tag is no name, number, measure word, pronoun, conjunction, preposition or particle. The rule
 * never looks others up, so counting them would only grow the table.
 */
const usableNeighbour = (t: { word: string; tag: string } | undefined): t is { word: string; tag: string } => !!t && HAN2.test(t.word) && !/^(nr|ns|nt|m|q|r|c|p|u)/.test(t.tag);

/** Adds one text's tokenised lines to the counts. */
export function countText(into: Counts, lines: readonly TokenLine[], chars: number): void {
  const { twinKeys, dict } = miningSetUp();
  into.chars += chars;
  into.texts++;
  for (const t of lines) {
    for (let k = 0; k < t.length; k++) {
      const w = t[k]!.word;
      if (w.length !== 2 || !readingKeys(dict, w).some((k) => twinKeys.has(k))) continue;
      into.words.set(w, (into.words.get(w) ?? 0) + 1);
      const l = t[k - 1];
      const r = t[k + 1];
      if (usableNeighbour(l)) bump(into, w, `<${l.word}`, 1);
      if (usableNeighbour(r)) bump(into, w, `>${r.word}`, 1);
    }
  }
}

function bump(c: Counts, w: string, key: string, n: number): void {
  let m = c.pairs.get(w);
  if (!m) c.pairs.set(w, (m = new Map()));
  m.set(key, (m.get(key) ?? 0) + n);
}

/** The sum of counts (the repo's texts and the pages' stored counts). */
export function mergeCounts(...all: Counts[]): Counts {
  const out = emptyCounts();
  for (const c of all) {
    out.chars += c.chars;
    out.texts += c.texts;
    for (const [w, n] of c.words) out.words.set(w, (out.words.get(w) ?? 0) + n);
    for (const [w, m] of c.pairs) for (const [k, n] of m) bump(out, w, k, n);
  }
  return out;
}

/** One line a word (with a neighbour or more): "word count <X2 >Y", counts above one written out. */
export function countLines(c: Counts): string[] {
  const lines: string[] = [];
  for (const [w, m] of [...c.pairs].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const ns = [...m].sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, n]) => (n > 1 ? `${k}${n}` : k));
    lines.push(`${w} ${c.words.get(w) ?? 0} ${ns.join(' ')}`);
  }
  return lines;
}

/** Reads countLines' format back ("#" lines are comments; "# chars N texts M" the totals). */
export function parseCountLines(text: string): Counts {
  const c = emptyCounts();
  for (const line of text.split('\n')) {
    const totals = /^# chars (\d+) texts (\d+)/.exec(line);
    if (totals) {
      c.chars = Number(totals[1]);
      c.texts = Number(totals[2]);
    }
    if (!line.trim() || line.startsWith('#')) continue;
    const [w, n, ...ns] = line.split(' ') as [string, string, ...string[]];
    c.words.set(w, Number(n));
    for (const x of ns) {
      const m = /^([<>].+?)(\d*)$/.exec(x)!;
      bump(c, w, m[1]!, m[2] ? Number(m[2]) : 1);
    }
  }
  return c;
}

/** The reading groups that hold a word of the table, one a line (the rule needs no pinyin at run time). */
export function groupLines(c: Counts): string[] {
  return [...miningSetUp().groups.values()].filter((g) => g.some((w) => c.pairs.has(w))).map((g) => g.join(' '));
}

/** Every .txt below dir, paths matching skip left out. */
export function textFiles(dir: string, skip: RegExp = /^$/): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (skip.test(p)) continue;
    if (statSync(p).isDirectory()) out.push(...textFiles(p, skip));
    else if (/\.txt$/.test(name)) out.push(p);
  }
  return out;
}

/**
 * The repo's own report texts, by folder: bench/heldout*, bench/import-train-*, and the test
 * fixtures outside check/. The check sets (bench/check-*) are never read: they are the measure.
 */
export function repoTextFolders(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const unseen = unseenSets();
  for (const d of readdirSync(join(ROOT, 'bench'))) {
    if (/^(heldout(-\d+)?|import-train-\d+)$/.test(d) && !unseen.has(d)) out.set(`bench/${d}`, textFiles(join(ROOT, 'bench', d)));
  }
  out.set('tests/fixtures', textFiles(join(ROOT, 'tests/fixtures'), /fixtures\/check(\/|$)/));
  return out;
}

export const readText = (f: string): string => readFileSync(f, 'utf8');

/** One stored page: its file (named by a hash of its URL), host, the host's md5 digit, URL. */
export interface PageSource {
  file: string;
  host: string;
  digit: string;
  url: string;
}

/**
 * The pages' index (DIR/index.tsv: hash, host, digit, url, text hash). Round 15's source partition:
 * the corpus uses only hosts whose md5 starts 0–7 (the held-out keyers use 8–f); any other is refused.
 */
export function pageSources(dir: string): PageSource[] {
  return readFileSync(join(dir, 'index.tsv'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => {
      const [hash, host, digit, url] = l.split('\t') as [string, string, string, string];
      if (createHash('md5').update(host).digest('hex')[0] !== digit) throw new Error(`${host}: digit ${digit} is not its md5's`);
      if (!/^[0-7]$/.test(digit)) throw new Error(`${host}: host digit ${digit} is the keyers' (8–f), not the corpus's`);
      return { file: join(dir, `${hash}.txt`), host, digit, url };
    });
}
