import type { SectionKind } from '../../model';
import { isCrowd } from './crowd';
import { crowdDeliberates, frontedGroup, groupSentence } from './crowd-deliberates';
import { segmenterSaysName } from '../segment';
import { speechAddress } from './addresses';
import { laterClauseVerb } from './later-clause';
import { DIRECTIVE, REQUIREMENT, SAID, SPEECH } from './lead-verbs';
import { proposalKind } from './proposal-kind';
import { deliberatedItem, framedBusiness, heardAndDeliberated, meetingAct } from './meeting-acts';
import { groupReportsInTurn } from './group-rundown';
import { namedMeetingAt, SITTING_DOES } from './named-meeting';
import { occasionAgendaKind } from './occasion-agenda';
import { isPersonRef, isTitle, looksLikeName, parsePerson } from './people';
import { quotedLength } from './quoted-first';
import { titledActor } from './titled-actor';

/**
 * Lead phrases open the sections of a report: 会议指出, 會議強調, 陈局长强调, 讨论通过了, 会上.
 * The verb decides the section kind (glossary in docs/ARCHITECTURE.md). Where a lead may stand
 * depends on how strong it is: anything at a paragraph start; a subject plus a strong verb at a
 * sentence start or after a comma (縣長要求…); a bare 要求/强调 only at a sentence start; a bare
 * decision verb after 。 or ；(…有关事宜；讨论通过了…).
 */
export type LeadPlace = 'paragraph' | 'sentence' | 'clause';

export interface Lead {
  /** The lead phrase as written, connector included (此外，王忠銘也責成). */
  text: string;
  kind: SectionKind;
  /** Offset just after the lead and its separator: where the section's own text begins. */
  bodyStart: number;
  /**
   * A bare verb after a comma (会议研究了X，指出… / …，决定…): it opens no section of its own but
   * gives its kind to the weak lead of its sentence (bench/KEYING.md 2).
   */
  kindOnly?: boolean;
  /**
   * 他强调 opening a sentence after one with no lead: the speaker's own point only when nothing in
   * the paragraph before it opened a section (bench/KEYING.md 2), which the caller knows.
   */
  onlyFirst?: boolean;
}

// 审议并原则通过, 讨论通过: the deliberation verb, an optional 并, an optional 原则, then 通过.
// 会议原则上通过了这三个报告: 原则 may take 上 (in principle), as the meeting's decision still.
// 研究同意, 研究通过, 审查通过: any deliberation verb with an adopting verb after it (bench/KEYING.md 9),
// the grammar of a decision rather than a list of its spellings.
// 決議：照案通過 / 决议如下: the resolving word bare before its colon, as a record writes it.
// 否决了该议案: turning a motion down is the meeting's outcome too (bench/KEYING.md 14).
const DELIBERATION = '审议|審議|讨论|討論|研讨|研討|表决|表決|研究|审查|審查|协商|協商';
const DECISION = `研究决定|研究決定|研究确定|研究確定|决定|決定|(?:${DELIBERATION}){1,2}(?:并|並)?(?:(?:原则|原則)(?:上)?)?(?:通过|通過|同意|批准)|(?:原则|原則)(?:上)?(?:通过|通過|同意|批准)|同意|否决|否決|议定|議定|明确|明確|(?:决议|決議|议决|議決)(?=[：:]|照案|如下)`;
const CHARGE = '责成|責成';
// 听取了…的汇报 / 情况报告 / 起草说明: an agenda item being presented.
// 会议听取了…的进展情况: with the meeting as subject, 听取 alone presents an agenda item too.
// 会议听取并审议通过了… / 听取并原则同意了…: hearing and deciding in one verb chain; the decision
// gives the kind (KINDS below), as a later decision in the sentence does (bench/KEYING.md 11).
// 会议听取…通报 / 听取…述职 (no 了, no second verb): a briefing or an account of duties presented
// is an agenda item as well.
const HEARD_THEN_DECIDED = '(?:听取|聽取)(?:并|並|和|及)(?:审议|審議)?(?:并|並)?(?:原则|原則)?(?:通过|通過|同意|批准)';
// 听取了…关于工作报告的决议草案: a report noun followed by 的 names what the object is about, not the
// object heard; the reading falls back to 听取了 (a verb before 的 opens nothing, readLeadAt).
const TOPIC = `${HEARD_THEN_DECIDED}|(?:听取|聽取)(?:了)?[^，。；]{0,60}?(?:汇报|匯報|彙報|报告|報告|说明|說明)(?!的)|(?:听取|聽取)(?!了|审|審|和|并|並|研)[^，。；]{0,60}?(?:通报|通報|述职|述職)|(?:听取|聽取)了`;
/**
 * 介绍/通报/汇报/述职/解读: a report made to the meeting, `other` (bench/KEYING.md 9), by the meeting
 * or by a person; a stronger lead later in the same sentence gives the section its kind.
 */
const REPORT = '通报|通報|介绍|介紹|宣读|宣讀';
const REPORT_VERB = new RegExp(`^(?:${REPORT})$`, 'u');
/**
 * 汇报/述职/解读 (and 报告了, the verb: 报告 alone is as often the noun) are read apart, only when the sentence start holds them: in the shared verb list
 * they sent every sentence with a 听取…汇报 in it through the person checks (+10 % on the step).
 */
const REPORTED_HEAD = /汇报|匯報|彙報|述职|述職|解读|解讀|报告了|報告了|总结|總結|回顾|回顧|向[^，。；,;]{1,6}(?:报告|報告)/u;
/**
 * 向大会作了…报告 / 向全会报告工作: the meeting or those present as whom a report is made to. After
 * it 报告 is the verb, 了 or not, and the person before it is the reporter.
 */
const AUDIENCE = '向(?:大会|大會|全会|全會|会议|會議|全体代表|全體代表|全体委员|全體委員|与会代表|與會代表|与会人员|與會人員)';
// 会议介绍了…, 會議宣讀了…: the meeting presenting something, an account of what it did.
const WEAK = `学习|學習|研究|讨论|討論|审议|審議|部署|安排|${REPORT}`;
// 会议成功选举, 会议顺利通过, 会议随即听取, 会议认真地学习: how the meeting did it stands between the
// subject and the verb. Adverbs are a closed class; a two-character word with 地 is one as well.
const ADVERBS =
  '(?:还|還|也|又|并|並|主要|同时|同時|进一步|進一步|一致|充分|专门|專門|重点|重點|再次|特别|特別|首先|集中|认真|認真|分别|分別|书面|書面|集体|集體|逐一|先后|先後|全面|深入|简要|簡要|最后|最後|依法|正式|全文|原文|逐条|逐條|逐项|逐項|成功|顺利|順利|圆满|圓滿|郑重|鄭重|隆重|严肃|嚴肅|热烈|熱烈|随即|隨即|随后|隨後|接着|接著|当场|當場|依次|一并|一併|纷纷|紛紛|则|則|\\p{Script=Han}{2}地(?=\\p{Script=Han}))*';

/**
 * The meeting as a lead's subject, in any of its names: 会议, and the names a body's meeting goes by
 * (全会 of a plenary, 大会 of a congress, 常委会/常务会议 of a standing committee, 主任会议 of a
 * people's congress council). Any of them doing a lead verb is the meeting doing it (全会认为 as 会议认为).
 */
const MEETING_WORD = '(?:会议|會議|全会|全會|大会|大會|常委会议|常委會議|常委会|常委會|常务会议|常務會議|主任会议|主任會議)';
/**
 * The people present as one body (与会人员, 与会代表, 全体党员, 参会委员): what they decide, judge or
 * ask, the meeting does (与会党员以举手表决方式通过了… is the meeting adopting it).
 */
const PRESENT = '(?:与会|與會|参会|參會|全体|全體)(?:人员|人員|同志|代表|党员|黨員|委员|委員|成员|成員|理事|会员|會員|股东|股東|领导|領導)';

/**
 * Verbs that open a lead only after a subject (会议审定了…, 會議決議：…, 会议号召…): bare at a
 * sentence start they are as often an instruction's own wording (确定专人负责, 通过…方式).
 */
// 会议选举产生了…: the meeting electing is the meeting deciding (bench/heldout-11 README, 09).
// 会议选举X为…: electing is deciding (bench/KEYING.md 9), with the meeting as subject only.
// 會議議決：…: the Traditional records' word for resolving, 决议 the other way round (not the 議決 inside
// 會議決議, read from its 會).
const SUBJECT_DECISION = '审定|審定|决议|決議|(?<![会會])(?:议决|議決)|批准|选举产生|選舉產生|选举(?![后後之])|選舉(?![后後之])';
/**
 * 会议通过了…, 會議一致通過《…》: 通过/确定 adopt only with the meeting as subject and an object
 * after 了, a colon or a title mark (会议通过视频形式召开 adopts nothing; 县长通过… is "by means of").
 */
// 会议确定以X作为…, 确定由X负责: 确定 with 以/由 after it fixes what was settled.
// 會上以大比數通過…, 会议以全票通过: 以 + how many before 通过 is a vote, whatever follows it.
// 会议通过成立…, 會議又通過設立…: 通过 right before a verb of setting up or appointing adopts it.
// 会议通过关于免去…的决定: so does 通过 right before 关于, which opens the adopted document's name.
// 会上 at a sentence start is the meeting as well (bench/KEYING.md 9: 会上…审议通过 → decision).
const SETS_UP = '成立|設立|设立|設置|设置|组建|組建|修订|修訂|修改|制定|任命|委任|接纳|接納|罢免|罷免|撤销|撤銷';
const MEETING_ADOPTS = new RegExp(
  `^(?:${MEETING_WORD}|${PRESENT}|会上|會上|会中|會中|会议中|會議中)[，,]?${ADVERBS}(?:以[^，。；,;：:]{1,10}?(?:通过|通過)|(?:通过|通過)(?=${SETS_UP}|关于|關於)|(?:通过|通過|确定|確定)(?:了|(?=[：:《「“]))|(?:确定|確定)(?=以|由))`,
  'u',
);
const VOICES = /^(大家|与会人员|與會人員|与会同志|與會同志)$/u;
const SPEECH_VERB = new RegExp(`^(?:${SPEECH})$`, 'u');
const MEETING_DOES = new RegExp(`^${MEETING_WORD}${ADVERBS}(?:进行|進行)(?:了)?[^，。；,;《]{0,12}?(?:学习|學習|研讨|研討)`, 'u');
const SUBJECT_REQUIREMENT = '号召|號召|督促|倡议|倡議|叮嘱|叮囑|提醒';
/**
 * What 他/她 says inside a speech: a speaking verb with its comma (他指出，), or a verb that takes its
 * object straight after it: passing a text on (他传达了…), charging (他责成…), hoping (她希望…), asking
 * about something (他对…提出了要求). Group 1 is the verb for kindOf; `pronounSays` reads the rest.
 */
const PRONOUN_SAYS = `(?:(${DIRECTIVE}|${REQUIREMENT}|${CHARGE}|${SPEECH})[，,：:]|(传达|傳達|转达|轉達|领学|領學)了|(${CHARGE}|希望)|(?:对|對|就)[^。；;]{1,60}?提出(?:了)?[^，。；,;]{0,12}?要求)`;
function pronounSays(m: RegExpExecArray, at: number): SectionKind {
  const verb = m[at] ?? m[at + 1] ?? m[at + 2];
  return verb ? kindOf(verb) : 'requirement';
}
/**
 * The speaker named again by surname and post instead of 他/她 (校党委书记周嘉明作总结讲话。周书记指出，…):
 * one character and a post word. Group 1 is the surname, checked against the speaker.
 */
const SPEAKER_REF = `(\\p{Script=Han})(?:书记|書記|校长|校長|市长|市長|县长|縣長|区长|區長|镇长|鎮長|乡长|鄉長|省长|省長|州长|州長|主任|局长|局長|院长|院長|部长|部長|主席|厅长|廳長|处长|處長|董事长|董事長|总经理|總經理|理事长|理事長|会长|會長|社长|社長|所长|所長)`;
/** X (在会上)作(总结)讲话。: a sentence that only announces a speech; group 1 is the speaker. */
const SPEECH_ONLY = `^([\\p{Script=Han}、·]{2,30}?)(?:在会上|在會上|在会议上|在會議上)?(?:作了|作|做了|做|发表了|發表了|发表|發表)?(?:重要|总结|總結|专题|專題)?(?:讲话|講話|发言|發言)。`;
const SPEECH_SENTENCE = new RegExp(`${SPEECH_ONLY}(?=(?:他|她|${SPEAKER_REF.replace('(', '(?:')})(?:还|還|也|进一步|進一步)?${PRONOUN_SAYS})`, 'u');
const SPEECH_ANNOUNCED = new RegExp(SPEECH_ONLY, 'u');
const SPEAKER_REF_ALONE = new RegExp(`^${SPEAKER_REF}$`, 'u');
const SPEAKER_REF_AT = new RegExp(`^${SPEAKER_REF}`, 'u');
/** A surname-and-post reference right after a speech sentence names that speaker, not someone else. */
function speakerRefOk(speech: RegExpExecArray, rest: string): boolean {
  const ref = SPEAKER_REF_AT.exec(rest.slice(speech[0].length));
  return !ref || speech[1]!.includes(ref[1]!);
}
/**
 * 周书记 opening a sentence of the paragraph 校党委书记周嘉明作总结讲话。 opens: the speaker going on,
 * as 他 would, when that first sentence is a speech by someone of the surname.
 */
function speakerGoingOn(subj: string, before: string): boolean {
  const paragraph = before.slice(before.lastIndexOf('\n') + 1);
  const first = paragraph.slice(0, paragraph.search(/[。！？]/u) + 1);
  if (namedAgainAfterSpeech(subj, first)) return true;
  const ref = SPEAKER_REF_ALONE.exec(subj);
  if (!ref) return false;
  const speech = first ? SPEECH_ANNOUNCED.exec(first.trim()) : null;
  return !!speech && speech[1]!.includes(ref[1]!);
}
/**
 * 会上，甲某作讲话。甲某指出… / 乙某致辞。乙某表示…: the paragraph's first sentence only announces a
 * speech or an address, and the speaker's own name opens a later sentence with a lead verb: the
 * speech going on, one section, as 他指出 is (bench/KEYING.md 18). A lead sentence first (甲某指出…。
 * 甲某强调…) is not this: the keys give each of those its own section (rule 2).
 */
const SPEECH_OR_ADDRESS =
  /^(?:(?:会上|會上|随后|隨後|最后|最後|接着|接著)[，,])?([\p{Script=Han}、·]{2,30}?)(?:在会上|在會上|在会议上|在會議上)?(?:作了|作|做了|做|发表了|發表了|发表|發表)?(?:重要|总结|總結|专题|專題)?(?:讲话|講話|发言|發言|致辞|致辭|致词|致詞|致欢迎辞|致歡迎辭|致欢迎词|致歡迎詞)。$/u;
function namedAgainAfterSpeech(subj: string, first: string): boolean {
  if (!/^\p{Script=Han}{2,4}$/u.test(subj) || /^(?:他|她)/u.test(subj)) return false;
  const speech = SPEECH_OR_ADDRESS.exec(first.trim());
  return !!speech && speech[1]!.endsWith(subj);
}
/**
 * The kind of a paragraph whose first sentence announces a speech or address and whose next sentence
 * names the speaker again with a verb of saying (乙某致辞。乙某表示…): that verb's, or null.
 */
