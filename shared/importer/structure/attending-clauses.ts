/**
 * Clauses of a body sentence that say who attended, read after the opening: a list, then the
 * attendance verb closing its clause. Reports write the verb in more ways than 出席会议:
 *
 * - with no object at all: 副主席A、B，秘书长C出席。 / 副處長X同志到會。
 * - with the sitting or the meetings named: 出席闭幕大会, 出席主席会议、常委会议, 出席了开幕式
 * - with the activity the list joined: 参加学习, 参加检查, 参加座谈
 * - with its manner before the verb: 全程参加, 一同参加, 应邀出席
 * - and several such clauses in one sentence: A、B出席主席会议、常委会议，秘书长C出席主席会议，并作说明。
 *
 * Only the grammar of the clause is read here; whether its list names people is for the caller.
 */

import { ATTENDANCE_MANNER } from './attendance-manner';

/**
 * 市长X在某分会场收听收看: at a video conference, those who follow it from a branch venue attend it,
 * as the opening reads them (header.ts REMOTE); only right after 分会场/主会场, since 收看 alone is
 * watching anything.
 */
const REMOTE = String.raw`(?<=分会场|分會場|主会场|主會場)(?:收听收看|收聽收看|收看收听|收看收聽|收看)`;
/** Attendance verbs; 到会 (came to the meeting) says it as 出席 does, 旁听 (sat in) as 列席. */
const VERB = String.raw`(?:(?:到会|到會)(?=(?:列席|旁听|旁聽|巡听|巡聽)))?(?:(?:巡听|巡聽)?(旁听|旁聽)|(出席|列席|参加|參加|参会|參會|与会|與會|${REMOTE})|(到会|到會)(?=[并並]|[，。；,;]|$))`;
/** How the list attended: 全程, 一同, 应邀, 悉数, 亲自 … (no part of the list; attendance-manner.ts). */
const MANNER = `${ATTENDANCE_MANNER}*`;
/**
 * A sitting of the meeting named by its kind only: 闭幕大会, 开幕式, 全体会议 (a part of the meeting reported).
 * After a demonstrative (本次, 此次, 是次 …) any words are the event the report tells, whatever they
 * name: 出席了本次会议的各项活动, 出席此次交流会 (no meeting list can hold every such word).
 */
const SITTING = String.raw`(?:(?:本次|此次|这次|這次|该次|該次|是次)\p{Script=Han}{1,16}?|(?:会议|會議|大会|大會)|(?:开幕|開幕|闭幕|閉幕)(?:大会|大會|式|会|會)|(?:全体|全體)(?:会议|會議)|(?:开幕式|開幕式|闭幕式|閉幕式|仪式|儀式|座谈会|座談會))`;
/**
 * 学习研讨, 座谈交流, 交流会, 讨论: a gathering named by the talk its people have together, which is the
 * meeting itself (header.ts reads the list before 参加 + this as attending, as here).
 */
export const GATHERING_TALK = String.raw`(?:(?:学习|學習)?(?:研讨|研討)(?:交流)?|(?:座谈|座談|学习|學習)?交流(?:会|會)?|讨论|討論)`;
/**
 * An activity the list joined rather than a sitting: 学习, 检查, 调研, 座谈. 学习研讨, 座谈交流, 交流会,
 * 讨论: the sitting named by the talk its people have together is the meeting itself (a closing roll
 * …及相关处室负责人参加座谈交流。), read as 参加座谈 is.
 */
const ACTIVITY = String.raw`(?:${GATHERING_TALK}|(?:集体|集體|专题|專題)?(?:学习|學習)(?:会|會)?|检查|檢查|调研|調研|视察|視察|考察|座谈|座談|活动|活動)`;
/** A meeting named in full (…主席会议, …常委会议): kept only when it is the one reported (see below). */
const NAMED = String.raw`\p{Script=Han}{1,12}?(?:会议|會議|会|會)(?:、\p{Script=Han}{1,12}?(?:会议|會議|会|會))*`;
/** What may follow the object in the same clause: 并讲话, 并在主席台前排就座, 指导, 听取…. */
const TAIL = String.raw`(?:[并並](?:讲话|講話|致辞|致辭|作指导|作指導|指导|指導|在主席[台臺](?:上|前排)?就[座坐]))?(?:指导|指導)?`;

const CLAUSE = new RegExp(String.raw`([^。；！？;]{2,120}?)${MANNER}${VERB}(?:了)?(?:(${SITTING})|(${ACTIVITY})|(${NAMED}))?${TAIL}(?=[并並]|听取|聽取|[，。；,;]|$)`, 'u');
/**
 * Every word VERB can match holds one of these (REMOTE's all hold 收看). CLAUSE tries up to 120
 * characters of list at every start, so a sentence with none of them is let go before it runs:
 * most body sentences name no attendance (round 45: this clause was the costliest pattern of an import).
 */
const VERB_WORD = /旁听|旁聽|出席|列席|参加|參加|参会|參會|与会|與會|收看|到会|到會/u;

export interface AttendingClause {
  /** The words before the verb: the list of who attended (its manner taken off). */
  list: string;
  /** The verb as written, read for the role: 列席 and 旁听 sit in, the rest attend. */
  verb: string;
  /** The meeting named in full after the verb, '' when none was. */
  named: string;
}

/**
 * The attendance clauses of `sentence` in order. A clause naming a meeting in full counts only when
 * that meeting shares a run of three characters with `meeting` (the report's meeting): 区委书记X出席
 * 全市经济工作会议并讲话, told in the body, is another meeting's account.
 */
export function attendingClauses(sentence: string, meeting = ''): AttendingClause[] {
  const out: AttendingClause[] = [];
  let rest = sentence.trim();
  while (rest && VERB_WORD.test(rest)) {
    const m = CLAUSE.exec(rest);
    if (!m) break;
    const verb = (m[2] ?? m[3] ?? m[4])!;
    const named = m[7] ?? '';
    const after = rest.slice(m.index + m[0].length);
    // Each clause's list is what follows the clause before it; the next one starts after a comma.
    if (!named || sharesRun(named, meeting, 3)) out.push({ list: m[1]!.trim(), verb: verb === '旁聽' ? '旁听' : verb, named });
    const comma = after.search(/[，,]/u);
    if (comma < 0) break;
    rest = after.slice(comma + 1);
  }
  return out;
}

/** Whether `a` and `b` share a run of at least `n` characters. */
function sharesRun(a: string, b: string, n: number): boolean {
  for (let i = 0; i + n <= a.length; i++) if (b.includes(a.slice(i, i + n))) return true;
  return false;
}
