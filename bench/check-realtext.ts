/**
 * Word-layer findings on real report text the layer was not built on: the importer's held-out
 * reports (bench/heldout*) and the shared fixtures (../shared/fixtures). A new rule must add no
 * finding here that is not a real slip; the list is read by hand. Script is guessed per file
 * (Traditional when it has more Traditional-only characters than Simplified-only ones).
 * Run: npx tsx bench/check-realtext.ts
 */
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { checkText } from '../shared/check';
import { wordLayer } from '../electron/services/check/segmenter';
import { unseenSets } from '../tools/unseen-sets';
import { figure } from './figures';

const words = wordLayer();
const unseen = unseenSets();
const roots = [
  ...readdirSync(import.meta.dirname)
    // Sets kept unseen (bench/unseen.json) are no precision text: reading them here shows their
    // sentences to whoever tunes a rule.
    .filter((d) => /^heldout/.test(d) && !unseen.has(d))
    .map((d) => join(import.meta.dirname, d)),
  join(import.meta.dirname, '..', '..', 'shared', 'fixtures'),
].filter((r) => existsSync(r));

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    // The reports only: main-run.txt, first-run.txt and tuned-run.txt are score output, not text.
    return statSync(p).isDirectory() ? files(p) : /\.txt$/.test(n) && !/-run\.txt$/.test(n) ? [p] : [];
  });
}

const HANT = /[們這個來說對會國學時為過發與當體經還點現將應當]/g;
const HANS = /[们这个来说对会国学时为过发与当体经还点现将应当]/g;
let total = 0;
for (const f of roots.flatMap(files)) {
  const text = readFileSync(f, 'utf8');
  const script = (text.match(HANT)?.length ?? 0) > (text.match(HANS)?.length ?? 0) ? 'hant' : 'hans';
  for (const para of text.split(/\n+/)) {
    for (const d of checkText(para, { script, words }).filter((x) => x.rule.startsWith('WRD'))) {
      total++;
      const s = d.location.offset;
      console.log(
        `${d.rule}:${d.severity} ${para.slice(Math.max(0, s - 6), s)}[${para.slice(s, s + d.location.length)}→${d.fix?.replacement ?? ''}]${para.slice(s + d.location.length, s + d.location.length + 6)}  ${f.split('/').slice(-2).join('/')}`,
      );
    }
  }
}
console.log(`${total} word-layer findings`);
figure('word-layer findings on real report text (read by hand)', total, 'findings');
