import type { Script } from '../../model';
import { CEDICT_IDIOM_SLIPS_PACKED, CEDICT_VARIANTS_PACKED } from './cedict-variants';

/**
 * Non-standard written forms that jieba holds as words of their own, each with the standard word
 * CC-CEDICT gives for it (both tables from tools/derive-cedict-variants.ts). The segmenter returns
 * such a form whole, so the near-miss rules, which read broken stretches and rare words, pass it.
 *
 * Variants (糟踏 47 → 糟蹋, 磨拳擦掌 → 摩拳擦掌, 布署 → 部署): headwords CEDICT gives only as
 * "variant of" a word one character away. 糟踏 is only 4.7 times rarer than 糟蹋, under the
 * rare-word rule's 50:1: CEDICT's pointer is the witness no frequency ratio gives. Simplified text
 * only: Taiwan's orthography standardises several of these forms (省分, 連絡, 帳號, 海砂屋), and
 * Traditional text is checked in Simplified, where 帳號 reads as 帐号.
 *
 * Idiom slips (迫不急待 → 迫不及待, 趋之若骛 → 趋之若鹜): four-character entries CEDICT does not list
 * at all, one character of the same reading from an idiom it lists. A misspelt idiom is
 * one in either script.
 */
let variants: ReadonlyMap<string, string> | null = null;
let idiomSlips: ReadonlyMap<string, string> | null = null;

const unpack = (packed: string): ReadonlyMap<string, string> => new Map(packed.split('|').map((pair) => pair.split(' ') as [string, string]));

/** The standard word for a non-standard form jieba lists (糟踏 → 糟蹋, 迫不急待 → 迫不及待), or undefined. */
export function standardFormOf(word: string, script: Script = 'hans'): string | undefined {
  if (word.length === 4) {
    idiomSlips ??= unpack(CEDICT_IDIOM_SLIPS_PACKED);
    const idiom = idiomSlips.get(word);
    if (idiom) return idiom;
  }
  if (script !== 'hans') return undefined;
  variants ??= unpack(CEDICT_VARIANTS_PACKED);
  return variants.get(word);
}
