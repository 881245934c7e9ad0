import type { SectionKind } from '../../model';
// 会上，/ 会议期间，/ 大会…: the occasion's or the meeting's account, not one speaker's; and the kind a
// verb of saying gives, as speaker-kind.ts reads a speaker's own account.
import { kindOfSaying, MEETING_OR_OCCASION } from './speaker-kind';
// The class of a sentence's main verb, read wherever it stands (deciding, demanding, directing).
import { leadlessKind } from './leadless-kind';

/**
 * The kind of a paragraph that announces a speech in its first sentence and gives what was said in
 * the next one, the speaker named again by pronoun (bench/KEYING.md 9: a speech and its pronoun
 * sentences are one section; 作讲话 has no kind of its own, the first verb inside the speech gives it):
 *   在完成各项议程后，甲作了讲话。他指出，… → `directive`
 *   甲作了总结讲话，并对下一步工作进行了部署。就…，他强调，要… → `requirement`
 *   甲作了点评。他肯定了… → `directive`
 *
 * The signal is the grammar every such account has, not the shape of the announcement: the first
 * sentence's main verb is a speech made (作/做/发表/进行 … 讲话/发言/致辞/点评/报告, whatever words
 * for who, when or which speech stand before it), and the second sentence's subject is 他/她 with a
 * verb of saying — optionally after one clause of what it is about (就…，他强调). leads.ts and
 * addresses.ts read the plain shapes where the person opens the sentence; the round-36 TRAIN even
 * half left a context clause first (在…后，), a speech named with its title (作了题为《…》的讲话) or a
 * clause after the speech (，并对…作了部署) as a plain account. Only kinds are read here: which
 * paragraphs open sections is leadless.ts's.
 * Not for thanks or welcome (他首先对…表示欢迎: nothing the meeting decided), nor for the meeting's or
 * the occasion's own account (会上，/ 会议期间，…: a rundown, bench/KEYING.md 2).
 */

/** 讲话, 发言, 致辞, 点评, 报告: the speech named. */
const SPEECH_NOUN = '(?:讲话|講話|发言|發言|致辞|致辭|致词|致詞|点评|點評|报告|報告)';
/** The first sentence ends with the speech made (作了总结讲话 / 作题为《…》的讲话 / 作“…报告”), perhaps
 * with one clause joined after it (，并对下一步工作进行了部署). */
const SPEECH_MADE = new RegExp(`(?:作|做|发表|發表|进行|進行)(?:了)?[^。！？；;]{0,40}?${SPEECH_NOUN}[”」》"]?(?:[，,](?:并|並|还|還|同时|同時)[^。！？；;]{0,60})?$`, 'u');
/** The next sentence: 他/她 as subject (after at most one clause of what it is about) and its verb. */
const PRONOUN_SAYS =
  /^(?:[^。！？，,；;他她]{0,40}[，,])?(?:他|她)(?:还|還|也|又|首先|进一步|進一步|随后|隨後|最后|最後|同时|同時)?(说|說|表示|指出|强调|強調|要求|提出|肯定|认为|認為)(?!得|[^，。；,;]{0,12}?(?:感谢|感謝|欢迎|歡迎|祝贺|祝賀|慰问|慰問))/u;

/**
 * Round 46 (import-116b): the first sentence may be any act of one person that has no kind of its own,
 * not only a speech made — a bare 讲话 (党委书记甲讲话。他肯定了…), a report to the meeting (甲向来宾介绍
 * 了…。他指出…: KEYING 21, one section of the stronger lead's kind), a deployment (甲就…作了全面部署。
 * 他指出…: KEYING 17, the pronoun's verb gives the kind), or listening (甲认真听取发言…。他表示… /
 * 甲在听取…后。他表示…: KEYING 18's 某书记认真聆听，她表示…, KEYING 27's stray 。). Not 回顾 / 分享 /
 * 交流: after those the pronoun lead opens a section of its own (KEYING 21).
 */
const ACT_DONE = /讲话|講話|介绍|介紹|通报|通報|汇报|匯報|部署|听取|聽取|倾听|傾聽|聆听|聆聽/u;
const SHARED = /回顾|回顧|分享|交流/u;

/** 各单位 / 与会人员 / 委员们 / 有关部门: a group or units, for whom 他/她 cannot stand. */
const GROUP = /^(?:各|全体|全體|与会|與會|大家|有关|有關|部分)|(?:们|們|单位|單位|部门|部門|人员|人員)(?:在|於|于|就|对|對|围绕|圍繞|分别|分別|先后|先後|也|还|還|作|做|发表|發表|进行|進行)/u;

/** The speech's maker may be 他/她 only if it is no group (各单位作了发言。他… names no one). */
function madeByPerson(first: string): boolean {
  const clauses = first.split(/[，,]/u);
  const clause = clauses.find((c) => SPEECH_MADE.test(c)) ?? clauses.find((c) => ACT_DONE.test(c)) ?? clauses.pop()!;
  return !GROUP.test(clause);
}

/**
 * Round 48 (import-124b): the speech's words, read by the class of their main verb rather than by a
 * list of verbs of saying that must follow 他/她 at once. The speaker may be the subject of a time
 * clause around the verb (他在分析了…后指出，), and the verb may be any that leadless-kind.ts reads
 * (他肯定了… / 他对…表示肯定 / 她对…提出了要求): bench/KEYING.md 9 and 15, the first verb inside the
 * speech gives its kind. A time clause closing before the speaker (大会完成各项议程后，甲讲话。) is
 * context (KEYING 12), not the meeting's own account. Welcome and thanks still give nothing.
 */
const PRONOUN_HEAD = /^(?:[^。！？，,；;他她]{0,40}[，,])?(?:他|她)(?:还|還|也|又|首先|进一步|進一步|随后|隨後|最后|最後|同时|同時)?(?:在[^，,。；;]{1,40}?(?:后|後|时|時|中))?/u;
const THANKS = /^[^，。；,;]{0,40}?(?:感谢|感謝|欢迎|歡迎|祝贺|祝賀|慰问|慰問)/u;
/** 大会完成各项议程后，/ 会议结束时，: a time clause before the speaker, no account of the meeting's. */
const TIME_FIRST = /^[^，,。！？；;]{2,30}?(?:后|後|时|時)[，,]/u;

function pronounClauseKind(next: string): SectionKind | null {
  const m = PRONOUN_HEAD.exec(next);
  if (!m) return null;
  const stop = next.search(/[。！？]/u);
  const rest = next.slice(m[0].length, stop < 0 ? undefined : stop);
  return THANKS.test(rest) ? null : leadlessKind(rest);
}

/** The kind the pronoun's verb gives a speech announced in the first sentence, or null. */
export function speechPronounKind(text: string): SectionKind | null {
  if (MEETING_OR_OCCASION.test(text.replace(TIME_FIRST, ''))) return null;
  const stop = text.search(/[。！？]/u);
  // 甲到会并发表讲话，他对…表示肯定: the speaker goes on after a comma, the speech made before it.
  const comma = text.search(/[，,](?=他|她)/u);
  const end = comma >= 0 && (stop < 0 || comma < stop) && SPEECH_MADE.test(text.slice(0, comma)) ? comma : stop;
  if (end < 0) return null;
  const first = text.slice(0, end);
  if (/[；;]/u.test(first) || !(SPEECH_MADE.test(first) || (ACT_DONE.test(first) && !SHARED.test(first))) || !madeByPerson(first)) return null;
  const m = PRONOUN_SAYS.exec(text.slice(end + 1));
  return m ? kindOfSaying(m[1]!) : pronounClauseKind(text.slice(end + 1));
}
