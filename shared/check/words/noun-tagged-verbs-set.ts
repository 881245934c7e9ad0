import { NOUN_TAGGED_VERBS_PACKED, PROPER_TAGGED_VERBS_PACKED } from './noun-tagged-verbs';

let verbs: ReadonlySet<string> | null = null;
let properVerbs: ReadonlySet<string> | null = null;

/**
 * Whether jieba tags `word` n although it is a verb (论证, 动员, 巡逻: CC-CEDICT's first sense is
 * a verb's; noun-tagged-verbs.ts). The list is split into a Set on the first question.
 */
export function nounTaggedVerb(word: string): boolean {
  verbs ??= new Set(NOUN_TAGGED_VERBS_PACKED.split(' '));
  return verbs.has(word);
}

/**
 * Whether jieba tags `word` as a proper name (nz, nr, ns, nrt) although CC-CEDICT reads it as a
 * verb (申报 nz, 关怀 nr, 上门 ns). Read only where a modal already opens the predicate: elsewhere
 * such a word after 的 is as often a noun (全年的申报), and planted swaps were lost (round 36).
 */
export function properTaggedVerb(word: string): boolean {
  properVerbs ??= new Set(PROPER_TAGGED_VERBS_PACKED.split(' '));
  return properVerbs.has(word);
}
