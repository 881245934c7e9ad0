import type { SectionKind } from '../../model';

/**
 * The meeting's own acts of electing, voting and deliberating, as leads whose kind their verb says
 * (bench/KEYING.md 5 and 9: electing and adopting → decision; an item deliberated with no outcome
 * → topic). leads.ts reads the commoner shapes (会议审议通过了, 会议选举产生); these are the shapes
 * that read as no lead at all on first sight of fresh batches (heldout-20, 22, 26, 27):
 * - the manner of the vote between the meeting and its verb: 會議以舉手表決的方式，選舉產生…,
 *   预备会议以无记名投票方式选举…;
 * - the electing verbs other than 选举: 会议推选X为…, 会议补选X为…, 会议增选…;
 * - 通过 adopting a named list or paper with no 了 or title mark: 会议通过政协…委员增补名单；…;
 * - the meeting hearing and deliberating an item with nothing adopted: 会议听取审议了《…》, 会议协商了…;
 * - the meeting issuing a paper: 会议印发了《…》, 会议发布了….
 */

/** The meeting by the names its report gives it, the preparatory meeting of a congress included. */
const MEETING = '(?:(?:预备|預備)?(?:会议|會議)|全会|全會|大会|大會|常委会|常委會|常务会议|常務會議|主任会议|主任會議|主席团|主席團)';
/** How the meeting did it (还, 随后, 依法, 以…): a closed class of adverbs, as leads.ts has them. */
const HOW = '(?:还|還|也|又|并|並|随后|隨後|接着|接著|首先|最后|最後|依法|正式|分别|分別|一致|当场|當場)*';
/** 以举手表决的方式 / 采取无记名投票的形式 / 通过差额选举办法: how a vote was taken. */
const MANNER = '(?:以|采取|採取|采用|採用|通过|通過)[^，。；：,;:]{1,12}?(?:方式|形式|办法|辦法)';
/** The verbs of choosing people or adopting, one of which must follow the manner of the vote. */
const CHOOSES = '(?:选举|選舉|推选|推選|补选|補選|增选|增選|选出|選出|推举|推舉|表决|表決|通过|通過|决定|決定|任命)';
const VOTED = new RegExp(`^(${MEETING}${HOW}${MANNER})[，,]?(?=${HOW}${CHOOSES})`, 'u');
/** Electing verbs other than 选举, which leads.ts reads already; 推选X为…, 补选X为…. */
const ELECTS = new RegExp(`^${MEETING}${HOW}(?:推选|推選|补选|補選|增选|增選|推举|推舉)(?:了|出)?`, 'u');
/**
 * 会议通过X名单；/ 会议通过…决议。: 通过 before a named list or paper ending its clause adopts it.
 * Only these nouns: a clause ending in 报告 or 方式 is as often the means (会议通过听取报告…).
 */
const ADOPTS_PAPER = new RegExp(
  `^(${MEETING}${HOW}(?:通过|通過))(?!听取|聽取|视频|視頻|观看|觀看|学习|學習|召开|召開)[^，。；：,;:《]{2,40}?(?:名单|名單|人选|人選|议程|議程|决议|決議|章程|规则|規則|办法|辦法)(?=[，。；,;]|$)`,
  'u',
);
/**
 * 会议印发了《…》 / 会议发布了…: the meeting issuing a paper it settled is an outcome it produced
 * (KEYING 18's 出台, 21's 印发): a decision, as 通过 is.
 */
const ISSUES = new RegExp(`^${MEETING}${HOW}(?:印发|印發|下发|下發|发布|發布|發佈|出台|出臺)了?`, 'u');
/**
 * 会议听取审议了 / 全会听取并讨论了: hearing joined to deliberating, with 了. 会议协商了大会议程和日程: a
 * 政协 meeting consulting on an item deliberates it as 讨论了 does (a topic, 2 of 2 keys on TRAIN).
 */
const HEARD_AND_DELIBERATED = new RegExp(`^${MEETING}${HOW}(?:(?:听取|聽取)(?:和|并|並)?(?:审议|審議|讨论|討論)|协商|協商)了`, 'u');
/** Adopting or electing anywhere in the sentence: what turns a deliberation into a decision. */
const OUTCOME = /通过|通過|同意|批准|决定|決定|选举|選舉/u;

export interface MeetingAct {
  /** The lead phrase as written. */
  phrase: string;
  kind: SectionKind;
}

/** The meeting's act of electing or voting at the start of `rest`, or null. */
export function meetingAct(rest: string): MeetingAct | null {
  const voted = VOTED.exec(rest);
  if (voted) return { phrase: voted[1]!, kind: 'decision' };
  const elects = ELECTS.exec(rest);
  if (elects) return { phrase: elects[0], kind: 'decision' };
  const paper = ADOPTS_PAPER.exec(rest);
  if (paper) return { phrase: paper[1]!, kind: 'decision' };
  const issues = ISSUES.exec(rest);
  if (issues) return { phrase: issues[0], kind: 'decision' };
  return null;
}

/**
 * 会议听取审议了《…》: the meeting hearing and deliberating an item, a topic, or a decision when the
 * sentence adopts. Asked after leads.ts's own readings, which take 听取…报告 with its object.
 */
export function heardAndDeliberated(rest: string): MeetingAct | null {
  const heard = HEARD_AND_DELIBERATED.exec(rest);
  if (heard) {
    const end = rest.search(/[。！？]/u);
    const sentence = end < 0 ? rest : rest.slice(0, end);
    return { phrase: heard[0], kind: OUTCOME.test(sentence.slice(heard[0].length)) ? 'decision' : 'topic' };
  }
  return null;
}

/**
 * 会议围绕X展开。: the meeting naming what its business turned on, with nothing after 展开 (no 讨论,
 * no 工作): that is the business itself, a topic (bench/KEYING.md 28). 围绕X展开讨论 is a deliberation,
 * read elsewhere; the clause must end at 展开 for this reading.
 */
const FRAMED = new RegExp(`^(${MEETING}${HOW}(?:围绕|圍繞))[^。；！？;!?]{2,80}?(?:展开|展開)(?:了)?(?=[。；;！？!?]|$)`, 'u');

/** The lead of 会议围绕…展开。 (kind topic), or null. */
export function framedBusiness(rest: string): MeetingAct | null {
  const m = FRAMED.exec(rest);
  return m ? { phrase: m[1]!, kind: 'topic' } : null;
}

/** 讨论了 / 研究了 with the meeting as its subject: an item on the agenda, as 审议 is (bench/KEYING.md 5, 19). */
export function deliberatedItem(verb: string, le: boolean): boolean {
  return /^(审议|審議)$/u.test(verb) || (le && /^(讨论|討論|研究)$/u.test(verb));
}
