import { converter } from '../../script/converter';
import { wordWiseToTaiwan } from '../../script/word-forms';
import type { Analysed } from './analyse';
import type { WordFinding } from './finding';
import { TAIWAN_VARIANT_PAIRS } from '../rules/taiwan-forms';
import { HANT_FORM_WORDS_PACKED, HANT_VARIANT_PAIRS } from './hant-forms-data';
import { isSurname } from './names';

/**
 * WRD-01 on Traditional text: a word written with a Traditional character that is a real character
 * but the wrong one for that word (核準 for 核准, 方麵 for 方面, 髮展 for 發展, 號志 for 號誌). The layer
 * reads Traditional text folded to Simplified, where both spellings are one word, so the slip is
 * read here on the text as written: the segmenter's word (on the Simplified text, so the cut is the
 * same whichever spelling was written, and no phrase reaches across two words: 帶頭 + 發言) is
 * looked up in Taiwan's spellings and compared with what was written. Only words Taiwan's input
 * method spells one way only are listed (hant-forms-data.ts, derived from chewing by
 * tools/derive-hant-forms.ts): OpenCC's conversion alone "corrects" spellings Taiwan uses (計畫, 併列,
 * 自製) and guesses for words its phrase table lacks. Variant characters that stand for one another
 * (裏/裡, 綫/線, 着/著) are no slip: both spellings are brought to OpenCC's standard forms first, and
 * so are pairs Taiwan writes both ways across words (盡/儘: 盡速 and 儘速), though chewing lists one
 * spelling for this word. A Simplified-only character written in Traditional text (示范) is LNG-02's.
 */
let words: ReadonlyMap<string, string> | null = null;
let pairs: ReadonlySet<string> | null = null;

/** Taiwan's one spelling by the word's Simplified form (OpenCC's fold keeps length and the '|'). */
function witnessed(): ReadonlyMap<string, string> {
  if (words) return words;
  const taiwan = HANT_FORM_WORDS_PACKED.split('|');
  const simplified = converter('t', 'cn')(HANT_FORM_WORDS_PACKED).split('|');
  words = new Map(taiwan.map((w, i) => [simplified[i]!, w]));
  return words;
}

/**
 * Whether Taiwan writes the two characters for one another, either way round: the pairs of Traditional
 * characters above, LNG-02's pairs of a Simplified form Taiwan writes too (布/佈: 發佈 beside 發布, 台/臺,
 * 周/週) and 污/汙 (Taiwan's pollution laws write 污, chewing 汙).
 */
function variantPair(written: string, right: string): boolean {
  pairs ??= new Set([...HANT_VARIANT_PAIRS.split('|'), ...TAIWAN_VARIANT_PAIRS.split('|'), '污汙']);
  return pairs.has(written + right) || pairs.has(right + written);
}

/**
 * Whether the slip differs from Taiwan's spelling only by 製 for 制 (or back): Taiwan writes both in
 * some words though chewing lists one (製式 beside 制式 on government forms, 自製 beside 自制), so the
 * finding is a warning, not an error. Two keyers from Taiwan pages kept 製式表格 as correct
 * (check-heldout-93, -100); 製度 for 制度 is still read, as a warning.
 */
function softPair(written: string, right: string): boolean {
  return [...written].every((c, i) => c === right[i] || (c === '製' && right[i] === '制') || (c === '制' && right[i] === '製'));
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
    const right = t.end - t.start < 2 ? undefined : known.get(t.word);
    if (right === undefined) continue;
    const written = original.slice(t.start, t.end);
    if (written === right || right.length !== written.length) continue;
    // A written character that differs from Taiwan's spelling and is no variant of it: a Traditional
    // character (髮 for 發), or a Simplified one Taiwan writes in other words (志 for 誌 in 號志) where
    // OpenCC's word-wise conversion of the text as written keeps it, as LNG-02 reads it; where it
    // does not (制造業 → 製造業), LNG-02 flags it. A surname (于, 范) is never read so: the segmenter
    // joins it to the post before the name (處長 + 于美玲 read 處長于).
    const keeps = wordWiseToTaiwan()(written);
    const slip = [...written].some((c, i) => c !== right[i] && (c !== t.word[i] || (keeps[i] === c && !isSurname(c))) && !variantPair(c, right[i]!));
    if (!slip || standard(written) === standard(right)) continue;
    out.push({
      rule: 'WRD-01',
      severity: softPair(written, right) ? 'warning' : 'error',
      offset: t.start,
      length: written.length,
      word: written,
      replacement: right,
      params: { found: written, expected: right },
    });
  }
  return out;
}
