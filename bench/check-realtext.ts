/**
 * Word-layer findings on real report text the layer was not built on: the importer's held-out
 * reports (bench/heldout*) and the shared fixtures (../shared/fixtures). A new rule must add no
 * finding here that is not a real slip; the list is read by hand. Script is guessed per file
 * (Traditional when it has more Traditional-only characters than Simplified-only ones).
 * Run: npx tsx bench/check-realtext.ts
 */
import { checkText } from '../shared/check';
import { wordLayer } from '../electron/services/check/segmenter';
import { realTexts } from '../tools/real-text';
import { figure } from './figures';

const words = wordLayer();
// tools/real-text.ts skips the sets kept unseen (bench/unseen.json): reading them here would show
// their sentences to whoever tunes a rule.
let total = 0;
let errors = 0;
for (const { file: f, text, script } of realTexts()) {
  // One check per file, as the app checks a document: a form the report writes again and again is
  // read across its paragraphs (shared/check/consistent-forms.ts). Each line is a unit, as before.
  const lines = text.split('\n');
  for (const d of checkText(text, { script, words }).filter((x) => x.rule.startsWith('WRD'))) {
    total++;
    if (d.severity === 'error') errors++;
    const para = lines[d.location.paragraph] ?? '';
    const s = d.location.offset;
    console.log(
      `${d.rule}:${d.severity} ${para.slice(Math.max(0, s - 6), s)}[${para.slice(s, s + d.location.length)}→${d.fix?.replacement ?? ''}]${para.slice(s + d.location.length, s + d.location.length + 6)}  ${f.split('/').slice(-2).join('/')}`,
    );
  }
}
console.log(`${total} word-layer findings, ${errors} of them errors`);
figure('word-layer findings on real report text (read by hand)', total, 'findings');
figure('word-layer errors on real report text (read by hand)', errors, 'findings');
