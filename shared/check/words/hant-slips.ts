import type { Analysed } from './analyse';
import type { WordFinding } from './finding';

/**
 * Traditional-only slips (WRD-01): two Traditional characters that Simplified writes as one (髒 and
 * 臟 are both 脏, 乾 and 幹 both 干, 髮 and 發 both 发, 麵 and 面 both 面). The word layer reads
 * Traditional text converted to Simplified, where 臟亂 becomes the right 脏乱 and the lexicon can
 * never see the slip, so these pairs are matched on the text as written. Each wrong form is no word
 * of correct Traditional Chinese (published 繁體 易錯字 notes: 骯髒 not 骯臟, 心臟 not 心髒, 乾淨 not
 * 幹淨, 頭髮 not 頭發); forms a correct sentence holds across two words (帶頭 + 發言 holds 頭發) are
 * skipped by a boundary test like the lexicon's.
 */
const PAIRS = `
臟亂 髒亂|骯臟 骯髒|臟話 髒話|弄臟 弄髒|臟污 髒污|臟水 髒水|臟東西 髒東西
心髒 心臟|內髒 內臟|髒器 臟器|肝髒 肝臟|腎髒 腎臟|脾髒 脾臟|五髒六腑 五臟六腑
幹淨 乾淨|幹燥 乾燥|餅幹 餅乾|幹旱 乾旱|幹涸 乾涸|乾部 幹部|骨乾 骨幹|乾勁 幹勁|主乾 主幹|乾線 幹線
頭發 頭髮|理發 理髮|發型 髮型|麵臨 面臨|麵對 面對|麵積 面積|全麵 全面
`;

export const HANT_SLIPS: ReadonlyMap<string, string> = new Map(
  PAIRS.split(/[|\n]/)
    .map((p) => p.trim().split(/\s+/))
    .filter((p): p is [string, string] => p.length === 2),
);

/** WRD-01 on Traditional text as written: the pairs above, where no two words meet across the form. */
export function hantSlipRule(a: Analysed, original: string): WordFinding[] {
  if (a.script !== 'hant') return [];
  const out: WordFinding[] = [];
  for (const [wrong, right] of HANT_SLIPS) {
    for (let i = original.indexOf(wrong); i >= 0; i = original.indexOf(wrong, i + wrong.length)) {
      if (straddles(a, i, i + wrong.length)) continue;
      out.push({ rule: 'WRD-01', severity: 'error', offset: i, length: wrong.length, word: wrong, replacement: right, params: { found: wrong, expected: right } });
    }
  }
  return out;
}

/**
 * Whether the segmenter reads [start, end) as the edges of two real words: a token crosses its start
 * or its end (帶頭 + 發言 holds 頭發), no character of it left alone. A token that holds the whole form
 * (基层干部 holds 乾部) is one word, its character fixed in Traditional: the slip is real there.
 */
function straddles(a: Analysed, start: number, end: number): boolean {
  const inside = a.tokens.filter((t) => t.start < end && start < t.end);
  if (inside.some((t) => t.end - t.start === 1)) return false;
  return inside.some((t) => (t.start < start && t.end < end) || (start < t.start && end < t.end));
}