export function speechByNameKind(p: string): SectionKind | null {
  const end = p.search(/[。！？]/u);
  const speech = end >= 0 ? SPEECH_OR_ADDRESS.exec(p.slice(0, end + 1).trim()) : null;
  return speech ? namedSays(speech[1]!, p.slice(end + 1).trimStart()) : null;
}
/**
 * 甲某作讲话。甲某指出，… / 乙某致辞。乙某表示…: the speaker named again by their own name (the end
 * of the announced subject, 县长王某 → 王某) where 他/她 would stand: the kind the name's verb gives,
 * or null. bench/KEYING.md 18 keys such a speech as one section, as 他指出 is.
 */
const NAME_SAYS = new RegExp(`^(\\p{Script=Han}{2,4}?)(?:还|還|也|进一步|進一步)?${PRONOUN_SAYS}`, 'u');
function namedSays(speaker: string, rest: string): SectionKind | null {
  const m = NAME_SAYS.exec(rest);
  return m && speaker.endsWith(m[1]!) ? pronounSays(m, 2) : null;
}
/** What is said right after the verb with no comma (他要求各单位…), not 的/了/过 nor after 希望. */
function saysWithoutComma(after: string, verb: string): boolean {
  return /^[\p{Script=Han}“「《]/u.test(after) && !/^[的了过過]/u.test(after) && !/希望/u.test(verb);
}
/** 他/她 going on with a lead verb right after an address sentence (addresses.ts). */
const PRONOUN_GOES_ON = new RegExp(`^(?:他|她)(?:还|還|也|进一步|進一步)?${PRONOUN_SAYS}`, 'u');
/** The kind an address opening `rest` takes from the pronoun sentence after it, or null. */
function addressThenPronoun(rest: string, names: readonly string[]): SectionKind | null {
  const address = speechAddress(rest);
  if (!address || !(persons(address.speaker, names) || bareName(address.speaker))) return null;
  const says = PRONOUN_GOES_ON.exec(rest.slice(address.length));
  return says ? pronounSays(says, 1) : namedSays(address.speaker, rest.slice(address.length));
}
/** 各项报告均获会员一致审议通过: what was adopted as the subject, the adopting after 获/经. */
const ADOPTED_PASSIVE = /^([\p{Script=Han}、]{2,16}?(?:均|都|全部|一致)?(?:获|獲|经|經))(?:会议|會議|大会|大會|全体|全體|与会|與會|会员|會員|代表|一致|审议|審議|讨论|討論){0,4}(?:通过|通過|批准)/u;
/** 理事长X作年度工作报告 / X作财务报告: a person making a report to the meeting (`other`). */
// The report's name may be long (作政协…常务委员会关于…以来提案工作情况的报告), a keynote is one too
// (做了题为《…》的主题发言), and a report the person then speaks on (作工作报告并讲话) is still a report;
// only 讲话 before the report word (作重要讲话) makes it a speech.
// X和Y分别对《…》《…》作了说明: the report's object may stand before the verb in a 对/就 clause.
// 副县长X、秘书长Y也针对…提出说明: the report put forward (提出) as well as made (作; not the 作 of
// 工作/合作 inside the clause).
const REPORT_MADE = new RegExp(
  `^([\\p{Script=Han}、·]{2,30}?)((?:分别|分別|也|还|還|亦)*(?:${AUDIENCE})?(?:(?:对|對|就|针对|針對|围绕|圍繞)[^，。；,;]{1,60}?)?(?:(?<![工合创創操动動写寫制])(?:作|做)|提出)(?:了)?)(?![^，。；,;报報]{0,24}?(?:讲话|講話))[^，。；,;]{0,48}?(?:报告|報告|汇报|匯報|彙報|说明|說明|(?:主题|主題)(?:发言|發言))`,
  'u',
);
/**
 * 县委常委、统战部部长X作工作安排部署: a person laying out the work before the meeting, an account
 * (`other`, bench/KEYING.md 9: 作了部署 without numbered points). No 就/对 clause between: that shape
 * (X就…作了安排部署) is WITH_ABOUT's, which reads the asking after it.
 */
const DEPLOYS_WORK = /^([\p{Script=Han}、·]{2,30}?)(?:分别|分別|也|还|還|亦)*(?<![工合创創操动動写寫制])(?:作|做)(?:了|出)?(?:工作)?(?:安排部署|部署安排|部署)/u;
/**
 * 代表旗委常委会向全会报告工作 / 代表党委作工作报告: reporting for a body with the reporter left out
 * (named in the clause before: X主持会议并讲话，代表…报告工作); group 1 the body.
 */
const BEHALF_REPORT = new RegExp(
  `^代表([\\p{Script=Han}]{2,24}?)(?:${AUDIENCE})?(?:(?<![工合创創操动動写寫制])(?:作|做)(?:了)?[^，。；,;]{0,24}?(?:报告|報告)|(?:报告|報告|汇报|匯報)(?:了)?(?:工作)?)`,
  'u',
);
/**
 * 龔澤代表常务委员会作工作报告 / 王某同志代表党委作报告: a person speaking for a body (X代表Y) is the
 * one who reports; group 1 the person, group 2 the body, which must end as bodies end.
 */
const ON_BEHALF = /^([\p{Script=Han}、·]{2,16}?)(?:同志)?代表([\p{Script=Han}]{2,24})$/u;
function onBehalfOfBody(subj: string, names: readonly string[]): boolean {
  const m = subj.includes('代表') ? ON_BEHALF.exec(subj) : null;
  if (!m || !(BODY_SUBJECT.test(m[2]!) || isUnit(m[2]!))) return false;
  return persons(m[1]!, names) || bareName(m[1]!);
}
/** Verbs of presenting something to the meeting (an account, `other`: bench/KEYING.md 9 and 13). */
const PRESENTING_VERB = /介绍|介紹|汇报|匯報|彙報|发言|發言|说明|說明|解读|解讀|宣读|宣讀/u;
/**
 * 甲某就…进行了汇报 / 乙某从…等方面介绍… / 丙某对…进行了详细的介绍 / 丁某代表我县作汇报 / 戊某代表某会
 * 发言: a subject, then what frames the presenting — the matter (就/对/围绕), the angle (从), the body
 * spoken for (代表), the audience (向) — and the presenting verb in the same clause. No verb of
 * asking or judging in between: that is a speech, read by the person readings below.
 */
const FRAMED_PRESENTING = new RegExp(
  `^(?:同志)?(?:分别|分別|也|还|還|又|首先|随后|隨後)*(?:代表|就|对(?![照接标])|對(?![照接標])|从|從|围绕|圍繞|结合|結合|向)(?:(?!要求|强调|強調|指出|提出|肯定|表示|认为|認為|部署|希望)[^，。；,;：:]){1,60}?(?:(?:进行|進行|作|做)(?:了)?[^，。；,;：:]{0,6}?)?(?:介绍|介紹|汇报|匯報|彙報|发言|發言|说明|說明|解读|解讀|宣读|宣讀)`,
  'u',
);
/** The lead of a person presenting framed so (subject and all), or ''; each place a frame may start is tried. */
function presentsFramed(rest: string, names: readonly string[], before: string): string {
  const clause = clauseAt(rest);
  for (let n = 2; n <= Math.min(30, clause.length - 2); n++) {
    const m = /[同分也还還又首随隨代就对對从從围圍结結向]/u.test(clause[n]!) ? FRAMED_PRESENTING.exec(rest.slice(n)) : null;
    if (m && /^[\p{Script=Han}、·]+$/u.test(rest.slice(0, n)) && presentingPerson(rest.slice(0, n), names, before)) return rest.slice(0, n) + m[0];
  }
  return '';
}
/**
 * The presenter: a person by post or name, or one named with a post before; not 他/她, the meeting,
 * a clause joined on by 并 (…主持会议，并代表…) or a body. Not the paragraph's speaker going on
 * (甲主席强调…。甲主席向与会者解读…: bench/KEYING.md 18, one section): the same person is the
 * subject of an earlier sentence of the paragraph.
 */
function presentingPerson(subj: string, names: readonly string[], before: string): boolean {
  if (/^(?:他|她|并|並|和|及|与|與)/u.test(subj) || MEETING_SUBJECT.test(subj) || ((BODY_SUBJECT.test(subj) || isUnit(subj)) && !isPersonRef(subj, names))) return false;
  if (spokeBefore(subj, before.slice(before.lastIndexOf('\n') + 1))) return false;
  return persons(subj, names) || postAndName(subj) || titledName(subj) || bareName(subj) || withPostBefore(subj, before);
}
/**
 * Whether a sentence of `paragraph` has `subj` (its name, or the surname and post: 吴主席 for 吴某某主席)
 * near its start, not as an object (对/向/与 before it: 张某对李某一行表示欢迎 is 张某's sentence).
 */
function spokeBefore(subj: string, paragraph: string): boolean {
  const ref = SPEAKER_REF_ALONE.exec(subj);
  const who = ref ? new RegExp(`${ref[1]}\\p{Script=Han}{0,2}${subj.slice(1)}|${subj.slice(1)}${ref[1]}`, 'u') : null;
  const name = ref ? '' : (parsePerson(subj)?.name ?? '');
  if (!who && name.length < 2) return false;
  return paragraph.split(/[。！？]/u).some((sentence) => {
    const head = sentence.trimStart().slice(0, 24);
    const at = who ? head.search(who) : head.indexOf(name);
    return at >= 0 && !/[对對向与與和及给給把]/u.test(head[at - 1] ?? '');
  });
}
/** X分别发言 / X分别就…作了表态发言: people or bodies speaking in turn (group 1 the speakers). */
const SPOKE_IN_TURN = new RegExp(
  `^([\\p{Script=Han}、·\\d]{2,30}?)${ADVERBS}(?:(?:就|对|對|围绕|圍繞|结合|結合)[^，。；,;]{1,40}?)?(?:作|做)?(?:了)?(?:表态|表態|交流|汇报|匯報|工作)?(?:发言|發言)`,
  'u',
);
/** 与会人员围绕/就…(进行了)(深入)讨论: the attendees discussing (双方就…交流 in talks), with or without what about. */
const DISCUSSED = new RegExp(
  `^(?:与会人员|與會人員|与会同志|與會同志|参会人员|參會人員|与会代表|與會代表|与会领导|與會領導|大家|委员们|委員們|代表们|代表們|双方|雙方)${ADVERBS}(?:(?:围绕|圍繞|就|对|對|针对|針對|结合|結合)[^。；;]{1,60}?)?(?:进行|進行|展开|展開|开展|開展)?了?(?:深入|热烈|熱烈|充分|认真|認真|广泛|廣泛|集中|交流)?(?:的)?(?:讨论|討論|研讨|研討|交流|座谈|座談)`,
  'u',
);
/** Verbs of the meeting receiving a report: no reporter's subject holds them. */
const HEARS = /听取|聽取|审议|審議/u;
/** 县发改局, 县财政局、县审计局: bodies (a 、-list of them) that report to a meeting. */
const UNIT = /^(?:\p{Script=Han}{1,14}?(?:局|委|办|辦|处|處|厅|廳|部|院|中心|公司|政府|站|所|队|隊|科|室|组|組|镇|鎮|街道|乡|鄉|单位|單位|部门|部門|专班|專班)[、和与與及]?)+$/u;
/**
 * 16个厅局单位 / 各乡镇共12个部门 / 三家单位: a head count inside a group of bodies says how many, not
 * which (bench/KEYING.md 8); the bodies are read without it.
 */
const HEAD_COUNT = /(?:共|约|約)?(?:\d{1,3}|[一二三四五六七八九十两兩]{1,3})(?:个|個|家)(?=\p{Script=Han})/gu;
function isUnit(subj: string): boolean {
  const who = subj.replace(/(?:分别|分別)$/u, '').replace(HEAD_COUNT, '');
  return who.length >= 3 && UNIT.test(who) && !/[、和与與及]$/u.test(who);
}
/** 各部门负责人, 各乡镇主要负责同志, 县直单位班子成员: people named by their role as a group. */
const GROUP = /^[\p{Script=Han}、]{1,14}(?:负责人|負責人|负责同志|負責同志|主要领导|主要領導|班子成员|班子成員)$/u;
/** The role word that ends a group of people (负责人, 主要领导). */
const GROUP_WORD = /(?:主要)?(?:负责人|負責人|负责同志|負責同志|主要领导|主要領導|班子成员|班子成員)$/u;
function isGroup(subj: string): boolean {
  const who = subj.replace(/(?:分别|分別)$/u, '');
  if (GROUP.test(who)) return true;
  // 县委宣传部、塔溪镇、公安局、教科局负责人: the heads of a 、-list of bodies are a group however long
  // the list: each part a body by its ending (isUnit), then the role word.
  const role = GROUP_WORD.exec(who);
  return !!role && role.index >= 3 && isUnit(who.slice(0, role.index));
}
/** 进行了安排部署 / 作出部署: deploying the work, an account rather than a directive. */
const DEPLOYED = /^(?:进行|進行|作|做)(?:了|出)?[^，。；,;]{0,4}(?:部署|安排)$/u;
/** 李某和王某, 局长李某、副局长王某: every person of a short list is a person. */
function persons(subj: string, names: readonly string[]): boolean {
  const who = subj.replace(/(?:分别|分別)$/u, '');
  return isPersonRef(who, names) || (/[和与與及、]/u.test(who) && who.split(/[和与與及、]/u).every((p) => p.length >= 2 && isPersonRef(p, names)));
}
/** 汪某代表, 李某同志: a name with the way a report names a deputy or a comrade. */
const HONORIFIC = /(?:同志|代表|委员|委員)$/u;
const REPORTED = new RegExp(
  `^([\\p{Script=Han}、·\\d]{2,24}?)${ADVERBS}(?:${AUDIENCE}(?:报告|報告|汇报|匯報|彙報)|汇报|匯報|彙報|述职|述職|解读|解讀|报告(?=了)|報告(?=了)|(?:总结|總結)?(?:回顾|回顧)(?=了)|总结(?=了)|總結(?=了))(?:了)?`,
  'u',
);
const LABELLED_VERB = new RegExp(`^(${SUBJECT_DECISION}|${SUBJECT_REQUIREMENT})(?=[：:])`, 'u');
/** A second verb run on to the first (强调指出, 研究部署): part of the lead, the first gives the kind. */
const TAIL = '(?<tail>指出|部署|安排)?';
const VERBS = `(?<verb>${TOPIC}|${DECISION}|${DIRECTIVE}|${REQUIREMENT}|${CHARGE}|${SPEECH}|${WEAK})${TAIL}(?<le>了)?`;
const SUBJECT_VERBS = `(?<verb>${TOPIC}|${DECISION}|${DIRECTIVE}|${REQUIREMENT}|${CHARGE}|${SPEECH}|${SAID}|${SUBJECT_DECISION}|${SUBJECT_REQUIREMENT}|${WEAK})${TAIL}(?<le>了)?`;
// 党组（扩大）会议指出: the bracketed 扩大 of an enlarged sitting is part of the meeting's name.
// A person with several posts, each closed by 、 (全国人大代表、农工党党员、某医院副院长张某传达), may
// run past 24 characters: up to three such posts of at most 22 each before the last part.
const WITH_SUBJECT = new RegExp(`^(?<subj>(?:[\\p{Script=Han}·]{2,22}、){0,3}?(?:[\\p{Script=Han}、·]|[（(](?:扩大|擴大)[）)]){1,24}?)${ADVERBS}${SUBJECT_VERBS}`, 'u');
// 邢光友就做好下一步工作提出要求: a 就/对/围绕… clause may stand between the subject and 提出…要求;
// so may 从…等方面 (commas and all: 从高度重视、精心准备，落实责任等方面提出了具体要求)
// (not one that does something else first: 对会议作了总结并提出…).
// What is asked may carry any short modifier (提出了明确要求, 作了三点具体要求), and the emphasis may be
// written with 作 as with 进行 (就…作了强调：一、…).
/**
 * X对…精神进行了传达 / X就《…》作学习辅导: passing a text on or leading its study written with 进行/作,
 * as 作了强调 is for 强调 (bench/KEYING.md 9 and 11: 传达, 领学 → directive).
 */
