/**
 * 副市长某某出席并讲话。 / 某某主持会议。 / 会议由某某主持。 / 某某出席会议并致辞: a sentence the people
 * readers take as attendance (header.ts reads who chaired or attended from it), in which the person
 * also does the meeting's business: speaks, greets or chairs. Inside the convening paragraph it is the
 * opening's account. Opening a later paragraph it is an `other` section of its own (bench/KEYING.md
 * 19–21, 28 and 30: a chair sentence, or a leader's attend-and-speak sentence, opening a later
 * paragraph), and a lead after it in that paragraph (市长某传达了… / 会议通报了…) opens its own; a
 * sentence that only says who attended (某某出席会议。) opens none (KEYING 28).
 * The readers took it whole before: TRAIN keys from heldout-80 on key these sentences as sections
 * where the older ones had folded them into the opening (round 50, import-132a).
 */
const ACTS = /讲话|講話|致辞|致辭|致词|致詞|主持(?!召开|召開)/u;

/** The attendance sentence (or the paragraph's first sentence) says the person spoke or chaired. */
export function actsWhileAttending(sentence: string): boolean {
  return ACTS.test(sentence);
}
