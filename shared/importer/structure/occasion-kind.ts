import type { SectionKind } from '../../model';
import { crowdKind } from './crowd-deliberates';

/**
 * The kind of a 会上 account that leads.ts left plain (`other`): bench/KEYING.md 9 reads 会上 as
 * `other` unless the same sentence carries a stronger lead (会上X强调 → `requirement`, 会上X传达了 →
 * `directive`). leads.ts finds that stronger lead only where it stands as a lead of its own (a verb
 * closed by a comma or colon, a subject it knows), so the first sentence of an occasion whose one
 * speaker directs in a shape it does not read stayed `other`. The blind first runs show the shape
 * differs each batch (會上，X指出在… with no comma; 会上，X提出，…; 會上，X帶領與會人員一同學習了《…》;
 * 会上传达学习了…精神 with no speaker), so this reads the verb by where it stands: in the first clause
 * of the first sentence, right after one speaker, or right after 会上 with no speaker.
 *
 * Not in a ；-rundown or a 、-list of speakers (rule 2: one account of several people, `other`), not
 * after a report verb (X作了…报告，…指出: the report is the account), and a bare 传达/学习 only of a
 * higher level's words (精神, 指示, 讲话): 会上传达了…察看…的情况 is news, the occasion's own account.
 *
 * A ； alone makes no rundown: one speaker's words often list what they passed on or laid out by ；
 * (X传达了…报告精神，布置了今后的任务：提高…；树立…；提升… / X领学了…精神；…印发的《…》). The
 * rundown is another actor in a later ；-part (李某传达了… / 某局汇报了… / 乙对…进行安排部署), so the
 * verb is read in the first part and a later part with an act of its own leaves the account plain.
 */

/** Verbs of directing, with what they give (提出 asks only when 要求 follows: KEYING 11). */
const VERB = '指出|提出|认为|認為|表示|传达学习|傳達學習|学习传达|學習傳達|传达|傳達|转达|轉達|领学|領學|强调|強調|要求';
/** One speaker, then the verb: no comma, no list of speakers, no report or speech of their own first. */
const SPEAKER_VERB = new RegExp(
  `^(?<subj>[^，。；,;、：:“”《》]{2,30}?)(?:在[^，。；,;]{1,12}?(?:中|时|時))?(?:还|還|也|又|首先|进一步|進一步|充分)?(?:对[^，。；,;]{1,30}?|對[^，。；,;]{1,30}?|就[^，。；,;]{1,30}?)?(?<verb>${VERB}|(?:带领|帶領|组织|組織)[^，。；,;]{1,12}?(?:学习|學習))`,
  'u',
);
/** 会上传达学习了… / 會上還集體學習了…: the occasion passing a text on, with no speaker named. */
const BARE_PASSING = /^(?:还|還|也|又|首先|集体|集體|认真|認真|专题|專題)*(?:传达学习|傳達學習|学习传达|學習傳達|传达|傳達|学习|學習|领学|領學)/u;
/** What a higher level said: 精神, 讲话, 指示 … (not news of a visit or a notice). */
const HIGHER_WORDS = /精神|讲话|講話|论述|論述|指示|批示|重要文章|条例|條例/u;
/** The speaker reported or spoke first: 作了…报告 / 汇报了 / 宣读 / 介绍 / 发言 (the account is that). */
const REPORTED = /作|做|汇报|匯報|彙報|通报|通報|介绍|介紹|宣读|宣讀|报告|報告|发言|發言|讲话|講話|致辞|致辭|主持/u;

/** A ；-part where someone else reports or speaks: 李某通报了… / 各单位作了交流发言 (a rundown). */
const ANOTHER_ACT = /^[^，,：:]{2,24}?(?:汇报|匯報|彙報|通报|通報|介绍|介紹|宣读|宣讀|作了|做了|发言|發言|讲话|講話|致辞|致辭|进行|進行|部署)/u;

function kindOf(verb: string, sentence: string, at: number): SectionKind {
  if (/^(?:强调|強調|要求)$/u.test(verb)) return 'requirement';
  if (/^提出$/u.test(verb) && /要求/u.test(sentence.slice(at, at + 30))) return 'requirement';
  return 'directive';
}

/** One subject (a leader, 一行, 委员们) hearing in the first clause: 座谈会上，X一行听取了…汇报. */
const HEARD = /^(?<subj>[^，。；,;、：:“”《》在]{2,20}?)(?:还|還|也|首先|认真|認真|分别|分別)*(?:听取|聽取)了/u;
/** A stronger verb later in the sentence gives the kind (bench/KEYING.md 2's weak-lead rule). */
const STRONGER = /指出|强调|強調|要求|认为|認為|表示|肯定|决定|決定|通过|通過|部署/u;

