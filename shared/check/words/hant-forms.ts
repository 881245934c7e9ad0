import { converter } from '../../script/converter';
import type { Analysed } from './analyse';
import type { WordFinding } from './finding';
import { HANT_FORM_WORDS_PACKED, HANT_VARIANT_PAIRS } from './hant-forms-data';

/**
 * WRD-01 on Traditional text: a word written with a Traditional character that is a real character
 * but the wrong one for that word (核準 for 核准, 方麵 for 方面, 髮展 for 發展). The layer reads
 * Traditional text folded to Simplified, where both spellings are one word, so the slip is read
 * here on the text as written: the segmenter's word (on the Simplified text) is turned back into
 * Taiwan's spelling by OpenCC, word by word so no phrase reaches across two words (帶頭 + 發言), and
 * compared with what was written. Only words Taiwan's input method spells one way only, OpenCC's
 * (hant-forms-data.ts, derived from chewing by tools/derive-hant-forms.ts), are read: OpenCC alone
 * also "corrects" spellings Taiwan uses (計畫, 併列, 自製). Variant characters that stand for one
 * another (裏/裡, 綫/線, 着/著) are no slip: both spellings are brought to OpenCC's standard forms
 * first, and so are pairs Taiwan writes both ways across words (盡/儘: 盡速 and 儘速, HANT_VARIANT_PAIRS,
 * derived by the same tool), though chewing lists one of them for this word. A Simplified character written in Traditional text (示范) is LNG-02's, not read here.
 */
let words: ReadonlySet<string> | null = null;
let pairs: ReadonlySet<string> | null = null;

function witnessed(): ReadonlySet<string> {
  words ??= new Set(HANT_FORM_WORDS_PACKED.split('|'));
  return words;
}

function variantPair(written: string, right: string): boolean {
  pairs ??= new Set(HANT_VARIANT_PAIRS.split('|'));
  return pairs.has(written + right);
}

/** A spelling with Taiwan's and Hong Kong's variant characters brought to OpenCC's standard ones. */
function standard(text: string): string {
  return converter('tw', 't')(converter('hk', 't')(text));
}

export function hantFormRule(a: Analysed, original: string): WordFinding[] {
  if (a.script !== 'hant') return [];
  const out: WordFinding[] = [];
  const known = witnessed();
  for (const t of a.tokens) {
    if (t.end - t.start < 2 || !known.has(t.word)) continue;
    const written = original.slice(t.start, t.end);
    const right = converter('cn', 'tw')(t.word);
    if (written === right || right.length !== written.length) continue;
    // A written character that is no Simplified form, differs from Taiwan's spelling and is no variant of it.
    const slip = [...written].some((c, i) => c !== right[i] && c !== t.word[i] && !variantPair(c, right[i]!));
    if (!slip || standard(written) === standard(right)) continue;
    out.push({ rule: 'WRD-01', severity: 'error', offset: t.start, length: written.length, word: written, replacement: right, params: { found: written, expected: right } });
  }
  return out;
}