const PASSED_ON_WITH = '(?:进行|進行|作|做)(?:了)?(?:传达|傳達|(?:学习|學習|专题|專題)?(?:辅导|輔導))(?:学习|學習)?';
/**
 * X对…工作给予了充分肯定 / 表示赞扬: a leader judging what was reported speaks as X表示 does
 * (bench/KEYING.md 9: a speech verb → directive); the judgement comes after the 对-clause.
 */
const PRAISED = '(?:给予|給予)(?:了)?(?:充分|高度)?(?:肯定|评价|評價)|表示(?:了)?(?:充分)?(?:肯定|赞扬|讚揚|赞赏|讚賞)';
const PRAISED_VERB = new RegExp(`^(?:${PRAISED})$`, 'u');
/** X带领与会同志传达学习了… / X組織全體黨員學習…: a person leading those present through a text. */
const LED_STUDY =
  /^(?<subj>[\p{Script=Han}、·]{2,24}?)(?:带领|帶領|组织|組織|率领|率領)(?:与会同志|與會同志|与会人员|與會人員|全体与会人员|全體與會人員|全体党员|全體黨員|全体委员|全體委員|全体干部|全體幹部|全体人员|全體人員|大家|班子成员|班子成員)(?:一起|一同)?(?:认真|認真|集体|集體)?(?:传达学习|傳達學習|学习传达|學習傳達|传达|傳達|学习|學習)(?:了)?/u;
/** X结合…，联系…，提出四点要求: up to two more context clauses, then the asking. */
const CONTEXT_ASK =
  /^(?<subj>[\p{Script=Han}、·]{2,24}?)(?:结合|結合|联系|聯繫|立足|围绕|圍繞|针对|針對)[^。；;，,]{1,60}[，,](?:[^。；;，,]{1,40}[，,]){0,2}?(?:提出|作出|做出)(?:了)?[^，。；：,;:]{0,8}?(?:要求|意见|意見)/u;
const WITH_ABOUT = new RegExp(
  `^(?<subj>[\\p{Script=Han}、·]{1,24}?)(?:(?:就|对|對|围绕|圍繞|针对|針對)(?:(?!并|並|作了|作出)[^，。；：,;:]){1,80}?|(?:从|從)[^。；;]{1,80}?(?:方面|角度|层面|層面))${ADVERBS}(?<verb>(?:提出|作出|做出|(?<![工合创創操动動写寫制])(?:作|做))(?:了)?[^，。；：,;:并並]{0,12}?(?:要求|意见|意見)|(?:进行|進行|作|做)(?:了|出)?(?:强调|強調)|(?:进行|進行|作|做)(?:了|出)?(?:具体|具體|全面|专门|專門)?(?:安排部署|部署安排|研究部署|部署|安排)|(?:作出|做出|作了|做了)(?:了)?(?:重要)?(?:指示|批示)|${PASSED_ON_WITH}|${PRAISED})(?<le>了)?`,
  'u',
);
const BARE = new RegExp(`^${ADVERBS}${VERBS}`, 'u');
/**
 * 省政府党组会议 / 县政府常务会议: a body's meeting named by its kind, the meeting as well when it is a
 * lead's subject (a report of two meetings held together names each: 省政府党组会议传达学习…).
 */
// 党组（扩大）会议 / 党组扩大会议: an enlarged sitting, with or without brackets, is the same meeting.
const NAMED_MEETING = '\\p{Script=Han}{1,8}(?:党组|黨組|常务|常務|常委会|常委會|常委|办公|辦公|全体|全體)(?:[（(](?:扩大|擴大)[）)]|扩大|擴大)?(?:会议|會議)';
const MEETING_SUBJECT = new RegExp(`^(?:${MEETING_WORD}|${NAMED_MEETING}|会议主持人|會議主持人|主持人|会上|會上|会议中|會議中|会前|會前|会后|會後|${PRESENT}|大家)$`, 'u');
/** The meeting, in any of its names, opening a text or standing alone as a subject. */
const MEETING_START = new RegExp(`^${MEETING_WORD}`, 'u');
const MEETING_ALONE = new RegExp(`^${MEETING_WORD}$`, 'u');
// 会上宣读了…: the occasion glued to its verb, no comma, opens the paragraph's account all the same.
// 会上还学习了… / 會上亦傳達了…: an adverb of sequence (还/也/亦/又) between them changes nothing.
// 座谈会上，/ 在会上，/ 大会上，: the occasion named with its kind of meeting is the same 会上;
// 在随后召开的推进会上，: the meeting named with a clause, a comma after it, as well.
/**
 * The occasion as a lead (bench/KEYING.md 9: 会上): the gathering named by any word for it (会议,
 * 座谈, 会谈, 讨论, 研讨, 交流) with 中 or 期间 — 座谈中，双方… / 會議中何區長… / 讨论期间，… — and 期间
 * alone before its comma, which in a meeting's report can only mean the meeting's time. Not 会议中的
 * (a noun phrase: 会议中的意见). After a two-character gathering word no comma is needed (会议中何
 * 区长…); the one-character 会中 and a bare 期间 only before their comma, where they cannot start a
 * longer phrase (针对…，会中各单位… keeps its fronted clause's lead).
 */
export const OCCASION_WORDS = '(?:(?:会议|會議|座谈|座談|会谈|會談|讨论|討論|研讨|研討|交流)(?:中|期间|期間)(?!的)|(?:会|會)(?:中|期间|期間)(?=[，,])|(?:期间|期間)(?=[，,]))';
/**
 * 专题会上，/ 推进会上，/ 座谈会上，: the occasion named with its kind of gathering, a closed class of
 * the words meetings are named by, is the same 会上 (bench/KEYING.md 9), before its comma. The
 * study sessions, briefings and reviews a report names its gathering by (学习会上, 汇报会上, 述职会上,
 * 观摩会上, 比学活动会上) are kinds of gathering too.
 */
export const GATHERING_KIND =
  '(?:座谈|座談|专题|專題|推进|推進|调度|調度|动员|動員|部署|培训|培訓|交流|研讨|研討|务虚|務虛|见面|見面|协调|協調|联席|聯席|表彰|总结|總結|常务|常務|办公|辦公|全体|全體|工作|例|学习|學習|汇报|匯報|彙報|述职|述職|观摩|觀摩|启动|啟動|报告|報告|评议|評議|点评|點評|通报|通報|碰头|碰頭|恳谈|懇談|活动|活動|现场|現場|誓师|誓師)';
/**
 * 中心组学习会上，/ 现场推进会上，/ 比学活动会上，: a short qualifier before the kind names the same
 * gathering. Not 在 or 的 in it (X在全县工作会上 is a person's place, 这次的会上 a phrase), and the
 * kind word must end right before 会上, so 社会上 (in society) or 机会上 is never an occasion.
 */
export const GATHERING = `(?:[^\\P{Script=Han}在于於的]{0,6}?${GATHERING_KIND})`;
/**
 * 会议结束后，/ 散会后，: the step after the sitting, as 会后 (bench/KEYING.md 13's 会议结束后). Where a
 * sentence begins (。会后，各支部开展了…), it opens an `other` section of its own (KEYING 16: step words
 * other than 会上 open one unless the sentence holds a stronger lead); what is still to come (会后，
 * 院党委将…) does not (KEYING 13).
 */
const AFTER_MEETING = '(?:会议|會議)结束(?:后|後)|會議結束後|散会(?:后|後)|散會後';
const AFTER_ONLY = new RegExp(`^(?:${AFTER_MEETING})(?=[，,])`, 'u');
const SUBJECT_ONLY = new RegExp(
  `^(?:((?:座谈|座談|${GATHERING}(?=(?:会|會)上[，,])|在|大)?(?:会上|會上)|在[^，。；：,;:“”《》]{2,16}?(?:[会會]|会议|會議)上(?=[，,])|会前|會前|会后|會後)(?=[，,：:]|(?:还|還|也|亦|又)?(?:宣读|宣讀|介绍|介紹|学习|學習|观看|觀看|播放|举行|舉行|进行|進行|听取|聽取|传达|傳達|通报|通報)了?)|${OCCASION_WORDS})`,
  'u',
);
const OCCASION_START = new RegExp(`^${GATHERING}(?:会|會)上(?=[，,])|^(?:会上|會上|${OCCASION_WORDS})|^(?:会后|會後|${AFTER_MEETING})(?=[，,])(?![^。！？；;]*?(?:将|將|拟|擬))`, 'u');
// 蕭某書記做總結講話時指出: making the speech (作/做/发表…讲话时), 在 left out, is where the person spoke too.
// 县长X会上强调: 会上 right after the person, 在 left out, is where they spoke as well.
// 县长X讲话时强调: 在 may be left out before 讲话时 as well; 县长X讲话指出 leaves out 时 too, and so do
// the speeches named by their occasion (X点评指出, X致辞表示). X致开幕辞时指出: the opening or closing
// address named in full, as 致辞 is.
// 致词/致詞 is how Taiwan and Macau write 致辞 (致詞時指出).
const SPOKE_IN =
  /(?:(?:在|於|于)?(?:会上|會上|会议上|會議上)|(?:在|於|于)(?:会后|會後)|(?:在|於|于)?(?:(?:总结|總結|回应|回應|答复|答覆|点评|點評|致辞|致辭|致词|致詞|致(?:开幕|開幕|闭幕|閉幕|欢迎|歡迎)(?:辞|辭|词|詞))(?:讲话|講話|发言|發言)?|讲话|講話|发言|發言)(?:中|时|時)|(?:在|於|于)(?:会上|會上|会中|會中|会议上|會議上|(?:总结|總結)?(?:讲话|講話)(?:中|时|時)|(?:讲话|講話)(?:中|时|時))|讲话|講話|点评|點評|致辞|致辭|致词|致詞|(?:在|於|于)?(?:作|做|发表|發表)(?:了)?(?:重要|总结|總結|专题|專題)?(?:讲话|講話|发言|發言)(?:中|时|時))$/u;
/** 負責協調的… / 而 before a person named with a title: how the report describes or joins them. */
const RELATIVE = /^(?:而|而且)?(?:[^，。；,;的]{1,12}的)?/u;
function personAfterRelative(subj: string, names: readonly string[]): boolean {
  const who = subj.replace(RELATIVE, '').replace(SPOKE_IN, '');
  return who !== subj && who.length >= 4 && isPersonRef(who, names);
}
/** 出席会议并 / 参加了会议并 after a person: they attended and then spoke (出席会议并就…提出要求). */
const ATTENDED_AND = /(?:出席|参加|參加|列席)(?:了)?(?:会议|會議)?(?:并|並)$/u;
const ATTENDED_ITSELF = /(?:出席|参加|參加|列席)(?:了)?(?:会议|會議)?$/u;
const CONNECTOR = /^(此外|另外|同时|同時|最后|最後|随后|隨後|其次|首先|接着|接著|接下来|接下來|然后|然後|会议最后|會議最後)[，,]/u;
/** 第二项：由X传达…, 议程三：X通报…: an agenda step's label; the clause after it is the lead. */
const STEP_LABEL = /^(?:第[一二三四五六七八九十\d]{1,3}[项項步]|议程[一二三四五六七八九十\d]{1,3}|議程[一二三四五六七八九十\d]{1,3})[：:]\s*(?:由)?/u;
/** A short fronted object clause belongs to the lead after it: 对会上提出的问题，会议明确…; 关于X，会议决定…. */
// 经讨论，/ 經過充分研究後，: how the meeting came to what follows, the context of its lead.
const FRONTED =
  /^(?:(?:对于|對於|针对|針對|关于|關於|围绕|圍繞|对|對|就)[^，。；,;：:]{1,30}[，,]|(?:经|經)(?:过|過)?[^，。；,;：:]{0,8}?(?:讨论|討論|研究|审议|審議|协商|協商|表决|表決)(?:后|後)?[，,])/u;

/** 在听取…汇报后， with no subject before it: the context of the reply after it. */
const HEARING_CLAUSE = /^在?(?:认真|認真)?(?:听取|聽取)(?:了)?[^，。；,;《]{0,30}?(?:之后|之後|以后|以後|后|後)[，,]/u;
/** …汇报后，/ 之后， after a hearing verb: what follows is the hearer's reply. */
const AFTER_HEARING = /^[^，。；,;]{0,40}?(?:之后|之後|以后|以後|后|後)[，,]/u;
/** The reply's verb; 提出…要求/意见 (group 1) is a requirement whatever stands between. */
// 提出的意见 is a noun phrase (what others put forward), not the reply; 表示 replies as 指出 does.
const REPLY = new RegExp(`(提出(?!的)[^，。；,;]{0,30}?(?:要求|意见|意見))|(?:${DIRECTIVE}|强调|強調|要求|${CHARGE}|指示|表示)`, 'u');

/** …《…》时指出: the strong verb of a weak lead's 时-clause, before any comma. */
// …汇报后强调: the verb right after 后 (no comma) says the same as after 时.
const WHEN_VERB = new RegExp(`^[^，。；,;]{0,80}?(?:时|時|之后|之後|后|後)(${DIRECTIVE}|强调|強調|要求)`, 'u');

/**
 * 会议审议了《…》，强调要… / 会议审议…并指出，…: the meeting's weak lead whose sentence goes on, the
 * meeting left out, to judge or ask (a comma or 并 before the bare verb). Group 1 is the verb. The meeting named again (，会议指出) is
 * KEYING 2's case and reads the same; a decision in the sentence is read before this.
 */
const LATER_JUDGEMENT = /^[^。！？；;]{0,160}?(?:[，,](?:并|並|同时|同時)?|(?:并|並))(指出|强调|強調|要求)(?![的得])/u;

/** A sentence that settles something: its decision gives the kind, not a judgement beside it. */
const DECIDES = /决定|決定|同意|通过|通過|批准|确定|確定|审定|審定|议定|議定|选举|選舉|表决|表決/u;

/** X对/就…进行(了)审议/研究/讨论: a deliberation written with 进行 (no comma inside the object). */
// 政协 members 对《…》进行了协商讨论: consulting on an item is deliberating on it (an agenda item), not
// the free exchange DISCUSSED reads (与会人员围绕…进行了深入讨论).
// 会议围绕…进行研讨: 研讨 is 讨论's kin, a topic (bench/KEYING.md 14). 进行了研究部署 lays out work.
// `mod`: words of manner before the noun (进行了专题研讨 / 進行了深入的討論), tried last and read for
// the meeting only (below).
// Round 48 (import-124b): the deliberation is the object of a light verb, 进行 or 展开 (就…展开讨论);
// a title inside the object counts as one word, so a meeting that deliberates on four named drafts
// (会议依次对《…》《…》《…》《…》进行了审议) is read as one on a single item is.
const DELIBERATE =
  /^(?<subj>[\p{Script=Han}、·]{1,24}?)(?:对|對|就|围绕|圍繞)(?:《[^》]{0,60}》|[^，。；,;《]){1,60}?(?:进行|進行|展开|展開)(?:了)?(?<mod>[^，。；,;、“”《》]{1,8}?)??(?:协商|協商)?(?:审议|審議|研究|讨论|討論|研讨|研討|探讨|探討)(?!部署|安排)/u;

