/**
 * Whether a lead's subject is a group of the people present speaking as one (bench/KEYING.md 12, 16:
 * the attendees' judgement, 与会人员一致认为 / 大家纷纷表示, opens an item of its own, `directive`).
 *
 * The groups are named by the report's own words every time (老干部们, 黨員們, 代表團成員, 與會領導,
 * 督導組), so a list of them misses the next batch. Chinese marks such a noun by its shape instead:
 * - 们/們 is the plural of people only (no 会议们, no 县政府们): X们 is always a group of people;
 * - a head noun of the class of people's kinds and roles closes it (…成员, …干部, …代表, …领导);
 * - a working party sent to the meeting (督导组, 调研组, 考察团, 代表团) closes on 组/团.
 * 大家 and 双方/雙方 (in talks the report names both parties present at once) speak as one too.
 * A consensus adverb between group and verb (普遍, 纷纷, 一致, 都) says the group spoke as one; it is
 * not part of the group.
 */

/** The heads that name a kind of people (a class: people by role, rank, trade or party). */
const PEOPLE_HEAD =
  '人员|人員|代表|委员|委員|同志|干部|幹部|群众|群眾|居民|村民|党员|黨員|职工|職工|师生|師生|成员|成員|领导|領導|学生|學生|教师|教師|老师|老師|家长|家長|专家|專家|嘉宾|嘉賓|企业家|企業家|青年|乡贤|鄉賢|农户|農戶|会员|會員|员工|員工|骨干|骨幹';
const CROWD = new RegExp(`^(?:大家|双方|雙方|[\\p{Script=Han}、]{0,10}?(?:${PEOPLE_HEAD}|[\\p{Script=Han}]{1,6}(?:组|組|团|團))(?:们|們)?|[\\p{Script=Han}]{1,8}(?:们|們))$`, 'u');
/** How the group spoke: all alike (普遍), one after another (纷纷), with one voice (一致), all (都/均). */
const CONSENSUS = /(?:普遍|纷纷|紛紛|一致|都|均|也|还|還)+$/u;

export function isCrowd(subject: string): boolean {
  const group = subject.replace(CONSENSUS, '');
  // 各位老干部们 / 全体党员: a scope word before the group is part of it.
  return group.length >= 2 && CROWD.test(group);
}
