import type { SectionKind } from '../../model';

/**
 * 会议传达学习了…精神，审议通过了… / 會議集體學習了…，聽取了…，審議通過…: the meeting's own sentence
 * that passes a text on (or studies it) and goes on, after a comma or ；, to adopt something is one
 * item whose strongest part is the decision (bench/KEYING.md 11 and 12: decision over directive).
 * TRAIN keys of such a sentence say decision 7 times to 1 (heldout-19 12 keys directive).
 * Only the meeting passing on or studying is read: a judgement (会议认为…，原则同意…) keeps its kind,
 * and a lead that names what it adopts (会议审议通过…) is a decision already.
 *
 * By the same ranking (requirement over directive), the meeting passing a text on and going on in
 * that sentence to stress what must be done (…精神，会议强调：各级要… / …精神，强调要… / …汇报强调，)
 * is a requirement: the demand is what the item asks of its hearers, the text only its occasion.
 * Not 强调 as a noun joined to another (进行了部署和强调), which stresses nothing of its own.
 */
const PASSED_OR_STUDIED = /^(?:会议|會議)\p{Script=Han}{0,4}?(?:传达|傳達|学习|學習)(?:了)?$/u;
/** A bare adopting verb opening a later clause of the sentence (the meeting left out). */
const ADOPTS_LATER = /[，,；;](?:并|並|随后|隨後|还|還|同时|同時)?(?:审议通过|審議通過|表决通过|表決通過|讨论通过|討論通過|原则通过|原則通過|选举产生|選舉產生)/u;

/** 强调 with its words after it (，/：/要), or 强调了 after a comma; not a noun after 和/与/及. */
const STRESSED_LATER = /(?<![和与與及])(?:强调|強調)(?=[，,：:]|要)|[，,](?:并|並)?(?:强调|強調)了/u;

export function adoptedKind(s: { readonly kind: SectionKind; readonly lead: string; readonly paragraphs: readonly string[] }): SectionKind {
  if (s.kind !== 'directive' || !PASSED_OR_STUDIED.test(s.lead)) return s.kind;
  const body = (s.paragraphs[0] ?? '').replace(/《[^》]*》|“[^”]*”|「[^」]*」/gu, '《》');
  const end = body.search(/[。！？]/u);
  const sentence = end < 0 ? body : body.slice(0, end);
  if (ADOPTS_LATER.test(sentence)) return 'decision';
  return STRESSED_LATER.test(sentence) ? 'requirement' : s.kind;
}