/** Bodies that speak for a meeting: 镇党委、政府, 县政府, 局党组. */
const BODY_SUBJECT = /(党委|黨委|政府|党组|黨組|党工委|黨工委|委员会|委員會|常委会|常委會)$/u;
/** A deliberation ending in adopting, or an election: what an occasion's sentence decides. */
// 选举 as the verb (选举产生, 选举了, 选举X为…), not the noun of 换届选举工作 / 选举办法.
const ADOPTING = new RegExp(`(?:${DELIBERATION})(?:并|並)?(?:原则|原則)?(?:通过|通過|同意|批准)|(?:选举|選舉)(?:产生|產生|了|出)|(?:选举|選舉)[^，。；,;、]{2,16}?(?:为|為)|表决通过|表決通過`, 'u');
/** Adopting words: a deliberation with one of them is a decision. */
const ADOPTED = /(通过|通過|同意|批准)/u;

/** What a higher level says or sends down: its spirit, speeches, expositions, instructions. */
const HIGHER_WORDS = /精神|讲话|講話|论述|論述|指示|批示|中央|总书记|總書記/u;
/** Kinds a ；-part of the meeting's agenda may lend its lead, strongest first (bench/KEYING.md 12). */
const AGENDA_RANK: readonly SectionKind[] = ['requirement', 'directive'];
/**
 * The kind of the meeting's weak lead whose sentence goes on with ；-parts that open on a bare verb
 * (…；传达学习了…；听取了…): the strongest such part's kind. A bare decision after ； opens a section
 * of its own (leadAt), so only directing and asking lend theirs here.
 */
function agendaKind(sentence: string, kind: SectionKind): SectionKind {
  if (kind !== 'text' && kind !== 'topic') return kind;
  // The rank of the strongest part found so far: an index into AGENDA_RANK, lower is stronger.
  let best = AGENDA_RANK.length;
  for (const part of sentence.split(/[；;]/u).slice(1)) {
    const verb = BARE.exec(part.trimStart())?.groups?.verb;
    const rank = verb ? AGENDA_RANK.indexOf(kindOf(verb)) : -1;
    if (rank >= 0 && rank < best) best = rank;
  }
  return AGENDA_RANK[best] ?? kind;
}

/**
 * A sentence that opens with the meeting's own verb and 了, its subject left out: what the meeting
 * did next. Group 1 is the verb. Only the meeting's verbs (deliberating, studying, passing a text
 * on, hearing, settling); a person's verbs need the person. Read last, after every lead with a
 * subject or a fuller object (听取了…汇报) had its turn. Not in an instruction (研究了问题就要抓落实):
 * the sentence, titles masked, has no word of obligation. 同时 before it goes on with the item before
 * (传达学习了…。同时认真学习了…), as CONTINUES in sections.ts reads it.
 * Electing and voting are the meeting's verbs too (。依法选举产生了… / 。依次表决通过了… /
 * 。依照法定程序选举产生X为…: a decision, bench/KEYING.md 9): a session's votes are keyed as its
 * items whether or not 会议 is written, and 选举产生 names who was elected with or without 了 (not
 * 选举产生的…, which describes people).
 */
const BARE_DID = new RegExp(
  `^(?!同时|同時)(?:还|還|又|随后|隨後|接着|接著|最后|最後)?(?:(?:依照|按照|依据|依據|根据|根據)法定程序[，,]?)?${ADVERBS}((?:研究|讨论|討論|审议|審議|听取|聽取|传达|傳達|学习|學習|确定|確定|审定|審定|通过|通過|选举|選舉|表决|表決|贯彻|貫徹){1,3})(?:(?:产生|產生)(?!的)了?|了)`,
  'u',
);
/**
 * 。传达学习总书记…精神 / 。传达贯彻省委…会议精神: passing a higher level's words on, 会议 and 了 both
 * left out, is the meeting's next item too (a directive, bench/KEYING.md 2 and 9), as six of six
 * TRAIN keys read such a sentence in a report's body. Only with a higher level's words in the
 * sentence (精神, 讲话, 指示 …): 传达到位 / 传达要及时 are instructions about passing on.
 */
const BARE_PASSED_ON = new RegExp(`^(?!同时|同時)(?:还|還|又|随后|隨後|接着|接著|最后|最後)?${ADVERBS}((?:传达|傳達)(?:学习|學習|贯彻|貫徹)?)(?!了)`, 'u');
/** Words of obligation that make a sentence an instruction (就要, 必须); not 要 alone (要求, 主要, 重要). */
const INSTRUCTS = /就要|才能|必须|必須|务必|務必|应当|應當|应该|應該/u;
/** The kind of a BARE_DID sentence: its verb's, or a decision when the sentence adopts or settles. */
function didKind(verb: string, sentence: string): SectionKind {
  if (/确定|確定|审定|審定|通过|通過|选举|選舉|表决|表決/u.test(verb) || ADOPTED.test(sentence)) return 'decision';
  if (/听取|聽取|审议|審議/u.test(verb)) return 'topic';
  if (/传达|傳達/u.test(verb) || (/学习|學習/u.test(verb) && HIGHER_WORDS.test(sentence))) return 'directive';
  return 'text';
}

/** 7项议题 / 三个事项 right after the verb: the agenda named by its count. */
const AGENDA_COUNTED = /^(?:了)?[^，。；,;]{0,4}?[一二三四五六七八九十两兩\d]{1,2}(?:项|項|个|個|件)(?:议题|議題|议程|議程|事项|事項|议案|議案)/u;
/** The meeting's deliberating verbs, which an agenda count turns into the agenda itself. */
const WEAK_MEETING_VERB = /^(?:研究|审议|審議|讨论|討論|研究讨论|研究討論)$/u;
/** Passing a text on with 了, or written with 进行 (进行了传达), anywhere in a clause. */
const PASSED_ON_IN = /(?:传达|傳達|转达|轉達)(?:学习|學習)?了|(?:进行|進行)了?(?:传达|傳達)/u;
/** 学习贯彻 / 学习领会 / 学习落实: studying joined to carrying out, an aim rather than a text studied. */
const STUDY_AIM = /^(?:和|与|與|并|並)?(?:贯彻|貫徹|落实|落實|领会|領會)/u;
/** 专题 / 培训 written between the meeting and 学习: the manner of the study, not a new subject. */
const STUDY_MANNER = /(?:专题|專題|培训|培訓)$/u;
/**
 * Whether what follows the meeting's 学习 is a text it studied, which makes the study a directive
 * (bench/KEYING.md 14: 学习了 where a sentence begins, 65 TRAIN keys to 9): with 了 it studied
 * something given (会议学习了… / 会议学习贯彻了…精神); without 了, a higher level's words or a document
 * named in 《》 (会议学习《…条例》). 学习贯彻…精神 with no 了 is the stock phrase for the meeting's aim.
 */
function studiedText(studied: string, le: boolean): boolean {
  if (STUDY_AIM.test(studied)) return STUDY_AIM_DONE.test(studied);
  return le || /^[《「“]/u.test(studied) || HIGHER_WORDS.test(clauseAt(studied));
}
const STUDY_AIM_DONE = /^(?:和|与|與|并|並)?(?:贯彻|貫徹|落实|落實|领会|領會)了/u;
/** The first clause of `text`, up to its first comma, semicolon or stop. */
function clauseAt(text: string): string {
  const end = text.search(/[，,；;。！？]/u);
  return end < 0 ? text : text.slice(0, end);
}

function sentenceAt(text: string): string {
  const end = text.search(/[。！？]/u);
  return end < 0 ? text : text.slice(0, end);
}

// Compiled once: kindOf runs for every candidate lead of every paragraph.
const KINDS: [RegExp, SectionKind][] = [
  [new RegExp(`^(?:${HEARD_THEN_DECIDED})(?:了)?$`, 'u'), 'decision'],
  [new RegExp(`^(?:${TOPIC})$`, 'u'), 'topic'],
  [new RegExp(`^(?:${DECISION}|${SUBJECT_DECISION})$`, 'u'), 'decision'],
  [new RegExp(`^(?:${DIRECTIVE})$`, 'u'), 'directive'],
  // 会议号召，全县上下要紧密团结在…周围: the closing rallying call asks no one for a task; four
  // batches' keys read it `other` (heldout-34 07, -43 09, -46 09, import-train-6 10), one `requirement`.
  [/^(?:号召|號召)$/u, 'text'],
  [new RegExp(`^(?:${REQUIREMENT}|${SUBJECT_REQUIREMENT})$`, 'u'), 'requirement'],
  [new RegExp(`^(?:${CHARGE})$`, 'u'), 'action-list'],
  [new RegExp(`^(?:${SPEECH})$`, 'u'), 'directive'],
  [/^(?:指|称|稱)$/u, 'directive'],
  // The asking written with 提出/作 and a modifier (提出了明确要求, 作了强调), as WITH_ABOUT reads it.
  [/^(?:提出|作出|做出|作|做|进行|進行)(?:了|出)?[^，。；：,;:]{0,12}(?:要求|意见|意見|强调|強調)$/u, 'requirement'],
  [new RegExp(`^${PASSED_ON_WITH}$`, 'u'), 'directive'],
  [PRAISED_VERB, 'directive'],
];

function kindOf(verb: string): SectionKind {
  const kind = KINDS.find(([re]) => re.test(verb))?.[1] ?? 'text';
  // 提出了几点意见 matched as asking: the object says which it is (proposal-kind.ts, KEYING 20).
  return kind === 'requirement' && /(?:意见|意見)$/u.test(verb) ? proposalKind(verb) : kind;
}

const STRONG: ReadonlySet<SectionKind> = new Set(['directive', 'requirement', 'decision', 'action-list']);

/** Finds a lead at `pos` of `text`; `names` are people already recognised (the chair, attendees). */
export function leadAt(text: string, pos: number, place: LeadPlace, names: readonly string[]): Lead | null {
  const lead = (place === 'clause' ? null : namedMeetingLead(text, pos, place, names)) ?? readLeadAt(text, pos, place, names);
  // 委员们将听取和审议…；会议将审议通过…: what the meeting will do is its agenda announced, not
  // business done; neither the lead nor a bare verb later in that sentence opens a section.
  if (lead && (FUTURE_BUSINESS.test(lead.text) || FUTURE_BUSINESS.test(sentenceBefore(text, pos)))) return null;
  // 。与会人员就…进行了认真讨论 / 。随后，代表们分组讨论了…: the people present deliberating open the
  // next item, `topic` (bench/KEYING.md 17, 21, 25; crowd-deliberates.ts), where no other reading
  // gives a lead of a kind at the same place (与会人员一致认为 stays the judgement).
  const deliberating = place === 'clause' ? null : crowdLead(text, pos);
  if (deliberating && (!lead || lead.kind === 'text')) return deliberating;
  // 。就如何修改，与会人员提出了具体意见和建议 / 。在研读报告后，专家们认为…: the group's suggestions or
  // judgement after clauses framing them are a section of their own, its kind the group's verb
  // (KEYING 19, 26), also where the 提出…意见 after the group read as a demand.
  const framed = place === 'clause' ? null : framedGroupLead(text, pos);
  if (framed && (!lead || lead.kind === 'text' || lead.text.startsWith(framed.text))) return framed;
  // 。…，与会人员…提出了意见: inside a paragraph the attendees after a clause the readers above did not
  // take as a frame, or with no lead verb of their own, go on with the account before it (the
  // opening, a report, a speech). Where they open the sentence with a lead verb crowdLead above has
  // read it (KEYING 16, 17), and after framing clauses framedGroupLead (KEYING 26).
  if (lead && place === 'sentence' && ATTENDEES_SUBJECT.test(lead.text) && (lead.kind === 'text' || (lead.kind === 'requirement' && SUGGESTED.test(sentenceAt(text.slice(pos)))))) return null;
  // 。区安委办、区督查办分别通报了… / 。各科室负责人作了交流发言: a group's reports in turn inside a
  // paragraph are how the item before went (group-rundown.ts); a strong verb of theirs still leads.
  if (lead && place === 'sentence' && !STRONG.has(lead.kind) && meetingOpened(text) && groupReportsInTurn(sentenceAt(text.slice(pos)))) return null;
  // 。会议深入学习贯彻…精神 / 。会议研究审议了《…》: the meeting's lead read as a plain act where its
  // sentence's verb has a class (leadless-kind.ts, read by titled-actor.ts past the adverb or the
  // first verb) takes that class, so that in the opening paragraph too it is the meeting's own
  // business (KEYING 2), and a hearing is a topic (KEYING 5).
  if (lead && lead.kind === 'text' && place === 'sentence' && MEETING_START.test(lead.text)) {
    const sitting = titledActor(text.slice(pos), () => false);
    if (sitting?.sitting && sitting.kind !== 'text') return { ...lead, kind: sitting.kind };
  }
  if (lead || place !== 'sentence') return lead;
  // The rundown rule above holds for the actors titled-actor.ts reads too (。各乡镇分别汇报了…).
  const actor = actorLead(text, pos);
  return actor && !STRONG.has(actor.kind) && meetingOpened(text) && groupReportsInTurn(sentenceAt(text.slice(pos))) ? null : actor;
}

/**
 * 。县委常委、副县长甲某围绕…作现场辅导 / 。总支书记乙某同志利用…带领… : a person named with a post
 * opening a sentence, doing what no shape above reads (titled-actor.ts, by the segmenter's tags).
 * Not the paragraph's speaker going on (KEYING 18), who is the subject of an earlier sentence.
 */
function actorLead(text: string, pos: number): Lead | null {
  const found = titledActor(text.slice(pos), (subj) => {
    const who = subj.replace(/同志$/u, '');
    // A post must name them (甲书记, 副县长甲某): a bare name is read by the speaker readings above.
    return (parsePerson(who) !== null || /[、和与與及]/u.test(who)) && persons(who, []) && !spokeBefore(who, text.slice(0, pos).slice(text.lastIndexOf('\n', pos) + 1));
  });
  if (!found) return null;
  // 会议指出，…。会议紧扣…: inside the meeting's judgement, 会议 is the meeting it studied (studied-matter.ts).
  if (found.sitting && JUDGEMENT_FIRST.test(text.slice(text.lastIndexOf('\n', pos) + 1))) return null;
  return { text: found.subject, kind: found.kind, bodyStart: pos + found.subject.length };
}
/** A paragraph opening with the meeting's judgement (会议指出，/ 会议认为). */
const JUDGEMENT_FIRST = /^\s*(?:会议|會議)(?:一致)?(?:指出|认为|認為)/u;

/** The people present deliberating at `pos`, after a step word (随后，/ 最后，) or none. */
function crowdLead(text: string, pos: number): Lead | null {
  const step = CONNECTOR.exec(text.slice(pos))?.[0] ?? '';
  const found = crowdDeliberates(text.slice(pos + step.length));
  if (found) return { text: step + found.phrase, kind: found.kind, bodyStart: pos + step.length + found.phrase.length };
  // 与会人员一致认为… / 党员们普遍表示要… / 与会代表推选…: the group with any lead verb (KEYING 16).
  const group = groupSentence(text.slice(pos + step.length));
  return group ? { text: step + group.subject, kind: group.kind, bodyStart: pos + step.length + group.subject.length } : null;
}

/** A group's sentence after framing clauses at `pos` (crowd-deliberates.ts), after a step word or none. */
function framedGroupLead(text: string, pos: number): Lead | null {
  const step = CONNECTOR.exec(text.slice(pos))?.[0] ?? '';
  const found = frontedGroup(text.slice(pos + step.length));
  return found ? { text: step + found.phrase, kind: found.kind, bodyStart: pos + step.length + found.phrase.length } : null;
}

/** The paragraph opens with the meeting's own lead (会议…, 全会…, a sitting named in full). */
function meetingOpened(paragraph: string): boolean {
  const p = paragraph.trimStart();
  return MEETING_START.test(p) || namedMeetingAt(p, 0) > 0;
}

