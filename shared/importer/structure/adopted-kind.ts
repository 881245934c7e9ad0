import type { SectionKind } from '../../model';

/**
 * 会议传达学习了…精神，审议通过了… / 會議集體學習了…，聽取了…，審議通過…: the meeting's own sentence
 * that passes a text on (or studies it) and goes on, after a comma or ；, to adopt something is one
 * item whose strongest part is the decision (bench/KEYING.md 11 and 12: decision over directive).
 * TRAIN keys of such a sentence say decision 7 times to 1 (heldout-19 12 keys directive).
 * Only the meeting passing on or studying is read: a judgement (会议认为…，原则同意…) keeps its kind,
 * and a lead that names what it adopts (会议审议通过…) is a decision already.
 */
const PASSED_OR_STUDIED = /^(?:会议|會議)\p{Script=Han}{0,4}?(?:传达|傳達|学习|學習)(?:了)?$/u;
/** A bare adopting verb opening a later clause of the sentence (the meeting left out). */
const ADOPTS_LATER = /[，,；;](?:并|並|随后|隨後|还|還|同时|同時)?(?:审议通过|審議通過|表决通过|表決通過|讨论通过|討論通過|原则通过|原則通過|选举产生|選舉產生)/u;

export function adoptedKind(s: { readonly kind: SectionKind; readonly lead: string; readonly paragraphs: readonly string[] }): SectionKind {
  if (s.kind !== 'directive' || !PASSED_OR_STUDIED.test(s.lead)) return s.kind;
  const body = s.paragraphs[0] ?? '';
  const end = body.search(/[。！？]/u);
  return ADOPTS_LATER.test(end < 0 ? body : body.slice(0, end)) ? 'decision' : s.kind;
}