/**
 * 座谈会上，X一行听取了…汇报 / 座談會上，委員們聽取了…報告: the hearing is what the occasion was for,
 * a topic (hearing → topic, as 会议听取了…). Only with one subject before the verb (a bare 听取了… after
 * 会上 runs on into a rundown as often as not in TRAIN keys), and not when a stronger verb follows.
 */
function heardBy(sentence: string): SectionKind | null {
  const m = HEARD.exec(sentence);
  if (!m?.groups || REPORTED.test(m.groups.subj!) || STRONGER.test(sentence.slice(m[0].length))) return null;
  return 'topic';
}

/** People deliberating as the occasion's business: …就…问题进行详细研究 / 进行了深入的讨论和协商 /
 * 深入探讨了… / 还就…进行了商议和研究 (KEYING 17: 讨论/研讨/探讨 with people as subject → `topic`;
 * 19: 研究 → `topic`). 交流/座谈 are acts with no lead (KEYING 17–18), so they are not read. */
const DISCUSSED = /(?:进行|進行|展开|展開|开展|開展)(?:了)?[^，。；,;]{0,6}?(?:讨论|討論|研究|探讨|探討|研讨|研討|商议|商議)|(?:讨论|討論|探讨|探討|研讨|研討|商议|商議)了/u;
/** Hearing the others' reports later in the first clause (…围绕“…”等问题听取了企业家们的汇报). */
/** A report, a speech or a reading made before the deliberation (REPORTED without its bare 作/做,
 * which 作用/做好 would match). */
const ACT_BEFORE = /(?:作|做)(?:了|出)|汇报|匯報|彙報|通报|通報|介绍|介紹|宣读|宣讀|报告|報告|发言|發言|讲话|講話|致辞|致辭/u;
const HEARD_LATER = /(?:听取|聽取)了[^，。；,;]{0,40}?(?:汇报|匯報|彙報|报告|報告|介绍|介紹)/u;

/**
 * 会上，参会人员…就…问题进行详细研究，对…进行梳理讨论 / 在座谈会上，与会成员…进行了深入探讨: the
 * occasion's account is a deliberation, a topic, as 会议讨论了… is (round 37's blind batches keyed two
 * such 会上 paragraphs `topic`). Not when a report, a speech or a study of one came first in the
 * sentence (…汇报了…，并就…进行交流和探讨: the account is that act, `other`, as REPORTED keeps a
 * speaker who reported first), nor when a stronger verb follows. The people present opening the
 * account are read first by crowd-deliberates.ts (their study of a higher text is `directive`,
 * KEYING 14 and 16, round 43).
 */
function discussedBy(sentence: string): SectionKind | null {
  const m = DISCUSSED.exec(sentence) ?? HEARD_LATER.exec(sentence);
  // A bare verb opening the account (听取了…汇报，研究了…) is the meeting's own agenda run, left to
  // occasion-agenda.ts: the deliberating needs someone before it.
  if (!m || m.index < 2 || ACT_BEFORE.test(sentence.slice(0, m.index)) || STRONGER.test(sentence.slice(m.index + m[0].length))) return null;
  return 'topic';
}

/**
 * The kind the first sentence of a 会上 account gives it, or null (the account stays `other`).
 * `body` is what follows the 会上 lead: 蔣書記帶領與會人員一同學習了… / 传达学习了…精神.
 */
export function occasionKind(body: string): SectionKind | null {
  const text = body.replace(/^[，,：:\s]+/u, '');
  const end = text.search(/[。！？!?]/u);
  const sentence = end < 0 ? text : text.slice(0, end);
  const parts = sentence.split(/[；;]/u);
  if (parts.slice(1).some((p) => SPEAKER_VERB.test(p) || ANOTHER_ACT.test(p))) return null;
  if (BARE_PASSING.test(sentence)) return HIGHER_WORDS.test(sentence) ? 'directive' : null;
  const m = SPEAKER_VERB.exec(parts[0]!);
  // 会上，与会代表畅所欲言，提出了意见和建议: the people present opening it, their strongest verb.
  if (!m?.groups) return heardBy(parts[0]!) ?? crowdKind(sentence) ?? discussedBy(parts[0]!);
  const subj = m.groups.subj!;
  if (REPORTED.test(subj) || /分别|分別|先后|先後|依次|等/u.test(subj)) return null;
  const verb = m.groups.verb!;
  // 带领与会人员学习了…: leading the study passes a text on, as 领学 does (KEYING 11).
  if (/^(?:带领|帶領|组织|組織)/u.test(verb)) return 'directive';
  return kindOf(verb, sentence, m.index + m[0].length);
}