/**
 * A sitting named in full at `pos` (区委深改委第二十二次会议，听取… / 主任会议决定…): read as 会议 doing the
 * verb, every meeting rule applying, and the lead keeps the name as written (named-meeting.ts).
 */
function namedMeetingLead(text: string, pos: number, place: LeadPlace, names: readonly string[]): Lead | null {
  const length = namedMeetingAt(text, pos);
  if (!length) return null;
  const lead = readLeadAt(`${text.slice(0, pos)}会议${text.slice(pos + length)}`, pos, place, names);
  if (!lead || !lead.text.startsWith('会议') || lead.kindOnly || !SITTING_DOES.test(lead.text.slice(2))) return null;
  return { ...lead, text: text.slice(pos, pos + length) + lead.text.slice(2), bodyStart: lead.bodyStart + length - 2 };
}

/** The people present as a lead's subject, a context clause before them or not. */
const ATTENDEES_SUBJECT = /(?:^|[，,])(?:全体|全體)?(?:与会|與會|参会|參會)(?:人员|人員|同志|代表|领导|領導|者)|(?:^|[，,])大家(?!一致)/u;
/** Suggestions put forward (提出了意见和建议), not a demand on others. */
const SUGGESTED = /(?:提出|提)(?:了)?[^。；;]{0,16}?(?:意见|意見|建议|建議)/u;

/** 致欢迎词时 / 讲话时 / 发言中: the act of speaking that ends a person's clause, as its occasion. */
const SPEAKING_WHEN = /(?:致(?:欢迎|歡迎|开幕|開幕|闭幕|閉幕|答谢|答謝)?(?:辞|辭|词|詞)|讲话|講話|发言|發言)(?:时|時|中)$/u;
/** 将/將/拟/擬 right before a verb of the meeting's business: the agenda still to come. */
const FUTURE_BUSINESS = /(?:将|將|拟|擬|将要|將要)(?:分别|分別)?(?:听取|聽取|审议|審議|研究|讨论|討論|选举|選舉|表决|表決|通过|通過)/u;

