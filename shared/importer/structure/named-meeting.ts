/**
 * A sitting named in full as a lead's subject: 区委常委会暨区委深改委第二十二次会议，听取… /
 * 省人大常委会2025年第七次主任会议决定… / 主席会议、常委会议分别审议… / 預備會議審議通過….
 *
 * A report of several sittings held together (a standing committee, then a leading group or a
 * reform commission meeting as part of it), or of one sitting named by its body and number, names
 * each sitting where its business begins. The sitting doing a lead verb is the meeting doing it, as
 * 会议 is (bench/KEYING.md 2); the lead reader reads it as 会议 and keeps the name as written.
 *
 * Not a higher level's meeting passed on (全省经济工作会议指出… after 传达了全省经济工作会议精神),
 * not a sitting pointed at (本次会议, 上次会议: the lead reader has its own rules for those), and not a
 * clause that only ends in 会议 (X在…会议, 出席…会议, …召开的会议).
 */

/** One sitting's name: its body, session and number, then the word for a sitting. */
const ONE = '[\\p{Script=Han}\\d（）()·]{0,30}?(?:会议|會議|全会|全會)';
/** Several sittings named together (主席会议、常委会议 / 党组会议暨常务会议). */
const NAMES = new RegExp(`^${ONE}(?:[、暨和及与與](?:${ONE}))*`, 'u');
/** Words a clause has and a sitting's name never does: a place, a relative clause, attending, holding. */
// 各相关部门要认真采纳会议讨论意见 / 要根据会议研究讨论的意见: an instruction (要, not the 要 of
// 重要/主要/纪要) whose object is the meeting's discussion names no sitting.
const NOT_A_NAME = /在|于|於|的|是|提交|提请|提請|将|將|把|同意|出席|主持|参加|參加|列席|召开|召開|举行|舉行|开好|開好|以来|以來|(?<![重主纲綱提摘紀纪需])要/u;
/** A higher level's meeting (usually the matter studied) or a sitting pointed at, not named. */
// A preposition or a time word opening it (根据前期会议部署, 按照…会议要求) makes it a clause's object.
const NOT_THIS_MEETING =
  /^(?:本次|此次|这次|這次|这个|這個|上次|前次|上一次|下次|下一次|历次|歷次|各次|前期|近期|此前|之前|以往|全国|全國|全省|全市|全州|全县|全縣|全区|全區|中央|国务院|國務院|党中央|黨中央|根据|根據|按照|依据|依據|依照|遵照|为|為|经|經|通过|通過|结合|結合|围绕|圍繞|针对|針對|对|對|就|从|從|向|由|今日|今天|昨日|昨天|日前|近日)/u;
/**
 * What the sitting does must follow its name at once (how it did it may stand between): a lead
 * verb of the meeting's, so a name read too far (…会议，政府提出…) is no subject.
 */
export const SITTING_DOES =
  /^(?:还|還|也|又|首先|分别|分別|并|並|专题|專題|一致|认真|認真|集体|集體|进一步|進一步|再次|重点|重點|随后|隨後|依法|最后|最後)*(?:听取|聽取|审议|審議|研究|讨论|討論|传达|傳達|学习|學習|强调|強調|指出|要求|认为|認為|决定|決定|通过|通過|同意|原则|原則|部署|明确|明確|确定|確定|审定|審定|审查|審查|选举|選舉|决议|決議|议决|議決|议定|議定|提出|号召|號召|责成|責成|表示|协商|協商|批准)/u;
/** The words alone are the meeting already; nothing to name. */
const BARE_WORD = /^(?:会议|會議|全会|全會)$/u;
/** Passing on or studying a meeting's spirit: that meeting is the matter, not the one reported. */
const STUDIED = '(?:传达|傳達|学习|學習|贯彻|貫徹|落实|落實|领会|領會)';

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/**
 * The length of the sitting's name at `pos` of `text`, with the comma after it if any (区委深改委
 * 第二十二次会议，听取…), or 0 when no sitting is named there.
 */
export function namedMeetingAt(text: string, pos: number): number {
  const rest = text.slice(pos, pos + 90);
  const m = NAMES.exec(rest);
  if (!m) return 0;
  const name = m[0];
  if (BARE_WORD.test(name) || NOT_A_NAME.test(name) || NOT_THIS_MEETING.test(name)) return 0;
  if (new RegExp(`${STUDIED}[^。；;]{0,16}${escapeRegExp(name)}`, 'u').test(text.slice(0, pos))) return 0;
  return name.length + (/^[，,]/u.test(rest.slice(name.length)) ? 1 : 0);
}
