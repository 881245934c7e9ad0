/**
 * The repository's real report text for precision measurements: every .txt of the bench/heldout*
 * batches not kept unseen (bench/unseen.json), and ../shared/fixtures when it exists (a dev
 * machine). A set's recorded runs (main-run.txt, first-run.txt …) are output, not text.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Script } from '../shared/model';
import { unseenSets } from './unseen-sets';

const ROOT = join(import.meta.dirname, '..');
const BENCH = join(ROOT, 'bench');

function txtFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? txtFiles(p) : /\.txt$/.test(n) && !/-run\.txt$/.test(n) ? [p] : [];
  });
}

/** Paths of the real report texts a tool may read in bulk. */
export function realTextFiles(): string[] {
  const unseen = unseenSets();
  return [
    ...readdirSync(BENCH)
      .filter((d) => /^heldout/.test(d) && !unseen.has(d))
      .map((d) => join(BENCH, d)),
    join(ROOT, '..', 'shared', 'fixtures'),
  ]
    .filter((r) => existsSync(r))
    .flatMap(txtFiles);
}

const HANT = /[們這個來說對會國學時為過發與當體經還點現將應當]/g;
const HANS = /[们这个来说对会国学时为过发与当体经还点现将应当]/g;

/** Each real text with its script, judged by the commonest characters that differ between scripts. */
export function realTexts(): { file: string; text: string; script: Script }[] {
  return realTextFiles().map((file) => {
    const text = readFileSync(file, 'utf8');
    return { file, text, script: (text.match(HANT)?.length ?? 0) > (text.match(HANS)?.length ?? 0) ? 'hant' : 'hans' };
  });
}