function readLeadAt(text: string, pos: number, place: LeadPlace, names: readonly string[]): Lead | null {
  let start = pos;
  let prefix = '';
  // 会议就…进行部署安排。会议强调，…: the deployment announced in a sentence of its own is an item of
  // its own (bench/KEYING.md 23: two sections, the first \`other\`), no preface of the lead after it.
  const connector = CONNECTOR.exec(text.slice(pos)) ?? FRONTED.exec(text.slice(pos)) ?? (place === 'paragraph' ? STEP_LABEL.exec(text.slice(pos)) : null);
  if (connector) {
    prefix = connector[0];
    start = pos + connector[0].length;
  }
  const rest = text.slice(start, start + 120);
  const finish = (phrase: string, kind: SectionKind): Lead => {
    let bodyStart = start + phrase.length;
    if (/[，,：:]/u.test(text[bodyStart] ?? '')) bodyStart++;
    return { text: (prefix + phrase).replace(/[，,]$/u, ''), kind, bodyStart };
  };
  // 市政諮詢委員會對預算修改草案進行審議，…一致通過 / 会议对X进行了研究: the meeting or a body
  // deliberating on an item, the verb after 进行. Adopted in the sentence: a decision; else a topic.
  // 与会人员围绕X进行了讨论: 围绕 frames the item as 对/就 do; the attendees with a lead verb take
  // that verb's kind (bench/KEYING.md 16), here 讨论's topic, not an account.
  const deliberates = place !== 'clause' && /进行|進行|展开|展開/u.test(rest) ? DELIBERATE.exec(rest) : null;
  // 会议还围绕…: an adverb between the meeting and the frame is not part of who deliberates.
  // Only after 会议 itself (会上还对…进行了研究部署 is an occasion's account, read elsewhere).
  const deliberator = deliberates?.groups ? deliberates.groups.subj!.replace(/^(会议|會議)(?:还|還|也|又|首先|最后|最後|随后|隨後|依次|分别|分別|先后|先後|逐一|逐项|逐項)$/u, '$1') : '';
  // 会议围绕…进行了专题研讨 / 進行了深入的討論和協商: words of manner before the noun only for the meeting
  // itself; the attendees' 进行了认真讨论 inside a paragraph goes on with the item before (group-rundown.ts).
  // 本次座谈会围绕…进行专题讨论: the meeting pointed at by its own kind of sitting is the meeting itself.
  const pointed = /^(?:本次|此次|这次|這次)\p{Script=Han}{0,6}?(?:会|會)$/u.test(deliberator);
  const manner = !deliberates?.groups?.mod || /^(?:会议|會議)$/u.test(deliberator) || pointed;
  if (deliberates?.groups && manner && (pointed || MEETING_SUBJECT.test(deliberator) || (BODY_SUBJECT.test(deliberator) && deliberator.length <= 16))) {
    return finish(deliberates[0], ADOPTED.test(sentenceAt(text.slice(start))) ? 'decision' : 'topic');
  }
  // 在听取各乡镇汇报后，X对…提出了要求 / 听取汇报后，X指出: a hearing clause with no subject, then a
  // leader's reply in the same sentence: one section led by the opening words, kind from the reply
  // (bench/KEYING.md 8). Not when the attendees answer (与会人员踊跃发言…): that is their account.
  const hearing = place !== 'clause' && /^在?(?:认真|認真)?(?:听取|聽取)/u.test(rest) ? HEARING_CLAUSE.exec(rest) : null;
  if (hearing) {
    const answer = sentenceAt(rest.slice(hearing[0].length));
    const reply = REPLY.exec(answer);
    // The lead runs to the reply's verb, as a context clause joins the lead after it (近日…，X强调).
    if (reply && !/^(?:与会|與會|大家|参会|參會|各)/u.test(answer))
      return finish(hearing[0] + answer.slice(0, reply.index + reply[0].length), reply[1] ? proposalKind(reply[1], answer.slice(reply.index + reply[0].length)) : kindOf(reply[0]));
    // 在听取大家发言后，X作总结讲话。他强调…: the reply is a speech whose pronoun sentence gives its
    // kind, one section as a speech opening its paragraph is (below).
    const spoken = reply ? null : SPEECH_SENTENCE.exec(rest.slice(hearing[0].length));
    if (spoken && speakerRefOk(spoken, rest.slice(hearing[0].length)) && isPersonRef(spoken[1]!.replace(SPOKE_IN, ''), names))
      return { text: '', kind: pronounSays(spoken, 2), bodyStart: place === 'paragraph' ? start : pos };
  }
  // After a comma too: 经过讨论，会议确定以… names the meeting again, so it is the sentence's lead.
  // 会议首先进行了政治学习: the meeting doing a weak activity written with 进行; a verb after a comma
  // in its sentence may give it a kind.
  const framed = place !== 'clause' ? framedBusiness(rest) : null;
  if (framed) return finish(framed.phrase, framed.kind);
  const does = place !== 'clause' ? MEETING_DOES.exec(rest) : null;
  if (does) return finish(does[0], 'text');
  const adopts = place !== 'clause' || MEETING_START.test(rest) ? MEETING_ADOPTS.exec(rest) : null;
  if (adopts) return finish(adopts[0], 'decision');
  // 會議以舉手表決的方式，選舉產生… / 会议补选X为…: the meeting electing or voting in the shapes
  // the lists above do not hold (meeting-acts.ts).
  const act = place !== 'clause' || MEETING_START.test(rest) ? meetingAct(rest) : null;
  if (act) return finish(act.phrase, act.kind);
  // 副县长X在会上作了讲话。他指出，…: a speaker's paragraph, one section (bench/heldout-5 10's key
  // quotes the speech sentence as its lead), its kind from the pronoun's verb.
  // Where a sentence begins too (。最后，X作总结讲话。他强调…): the speech opens its own section there.
  const speech = place !== 'clause' && /讲话|講話|发言|發言/u.test(rest.slice(0, 40)) ? SPEECH_SENTENCE.exec(rest) : null;
  if (speech && speakerRefOk(speech, rest) && isPersonRef(speech[1]!.replace(SPOKE_IN, '').replace(/(?:出席|参加|參加)(?:了)?(?:会议|會議)?(?:并|並)$/u, ''), names)) {
    // The paragraph keeps its words: no lead text, the whole paragraph as the section's body.
    return { text: '', kind: pronounSays(speech, 2), bodyStart: place === 'paragraph' ? start : pos };
  }
  const announced = place !== 'clause' && !speech && /讲话|講話|发言|發言/u.test(rest.slice(0, 40)) ? SPEECH_ANNOUNCED.exec(rest) : null;
  const byName = announced ? namedSays(announced[1]!, rest.slice(announced[0].length)) : null;
  if (announced && byName && isPersonRef(announced[1]!.replace(SPOKE_IN, ''), names)) return { text: '', kind: byName, bodyStart: place === 'paragraph' ? start : pos };
  // X代表兵团党委常委会作重要讲话。他指出，… / X在讲话中总结了…。他指出 / X代表…表示衷心感谢。他说，…:
  // the address in the shapes the speech sentence above does not hold (addresses.ts), one section
  // whose kind the pronoun's verb gives. The window is longer: thanks name whom they go to.
  const address = place !== 'clause' ? addressThenPronoun(text.slice(start, start + 200), names) : null;
  if (address) return { text: '', kind: address, bodyStart: place === 'paragraph' ? start : pos };
  if (place !== 'clause') {
    // Plain character tests first: these run at every sentence start.
    const head = rest.slice(0, 40);
    const adopted = /[获獲经經]/u.test(head) && /通过|通過|批准/u.test(head) ? ADOPTED_PASSIVE.exec(rest) : null;
    if (adopted && !MEETING_START.test(adopted[1]!)) return finish(adopted[1]!, 'decision');
    const made = /作|做|提出/u.test(rest.slice(2, 100)) && /报告|報告|汇报|匯報|彙報|说明|說明/u.test(rest.slice(2, 120)) ? REPORT_MADE.exec(rest) : null;
    // 会议听取和审议了县委常委会所作的报告: a subject that hears or deliberates is the meeting, not a
    // reporter, however its words split into bodies (县委|常委|会所).
    if (made && !HEARS.test(made[1]!) && (persons(made[1]!.replace(SPOKE_IN, ''), names) || isUnit(made[1]!) || isGroup(made[1]!) || onBehalfOfBody(made[1]!, names)))
      return finish(made[1]! + made[2]!, 'text');
    const behalf = rest.startsWith('代表') ? BEHALF_REPORT.exec(rest) : null;
    if (behalf && (BODY_SUBJECT.test(behalf[1]!) || isUnit(behalf[1]!))) return finish(behalf[0], 'text');
    // 。甲某就…进行了汇报 / 。乙某从…方面介绍… / 。丙某代表某会发言: a person presenting to the meeting
    // with the matter, the body spoken for or the angle framed between person and verb, in a sentence
    // of its own inside a paragraph, is an account of its own (bench/KEYING.md 13, 15, 19).
    const presents = place === 'sentence' && PRESENTING_VERB.test(clauseAt(rest)) ? presentsFramed(rest, names, text.slice(0, pos)) : '';
    if (presents) return finish(presents, 'text');
    const deploys = /部署/u.test(rest.slice(2, 50)) ? DEPLOYS_WORK.exec(rest) : null;
    if (deploys && persons(deploys[1]!.replace(SPOKE_IN, ''), names)) return finish(deploys[0], 'text');
    // X汇报了… / X述职 / X解读了…: a person reporting, as with 介绍/通报 (bench/KEYING.md 9).
    const reported = REPORTED_HEAD.test(rest.slice(0, 40)) ? REPORTED.exec(rest) : null;
    if (reported && !/听取|聽取|会议|會議/u.test(reported[1]!)) {
      const who = reported[1]!.replace(SPOKE_IN, '');
      // 县发改局、县财政局分别汇报了…: a body reporting to the meeting is an account of its own as well.
      if (persons(who, names) || (HONORIFIC.test(who) && looksLikeName(who.replace(HONORIFIC, ''))) || isUnit(who) || isGroup(who)) return finish(reported[0], 'text');
    }
    // 各部门负责人分别发言 / 各镇街主要负责人分别作了表态发言: the reports of several bodies or their
    // heads in turn, an account of its own (`other`, bench/KEYING.md 9), as 分别汇报 is. A single
    // person's 发言 is a speech (the pronoun sentences after it give its kind), not this.
    const inTurn = /发言|發言/u.test(rest.slice(0, 60)) ? SPOKE_IN_TURN.exec(rest) : null;
    // 市委书记戴新民作表态发言。 with no pronoun sentence after it (that case is a speech, above): a
    // single person's statement of position (表态) is the same account as a group's.
    const stated = !!inTurn && /表态|表態/u.test(inTurn[0]) && persons(inTurn[1]!, names);
    if (inTurn && (isGroup(inTurn[1]!) || isUnit(inTurn[1]!) || stated)) return finish(inTurn[0], 'text');
    // 与会人员围绕…进行了深入讨论: the attendees discussing is an account of its own (`other`).
    const discussed = /讨论|討論|研讨|研討|交流|座谈|座談/u.test(rest.slice(0, 80)) ? DISCUSSED.exec(rest) : null;
    // 與會人員討論後決議…: the discussion ending in a resolution is a decision.
    if (discussed) return finish(discussed[0], /^(?:后|後)?[，,]?(?:决议|決議|议决|議決|决定|決定|同意|通过|通過)/u.test(rest.slice(discussed[0].length)) ? 'decision' : 'text');
  }
  // 決議：照案通過 in a record: a subject-only verb standing as the paragraph's label is a lead.
  const label = place === 'paragraph' && /[：:]/u.test(rest.slice(0, 4)) ? LABELLED_VERB.exec(rest) : null;
  if (label) return finish(label[1]!, kindOf(label[1]!));
  // 会上 opens a section where a sentence begins, not only a paragraph (bench/KEYING.md 9); so does
  // 会后 / 会议结束后 before its comma, a step done (KEYING 16, AFTER_MEETING); 会前 only a paragraph.
  // 会议期间/会中 name the same occasion as 会上, so they open a section where a sentence begins too.
  // 。在随后召开的党组会议上，审议通过了…: the occasion named with its meeting opens a sentence's
  // section as well when the sentence adopts something (a closing decision).
  const occasionAdopts = place === 'sentence' && /^在/u.test(rest) && ADOPTING.test(sentenceAt(rest));
  // 。会议结束后，…: read only where a sentence begins; a paragraph opening so is leadless.ts's.
  const subjectOnly =
    place === 'paragraph' || (place === 'sentence' && (occasionAdopts || OCCASION_START.test(rest))) ? (SUBJECT_ONLY.exec(rest) ?? (place === 'sentence' ? AFTER_ONLY.exec(rest) : null)) : null;
  const plain = WITH_SUBJECT.exec(rest);
  // Not needed when 会议/会上 leads with a strong verb, by far the commonest case.
  const plainMeeting = !!plain?.groups && MEETING_SUBJECT.test(plain.groups.subj!) && kindOf(plain.groups.verb!) !== 'text';
  const about = place === 'clause' || plainMeeting ? null : WITH_ABOUT.exec(rest);
  // X带领与会同志传达学习了…: a person leading those present through a text (KEYING 11's 领学).
  const led = place === 'clause' || plainMeeting ? null : LED_STUDY.exec(rest);
  if (led?.groups && !/^(?:为|為)|的/u.test(led.groups.subj!)) return finish(led[0], 'directive');
  // X结合…，联系…，提出四点要求: context clauses before the asking, commas and all (WITH_ABOUT takes one
  // 就/对 clause without a comma).
  const context = place === 'clause' || plainMeeting || about ? null : CONTEXT_ASK.exec(rest);
  if (context?.groups && !/^(?:为|為)|的/u.test(context.groups.subj!)) return finish(context[0], proposalKind(context[0], rest.slice(context[0].length)));
  // 聂振华就如何学习贯彻…提出了三点要求: the plain reading stops at 学习 (a weak verb inside the
  // 就-clause); the 就…提出要求 reading is the lead.
  // Likewise when the plain reading swallows the 就-clause into its subject (邢立就修改…报告|提出要求).
  let m = about && (!plain?.groups || kindOf(plain.groups.verb!) === 'text' || plain.groups.subj!.length > about.groups!.subj!.length) ? about : (plain ?? about);
  // 会议对…给予了充分肯定: the meeting's own judgement is read by the meeting's readings below; praise
  // followed in its sentence by 并强调/并…指出 is read by the person's later verb (KEYING 11).
  if (
    m === about &&
    m?.groups &&
    PRAISED_VERB.test(m.groups.verb!) &&
    (MEETING_SUBJECT.test(m.groups.subj!) || /(?:并|並|同时|同時)[^。；;]*?(?:强调|強調|要求|指出)/u.test(sentenceAt(rest.slice(m[0].length))))
  )
    m = plain;
  // 上次會議主席裁示事項: 裁示 used as a noun (no comma after it) opens nothing.
  if (m?.groups && /裁示$/u.test(m.groups.verb!) && !/^[，,：:]/u.test(rest.slice(m[0].length))) m = null;
  // 为了解基层的建议，…: a purpose clause (为/為…) or a phrase with 的 in it is no subject of a lead.
  // 負責協調的X區議會主席Y在會後表示 / 而Y則指: a relative clause before a titled person describes
  // them, and 而 only joins the sentence on; the person is the subject.
  const described = !!m?.groups && /^(?:而|的)|的/u.test(m.groups.subj!) && personAfterRelative(m.groups.subj!, names);
  if (m?.groups && !described && /^(?:为|為)|的/u.test(m.groups.subj!)) m = null;
  // 大家提出的意见, 会议研究的事项: a verb before 的 qualifies a noun; it opens nothing.
  if (m?.groups && rest[m[0].length] === '的') return null;
  if (m?.groups) {
    // 张三在讲话中强调, 县长在会上要求: where the person spoke is not part of the subject.
    // 会上卫国栋强调: the occasion before the person is not part of the subject either.
    // 王县长在听取汇报后，对…提出了要求: 在 opens the hearing clause, it is not part of the subject.
    const heard = kindOf(m.groups.verb!) === 'topic' ? AFTER_HEARING.exec(rest.slice(m[0].length)) : null;
    // 会议在研究…工作时强调 / 会议在审定《…》时强调: 在 opens a time clause around the verb, whatever
    // the verb, so the meeting is the subject and the verb after 时 says what it did (a 审定 inside
    // the clause settles nothing).
    const inWhen = /(?:在|於|于)$/u.test(m.groups.subj!) && WHEN_VERB.test(rest.slice(m[0].length));
    // 會議在聽取…匯報後強調: 在 opens the hearing clause whether a comma follows it or not.
    // X出席会议并就…作了强调: attending is how the person came to speak, not part of who they are.
    // X出席会议并强调: the adverbs take 并 off the subject, which then ends on the attendance itself.
    const attendedThen = /^(?:并|並)/u.test(rest.slice(m.groups.subj!.length));
    const spoke = m.groups
      .subj!.replace(described ? RELATIVE : /$^/u, '')
      .replace(ATTENDED_AND, '')
      .replace(attendedThen ? ATTENDED_ITSELF : /$^/u, '')
      .replace(SPOKE_IN, '')
      .replace(heard || inWhen || kindOf(m.groups.verb!) === 'topic' ? /(?:在|於|于)$/u : /$^/u, '');
    const subj = /^[会會]/u.test(spoke) ? spoke.replace(/^(?:会上|會上|会议上|會議上|会中|會中)(?=\p{Script=Han}{2})/u, '') : spoke;
    let kind = kindOf(m.groups.verb!);
    // X听取汇报后，对…提出了要求 / 指出: hearing the reports is the context of the reply (bench/KEYING.md
    // 8), one section whose kind is the reply's; no reply in the sentence leaves the topic.
    let phrase = m[0];
    if (heard) {
      const answer = sentenceAt(rest.slice(m[0].length + heard[0].length));
      const reply = REPLY.exec(answer);
      if (reply) {
        kind = reply[1] ? proposalKind(reply[1], answer.slice(reply.index + reply[0].length)) : kindOf(reply[0]);
        phrase = m[0] + heard[0].replace(/[，,]$/u, '');
      }
    }
    // 会议由梁云峰同志传达学习: the meeting is still the subject.
    // 大家一致表示 / 与会人员纷纷表示 where a sentence begins: the attendees' judgement, a lead of its
    // own (`directive`, bench/KEYING.md 12, as 会议认为); after a comma it is part of its sentence.
    const voices = VOICES.test(subj) && SPEECH_VERB.test(m.groups.verb!);
    if (voices && place === 'clause') return null;
    // 社区工作人员纷纷表示 / 村民代表一致认为 / 老干部们表示: any group of the people present, judging
    // or saying, is such a voice where a sentence begins (crowd.ts reads the group by its shape).
    if (place !== 'clause' && /^(?:表示|认为|認為)$/u.test(m.groups.verb!) && /^[，,：:]/u.test(rest.slice(m[0].length)) && isCrowd(subj)) return finish(m[0], 'directive');
    // 本次会议主要明确了…: the meeting pointed at is the meeting when it does a strong verb (这次会议研究
    // 了5项议题 announces the agenda, an account with no lead of its own).
    // 会议专题学习了… / 会议培训学习了…: how the meeting studied stands between it and 学习.
    const studying = /^(?:学习|學習)$/u.test(m.groups.verb!);
    const meeting =
      MEETING_SUBJECT.test(subj) ||
      (studying && place !== 'clause' && MEETING_SUBJECT.test(subj.replace(STUDY_MANNER, ''))) ||
      /^(会议|會議)由[\p{Script=Han}·]{2,12}$/u.test(subj) ||
      (/^(?:本次|此次|这次|這次)\p{Script=Han}{0,6}?(?:会议|會議)$/u.test(subj) && (STRONG.has(kind) || kind === 'topic' || !!m.groups.le || AGENDA_COUNTED.test(rest.slice(m[0].length))));
    // 青松镇党委、政府认真强调: a body as the subject opening a paragraph speaks like the meeting.
    // 区公所表示，… / 县应急局要求，…: any body named by its kind speaks for itself the same way.
    const body = place === 'paragraph' && subj.length <= 16 && (BODY_SUBJECT.test(subj) || (STRONG.has(kind) && isUnit(subj)));
    // A bare name opening a paragraph with a strong verb and a comma (韩志刚指出，…) is a speaker even
    // when the header did not name them (an unparsed list, a speaker who only 出席并讲话).
    // After 提出了三点要求 the points may follow a full stop (…三点要求。一要…).
    // A name whose surname is not in our list (賴東海裁示，…) is left to the segmenter.
    const after = rest.slice(m[0].length);
    // X传达《…》: what is passed on may follow as a document's title, with no comma.
    // 邵某领学了… / 邵某传达了…: passing a higher level's text on, with 了 and its object, is said of
    // a person as plainly as a comma after 指出 (bench/KEYING.md 9 and 11).
    // So is charging someone (X责成…) or hoping (X希望…), verbs whose object is a clause, and asking
    // about something (X对…提出了要求).
    const passedOn =
      (kind === 'directive' && !!m.groups.le && /^(?:传达|傳達|转达|轉達|领学|領學)/u.test(m.groups.verb!)) || /^(?:责成|責成)$/u.test(m.groups.verb!) || (m === about && kind === 'requirement');
    const spoken =
      place === 'paragraph' && (/^[，,：:]/u.test(after) || (/要求|意见|意見/u.test(m.groups.verb!) && /^。/u.test(after)) || (kind === 'directive' && /^[《「“]/u.test(after)) || passedOn);
    // Asked last and only for a strong verb, since loading it costs a second and ~65 MB.
    const named = () =>
      looksLikeName(subj) || (STRONG.has(kind) && /^[\p{Script=Han}]{2,3}$/u.test(subj) && !BODY_SUBJECT.test(subj) && segmenterSaysName(subj) === true) || (STRONG.has(kind) && titledName(subj));
    // 韩书记主持会议，他传达了…: a pronoun right after the chair clause is the chair speaking.
    // Elsewhere (X作重要讲话。他指出…。他提出几点要求) it continues the speaker's own section.
    // 他强调，… opening a paragraph of its own after the speaker's: the speaker's next point.
    // 党委书记X代表党委报告工作。报告回顾了…。他强调，…: after a report sentence (not a speech, whose
    // paragraph is one section) the pronoun's strong verb opens the speaker's own point.
    // Nor after an address that opened the paragraph (X代表…表示感谢。他说，…): the speech going on.
    // 。他指出開展… / 。她強調要求…: the verb may run straight into what is said, no comma between;
    // not 他强调的… (a noun phrase) nor 他希望… (the speech going on, bench/KEYING.md 10).
    const afterReport =
      place === 'sentence' &&
      STRONG.has(kind) &&
      (/^[，,：:]/u.test(after) || saysWithoutComma(after, m.groups.verb!)) &&
      !speechBefore(text.slice(0, pos)) &&
      !addressThenPronoun(text.trimStart().slice(0, 200), names);
    const pronoun = /^(他|她)$/u.test(subj) && ((place === 'clause' && /主持(?:会议|會議)?[，,]$/u.test(text.slice(Math.max(0, pos - 8), pos))) || (spoken && STRONG.has(kind)) || afterReport);
    // 县长通过视频连线强调, 黨主席林正德於會中表示, 县长在调研时要求: how, where or when the person
    // spoke stands between the person and a strong verb; the person is the subject before it.
    // X向参会人员介绍…: to whom a person reports stands there as well.
    const manner = () => place !== 'clause' && (STRONG.has(kind) || REPORT_VERB.test(m.groups!.verb!)) && mannerPerson(subj, names, text.slice(0, pos));
    // 区委书记邵伯川深入…调研。…邵伯川强调: a bare name the report gave with a post earlier on.
    const introduced = () => STRONG.has(kind) && place !== 'clause' && withPostBefore(subj, text.slice(0, pos));
    // 。杜某某在讲话中要求… / 。杜某某强调，…: a bare name (by the surname list only: the segmenter is
    // not asked at every sentence) with a strong verb opening a sentence, said where the person spoke
    // or with the verb's comma after it, is a speaker the header did not name.
    const speaker = () => place === 'sentence' && STRONG.has(kind) && !/^(他|她)$/u.test(subj) && (spoke !== m.groups!.subj || /^[，,：:]/u.test(after) || passedOn) && bareName(subj);
    // 县财政局通报了… / 县教育局介绍了…: a body reporting to the meeting, as a person does.
    const reporter = () => place !== 'clause' && REPORT_VERB.test(m.groups!.verb!) && (isUnit(subj) || isGroup(subj));
    // 。区委副书记、区长杨文斌通报… : a post and a three-character name (the surname list only, no
    // segmenter) reporting where a sentence begins is a person reporting, 了 or not.
    const titledReporter = place !== 'clause' && REPORT_VERB.test(m.groups.verb!) && postAndName(subj);
    const person =
      !meeting &&
      !(place === 'sentence' && speakerGoingOn(subj, text.slice(0, pos))) &&
      (pronoun ||
        isPersonRef(subj, names) ||
        (HONORIFIC.test(subj) && looksLikeName(subj.replace(HONORIFIC, ''))) ||
        (spoken && named()) ||
        manner() ||
        introduced() ||
        speaker() ||
        reporter() ||
        titledReporter);
    if (meeting || person || body) {
      // 会议研究《…》时指出 / 会议听取…汇报时强调: the verb after 时 says what the meeting did.
      const when = kind === 'text' || kind === 'topic' || inWhen ? WHEN_VERB.exec(rest.slice(m[0].length)) : null;
      // After 后 the lead runs to the reply's verb (…匯報後強調), as with a hearing clause.
      if (when) return finish(/[后後]\p{Script=Han}{2}$/u.test(when[0]) ? m[0] + when[0] : m[0], kindOf(when[1]!));
      // 会议听取…汇报强调，…: the verb glued to the report heard, no comma between, is the meeting's
      // reply to it, as after 汇报后 (WHEN_VERB); after a comma the hearing stays the item (KEYING 8).
      const glued = kind === 'topic' && /(?:汇报|匯報|彙報|报告|報告)$/u.test(m[0]) ? /^(指出|强调|強調|要求)(?![的得])/u.exec(rest.slice(m[0].length)) : null;
      if (glued) return finish(m[0], kindOf(glued[1]!));
      // 会议讨论了…并原则通过 / 会议审议了…: a deliberation that ends in adopting is a decision;
      // one that does not is an agenda item (topic).
      const sentence = sentenceAt(text.slice(start));
      if (meeting && /^(讨论|討論|审议|審議)$/u.test(m.groups.verb!) && ADOPTED.test(sentence)) return finish(m[0], 'decision');
      // 会议还研究并原则同意了…: 研究 joined by 并 to adopting (not 研究了X，会议同意…, two items).
      if (meeting && /^研究$/u.test(m.groups.verb!) && /^(?:并|並)(?:原则|原則)?(?:通过|通過|同意|批准)/u.test(rest.slice(m[0].length))) return finish(m[0], 'decision');
      if (meeting && kind === 'topic' && ADOPTED.test(sentence)) return finish(m[0], 'decision');
      // 会议认真学习了党中央…精神 / 會議學習研討了《…黨中央…》: the meeting studying a higher level's
      // words carries them as 传达学习 does (bench/KEYING.md 9: directive); studying anything else
      // (会议学习了统计工作相关知识) stays an account, and so does 学习贯彻…精神, the stock words for
      // the meeting's aim (会议深入学习贯彻党中央…指示精神，进一步深化合作).
      const studied = rest.slice(m[0].length);
      // 这次会议研究讨论了7项议题 / 会议审议了三个事项: the agenda announced with its count is a topic
      // (bench/KEYING.md 12, as 会议的内容有N项), whatever the deliberating verb.
      if (meeting && place !== 'clause' && kind === 'text' && WEAK_MEETING_VERB.test(m.groups.verb!) && AGENDA_COUNTED.test(studied)) return finish(m[0], 'topic');
      if (meeting && place !== 'clause' && studying && studiedText(studied, !!m.groups.le)) return finish(m[0], 'directive');
      // 会议审议了《…》，强调要… / 会议研究审议了…，要求…: the judgement later in the sentence is what the
      // deliberation came to (bench/KEYING.md 2: the stronger, later lead gives the kind), when nothing
      // in the sentence decides (read above): TRAIN keys 4 of 4. Not hearing a report (会议听取了…，
      // 强调…): its keys split 2 to 2, and hearing is an agenda item of its own.
      const deliberates = (kind === 'topic' || WEAK_MEETING_VERB.test(m.groups.verb!)) && !/听取|聽取/u.test(m.groups.verb!);
      const judged = meeting && place !== 'clause' && deliberates && !DECIDES.test(sentence) ? LATER_JUDGEMENT.exec(studied) : null;
      if (judged) return finish(m[0], kindOf(judged[1]!));
      // 会议审议了《…》 with no outcome: what was on the agenda (bench/KEYING.md 5).
      // 会议讨论了《…》 likewise, when 了 says the item was dealt with (会议讨论认为 is a judgement).
      // 会议审议了…；协商了…；传达学习了…精神: its ；-agenda takes the strongest part's kind (KEYING 12).
      if (meeting && deliberatedItem(m.groups.verb!, !!m.groups.le)) return finish(m[0], agendaKind(sentence, 'topic'));
      if (body && !STRONG.has(kind)) return null;
      // X介绍了… / 会上X通报了…: a person reporting to the meeting opens an account of its own
      // (`other`, bench/KEYING.md 9) at a paragraph or sentence start; a stronger verb later in the
      // sentence (…，重点传达了…) gives it that verb's kind.
      // Opening a paragraph (第一项：由X介绍…) the verb needs no 了 to be the person's report.
      if (person && place !== 'clause' && REPORT_VERB.test(m.groups.verb!) && (m.groups.le || place === 'paragraph' || titledReporter || /^[，,：:《「“]/u.test(after))) return finish(phrase, 'text');
      // X对下一步工作进行了安排部署: a person deploying the work is an account of its own (`other`,
      // bench/KEYING.md 9), an action list when numbered points follow.
      if (person && place !== 'clause' && DEPLOYED.test(m.groups.verb!)) return finish(phrase, 'text');
      if (STRONG.has(kind) || kind === 'topic') return afterReport && /^(他|她)$/u.test(subj) ? { ...finish(phrase, kind), onlyFirst: true } : finish(phrase, kind);
      // 。会议研究了X，决定…: the meeting with a weak verb after a full stop is its next item too
      // (bench/KEYING.md 2); a bare verb later in the sentence may give it a kind.
      // 會議書面通報…；傳達學習…；聽取…: the meeting's own agenda joined by ； takes the kind of its
      // strongest part (bench/KEYING.md 12), a part being a bare verb with the meeting left out.
      if ((place === 'paragraph' || (place === 'sentence' && MEETING_ALONE.test(subj))) && meeting) return finish(m[0], agendaKind(sentence, kind));
    }
  }
  if (subjectOnly) {
    // 会后，要求各党支部…: a bare strong verb right after 会上/会后 gives the section its kind.
    const comma = /^[，,：:]/u.test(rest.slice(subjectOnly[0].length));
    const after = comma ? BARE.exec(rest.slice(subjectOnly[0].length + 1)) : null;
    const kind = after?.groups ? kindOf(after.groups.verb!) : 'text';
    if (after && /^(要求|强调|強調|指出)/u.test(after.groups!.verb!)) return finish(`${subjectOnly[0]}${rest[subjectOnly[0].length]}${after[0]}`, kind);
    // 会议期间，代表们听取、审议并通过了…: the occasion's sentence adopting something is a decision
    // (bench/KEYING.md 9: 会上…审议通过 → decision), unless it is a ；-rundown of who did what.
    const sentence = sentenceAt(rest);
    if (!/[；;]/u.test(sentence) && ADOPTING.test(sentence)) return finish(subjectOnly[0], 'decision');
    // 会上，X、Y先后传达了…精神 / 在会上，X首先对…精神进行了传达: the occasion's one account passing a
    // higher level's words on is a directive (bench/KEYING.md 9: 传达), unless a ；-rundown (rule 2);
    // passing on news (传达了…察看…的情况) stays the account it is.
    if (comma && !/[；;]/u.test(sentence) && PASSED_ON_IN.test(sentence) && HIGHER_WORDS.test(sentence)) return finish(subjectOnly[0], 'directive');
    // 会上，集体学习了…；通报了…: the meeting's own ；-run of bare verbs, its strongest part's kind.
    const agenda = comma ? occasionAgendaKind(rest.slice(subjectOnly[0].length + 1)) : null;
    if (agenda) return finish(subjectOnly[0], agenda);
    return finish(subjectOnly[0], 'text');
  }
  // 說明：… in a record (the part's explanation), 说… with no one saying it: 说 needs its speaker
  // (bench/KEYING.md 10: X说), so a bare 说 opens nothing.
  const bare = /^(?:说|說)$/u.test(BARE.exec(rest)?.groups?.verb ?? '') ? null : BARE.exec(rest);
  // 明确方向，抓住重点: a bare 明确 with its object is an instruction's wording, not a decision;
  // the decision reads 明确了…, 明确：….
  if (bare?.groups && /^(明确|明確)$/u.test(bare.groups.verb!) && !bare.groups.le && !/^[，,：:]/u.test(rest.slice(bare[0].length))) return null;
  if (bare?.groups) {
    const kind = kindOf(bare.groups.verb!);
    if (kind === 'decision' && place !== 'clause') return finish(bare[0], kind);
    if (kind === 'decision' && /[；;]/u.test(text[pos - 1] ?? '')) return finish(bare[0], kind);
    if (kind === 'requirement' && place !== 'clause' && /^(要求|强调|強調)/u.test(bare.groups.verb!)) return finish(bare[0], kind);
    if ((kind === 'directive' || kind === 'decision') && place === 'paragraph') return finish(bare[0], kind);
    // 。首先传达学习了…精神: passing a higher level's text on, 会议 left out, with 了 and its object, is
    // the meeting's next item where a sentence begins (bench/KEYING.md 2 and 9).
    if (place === 'sentence' && bare.groups.le && /^(?:传达学习|傳達學習|学习传达|學習傳達|传达|傳達)$/u.test(bare.groups.verb!)) return finish(bare[0], kind);
    // 审议了《…》 opening a paragraph or sentence, 会议 left out (bench/KEYING.md 2 and 5): what was
    // on the agenda, a topic; adopted in the same sentence, a decision.
    if (place !== 'clause' && /^(审议|審議)$/u.test(bare.groups.verb!) && (bare.groups.le || /^[《「“]/u.test(rest.slice(bare[0].length))))
      return finish(bare[0], ADOPTED.test(sentenceAt(text.slice(start))) ? 'decision' : 'topic');
    // 。首先听取了…汇报 / 。听取县财政局…汇报: a bare 听取 opening a sentence is the meeting's next
    // item of business, its subject left out (bench/KEYING.md 2); so is one opening a paragraph
    // of one-line items (传达学习了…。 / 听取了…汇报。), a sentence with no comma (an agenda after a
    // chair clause, 听取了…，审议了…, is read as one topic where it stands).
    if (kind === 'topic' && (place === 'sentence' || (place === 'paragraph' && (!!bare.groups.le || /^(?:听取|聽取)了/u.test(bare.groups.verb!)) && !/[，,；;]/u.test(sentenceAt(rest)))))
      return finish(bare[0], kind);
    // 。研究了《…》等事项: a bare 研究了 opening a sentence, 会议 left out, is the meeting's next item
    // (bench/KEYING.md 2), an account without an outcome.
    // 。研究了干部处理意见。: a short sentence of its own, no instruction in it (研究了问题就要抓落实 is
    // one), is such an item whatever its object.
    const item = (x: string) => /^[《「“]/u.test(x) || (sentenceAt(x).length <= 40 && !/[，,；;]|就|要|才|必须|必須|应|應/u.test(sentenceAt(x)));
    if (place === 'sentence' && /^(研究|研究討論|研究讨论)$/u.test(bare.groups.verb!) && bare.groups.le && item(rest.slice(bare[0].length))) return finish(bare[0], 'text');
    // 会议研究了X，指出/要求/决定…: kind only, see Lead.kindOnly. Right after the comma, with its
    // own comma or a 将/于 object (指出，…, 决定将…), or 决定 sending the item on (决定交区政府处理).
    // A bare 决定/研究决定 after a weak lead's comma, whatever its object (决定由X担任…, 决定于…召开…):
    // the meeting's outcome outranks the agenda verb (bench/KEYING.md 11).
    // Not one that puts the item off (决定近期另开专题会议研究后再提交审议): nothing is decided yet.
    // Only after the meeting's own weak lead (会议研究了/审议了/听取了X，决定…), as the rule reads.
    const decided =
      /^(?:研究)?(?:决定|決定)$/u.test(bare.groups.verb!) &&
      rest[bare[0].length] !== '的' &&
      (/^(?:交|提请|提請|报|報)/u.test(rest.slice(bare[0].length)) || (WEAK_MEETING.test(sentenceBefore(text, pos)) && !DEFERRED.test(sentenceAt(rest))));
    // 会议研究了X，听取了…汇报，审议通过了《…》: adopting a named paper after the meeting's weak lead is
    // the outcome, as a bare 决定 is (bench/KEYING.md 11: the strongest part gives the kind).
    const adoptsPaper =
      kind === 'decision' &&
      /^(?:审议|審議)?(?:通过|通過)$/u.test(bare.groups.verb!.replace(/并|並/u, '')) &&
      /^[《「“]/u.test(rest.slice(bare[0].length)) &&
      WEAK_MEETING.test(sentenceBefore(text, pos));
    // 会议研究了《…》，原则同意该报告 / 会议研究了…，同意提交县委审议: a bare adopting verb after the
    // meeting's weak lead is its outcome too, as 决定 is (bench/KEYING.md 11; TRAIN keys of a weak
    // lead and a bare 同意/通过/决定 later in its sentence: decision, 22 of 22). 会议同意 named again
    // is a section of its own (KEYING 2), read as a lead, not here.
    const agreed = kind === 'decision' && /^(?:原则|原則)?(?:上)?(?:同意|通过|通過|批准)$/u.test(bare.groups.verb!) && WEAK_MEETING.test(sentenceBefore(text, pos));
    // 会议首先进行了政治学习，传达学习了…: a bare 传达(学习)了 after the comma says what the weak lead did.
    const passedOn = kind === 'directive' && !!bare.groups.le && /^(?:传达|傳達)/u.test(bare.groups.verb!);
    // 会上，X通报了…，要求各单位…: a plain speaking verb (要求/强调/指出) with its object is the
    // stronger lead of the sentence too (bench/KEYING.md 2 and 9). Not after the meeting's own weak
    // lead (会议听取了…汇报，要求全县上下… / 会议学习了…，要求深入学习…): the batches key that as the
    // agenda item, and give it the verb's kind only when the verb has its own comma (…，要求，…).
    const spoke = /^(?:要求|强调|強調|指出)$/u.test(bare.groups.verb!) && rest[bare[0].length] !== '的' && !WEAK_MEETING.test(sentenceBefore(text, pos));
    if (
      place === 'clause' &&
      kind !== 'text' &&
      kind !== 'topic' &&
      /[，,]/u.test(text[pos - 1] ?? '') &&
      (decided || adoptsPaper || agreed || passedOn || spoke || /^(?:[，,：:]|将|將|于|於)/u.test(rest.slice(bare[0].length)))
    )
      return { ...finish(bare[0], kind), kindOnly: true };
  }
  // 会上，X作…报告，她指出，… / 会上，X作了讲话，他要求…: the pronoun after the comma is the reporter
  // the sentence named; its strong verb gives the occasion's account its kind, as a bare verb after
  // the comma does (…报告，指出…), and opens nothing of its own: within one sentence one section
  // (bench/KEYING.md 16: rule 15's lead after a report). Same guards as the bare verb above; not
  // after a chair or attendance clause (X主持并讲话，他强调…), read with the opening.
  const pronounVerb =
    place === 'clause' && /[，,]/u.test(text[pos - 1] ?? '') && /^(他|她)/u.test(rest) && !/主持|出席|参加|參加|列席|召开|召開/u.test(sentenceBefore(text, pos)) ? BARE.exec(rest.slice(1)) : null;
  if (pronounVerb?.groups) {
    const kind = kindOf(pronounVerb.groups.verb!);
    const spoke = /^(?:要求|强调|強調|指出)$/u.test(pronounVerb.groups.verb!) && rest[1 + pronounVerb[0].length] !== '的';
    if (STRONG.has(kind) && !WEAK_MEETING.test(sentenceBefore(text, pos)) && (spoke || /^[，,：:]/u.test(rest.slice(1 + pronounVerb[0].length))))
      return { ...finish(rest[0]! + pronounVerb[0], kind), kindOnly: true };
  }
  // 会议听取了…汇报，并对下一步工作提出了要求: the asking after a 对/就 clause, 会议 left out.
  const asked = place === 'clause' && /[，,]/u.test(text[pos - 1] ?? '') ? BARE_ASKED.exec(rest) : null;
  if (asked) return { ...finish(asked[0], proposalKind(asked[0], rest.slice(asked[0].length))), kindOnly: true };
  // 会议还就防汛工作，作了讨论并提出了相关要求: the meeting with a 就/对 clause whose verb comes after a
  // comma (or is one no verb list holds: 进行了研究部署) is still the meeting's next item; its sentence
  // says the kind (adopting → decision, asking → requirement, else an account).
  // 会议听取审议了《…》: hearing joined to deliberating is an agenda item, not only an account.
  const heard = place !== 'clause' ? heardAndDeliberated(rest) : null;
  if (heard) return finish(heard.phrase, heard.kind);
  const did = place !== 'clause' && rest.includes('了') ? MEETING_DID.exec(rest) : null;
  if (did && !MEETING_COURSE.test(did[0])) return finish(did[0], 'text');
  const by = place !== 'clause' && rest.includes('由') ? MEETING_BY.exec(rest) : null;
  if (by) return finish(by[0], 'text');
  const meetingAbout = place !== 'clause' ? MEETING_ABOUT.exec(rest) : null;
  if (meetingAbout) {
    const sentence = sentenceAt(rest.slice(meetingAbout[0].length));
    const asks = ASKED.exec(sentence);
    return finish(meetingAbout[0], ADOPTING.test(sentence) ? 'decision' : asks ? proposalKind(asks[0], sentence.slice(asks.index + asks[0].length)) : 'text');
  }
  // 督导组副组长对…安排完全同意，要求…: a person (a title or a name) whose own clause ends at a comma,
  // then a bare 要求/强调 — the person is the lead and the later verb gives the kind, as with
  // 会议听取了…，会议指出 (bench/KEYING.md 2). The subject may be longer than the 24-character
  // window above, so the person is looked for at the sentence start instead. Not in a sentence that
  // tells who chaired or attended (县委书记X出席会议并讲话，要求…): that is the opening's account.
  if (place !== 'clause') {
    const sentence = sentenceAt(text.slice(start));
    const comma = sentence.search(/[，,]/u);
    // A plain test, not BARE: this runs at every sentence that opened nothing.
    // 副秘書長邱某特別蒞臨指導，他要求…: the pronoun after the comma points back to the person who
    // opens the sentence; the person is the lead and the pronoun's verb gives the kind.
    // The person's verb may stand in any later clause of the sentence (X就…进行点评，并对…提出要求 /
    // X主持会议，并对…给予肯定，对下一步工作提出要求 / …，对下一阶段工作作了布置，他要求…): a strong
    // verb in any of them gives the kind, as a later 指出 outranks 听取 (bench/KEYING.md 2); failing
    // one, a report made (汇报了…, 并对…作了说明) makes the sentence the person's account (`other`).
    const later = comma > 0 && comma <= 80 ? laterClauseVerb(sentence, comma) : null;
    // Not in a sentence that tells who chaired or attended (县委书记X出席会议并讲话，要求…) at a
    // paragraph's start, the opening's account; inside a paragraph the chair going on to ask (X主持
    // 会议，并对…提出要求) is the chair's own item, and the opening drops leads before its attendance.
    // X在主持会议时… names when the person spoke (as 在讲话时), not who chaired.
    const attends = /主持|出席|参加|參加|列席|召开|召開/u.test(sentence.slice(0, comma).replace(/(?:在|於|于)?主持(?:会议|會議)?(?:时|時|中)/u, ''));
    const chairAsks = attends && place === 'sentence' && !!later?.strong && !/召开|召開/u.test(sentence.slice(0, comma));
    if (later && (!attends || chairAsks)) {
      // 各部门负责人对照…，汇报了…: people or bodies whose own clause ends at a comma, then reporting.
      const reports = later.reports;
      const kind = later.proposed ? 'directive' : reports ? 'text' : later.verb ? kindOf(later.verb) : 'requirement';
      // 她对…给予了评价，并就…提出了要求 after the speaker's own sentence: the pronoun goes on with that
      // speech (bench/KEYING.md 9); only with nothing led before it does it open a section.
      if (/^(他|她)/u.test(sentence)) return { ...finish(sentence[0]!, kind), onlyFirst: true };
      // The subject ends where its clause's preposition begins (…副组长|对我镇…, 县长|就此…, X|围绕…).
      // 甲致欢迎词时，对…提出了要求 / 甲讲话时，…: a speech act closing the person's clause (its 时/中
      // right before the comma) bounds the subject as a preposition does; the speech carries the
      // later lead (bench/KEYING.md 16: a speech act carrying a lead is a section of the lead's kind).
      const prepAt = sentence.slice(2, comma).search(/[对對就在于於向把将將围圍针針]/u);
      const prep = prepAt >= 0 ? prepAt : sentence.slice(2, comma).search(SPEAKING_WHEN);
      for (let n = Math.min(12, prep < 0 ? comma : prep + 2); n >= 2; n--) {
        const subj = sentence.slice(0, n);
        // Cheap shape first (an office word or a name at the end): isPersonRef may ask the segmenter.
        if (reports && (isGroup(subj) || isUnit(subj))) return finish(subj, kind);
        if (!isTitle(subj) && !looksLikeName(subj.slice(-3)) && !looksLikeName(subj.slice(-2)) && !names.includes(subj)) continue;
        if (!MEETING_SUBJECT.test(subj) && isPersonRef(subj, names)) return finish(subj, kind);
        // 郑某某就…给予肯定，并…指出: a bare name ending right where its 就/对 clause begins.
        if (n === prep + 2 && !reports && bareName(subj)) return finish(subj, kind);
      }
    }
  }
  // 。研究讨论了《…》 / 。确定了总监票人… / 。集体学习了…精神: the meeting's next item with 会议 left
  // out (bench/KEYING.md 2), where no reading above found one. 了 says it was done, which no
  // instruction says (研究解决…, 确定专人负责).
  const bareDid = place === 'sentence' ? BARE_DID.exec(rest) : null;
  if (bareDid && !INSTRUCTS.test(sentenceAt(rest).replace(/《[^》]*》/gu, ''))) return finish(bareDid[0], didKind(bareDid[1]!, sentenceAt(rest)));
  const passedOn = place === 'sentence' ? BARE_PASSED_ON.exec(rest) : null;
  if (passedOn && HIGHER_WORDS.test(sentenceAt(rest)) && !INSTRUCTS.test(sentenceAt(rest).replace(/《[^》]*》/gu, ''))) return finish(passedOn[0], 'directive');
  // 。随后，双方就…开展了交流 / 。随后，与会领导共同揭牌: the next step of the meeting where a sentence
  // begins, someone doing its business, is an `other` section of its own (bench/KEYING.md 13, 16);
  // not the speaker going on (随后，他…) nor what is still to come (将/拟).
  if (place === 'sentence' && /^(?:随后|隨後)[，,]$/u.test(prefix) && !/^(?:他|她|要|还要|還要)/u.test(rest) && !/将|將|拟|擬/u.test(sentenceAt(rest)))
    return { text: prefix.slice(0, -1), kind: 'text', bodyStart: start };
  return null;
}

