/**
 * What people attended when it is not a meeting word: 参加审议, 出席开幕式并讲话, 列席旁听, 参加揭牌仪式.
 * A report's opening says who took part in the day's event with the same verbs it uses for a
 * meeting; the object is any short event, so no list of event words can be complete. header.ts reads
 * the people before such a verb only when they are named and titled (parsePeopleList decides), and
 * the words here keep out the objects that make the verb no attendance at all.
 */

/** The verb (capture 1) and a short event as its object (capture 2), up to 并, a clause end or the text's end. */
// 15名列席代表参加会议: the object never runs over another attendance verb. 列席 there names a kind of
// delegate (列席代表, as 特邀代表), and a match reaching 参加会议 would swallow the clause's real verb.
// 71名列席及特邀代表参会: right after a head count, 列席 names the people counted, no verb at all.
export const ATTENDED_EVENT = String.raw`(?<![0-9０-９一二三四五六七八九十百千余多餘][名位])(出席|列席|参加|參加|参与|參與)(?:了)?((?:(?!出席|列席|参加|參加|参与|參與|参会|參會|与会|與會)\p{Script=Han}){2,8}?)(?=并|並|[。；，,;]|$)`;

// 参加工作 (a career), 出席率, 参加人员 (a label), 参加者: the verb inside a noun or a biography.
// 会议/會議…: a meeting is read by header.ts's own forms; here it would only be a clause they refused.
// 大会/大會 is read here: header.ts leaves a bare 出席大会 alone (it often closes a clause about the
// congress, 应出席大会代表300名), and the named, titled gate below keeps those out.
// 的 makes the object a clause (参加过的活动), not an event.
// 出席会议开幕式: the meeting's opening (or closing) ceremony is an event of its own, unlike 会议 alone.
const NOT_AN_EVENT = /^(?:工作|人员|人員|者|率|人数|人數|名单|名單|情况|情況|(?:会议|會議)(?!开幕|開幕|闭幕|閉幕))|的/u;
/**
 * 出席了此次庆典, 参加本次开班仪式: a demonstrative points at the event the report tells, whatever
 * its word; the word after it is read as any object is (本次会议 stays header.ts's own form).
 */
const THIS_ONE = /^(?:本次|此次|这次|這次|该次|該次|是次)/u;

/** Whether `object`, read after an attendance verb by ATTENDED_EVENT, names an event people attended. */
export function attendedEvent(object: string): boolean {
  const event = object.replace(THIS_ONE, '');
  return event.length >= 2 && !NOT_AN_EVENT.test(event);
}

/** A sentence that closes on attending an event (…等参加审议): recognise.ts's attendance paragraphs. */
const ENDS_ATTENDING = /(?:出席|列席|参加|參加|参与|參與)(?:了)?(\p{Script=Han}{2,8}?)(?:并讲话|並講話|并致辞|並致辭)?$/u;
export function endsAttendingEvent(sentence: string): boolean {
  const m = ENDS_ATTENDING.exec(sentence);
  return !!m && attendedEvent(m[1]!);
}
