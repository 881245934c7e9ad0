import { NOUN_TAGGED_VERBS_PACKED } from './noun-tagged-verbs';

let verbs: ReadonlySet<string> | null = null;

/**
 * Whether jieba tags `word` n although it is a verb (论证, 动员, 巡逻: CC-CEDICT's first sense is
 * a verb's; noun-tagged-verbs.ts). The list is split into a Set on the first question.
 */
export function nounTaggedVerb(word: string): boolean {
  verbs ??= new Set(NOUN_TAGGED_VERBS_PACKED.split(' '));
  return verbs.has(word);
}