/**
 * A bare name opening a sentence: three characters the surname list reads as a name (not a place word
 * like 文件中), or two that the segmenter agrees are one (文件/方案 pass the surname list too).
 */
function bareName(subj: string): boolean {
  if (!/^\p{Script=Han}{2,3}$/u.test(subj) || /[中里上内內外下]$/u.test(subj) || isTitle(subj) || !looksLikeName(subj)) return false;
  return subj.length === 3 || segmenterSaysName(subj) === true;
}

/** 会议(还)研究了 / 會議審議了 / 会议听取审议了 at a sentence start: the meeting's weak lead. */
// 会议专题研究了X: 专题 (as a topic of its own) before the weak verb.
const WEAK_MEETING = new RegExp(`^${MEETING_WORD}${ADVERBS}(?:专题|專題)?(?:研究|审议|審議|听取|聽取|讨论|討論|学习|學習)`, 'u');
/** The part of `text`'s sentence before `pos`. */
function sentenceBefore(text: string, pos: number): string {
  let i = pos;
  while (i > 0 && !/[。！？]/u.test(text[i - 1]!)) i--;
  return text.slice(i, pos).trimStart();
}
/** …研究后再提交 / 另行研究 / 再议: a decision that only puts the item off to later deliberation. */
const DEFERRED = /(?:后|後)[，,]?再|另行(?:研究|审议|審議|讨论|討論)|再议|再議|暂缓|暫緩/u;
/** 并对…提出了要求 / 就…作出具体要求 after a comma, with no subject of its own. */
const BARE_ASKED = /^(?:并|並|还|還|同时|同時)?(?:对|對|就|针对|針對)[^，。；,;]{1,40}?(?:提出|作出|做出|(?<![工合创創操动動写寫制])(?:作|做))(?:了|出)?[^，。；,;]{0,12}?(?:要求|意见|意見)/u;
/** 會議首先由主計處報告…: the meeting's item presented by someone (由X报告/汇报/通报/宣读), an account. */
const MEETING_BY = new RegExp(`^${MEETING_WORD}${ADVERBS}由[\\p{Script=Han}、·]{2,20}?(?:报告|報告|汇报|匯報|彙報|通报|通報|介绍|介紹|说明|說明|宣读|宣讀|解读|解讀)`, 'u');
const MEETING_ABOUT = new RegExp(`^${MEETING_WORD}${ADVERBS}(?:就|对(?![照接标])|對(?![照接標])|围绕|圍繞|针对|針對)(?=[^，。；,;]{2})`, 'u');
/** The meeting's own course (结束/闭幕/召开…): what happened to it, not an item of its business. */
const MEETING_COURSE = /结束|結束|闭幕|閉幕|完成|召开|召開|举行|舉行|开始|開始|持续|持續|历时|歷時|进行|進行|取得|达到|達到/u;
/**
 * 会议观看了…, 会议表彰了…, 会议听取并讨论了…: the meeting doing any item of business with 了 is the
 * meeting's next item (an account), whatever the verb; not the meeting's own course (MEETING_COURSE).
 */
