import type { SectionKind } from '../../model';

/**
 * The kind of an account still plain whose first sentence adopts or elects with a bare verb and 了
 * (…，当中包括通过了… / 会议还研究审定了… / 大会经过选举产生了… / 在第一次全体会议上通过了…): the
 * sentence's outcome is a decision, its strongest part by bench/KEYING.md 12's ranking (decision over
 * requirement over directive over topic), as a bare 决定 after a weak lead is (KEYING 11).
 * leads.ts reads the adopting verb as a lead only in the shapes it knows (会议审议通过 / 。通过了…),
 * so one behind a weak lead (会议还研究), an occasion (在…会议上) or a clause of its own stayed `other`.
 * The signal is the verb's class with its aspect (done, 了), not the words around it:
 * - not what is still to come (将/拟/要/会/待 before it: 会议将通过了…);
 * - not a relative clause (表决通过了的: a text adopted earlier, named as the object of another verb);
 * - not 通过了解 (by learning about), nor a verb inside a quoted or named title (《…》, “…”).
 * The occasion's rundown (会上，…) is read by occasion-kind.ts and never here.
 */
const ADOPTED = /(?<![将將拟擬要会會待])(?:通过|通過|审定|審定|(?:选举|選舉)(?:产生|產生))了(?!的|解)/u;

export function adoptingKind(text: string): SectionKind | null {
  const plain = text.replace(/《[^》]*》|“[^”]*”|「[^」]*」/gu, '《》');
  const end = plain.search(/[。！？!?]/u);
  const sentence = end < 0 ? plain : plain.slice(0, end);
  return ADOPTED.test(sentence) ? 'decision' : null;
}
