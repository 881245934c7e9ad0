/**
 * A person addressing the meeting in a sentence whose own verb gives no section kind, the speech then
 * going on in the next sentence with 他/她 and a lead verb (bench/KEYING.md 9: a speech and its
 * pronoun sentences are one section; 作讲话 has no kind of its own, the first verb inside the speech
 * gives it). leads.ts reads the plain shape (X在会上作重要讲话。他指出，…); these are the shapes that
 * read as a paragraph with no lead on first sight of fresh batches (heldout-20, 21, 27):
 * - words between the person and the speech: who they speak for (X代表兵团党委常委会作重要讲话。) or
 *   when (X在会议结束时作了讲话。, X在闭幕式上致辞。);
 * - the speech named, then a weak verb of its own (X在讲话中总结了…。他指出，…).
 * Thanks said for a body (X代表…对…表示衷心感谢。他说，…) is no speech announced: keys split it from
 * the pronoun sentence (heldout-18 07, as KEYING 9's 报告回顾了…。他强调) as often as they join it
 * (heldout-29 09), so it is left out. KEYING 33 (round 50) now joins them; joining here waits for the
 * older keys that split them to be re-keyed.
 * This module only finds the address sentence; leads.ts checks the speaker and the pronoun after it.
 */

export interface Address {
  /** Who speaks, with where, when and for whom they spoke taken off (罗振国, 马庆华). */
  speaker: string;
  /** Length of the address sentence with its 。. */
  length: number;
}

/** 讲话, 致辞 and their kin: the speech named. */
const SPEECH_NOUN = '(?:讲话|講話|发言|發言|致辞|致辭|致词|致詞)';
/** X…作了重要讲话。 / X…致辞。 : the speech announced, whatever stands between the person and it. */
const ANNOUNCED = new RegExp(
  `^([\\p{Script=Han}、·]{2,40}?)(?:(?:作了|作|做了|做|发表了|發表了|发表|發表)(?:了)?(?:重要|总结|總結|专题|專題|简短|簡短|热情|熱情)?${SPEECH_NOUN}|致(?:了)?(?:开幕|開幕|闭幕|閉幕|欢迎|歡迎)?(?:辞|辭|词|詞))。`,
  'u',
);
/** X在讲话中总结了…。 : the speech named, then a verb that gives no kind (总结, 回顾, 分析, 通报). */
const IN_SPEECH = new RegExp(`^([\\p{Script=Han}、·]{2,24}?)(?:在|於|于)?${SPEECH_NOUN}(?:中|时|時)(?:总结|總結|回顾|回顧|分析|通报|通報|介绍|介紹)(?:了)?[^。！？；;]{1,80}。`, 'u');
/** 代表兵团党委常委会 / 在会议结束时 / 在闭幕式上 after the person: for whom, when or where. */
const BEHALF_TAIL = /(?:同志)?代表[\p{Script=Han}、]{2,24}$/u;
const WHEN_TAIL = /(?:在|於|于)[^，。；,;]{1,14}?(?:时|時|之际|之際|上|中)$/u;

function speakerOf(raw: string): string {
  return raw.replace(WHEN_TAIL, '').replace(BEHALF_TAIL, '').replace(WHEN_TAIL, '');
}

/** The address sentence opening `rest`, or null. Cheap tests first: this runs at sentence starts. */
export function speechAddress(rest: string): Address | null {
  if (!/。(?:他|她)/u.test(rest)) return null;
  const m = ANNOUNCED.exec(rest) ?? IN_SPEECH.exec(rest);
  if (!m) return null;
  const speaker = speakerOf(m[1]!);
  if (speaker.length < 2) return null;
  return { speaker, length: m[0].length };
}