const MEETING_DID = new RegExp(`^${MEETING_WORD}${ADVERBS}\\p{Script=Han}{2}(?:(?:并|並)?\\p{Script=Han}{2})?了`, 'u');
/** 提出了相关要求 / 作出具体要求 / 提了几点意见: asking written with a verb of putting forward. */
const ASKED = /(?:提出|提|作出|做出|(?<![工合创創操动動写寫制])(?:作|做))(?:了|出)?[^，。；,;]{0,12}?(?:要求|意见|意見)/u;

/**
 * A name after a title our list does not know (副总司理顾侃, 首席督察官林某): the title ends in one of
 * the characters posts end in, and the last two or three characters are a name the segmenter knows.
 */
const POST_END = /[长長理任记記席员員师師监監官事裁委督]$/u;
/** 区委副书记、区长杨文斌: a post ending as posts end, then a three-character name by the surname list. */
function postAndName(subj: string): boolean {
  return subj.length >= 5 && subj.length <= 16 && POST_END.test(subj.slice(0, -3)) && looksLikeName(subj.slice(-3)) && !isTitle(subj.slice(-3));
}
function titledName(subj: string): boolean {
  if (subj.length < 4 || subj.length > 14) return false;
  for (const n of [2, 3]) {
    const name = subj.slice(-n);
    if (POST_END.test(subj.slice(0, -n)) && looksLikeName(name) && segmenterSaysName(name) === true) return true;
  }
  return false;
}

const POST_AFTER =
  /^(?:书记|書記|副?(?:县|縣|镇|鎮|乡|鄉|区|區|市|省|局|厅|廳|校|院|社|所|部|处|處|科)?长|副?(?:县|縣|镇|鎮|乡|鄉|区|區|市|省|局|厅|廳|校|院|社|所|部|处|處|科)?長|主任|主席|总经理|總經理|董事长|董事長)/u;
/** `subj` is a name (2-3 characters) written earlier right after a post (…书记邵伯川, 镇长符某). */
function withPostBefore(subj: string, before: string): boolean {
  if (!/^\p{Script=Han}{2,3}$/u.test(subj)) return false;
  // A surname outside our list (蒙承武) is still a name when a post stands right before it: the
  // report introduced the person (副局长蒙承武) and now names them bare.
  const surnamed = looksLikeName(subj);
  // The post before the name (镇长汪某) or right after it (汪某书记, 汪某副镇长).
  for (let at = before.indexOf(subj); at >= 0; at = before.indexOf(subj, at + 1))
    if (POST_END.test(before.slice(Math.max(0, at - 1), at)) || (surnamed && POST_AFTER.test(before.slice(at + subj.length, at + subj.length + 4)))) return true;
  return false;
}

/** Words that open how, where, when or to whom someone spoke: 在…, 於…, 通过…, 以…方式, 借…之机, 向…. */
const MANNER = /(?:在|於|于|通过|通過|以|借|藉|利用|向|给|給)/gu;

/** A person before a manner phrase (县长|通过视频连线, 林正德|於會中): the subject of the verb after it. */
function mannerPerson(subj: string, names: readonly string[], before = ''): boolean {
  for (const m of subj.matchAll(MANNER)) {
    if (m.index < 2) continue;
    const who = subj.slice(0, m.index);
    return isPersonRef(who, names) || withPostBefore(who, before);
  }
  return false;
}

const INLINE_NUMBER = /^(?:\d{1,2}[.．、](?!\d)|[（(][一二三四五六七八九十\d]{1,3}[）)])\s*(?=会议|會議)/u;

/** Where leads may start in a paragraph: its start, sentence starts, clause starts. */
export function leadPositions(text: string): { pos: number; place: LeadPlace }[] {
  const out: { pos: number; place: LeadPlace }[] = [{ pos: 0, place: 'paragraph' }];
  // “…。”代表丙说… / 「…，…」縣長某某表示…: the words quoted first lead nothing; the paragraph's own
  // first words come after them (quoted-first.ts, bench/KEYING.md 19).
  const quoted = quotedLength(text);
  if (quoted) out.push({ pos: quoted, place: 'paragraph' });
  // Marks compared by code unit: a regex test of a one-character string made for each character
  // of every paragraph was most of this walk (round 44). 。！？ and ，；,; as below.
  for (let i = quoted; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x3002 || code === 0xff01 || code === 0xff1f) {
      let j = i + 1;
      while (j < text.length && /[”’」』）)\s]/u.test(text[j]!)) j++;
      // 。 2.会议传达学习了…。 3.会议研究了…: an inline number before the meeting's own lead numbers
      // the minutes' items of business; the lead after it opens the section, as on a line of its own.
      const numbered = INLINE_NUMBER.exec(text.slice(j));
      if (numbered) j += numbered[0].length;
      if (j < text.length) out.push({ pos: j, place: numbered ? 'paragraph' : 'sentence' });
      i = j - 1;
    } else if ((code === 0xff0c || code === 0xff1b || code === 0x2c || code === 0x3b) && i + 1 < text.length) out.push({ pos: i + 1, place: 'clause' });
  }
  return out;
}

/** X主持会议，他… / X主持会议并讲话。他… / X出席会议并讲话。她…: the chair or a speaking attendee's pronoun lead. */
const CHAIR_PRONOUN = new RegExp(
  `(?:主持|出席)(?:了)?(?:会议|會議)?(?:(?:并|並)(?:作了?|发表了?|發表了?)?(?:重要)?(?:讲话|講話|致辞|致辭))?[，,。](?:他|她)(?:还|還|也|首先)?(${DIRECTIVE}|${REQUIREMENT}|${CHARGE}|${SPEECH})(?:了)?[，,：:《「“]?`,
  'u',
);
/** The kind a paragraph with no lead takes from its chair's pronoun lead (bench/KEYING.md 2); null when none. */
export function chairSpeechKind(p: string): SectionKind | null {
  const m = /他|她/u.test(p) ? CHAIR_PRONOUN.exec(p) : null;
  return m ? kindOf(m[1]!) : null;
}

/**
 * X出席会议并讲话。他强调，…: the pronoun sentence after the chair's or attendee's own sentence, as a
 * lead of its own (bench/KEYING.md 12); null when the pronoun follows a comma (KEYING 2 keeps that
 * paragraph one section) or there is none.
 */
export function chairPronounLead(p: string): { pos: number; lead: Lead } | null {
  const m = /他|她/u.test(p) ? CHAIR_PRONOUN.exec(p) : null;
  if (!m) return null;
  const stop = m[0].search(/[。](?:他|她)/u);
  if (stop < 0) return null;
  const pos = m.index + stop + 1;
  const text = m[0].slice(stop + 1).replace(/[，,：:《「“]$/u, '');
  return { pos, lead: { text, kind: kindOf(m[1]!), bodyStart: pos + text.length + (/[，,：:]/u.test(p[pos + text.length] ?? '') ? 1 : 0) } };
}

/** 他指出 / 她强调 after a full stop: the speaker's own verb inside the speech. */
const PRONOUN_VERB = new RegExp(`[。！？](?:他|她)(?:还|還|也|又|进一步|進一步)?${PRONOUN_SAYS}`, 'u');
/**
 * The kind a speech announced without a verb of its own (会上，X作了讲话。他指出…) takes from the first
 * pronoun verb inside it (bench/KEYING.md 9: 作讲话 has none of its own); null when the first sentence
 * is no speech, is a ；-rundown, or no pronoun verb follows.
 */
export function speechKind(first: string, body: string): SectionKind | null {
  const sentence = sentenceAt(first);
  if (!/讲话|講話|发言|發言/u.test(sentence) || /[；;]/u.test(sentence)) return null;
  const m = PRONOUN_VERB.exec(body);
  if (m) return pronounSays(m, 1);
  // 会上，甲某作讲话。甲某指出…: the speaker's own name where 他 would stand (bench/KEYING.md 18).
  const end = body.search(/[。！？]/u);
  const speaker = SPEECH_ANNOUNCED.exec(body.slice(0, end + 1).trim());
  return speaker && end >= 0 ? namedSays(speaker[1]!, body.slice(end + 1)) : null;
}

/** A list's introduction without a lead at its start (…同时对下阶段工作提出了三点要求：一、…). */
export function introVerb(intro: string): string {
  const m = new RegExp(`(?:${REQUIREMENT}|${CHARGE}|部署|明确|明確)`, 'u').exec(intro);
  return m ? m[0] : '';
}

/**
 * A speech told before the pronoun (作了讲话, 发表讲话, 听取发言后…): its pronoun sentences go on with
 * it. Listening to the members' speeches in the same clause (认真倾听代表们的发言) is no speech of
 * the speaker's, who then speaks in the pronoun sentence.
 */
function speechBefore(before: string): boolean {
  // A speech's name inside a title or a quotation (《在…上的讲话》) and a higher level's speech passed
  // on as a text (重要讲话精神, 讲话稿) are what was studied, not a speech made at this meeting.
  const plain = before.replace(/《[^》]*》|“[^”]*”|「[^」]*」/gu, '《》');
  for (const m of plain.matchAll(/讲话|講話|发言|發言/gu)) {
    if (/(?:倾听|傾聽|聆听|聆聽)[^，。,；;]{0,10}$/u.test(plain.slice(0, m.index))) continue;
    if (/^(?:精神|稿|材料)/u.test(plain.slice(m.index + m[0].length))) continue;
    return true;
  }
  return false;
}
