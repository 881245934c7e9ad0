/**
 * The real report text the swap benches plant faults in (dedi-swaps.ts, homophone-swaps.ts,
 * homophone-context.ts): TRAIN batches only (bench/unseen.json's sets are never read), split into
 * halves by batch number so that one half tunes and the other reports, and cut into sentences.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { unseenSets } from '../tools/unseen-sets';

export type Half = 'odd' | 'even' | 'all';

/** Batch number of a TRAIN folder (heldout → 1, heldout-12 → 12, import-train-1 → 1), or null. */
export function batchNumber(dir: string): number | null {
  const m = /^(?:heldout|import-train)(?:-(\d+))?$/.exec(dir);
  return m ? Number(m[1] ?? 1) : null;
}

/** The report files under a folder: *-run.txt files are score output, not text. */
export function textFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? textFiles(p) : /\.txt$/.test(n) && !/-run\.txt$/.test(n) ? [p] : [];
  });
}

const HANT = /[們這個來說對會國學時為過發與當體經還點現將應當]/g;
const HANS = /[们这个来说对会国学时为过发与当体经还点现将应当]/g;

/** A report's script, by the commoner of the characters that differ between the two scripts. */
export function scriptOf(text: string): 'hans' | 'hant' {
  return (text.match(HANT)?.length ?? 0) > (text.match(HANS)?.length ?? 0) ? 'hant' : 'hans';
}

/** Sentences of a text: cut after 。！？； and at line ends, each kept with its closing mark. */
export function sentences(text: string): string[] {
  return text
    .split(/\n+/)
    .flatMap((line) => line.match(/[^。！？；]+[。！？；]?/g) ?? [])
    .map((s) => s.trim())
    .filter((s) => /\p{Script=Han}/u.test(s));
}

/** The TRAIN batch folders of bench/ in one half (or all), by name; never a set kept unseen. */
export function trainDirs(half: Half): string[] {
  const unseen = unseenSets();
  return readdirSync(import.meta.dirname).filter((d) => {
    const n = batchNumber(d);
    if (n === null || unseen.has(d) || !existsSync(join(import.meta.dirname, d))) return false;
    return half === 'all' || (half === 'odd') === (n % 2 === 1);
  });
}

/**
 * Every sentence of the reports in the given batch folders (in name order), with its batch and
 * script; reports of the other script are skipped when `only` names one.
 */
export function* trainSentences(dirs: readonly string[], only?: 'hans' | 'hant'): Generator<{ dir: string; script: 'hans' | 'hant'; sentence: string }> {
  for (const dir of [...dirs].sort()) {
    for (const f of textFiles(join(import.meta.dirname, dir))) {
      const text = readFileSync(f, 'utf8');
      const script = scriptOf(text);
      if (only && script !== only) continue;
      for (const sentence of sentences(text)) yield { dir, script, sentence };
    }
  }
}
