import { CEDICT_VARIANTS_PACKED } from './cedict-variants';

/**
 * Non-standard written forms that jieba holds as words of their own (糟踏 47, 磨拳擦掌 20, 布署 2),
 * each with the standard word CC-CEDICT names for it (糟蹋, 摩拳擦掌, 部署). The segmenter returns
 * such a form whole, so the near-miss rules, which read broken stretches and rare words, pass it:
 * 糟踏 is only 4.7 times rarer than 糟蹋, under the rare-word rule's 50:1. CEDICT's "variant of"
 * is the witness no frequency ratio gives (tools/derive-cedict-variants.ts keeps the forms that are
 * nothing but a variant pointer, which jieba counts at most 60 times beside a commoner twin).
 *
 * Simplified text only: Taiwan's orthography standardises several of these forms (省分, 連絡,
 * 帳號, 海砂屋), and Traditional text is checked in Simplified, where 帳號 reads as 帐号.
 */
let table: ReadonlyMap<string, string> | null = null;

/** The standard word for a non-standard form jieba lists (糟踏 → 糟蹋), or undefined. */
export function standardFormOf(word: string): string | undefined {
  table ??= new Map(CEDICT_VARIANTS_PACKED.split('|').map((pair) => pair.split(' ') as [string, string]));
  return table.get(word);
}
