// The keyed check sets as the dev-time diagnostic tools read them (diag-homophone-adjacency,
// diag-homophone-sentence, diag-slip-misses): which sets, their faults, the half a set falls in,
// and the homophone yardstick (first-run misses and clean sentences) two of them measure on.
// One place, so that every tool skips the same held-out sets and splits the same halves.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { jiebaSegmenter } from '../electron/services/check/segmenter';
import { analyse, type Token } from '../shared/check/words/analyse';
import { unseenSets } from './unseen-sets';

/** A fault of a keyed check set (bench/check-*\/sentences.json), as the tools read it. */
export interface KeyedFault {
  kind: string;
  script: 'hans' | 'hant';
  text: string;
  found: string;
  expected: string;
}

/**
 * Where a misspelling's first changed character stands, compared in Simplified (the tables' script):
 * the found word's offset, the character's offset in the text, its index in the word, the written and
 * keyed words and characters. diag-shape-misses and diag-slip-misses both read a miss from here.
 */
export function changedCharacter(f: KeyedFault, toHans: (s: string) => string) {
  const at = f.text.indexOf(f.found);
  const wrong = toHans(f.found);
  const right = toHans(f.expected);
  const k = [...wrong].findIndex((c, j) => c !== right[j]);
  return { at, pos: at + k, k, wrong, right, w: wrong[k] ?? '', r: right[k] ?? '' };
}

/** Every bench/check-* folder with keyed sentences, never one listed in bench/unseen.json. */
export function keyedCheckSets(bench: string): string[] {
  const unseen = unseenSets();
  return readdirSync(bench).filter((d) => /^check-/.test(d) && !unseen.has(d) && existsSync(join(bench, d, 'sentences.json')));
}

/** The half a check set falls in by its trailing number (none = 1): odd sets tune, even report. */
export function parityOf(set: string): 'odd' | 'even' {
  return Number(/-(\d+)$/.exec(set)?.[1] ?? 1) % 2 === 1 ? 'odd' : 'even';
}

/** The homophone pairs a score file lists as missed (`MISSED homophone 写作→协作`), as found→expected. */
export function missedHomophones(file: string): Set<string> {
  return new Set([...readFileSync(file, 'utf8').matchAll(/^MISSED homophone (\S+?)→(\S+)/gm)].map((m) => `${m[1]}→${m[2]}`));
}

/** A homophone a keyed first run missed, the written word one two-character token (tk[k]). */
export interface HomophoneMiss {
  set: string;
  /** The fault, its expected word as analyse() writes it (Simplified for Traditional text). */
  f: KeyedFault;
  tk: Token[];
  k: number;
}

/**
 * The homophone yardstick of the diag tools, over `sets` in sorted order: every homophone a set's
 * first run missed (first-run.txt, fallback main-run.txt) and `today(set)` still lists as missed
 * (when it gives a list), the written word one two-character token; and every clean sentence,
 * tokenised. Counted apart: first-run misses, those caught today, those not one such token.
 */
export function homophoneYardstick(bench: string, sets: readonly string[], today: (set: string) => Set<string> | null = () => null) {
  const misses: HomophoneMiss[] = [];
  const clean: { set: string; text: string; tk: Token[] }[] = [];
  let firstRunMisses = 0;
  let caughtToday = 0;
  let unsegmented = 0;
  for (const set of [...sets].sort()) {
    const data = JSON.parse(readFileSync(join(bench, set, 'sentences.json'), 'utf8')) as { faults: KeyedFault[]; clean: { script: 'hans' | 'hant'; text: string }[] };
    for (const c of data.clean) clean.push({ set, text: c.text, tk: analyse(c.text, c.script, jiebaSegmenter)?.tokens ?? [] });
    const run = ['first-run.txt', 'main-run.txt'].map((f) => join(bench, set, f)).find(existsSync);
    if (!run) continue;
    const first = missedHomophones(run);
    const still = today(set) ?? first;
    for (const f of data.faults) {
      const key = `${f.found}→${f.expected}`;
      if (f.kind !== 'homophone' || !first.has(key)) continue;
      firstRunMisses++;
      if (!still.has(key)) {
        caughtToday++;
        continue;
      }
      const tk = analyse(f.text, f.script, jiebaSegmenter)?.tokens ?? [];
      const at = f.text.indexOf(f.found);
      const k = tk.findIndex((t) => t.start === at && t.end === at + f.found.length);
      if (k < 0 || f.found.length !== 2) {
        unsegmented++;
        continue;
      }
      // Traditional faults: the tokens are Simplified (analyse converts), so is the fix compared.
      const fixed = analyse(f.text.slice(0, at) + f.expected + f.text.slice(at + f.found.length), f.script, jiebaSegmenter)?.text ?? '';
      misses.push({ set, f: { ...f, expected: fixed.slice(at, at + f.expected.length) }, tk, k });
    }
  }
  return { misses, clean, firstRunMisses, caughtToday, unsegmented };
}
