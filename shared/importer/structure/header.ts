import { ATTENDED_EVENT, attendedEvent } from './attended-event';
import { MANNER_CLOSING_LIST } from './attendance-manner';
import { GATHERING_TALK } from './attending-clauses';
import type { Person } from '../../model';
import { endsLikeBody, firstOfSeveralBodies, firstOfSeveralMeetings } from './bodies';
import { findMeetingDate } from './dates';
import { segmenterSaysName, segmenterWordEnds, tagRun } from '../segment';
import { formList } from './form-list';
import { openingBodies } from './opening-subject';
import {
  AS_CAPACITY,
  CAME_FROM_OPENING,
  LED_BY,
  clauseNotGroup,
  isTitle,
  labelAfterEtc,
  looksLikeName,
  nameInList,
  namesPeopleOnly,
  nameThenOfficeInChairSlot,
  opensWithCount,
  parsePeopleList,
  parsePerson,
  personInChairSlot,
  POINTER_BEFORE_UNIT,
  surnameAndOffice,
  SCOPE_SAID_AGAIN,
  surnameTitleName,
} from './people';

/**
 * The opening of a report says who met, when, under whose chair, and who attended:
 * 2月4日下午，清水县政府县长马越垠主持召开十六届县人民政府第52次常务会议，县政府副县长蔡俊杰、
 * 安智辉出席会议。 We read it clause by clause from the first paragraphs only.
 */
export interface Header {
  chair: { name: string; title: string };
  meetingName: string;
  attendees: Person[];
  observers: Person[];
}

const CLAUSE_END = /[，。；：,;:！？]/u;
// A year alone (2015年中国—东盟博览会…) is part of a meeting's name; only a year before its month dates.
// The clock time may follow (下午2:00, 上午9点半) glued to the body that convened.
const LEADING_DATE =
  /^(?:\d{4}-\d{1,2}-\d{1,2}(?=\s)|近日|日前|近期|今天|今日|昨天|昨日|\d{4}年(?=\d{1,2}月))?(?:(?:\d{1,2}月)?\d{1,2}日)?(?:上午|下午|晚上|晚间|早上|中午)?(?:\d{1,2}[:：]\d{2}|[\d一二三四五六七八九十]{1,3}(?:时|時|点|點)(?:[\d一二三四五六七八九十]{1,3}分|半)?)?[，,\s]*/u;
// 主持人 is a noun (会议由主席团会议主持人X主持): the chair's office, not the verb.
// 县长王某持召开…会议: a capture that lost 主 leaves 持召开, which no other word ends in but those
// that keep their own first character (坚持, 支持, 保持, 维持 …召开: to keep holding, to back).
const CHAIR_VERB = /(主持召开|主持召開|主持(?!人)|召集召开|召集召開|(?<![主坚堅支扶把维維保挟挾劫加秉操])持召[开開])/gu;
// 定期會今日開議, 大会开幕: a session opening is its convening.
// 举办…座谈会: a body holds a meeting as it 召开s one (the object must still be a meeting).
// 常委会第十次会议在某地闭幕: a report of the closing sitting names its meeting as the subject of 闭幕.
// …第二十五次会议闭会: 闭会 closes a standing committee's sitting as 闭幕 closes a session's.
// 甲协会与乙商会联合主办了一场…座谈会: 主办 done (with 了) convenes as 举办 does (KEYING 20); 主办的…
// (who organised a meeting named after it) is read in convenedAt, not here.
const CONVENE = /(召开|召開|举行|舉行|举办|舉辦|主办(?=了)|主辦(?=了)|开议|開議|开幕|開幕|闭幕|閉幕|闭会(?!期)|閉會(?!期))/u;
const ENDED = /(?<=圆满|圓滿|胜利|勝利|顺利|順利)(?:结束|結束)(?=[，。；,;]|$)/u;
/** The verbs of a sitting that opens or closes: the meeting is their subject, never their object. */
const SITTING_ENDS = /^(?:开幕|開幕|闭幕|閉幕|闭会|閉會)$/u;
// …第五次会议圆满完成各项议程，于2月3日上午胜利闭幕: the session is the subject of the clause that
// says it finished its business; the closing clause after the comma gives only when and where.
const FINISHED_AGENDA = /^(.{4,60}?(?:会议|會議|大会|大會))(?:圆满|圓滿|胜利|勝利|顺利|順利)?(?:完成|结束|結束)(?:了)?(?:全部|各项|各項|所有|预定|預定|既定)?(?:议程|議程|任务|任務)(?:后|後)?$/u;
// 主管會報 (Taiwan), 换届工作动员 (召开…动员 without 会): names of meetings too.
// 党委中心组（扩大）学习: a theory group's study sitting is named by 学习 as 集体学习 is.
// 领会, 体会, 理会, 机会, 社会: words that end in 会 and name no meeting (…要认真学习领会); 全体会
// (区政府全体会) is a plenary all the same.
// 到会, 与会: the verbs of coming to a meeting end in 会 too (X同志到会), and 散会 and 开会 the
// verbs of adjourning and of sitting (…宣布散會, 議員們開會): they name no meeting; nor
// does being at a council (兩人上午6點就到議會, 睡在議會): 议会 there is the body, not a sitting.
const MEETING_NOUN =
  /(会议|會議|(?<![到與与领領理机機社散开開])(?<!(?<![全])[体體])(?<![到赴在回]议)会|(?<![到與与领領理机機社散开開])(?<!(?<![全])[体體])(?<![到赴在回]議)會|集体学习|集體學習|(?:中心组|中心組)(?:[（(](?:扩大|擴大)[）)])?(?:专题|專題)?(?:学习|學習)|周报|週報|会报|會報|座谈|座談|例会|例會|论坛|論壇|报告会|報告會|动员|動員|[（(][^）)]*[）)])$/u;
const ABBREVIATION_NOTE = /[（(](?:以下简称|以下簡稱|下称|下稱|简称|簡稱)[^（）()]{1,30}[）)]/gu;
export function readHeader(raw: string): Header {
  const header: Header = { chair: { name: '', title: '' }, meetingName: '', attendees: [], observers: [] };
  // Encoding damage (專題會??h長高晨: ??h where 。縣 stood) breaks the sentence, not the name.
  const opening = raw.replace(/[?？�]{2,}[A-Za-z]?/gu, '。');
  readChairAndMeeting(opening, header);
  // 某協會城市醫院工作委員會（以下簡稱“城工委”）召開第五屆五次常務理事會: the writer's abbreviation
  // note after the convening body is no part of the name the body gives its meeting.
  header.meetingName = withoutWritersFrame(namedForReference(opening, header.meetingName).replace(ABBREVIATION_NOTE, ''));
  readAttendance(opening, header);
  return header;
}

/**
 * What the writer puts around a meeting's name is not the name (KEYING 16): a theme clause before it
 * (以“…”为主题的X座谈会 → X座谈会, the slogan is the occasion's motto) and a note in brackets after
 * it on how it was held (全省某工作会议（视频） → the way of meeting, as 线上线下方式 is for who
 * attended). A bracket inside the name stays (党组（扩大）会议, 中心组（扩大）学习).
 */
// …振兴”为主题的首届某茶叙会: a reading that began inside the quoted motto keeps only its end; the
// closing quote and 为主题的 still say what went before was the motto.
const MOTTO = String.raw`[^“”「」"]{2,40}[”」"](?:为|為)(?:主题|主題|题|題)的`;
const THEME_CLAUSE = new RegExp(String.raw`^(?:(?:以|围绕|圍繞)[“「"])?${MOTTO}(?=\p{Script=Han}{4,})`, 'u');
// 某中学以“…”为主题的2026年春季学期第一次校务会: with the body that convened written before it, the
// motto stands inside the name as read; opened by 以/围绕 and a quote it is still the writer's frame.
const INNER_THEME_CLAUSE = new RegExp(String.raw`(?<=\p{Script=Han})(?:以|围绕|圍繞)[“「"]${MOTTO}(?=[\p{Script=Han}\d]{4,})`, 'u');
const MODE_NOTE = /(?<=(?:会议|會議|会|會|座谈|座談|论坛|論壇))[（(](?:视频|視頻|视频会议|視頻會議|线上|線上|网络|網絡|网上|網上|电视电话|電視電話|远程|遠程|线上线下|線上線下)[）)]$/u;
// 一場“家長里短”議事會在某街道舉行 / …，进行专题调研会商座谈: a count (一场) or the verb of doing
// (进行) the sentence put before the name is the writer's, never how a meeting is named.
const LEADING_COUNT = /^(?:一[场場次]|进行|進行)(?=[\p{Script=Han}“「『]{4,})/u;
function withoutWritersFrame(name: string): string {
  return name.replace(THEME_CLAUSE, '').replace(INNER_THEME_CLAUSE, '').replace(MODE_NOTE, '').replace(LEADING_COUNT, '');
}

/**
 * 每年編排四次村長暨村幹事業務會報，今年最後一季的會議日前召開: a meeting named only by a reference
 * (…的會議, 本次会议) is the one the sentence named before it; a 纪要 writes that name, with the
 * body that holds it when the sentence opens with one (KEYING 1). Otherwise the name as read.
 */
const REFERENCE = /^(?:[^，。；]{1,12}的|本次|这次|這次|此次|该次|該次)(?:会议|會議)$/u;
function namedForReference(text: string, name: string): string {
  if (!REFERENCE.test(name)) return name;
  const at = text.indexOf(name);
  const sentence =
    text
      .slice(0, at < 0 ? 0 : at)
      .split(/[。！？]/u)
      .pop() ?? '';
  // The last meeting named before the reference, after a count or a verb that arranges it (編排四次).
  const m = /(?:[\d一二三四五六七八九十两兩]+(?:次|场|場|期)|召开|召開|举行|舉行|举办|舉辦)([\p{Script=Han}“”「」]{4,30}?(?:会报|會報|会议|會議|座谈会|座談會|例会|例會))[，,]/u.exec(sentence);
  if (!m) return name;
  const body = /^([\p{Script=Han}]{2,12}?)(?:為|为|於|于|在|每年|每月|每季)/u.exec(sentence.replace(LEADING_DATE, ''))?.[1] ?? '';
  const named = m[1]!.replace(/^[\d一二三四五六七八九十两兩]+(?:次|场|場|期)/u, '');
  return (body && endsLikeBody(body) ? body : '') + named;
}

/**
 * 完成选举后，新任主席X开始主持会议: a later paragraph may say who chaired the meeting itself
 * (主持会议, not 主持召开, which convenes another). Read only when the opening named no chair; the
 * first such clause in the next few paragraphs, a titled or named person before it.
 */
export function chairOfMeetingLater(paragraphs: readonly string[]): { name: string; title: string } | null {
  for (const p of paragraphs) {
    // 镇长X主持第一次全体会议: a congress's sitting, counted, is the meeting itself as well.
    // 副主席X主持开幕会。: so is the opening (or closing) sitting of the session reported.
    for (const m of p.matchAll(
      /主持(?:了)?(?:第[一二三四五六七八九十\d]{1,3}次)?(?:全体|全體)?(?:会议|會議|大会|大會|(?:开幕|開幕|闭幕|閉幕)(?:会|會|式|大会|大會))(?:(?=[并並])|(?![\p{Script=Han}]))/gu,
    )) {
      const clause = clauseBefore(p, m.index);
      const subject = cleanSubject(clause.text);
      const person = parsePerson(subject);
      if (person?.title) return { name: person.name, title: person.title.replace(/^(?:新任|新当选的?|新當選的?)/u, '') };
      // 某某主持会议并讲话。 opening its own sentence: a name alone (the surname list's, no title) as
      // the sentence's whole subject is the chair as well; the title, if any, is read elsewhere.
      const opensSentence = clause.start === 0 || /[。！？；]/u.test(p[clause.start - 1]!);
      if (person && !person.title && opensSentence && looksLikeName(subject.trim())) return { name: person.name, title: '' };
    }
    // 大会由市政协副主席X主持。应出席委员312人…: the meeting as the subject of 由X主持, in a paragraph
    // that also gives the head count (so it is not read as an attendance paragraph alone).
    for (const m of p.matchAll(/(?:^|[。；])(?:本次|此次)?(?:会议|會議|大会|大會)由([^，。；]{3,30}?)主持(?=[，。；]|$)/gu)) {
      const person = parsePerson(cleanSubject(m[1]!));
      if (person?.title) return { name: person.name, title: person.title };
    }
  }
  return null;
}

/**
 * 會議由區委副書記，區政府黨組書記、區長X主持 / 某集團總經理助理，某公司黨委書記、董事長X主持會議: a
 * chair's posts may run across a comma; the clause before it belongs to the title when it is an
 * office and nothing else (after 由, or opening the sentence). Returned with its comma, or ''.
 */
function titleAcrossComma(text: string, start: number): string {
  if (start < 2 || !/[，,]/u.test(text[start - 1]!)) return '';
  const prev = clauseBefore(text, start - 1);
  if (prev.start > 0 && !/[。！？；\n]/u.test(text[prev.start - 1]!)) return '';
  const post = prev.text.trim().replace(/^[^，。；由]{0,20}?(?:会议|會議|大会|大會|开幕式|開幕式|闭幕式|閉幕式|会|會)由/u, '');
  if (post.length < 3 || post.length > 24 || !isTitle(post) || /[的在于於和及与與]|主持|出席|参加|參加/u.test(post) || !/^[\p{Script=Han}、]+$/u.test(post)) return '';
  return `${post}${text[start - 1]}`;
}

/** The meeting's name alone (no attendance lists, no segmenter for them): for comparing sentences. */
export function readMeetingName(raw: string): string {
  const header: Header = { chair: { name: '', title: '' }, meetingName: '', attendees: [], observers: [] };
  readChairAndMeeting(raw.replace(/[?？�]{2,}[A-Za-z]?/gu, '。'), header);
  return header.meetingName;
}

/** 胡某、张某及…相关负责人: two- or three-character names joined by 、, then 及/和 and a group of people. */
const NAMES_AND_GROUP = /^((?:\p{Script=Han}{2,3}、)*\p{Script=Han}{2,3})(?:及|以及|和)(\p{Script=Han}[^，,。；]{1,60}?(?:负责人|負責人|负责同志|負責同志|同志|代表|领导|領導|人员|人員))$/u;

function clauseBefore(text: string, index: number): { text: string; start: number } {
  let start = index;
  // 于3月24日15:00在…召开: the colon of a clock time is not the end of a clause.
  // 某公司（简称：某某）召开: the colon of an abbreviation note is not the end of a clause either.
  while (start > 0 && (!CLAUSE_END.test(text[start - 1]!) || clockColon(text, start - 1) || noteColon(text, start - 1))) start--;
  return { text: text.slice(start, index), start };
}

function noteColon(text: string, at: number): boolean {
  return /[:：]/u.test(text[at]!) && /[（(](?:以下)?(?:简称|簡稱|下称|下稱)$/u.test(text.slice(Math.max(0, at - 6), at));
}

function clockColon(text: string, at: number): boolean {
  return /[:：]/u.test(text[at]!) && /\d/u.test(text[at - 1] ?? '') && /^\d{2}(?!\d)/u.test(text.slice(at + 1, at + 4));
}

// 召开了“协同创新，砥砺前行”专题组织生活会: a comma inside a quoted slogan the clause opened does not end
// it; the quote closes within a slogan's length on the same sentence, or the comma ends it as before.
function clauseAfter(text: string, index: number): string {
  let end = index;
  let opened = -1;
  while (end < text.length) {
    const c = text[end]!;
    if (/[“「『]/u.test(c)) opened = end;
    else if (/[”」』]/u.test(c)) opened = -1;
    else if (/[，,]/u.test(c) && opened >= 0 && QUOTE_CLOSES.test(text.slice(end + 1, opened + 41))) {
      end++;
      continue;
    }
    if (/[，。；,;！？]/u.test(c)) break;
    end++;
  }
  return text.slice(index, end);
}
const QUOTE_CLOSES = /^[^“”「」『』。；;！？]*[”」』]/u;

/**
 * 新华社北京3月4日电 / 本报讯（记者 张三）/ 【本报讯】: a news agency's or paper's dateline before
 * the first sentence names who reports, not who chairs or convenes.
 */
// 3月5日电（记者 王芳）: a dateline may give only the day it was filed, with no agency before it.
// 記者X／某地報導 松林縣政府…: a reporter's byline, then a gap, opens a Taiwan paper's story.
const DATELINE =
  /^(?:[^，。；\s]{0,16}?(?:社|报|報|网|網|台|站)[^，。；\s]{0,12}?(?:电|電|讯|訊)\s*|(?:记者|記者)[^，。；\s]{1,20}?(?:报道|報導|報道|报导)\s+|\d{1,2}月\d{1,2}日(?:电|電|讯|訊)\s*|【[^】]{1,12}】\s*|[（(][^）)]{0,30}(?:记者|記者|通讯员|通訊員)[^）)]{0,30}[）)]\s*)+/u;

/**
 * …委員會於二〇二五年三月四日（星期二）上午十時舉行: a date after 于/於 at the end of a subject, in
 * any way dates.ts reads one, is when it met, not part of the body.
 */
function withoutTrailingDate(s: string): string {
  const m = /(?:于|於)([^于於，。；]{3,40})$/u.exec(s);
  if (!m) return s;
  const found = findMeetingDate(m[1]!);
  return found && found.index === 0 && m[1]!.slice(found.text.length).trim() === '' ? s.slice(0, m.index) : s;
}

/** 主席陳健波議員, 李明先生: an honorific after the name (Hong Kong, Macau) is not part of it. */
const HONORIFIC = /(?<=\p{Script=Han}{2})(?:议员|議員|先生|女士|博士|教授|院士|太平绅士|太平紳士)$/u;

// 縣長黃俊明今（6）日, 县长X昨日上午: a day between the name and the verb, written relative to the issue.
const DAY_AFTER_NAME_SOURCE = String.raw`(?<=\p{Script=Han})(?:(?:(?:\d{4}|[（(]\d{2,3}[）)])年(?=\d{1,2}月))?(?:\d{1,2}月)?\d{1,2}日|(?:今|昨|前)\s*[（(]\s*[\d一二三四五六七八九十廿卅]{1,3}\s*[）)]\s*日|(?:今日|昨日|今天|昨天)(?:\s*[（(]\s*\d{1,2}\s*[/／.]\s*\d{1,2}\s*[）)])?|日前|近日)(?:上午|下午|晚上|晚間|晚间)?`;
const DAY_AFTER_NAME = new RegExp(`${DAY_AFTER_NAME_SOURCE}$`, 'u');
// 縣長X今天(10/2)上午10點 before 到…: the date in brackets after the day, and the hour.
const WHEN_AFTER_NAME = new RegExp(String.raw`${DAY_AFTER_NAME_SOURCE}(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})(?:时|時|点|點)(?:\d{1,2}分|半)?)?$`, 'u');
function cleanSubject(s: string): string {
  // 该区区委副书记、区长王某某, 该院党委书记: the demonstrative refers back to the body named before;
  // it drops, the rest stays as written (KEYING 20).
  let out = s.replace(DATELINE, '').replace(LEADING_DATE, '').replace(POINTER_BEFORE_UNIT, '');
  out = out.replace(/^(受[^，,]{1,30}(委托|委託)[，,]?)/u, '');
  // 会议由X主持, 座谈会由X主持: the meeting before 由 is not part of the person.
  // 会议分别由A、B主持, 会议先后由…: how they chaired, between the meeting and 由, goes with it.
  // 縣務會議今（5）日上午由X主持: when it met may stand between the meeting and 由.
  out = out.replace(/^(?:[^，。；]{0,40}?(?:会议|會議|会|會)[^，。；由]{0,16}?)?(?:分别|分別|先后|先後|共同|轮流|輪流)?由/u, '').replace(POINTER_BEFORE_UNIT, '');
  // 会议由镇党委尚金明主持: a body where the title would stand names no office; the person is
  // the name after it (the page lost the title).
  const bodyThenName = /^(?:镇|鎮|乡|鄉|街道|县|縣|区|區|市)?(?:党委|黨委|党工委|黨工委|政府)(\p{Script=Han}{2,3})$/u.exec(out);
  if (bodyThenName && !parsePerson(out) && parsePerson(bodyThenName[1]!)) out = bodyThenName[1]!;
  // 特首X以組長身分主持 (Hong Kong, Taiwan; 身份 on the mainland): the capacity the chair acts in
  // is what they chaired as, not part of who they are.
  out = out.replace(/(?<=\p{Script=Han}{2})以[^，。；以]{1,12}(?:身分|身份)$/u, '');
  // X出席并主持: the chair also attends; the person is X.
  // X出席会议并主持 likewise.
  out = out.replace(/(?:出席|參加|参加)(?:了)?(?:会议|會議)?(?:并|並)$/u, '');
  // 副主任A、B分别主持, 新任主席X开始主持: how they chaired is not part of the person.
  // 省長X先后主持召開A和B, 县长X再次主持: the order or repeat of chairing is not part of it either.
  out = out.replace(/(?<=\p{Script=Han}{2})(?:分别|分別|共同|一起|联合|聯合|轮流|輪流|开始|開始|亲自|親自|先后|先後|再次|又|专门|專門|随即|隨即|当即|當即)$/u, '');
  // 市委书记X到某县调研…并主持召开: the visitor who goes somewhere and then chairs is the chair; the
  // visit between them is what they did first, not part of who they are.
  const visiting = /^(.{3,30}?)(?:到|赴|深入|来到|來到|前往)[^，。；]{1,30}(?:并|並|后|後)$/u.exec(out);
  if (visiting && parsePerson(visiting[1]!)?.title) out = visiting[1]!;
  // 在县长X的主持下: the person inside 在…的 is the chair.
  out = out.replace(/^在(.{2,30})的$/u, '$1');
  // 会议在区委副书记、区长X的主持下进行: the meeting as the subject before 在 is not part of the person.
  const under = /^[^，。；在]{0,40}?(?:会议|會議|会|會)在([^，。；]{2,30}?)的?$/u.exec(out);
  if (under && parsePerson(under[1]!)?.title) out = under[1]!;
  // 縣長杜明遠18日上午主持: the day between name and verb is not part of the person.
  // 縣長黃俊明今（6）日, 县长X昨日上午, 县长X近日: the same, written relative to the issue.
  // 本所(113)年4月19日上午: a Taiwan date's year of the Republic in brackets goes with the day.
  // (The hour is left on here: 在今天晚上8點 is a time 在 opens, cut with the place words later.)
  out = out.replace(DAY_AFTER_NAME, '');
  // 文定国在区安置办组织召开: the place between name and verb is not part of the person.
  // The place may hold digits (在区机关大院2号楼会议室); 同志 after the name is a courtesy.
  // 县长X到某镇主持召开 / 縣長X今天(10/2)上午10點到災害應變中心主持: the place gone to before chairing
  // is where, as 在 is; when they went may stand between the name and the place.
  const at = /^(.+?)(?:在|到|赴|前往|来到|來到)[\p{Script=Han}\dA-Za-z]{1,30}$/u.exec(out);
  const atPerson = at ? at[1]!.replace(WHEN_AFTER_NAME, '').replace(/同志$/u, '') : '';
  if (at && parsePerson(atPerson)) out = at[1]!.replace(WHEN_AFTER_NAME, '');
  out = withoutTrailingDate(out.trim().replace(/(?<=\p{Script=Han}{2})同志$/u, ''));
  // 來某地主持選舉工作的全國人大常委會副委員長X / 新当选…委员的党委书记X: a clause ending in 的 before
  // the office describes the person (what they came to do, what they were elected to); the office
  // and name after it are who chaired.
  const described = /^[^，。；]{2,40}的(?=\p{Script=Han}{3})/u.exec(out);
  // Only when the whole reading takes the clause into the title (a 的 inside a name is left).
  if (described && parsePerson(out)?.title.includes('的') && parsePerson(out.slice(described[0].length))?.title) out = out.slice(described[0].length);
  const honoured = out.replace(HONORIFIC, '');
  return honoured !== out && parsePerson(honoured)?.title ? honoured : out;
}

function readChairAndMeeting(text: string, header: Header): void {
  for (const m of text.matchAll(CHAIR_VERB)) {
    const before = clauseBefore(text, m.index);
    const subject = cleanSubject(before.text);
    const single = surnameTitleName(subject) ?? parsePerson(subject) ?? personInChairSlot(subject) ?? nameThenOfficeInChairSlot(subject);
    // Several chairs only when one reading fails or takes a name into its title (院长A、党委书记B):
    // a title run (党组书记、局长X) is one person, and the list reading is not tried (it is slower).
    // 县长A和副县长B主持 (KEYING 10): a join in what one reading takes for the title may be two
    // chairs as well; the list reading decides (it asks every one to be a titled, named person).
    const several = !single || single.title.split('、').some((part, i, all) => i < all.length - 1 && !isTitle(part)) || /和|以及|及|与|與/u.test(single.title);
    const person = jointChairs(text, before) ?? (several ? chairList(subject) : null) ?? single ?? surnameAndOffice(subject) ?? topicPerson(text, before.start, subject);
    if (!person) {
      // 会议由社区党总支书记主持: an office alone in the chair's slot says who chaired, without a
      // name; kept as the title (a later reading that finds a name replaces it).
      if (!header.chair.title && m[0] === '主持' && /^(?:会议|會議)?由/u.test(before.text.trim()) && isTitle(subject) && subject.length <= 12) header.chair = { name: '', title: subject };
      // 全会由市委常委会主持: a committee or an office in the chair's slot chairs as a body, and a
      // body is no chair a 纪要 names (KEYING 23): the slot stays empty for a later reading.
      continue;
    }
    header.chair = person.title && !person.name.includes('、') ? { ...person, title: titleAcrossComma(text, before.start) + person.title } : person;
    // 主持市政會議時表示: what the chair said while chairing follows the meeting's name.
    const after = clauseAfter(text, m.index + m[0].length)
      .replace(/^了/u, '')
      .replace(/(?<=(?:会议|會議|会|會|会报|會報))(?:时|時)(?:表示|指出|强调|強調|说|說|指示|要求|致词|致詞)?$/u, '');
    // 市政府召开常务会议，市长X主持召开会议: a bare 会议 after 主持召开 refers back to the meeting the
    // sentence named before; that name is kept.
    if (m[0] !== '主持' && /^(?:会议|會議)$/u.test(after)) header.meetingName = meetingNameElsewhere(text, before.start) || after;
    else if (m[0] !== '主持' && after) header.meetingName = trimMeetingName(namedBeforeActs(after));
    else if (/^(会议|會議)?$/.test(after) || after.startsWith('会议并') || after.startsWith('會議並')) header.meetingName = meetingNameElsewhere(text, before.start);
    // X主持并讲话: what follows 主持 is what the chair did, not the meeting's name.
    else header.meetingName = meetingNameElsewhere(text, before.start) || (MEETING_NOUN.test(after) && !/^(?:并|並|和|及)/u.test(after) ? trimMeetingName(after) : '');
    // A会议由X主持，B会议由Y主持 after bodies that met 分别: each body's chair (KEYING 10).
    if (SEPARATELY.test(text)) header.chair = withLaterChairs(text, m.index + m[0].length, person);
    return;
  }
  header.meetingName = meetingNameElsewhere(text, text.length);
}

const SEPARATELY = /(?:分别|分別)(?:召开|召開|举行|舉行)/u;

/**
 * The chairs of the other bodies' meetings, each in a 由X主持 clause of its own after the first
 * one's, within the same paragraph: joined to the first as several chairs (KEYING 9 and 10).
 */
function withLaterChairs(text: string, from: number, first: { name: string; title: string }): { name: string; title: string } {
  const names = first.name.split('、');
  const titles = first.title ? first.title.split('、') : [];
  const rest = text
    .slice(from, from + 200)
    .split(/[。！？]/u)
    .slice(0, 2)
    .join('。');
  for (const m of rest.matchAll(/由([^，。；由]{2,30}?)主持/gu)) {
    const p = parsePerson(cleanSubject(m[1]!));
    if (!p?.title || !looksLikeName(p.name) || names.includes(p.name)) continue;
    names.push(p.name);
    if (!titles.includes(p.title)) titles.push(p.title);
  }
  return names.length > first.name.split('、').length ? { name: names.join('、'), title: titles.join('、') } : first;
}

/**
 * 区委书记X深入某镇调研…。随后来到某镇主持召开座谈会: a report of a visit leaves the subject of the
 * later clause out (it is the visitor). Only when the clause before 主持 opens with a word that
 * carries the subject on (随后, 并, 来到 …) and names no one: the titled person who opens an earlier
 * sentence of the same text is the chair.
 */
const CARRIED_SUBJECT = /^(?:随后|隨後|随即|隨即|之后|之後|接着|接著|然后|然後|并|並|还|還|又|再|来到|來到|前往|深入|走进|走進|到)/u;
function topicPerson(text: string, limit: number, subject: string): { name: string; title: string } | null {
  if (!CARRIED_SUBJECT.test(subject) || /由|[会會](?:议|議)?$/u.test(subject)) return null;
  const head = text.slice(0, limit);
  const sentences = head.split(/[。！？]/u);
  for (let i = sentences.length - 1; i >= 0; i--) {
    // 区委常委X一同参加: one who came along is not the one the report follows.
    // 在X陪同下: the one accompanied is the subject the report follows.
    if (/出席|参加|參加|陪同(?!下)|一同|列席/u.test(sentences[i]!)) continue;
    const whole = cleanSubject((sentences[i]!.trim().replace(LEADING_DATE, '').split(/[，,]/u)[0] ?? '').trim());
    // 县长王刚深入城关镇调研: what the person went to do is not part of their name (王刚深).
    const acting = /(?<=\p{Script=Han}{3})(?:深入|来到|來到|前往|到|赴|带队|帶隊|率队|率隊|一行|先后|先後|实地|實地|走访|走訪|调研|調研|视察|視察|察看|督导|督導)/u.exec(whole);
    const clause = acting ? whole.slice(0, acting.index) : whole;
    for (let k = Math.min(clause.length, 30); k >= 3; k--) {
      const p = parsePerson(clause.slice(0, k));
      if (p?.title && looksLikeName(p.name)) return p;
    }
    // 邵伯川一行来到…: the name alone, titled where the text first named them.
    for (const len of [3, 2]) {
      const name = clause.slice(0, len);
      if (!looksLikeName(name)) continue;
      const at = head.indexOf(name);
      let from = at;
      while (from > 0 && !/[，。、；,;\s！？]/u.test(head[from - 1]!)) from--;
      const title = cleanSubject(head.slice(from, at));
      if (at > 0 && isTitle(title)) return { name, title };
    }
  }
  return null;
}

/**
 * 县委书记A，县委副书记、县长B共同主持召开: chairs whose titles hold a 、 are set apart by a comma,
 * and the clause before 主持 holds the last one only. When that clause says they chaired together
 * (共同, 分别, 联合), the titled people in the clauses before it join it (KEYING 9).
 */
function jointChairs(text: string, last: { text: string; start: number }): { name: string; title: string } | null {
  if (!/(?:共同|分别|分別|联合|聯合)$/u.test(last.text.trim())) return null;
  const clauses = [cleanSubject(last.text)];
  for (let at = last.start; at > 0 && /[，,]/u.test(text[at - 1]!) && clauses.length < 5;) {
    const prev = clauseBefore(text, at - 1);
    const subject = cleanSubject(prev.text);
    if (!parsePerson(subject)?.title) break;
    clauses.unshift(subject);
    at = prev.start;
  }
  return clauses.length > 1 ? chairList(clauses.join('，')) : null;
}

/**
 * 副主任何立智、陈秀莲分别主持 / 院长A、党委书记B主持: several people in the chair's slot chair it
 * together (a series of sessions, or co-chairs). The chair is their names joined as written and the
 * titles, each once, joined the same way (KEYING 3: a title written once for several names is each
 * one's title). Only when every one reads as a titled, named person.
 */
function chairList(subject: string): { name: string; title: string } | null {
  // 副主任A和B分别主持: 和/与/及 joins two chairs as 、 does.
  if (!/[、，,和与與及]/u.test(subject) || subject.length > 80) return null;
  const people = parsePeopleList(subject);
  // 甲、乙分别主持了上午和下午的会议: bare names, each one the segmenter also reads as a person's name,
  // chair the sittings as titled ones do (KEYING 9); their titles are said elsewhere, if at all.
  // A join (甲和乙) only where no 、 parts them: 和 may be a name's own character (宋和).
  const bare = subject.includes('、') ? subject.split('、') : subject.split(/和|与|與|及/u);
  if (bare.length >= 2 && bare.length <= 4 && bare.every((n) => /^\p{Script=Han}{2,3}$/u.test(n) && looksLikeName(n) && segmenterSaysName(n) === true)) return { name: bare.join('、'), title: '' };
  if (people.length < 2 || !people.every((p) => p.title && looksLikeName(p.name))) return null;
  const titles = [...new Set(people.map((p) => p.title))];
  return { name: people.map((p) => p.name).join('、'), title: titles.join('、') };
}

/**
 * Without "X主持召开Y": an organisation convening (市市场监管局召开工作调度会议 -> 市市场监管局工作
 * 调度会议) or a clause that names the meeting on its own (連江縣政府114年第11次主管週報，…).
 */
function meetingNameElsewhere(text: string, limit: number): string {
  const head = text.slice(0, limit);
  // 縣務會議今（5）日上午由X主持: the meeting named in the chair's own clause, when nothing else names it.
  return (
    convened(head) ||
    namedClause(head) ||
    convened(text) ||
    attendedMeeting(text) ||
    spokenAtMeeting(text) ||
    councilSession(text) ||
    meetingBeforeChair(text.slice(limit)) ||
    meetingAsSubject(head) ||
    heldEvent(head)
  );
}

/**
 * 某社区举办“…”表彰活动 / 某镇召开…比看擂台赛 / 某社區於9月末舉辦了“…”成立儀式: a body holding a named
 * event of another kind than a meeting (an activity, a ceremony, a contest) with no meeting named
 * in the sentence names the event, body first, as it names a meeting (KEYING 1, 14's named activity,
 * 32's 比看擂台赛). Only in the first sentence, and only when no reading above found a meeting: an
 * event held beside a meeting (举行揭牌仪式，随后召开座谈会) leaves the name to the meeting (KEYING 20).
 */
const EVENT_NOUN = /(?:活动|活動|仪式|儀式|典礼|典禮|庆典|慶典|擂台赛|擂臺賽|比赛|比賽|大赛|大賽|竞赛|競賽|讲座|講座|沙龙|沙龍|开班式|開班式|结业式|結業式|团拜|團拜|联欢|聯歡)$/u;
function heldEvent(text: string): string {
  const end = text.search(/[。！？]/u);
  const first = end < 0 ? text : text.slice(0, end + 1);
  for (const convene of first.matchAll(CONVENE_ALL)) {
    if (SITTING_ENDS.test(convene[0]) || ENDED.test(convene[0])) continue;
    const name = convenedAt(first, convene, true, true);
    if (name && EVENT_NOUN.test(name)) return name;
  }
  return '';
}

/**
 * 3月2日，市委常委会会议专题听取…的汇报。: the first sentence's subject is the meeting, doing its
 * business (hearing, reviewing, studying), with no 召开 anywhere; the subject names it.
 */
const MEETING_DOES =
  /^(?:[^，。；]{0,20}[，,])?\s*((?!本次|此次|这次|這次|会上|會上)[^，。；\s]{2,30}?(?:会议|會議))(?:专题|專題|首先|先后|先後|集中|认真|認真|还|還)?(?:听取|聽取|审议|審議|研究|学习|學習|传达|傳達|讨论|討論)/u;
function meetingAsSubject(head: string): string {
  const first = head.split(/[。！？\n]/u)[0] ?? '';
  const m = MEETING_DOES.exec(first.replace(LEADING_DATE, ''));
  return m && !/^(?:会议|會議)$/u.test(m[1]!) ? trimMeetingName(m[1]!) : '';
}

/**
 * 縣長X在縣議會第19屆第6次定期會中進行施政總報告 / 在海蘭縣議會第 18 屆第 7 次大會作…: Taiwan news
 * names the council sitting where the executive reports or is questioned by its term and session
 * numbers, with no 上 after it (spokenAtMeeting's form). The numbered term (第N屆) and the kind of
 * sitting (定期會, 臨時會, 大會) together say it is a council's session, whatever verb follows.
 */
const COUNCIL_SESSION = new RegExp(
  String.raw`在([^，。；,;在]{0,16}?(?:議會|议会|代表會|代表会|立法會|立法会)\s*第\s*[\d一二三四五六七八九十]{1,3}\s*[屆届](?:\s*第\s*[\d一二三四五六七八九十]{1,3}\s*次)?\s*(?:定期會|定期会|臨時會|临时会|大會|大会)(?:\s*第\s*[\d一二三四五六七八九十]{1,3}\s*次(?:會議|会议))?)`,
  'u',
);
function councilSession(text: string): string {
  const m = COUNCIL_SESSION.exec(text);
  return m ? trimMeetingName(m[1]!) : '';
}

/** 縣務會議今（5）日上午由X主持: the meeting as the subject of 由X主持, when it met between them. */
// 第35次常务会议在区长X主持下召开: 在X主持下 puts the chair in the same slot as 由X主持.
function meetingBeforeChair(clause: string): string {
  const m = /^([^，。；由在]{2,40}(?:会议|會議|会|會))[^，。；由在]{0,16}?(?:由|在)[^，。；]{2,30}?主持/u.exec(clause.replace(LEADING_DATE, ''));
  return m && m[1]!.length >= 4 ? trimMeetingName(m[1]!) : '';
}

/** 县委书记X在县委常委会会议上强调: the meeting a leader spoke at, when nothing else names it. */
// 在4月12日召开的全区…会议上 / 在昨天举行的…会上: the clause that says when or where it was held
// (…召开的, …举行的) is not part of the name.
function spokenAtMeeting(text: string): string {
  const m = /在([^，。；在]{2,60}?(?:会议|會議|会|會))上/u.exec(text) ?? sittingSpokenIn(text);
  if (!m || /^(?:会|會)/u.test(m[1]!)) return '';
  // 在3月5日的县委常委会会议上 / 在昨天的…会上: the day before 的 dates it.
  const held = /^([^，。；]{0,30}?)(召开|召開|举行|舉行|举办|舉辦)的/u.exec(m[1]!);
  const name = m[1]!.slice(held ? held[0].length : 0).replace(/^(?:\d{1,2}月\d{1,2}日|昨天|今天|昨日|今日|前天)(?:上午|下午|晚上)?的/u, '');
  if (name.length < 2) return '';
  // 在县政府召开的全县防汛工作会议上: the body that held it is named with it (KEYING 1), as when it is
  // the subject of 召开 in a sentence of its own; a date or place alone before 召开的 is not kept.
  const venue =
    /(?:行政中心|会议中心|會議中心|政务中心|政務中心|服务中心|服務中心|会展中心|會展中心|大楼|大樓|大厦|大廈|宾馆|賓館|酒店|饭店|飯店|礼堂|禮堂|会议室|會議室|广场|廣場|会堂|會堂|体育馆|體育館)$/u;
  const withBody = held?.[1] && !venue.test(held[1]) ? convened(`${held[1]}${held[2]}${name}`) : '';
  return withBody || trimMeetingName(name);
}

/**
 * 縣長X在縣議會第19屆第6次定期會中進行施政總報告 / 在…大會作施政總報告 / 記者從…推進會上獲悉: the
 * sitting a report was given in (中, or the verb right after it) or news was heard at (从…会上).
 * Only a sitting by its kind or count (…会议, …大会, 定期会, 第N次…会): 在社会中 names none.
 */
function sittingSpokenIn(text: string): RegExpExecArray | null {
  const m = /(?:在|从|從)([^，。；在从從]{4,60}?(?:会议|會議|会|會))(?:上|中|(?=作|做|进行|進行|发表|發表))/u.exec(text);
  return m && /(?:会议|會議|大会|大會|定期会|定期會|常会|常會|例会|例會|推进会|推進會|座谈会|座談會)$|第[^，。；]{1,8}次[^，。；]{0,8}(?:会|會)$/u.test(m[1]!) ? m : null;
}

/** 县委书记X出席全县…座谈会并讲话: the meeting a guest attended, when nothing else names it. */
function attendedMeeting(text: string): string {
  const m = ATTENDED.exec(text);
  return m ? trimMeetingName(m[1]!) : '';
}
const ATTENDED = /(?:出席|參加|参加)(?:了)?([^，。；]{2,60}?(?:会议|會議|会|會))(?:并|並)/u;

/** 政协…主席会议昨日召开: a time word between the meeting and 召开 is not part of its name. */
// 今天（7日）: a newspaper's relative day with the date in brackets after it.
// 于2025年3月5日（星期三）下午2:30: the year, the weekday and a clock time may be written too.
// 县政府于本月6日召开: a day of this (or last) month is a time word too; so is 於本〈17〉日 (a Taiwan
// release's day of the issue, in any brackets).
const TRAILING_WHEN =
  /(?:于|於)?(?:(?:\d{4}|[〇零一二三四五六七八九]{4}|(?:中華民國|中华民国|民國|民国)?[(（]?(?:[4-9]\d|1[0-4]\d)[)）]?)年(?=[\d一二三四五六七八九十]{1,2}月))?(?:昨日|昨天|今日|今天|前日|日前|近日|(?:本月|上月|当月|當月)(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})日)?|\d{1,2}月\d{1,2}日|[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日|\d{1,2}日|[一二三四五六七八九十廿卅]{1,3}日|(?:今|昨|前|本)\s*[（(〈]\s*[\d一二三四五六七八九十廿卅]{1,3}\s*[）)〉]\s*日)?(?:\s*[（(]\s*(?:[\d一二三四五六七八九十]{1,2}\s*月\s*)?[\d一二三四五六七八九十廿卅]{1,3}\s*日\s*[）)])?(?:\s*[（(](?:星期|周|週)?[一二三四五六日天][）)])?(?:上午|下午|晚上|晚间|晚間)?(?:\d{1,2}[:：]\d{2}|[\d一二三四五六七八九十]{1,3}(?:时|時|点|點)(?:[\d一二三四五六七八九十]{1,3}分|半)?整?)?$/u;

/** 於春節前, 于国庆节后, 在汛期到来之际: a time told by an occasion, between the body and 召开. */
const WHEN_AROUND = /(?:于|於|在)[\p{Script=Han}\d]{1,10}?(?:之前|之后|之後|前夕|前|后|後|期间|期間|之际|之際)$/u;

/** A site's or an advert's name where a body's should stand (page damage, KEYING 1): no body. */
const INJECTED_NAME = /官网|官網|首页|首頁|官方网站|官方網站|入口|娱乐|娛樂|彩票|博彩|棋牌|电竞|電競|[·•]/u;

/**
 * 某街道举行社区社会治理市民委员会启动仪式: a kind of unit opening a committee's name (社区…, 村…) says
 * what the committee works on, not where it sits; no place of its own.
 */
const KIND_OPENS = /^(?:社区|社區|村|街道|基层|基層)/u;

/** A level or place word inside a body's name (东片区, 省, 某某县): the body names where it sits. */
const PLACE_WORD = /[省县縣区區镇鎮乡鄉村州旗盟]|市(?!政|场|場|民)|街道|社区|社區/u;

/** How a meeting convened, written before 召开: 及时, 隆重, 胜利, 先后, 提前 …. */
// 省林业厅组织召开: 组织 is how (not 党组织, a body).
// 通过视频方式召开, 以视频会议形式召开: the means is how it convened, not who.
// 每月最後一個周五舉行, 每周一召开, 每月10日召开: the day a recurring meeting is held on is when.
// 同步在两地召开, 专题召开: how bodies met together or on what is how, not who (联合, 共同: cleanSubject).
const RECURRING_DAY = String.raw`(?:(?:最后|最後|第[一二三四1-4])?一?[个個]?(?:周|週|星期|礼拜|禮拜)[一二三四五六日天]|[\d一二三四五六七八九十]{1,3}(?:日|号|號)|[初底末]|[上中下]旬)?`;
const CONVENE_MANNER = new RegExp(
  String.raw`(?:(?:通过|通過|以|采取|採取|采用|採用)[^，。；]{1,12}(?:方式|形式)|及时|及時|专门|專門|隆重|再次|随即|隨即|随后|隨後|然后|然後|接着|接著|最后|最後|胜利|勝利|顺利|順利|先后|先後|相继|相繼|(?<![党黨])(?:组织|組織)|牵头|牽頭|迅速|立即|立刻|马上|馬上|紧急|緊急|第一时间|第一時間|提前|每(?:(?:周|週|星期)[一二三四五六日天]?|月|年|季度?)${RECURRING_DAY}|定期|例行|同步|专题|專題|共同)$`,
  'u',
);

/** 我校, 我院, 我镇: the writer's own unit, named by 我 and its kind, convenes as any body does. */
// 本所, 本公所, 本局 (Taiwan and record style): the writer's own unit named by 本.
const OWN_UNIT = /^[我本](?:府|校|院|局|镇|鎮|乡|鄉|区|區|县|縣|市|所|公所|厅|廳|委|司|部|处|處|站|办|辦|中心|公司|会|會|厂|廠)$/u;
/** 在依托医院（我院）, 在市民中心(三楼): where it met, a bracketed note included. */
// 假本會會議室舉行, 假帝濠軒舉辦 (Hong Kong, Macau and Taiwan): 假 + any place says where, as 在 does
// (假 before 召开 is the verb of place there, not 假日/假期).
// 本府於第一會議室召開: 於/于 + a room says where, as 在 does.
// 在A3-205会议室: a room's number may hold a hyphen; 在省*厅: a censor's star stands for a character
// (KEYING 16). The place runs from the last 在 (…总书记在某地考察时…报告会在某区举行: the 在 inside the
// name is not where it met).
const AT_PLACE =
  /(?:在(?:(?!在)[\p{Script=Han}\dA-Za-z（）()\-－*＊]){1,30}|假(?!日|期)[\p{Script=Han}\dA-Za-z]{2,20}|(?:于|於)[\p{Script=Han}\dA-Za-z]{0,20}(?:室|廳|厅|堂|中心|館|馆|樓|楼|場|场|處|处))$/u;

const MEETING_ACT = String.raw`(?=(?:认真|認真|专题|專題|集中|再次|深入)?(?:学习|學習|研究|传达|傳達|审议|審議|听取|聽取|部署|讨论|討論|通报|通報|分析|总结|總結))`;
// 召開（擴大）會議集中學習…: a bracketed note on the kind of sitting is still the bare 会议.
const BARE_MEETING = new RegExp(String.raw`^((?:[（(][\p{Script=Han}]{1,4}[）)])?(?:会议|會議))${MEETING_ACT}`, 'u');
/**
 * 召开专题会议传达学习…精神: a named meeting with what it did run on after it, no comma between; the
 * name ends where the meeting's own verb begins.
 */
const NAMED_THEN_ACT = new RegExp(String.raw`^([^，。；、]{2,30}?(?:会议|會議|(?<!大)会|(?<!大)會|大会|大會))${MEETING_ACT}`, 'u');

/**
 * 主持召开市政府第11次常务会议传达学习…精神: after the chair's verb as after 召开 alone, the name ends
 * where the meeting's own acts begin with no comma between (NAMED_THEN_ACT).
 */
function namedBeforeActs(object: string): string {
  const acting = NAMED_THEN_ACT.exec(object);
  return acting && MEETING_NOUN.test(acting[1]!) ? acting[1]! : object;
}

/**
 * The meeting convened in `text`: the first 召开/举行 whose object is a meeting (首先，举行了挂牌
 * 仪式，随后召开了座谈会 holds a ceremony first; the meeting is the later object).
 */
function convened(text: string): string {
  // A quoted name that ends in no meeting noun (舉辦「合心共識營」) names the meeting only in the first
  // sentence; further on a quoted event is what the office did before (今年1月，成功举行“…推介活动”).
  const firstSentence = text.search(/[。！？]/u);
  for (const convene of text.matchAll(CONVENE_ALL)) {
    const name = convenedAt(text, convene, firstSentence < 0 || convene.index < firstSentence);
    if (name) return name;
  }
  return '';
}
// …述职大会在报告厅圆满结束，大会为期两天: a report of a sitting that ended names it as the subject
// of 结束, as of 闭幕; only with nothing after the verb (会议结束后… tells the time of something else).
// 某支部开展主题党日活动, 某常委会组织开展了…活动暨…开题会: a body holding a named activity (KEYING 14)
// or a meeting by 开展 convenes it as by 召开; only with a convening body as the subject (convenedAt).
const HOLDS_ACTIVITY = /(?:开展|開展)/u;
const CONVENE_ALL = new RegExp(`${CONVENE.source}|${ENDED.source}|${HOLDS_ACTIVITY.source}`, 'gu');

const FINISHED_TAIL = /(?<=(?:会议|會議|大会|大會))(?:圆满|圓滿|胜利|勝利|顺利|順利)?(?:完成|结束|結束)(?:了)?(?:全部|各项|各項|所有|预定|預定|既定)?(?:议程|議程|任务|任務)$/u;

/** The session named by the clause before `start` when that clause says it finished its agenda. */
// …第三次会议历时4天半，经过全体委员的共同努力，圆满完成各项议程，22日上午胜利闭幕: the agenda
// finished in a clause of its own, the session named where the sentence opens, before how long it
// sat (历时…) or what it went through (经过…).
const FINISHED_ALONE = /^(?:圆满|圓滿|胜利|勝利|顺利|順利)?(?:完成|结束|結束)(?:了)?(?:全部|各项|各項|所有|预定|預定|既定)?(?:议程|議程|任务|任務)(?:后|後)?$/u;
const SESSION_OPENING = /^(.{4,60}?(?:会议|會議|大会|大會))(?:历时|歷時|为期|為期|经过|經過)/u;
function sessionThatFinished(text: string, start: number): string {
  if (start < 1 || !/[，,]/u.test(text[start - 1]!)) return '';
  const clause = clauseBefore(text, start - 1);
  const m = FINISHED_AGENDA.exec(cleanSubject(clause.text).trim());
  if (m) return trimMeetingName(m[1]!);
  if (!FINISHED_ALONE.test(clause.text.trim())) return '';
  return sessionAtSentenceStart(text, clause.start);
}

/** The sitting named where the sentence opens, before how long it sat or what it went through. */
function sessionAtSentenceStart(text: string, before: number): string {
  const opening = SESSION_OPENING.exec(cleanSubject(text.slice(sentenceStart(text, before), before)).trim());
  return opening ? trimMeetingName(opening[1]!) : '';
}

function convenedAt(text: string, convene: RegExpMatchArray & { index: number }, quotedNames = true, events = false): string {
  const before = clauseBefore(text, convene.index);
  const clause = before.text;
  if (SITTING_ENDS.test(convene[0]) && !MEETING_NOUN.test(cleanSubject(clause).replace(AT_PLACE, ''))) {
    const finished = sessionThatFinished(text, before.start);
    if (finished) return finished;
  }
  // 黨部將在各縣市舉辦青年座談: a meeting to be held (将, 拟, 计划…) is not the one reported.
  if (/(?:将|將|拟|擬|计划|計劃|准备|準備)(?:于|於|在)?[^，。；]{0,12}$/u.test(clause) && /举办|舉辦/u.test(convene[0])) return '';
  // 东岭区议会和海湾区议会分别举行首次会议: bodies meeting each on its own; the first one's (KEYING 10).
  const separately = /(?:分别|分別)$/u.test(clause.trim());
  // 某委員會(下稱籌委會)8月25日舉行會議: the writer's abbreviation note stands between the body and
  // when it met; it is no part of the body, and left in it hides the body's own last word.
  const subject = withoutDescriptor(cleanSubject((separately ? clause.trim().replace(/(?:分别|分別)$/u, '') : clause).replace(ABBREVIATION_NOTE, '')));
  const rawObject = clauseAfter(text, convene.index + convene[0].length).replace(/^了/u, '');
  // 校党委常委会召开会议认真学习…: 会议 then what it did; the meeting is 会议, its body the subject.
  const bare = BARE_MEETING.exec(rawObject);
  const acting = bare ? null : NAMED_THEN_ACT.exec(rawObject);
  const whole = bare ? bare[1]! : trimMeetingName(acting && MEETING_NOUN.test(acting[1]!) ? acting[1]! : rawObject);
  const object = separately ? firstOfSeveralMeetings(whole, (p) => MEETING_NOUN.test(p)) : whole;
  const activity = HOLDS_ACTIVITY.test(convene[0]);
  // An event of another kind (heldEvent): held by a body only, as an activity is.
  // A bare kind (宣讲活动, 揭牌仪式) names no event: a name holds a quote, a number or a few words of its own.
  const event = events && !MEETING_NOUN.test(object) && EVENT_NOUN.test(object) && (/[“「『\d]/u.test(object) || object.replace(EVENT_NOUN, '').length >= 4);
  if (activity && !(MEETING_NOUN.test(object) || /(?:活动|活動)$/u.test(object) || event)) return '';
  // 舉辦「合心共識營」, 舉辦第五場「十八區政改諮詢座談會」: a name the writer quotes right after the verb is
  // the meeting's name as written, whatever noun it ends in; a body before it keeps the quotes (KEYING 1:
  // the name as written; the quotes are dropped only where the name stands alone).
  const quoted = quotedNames ? QUOTED_OBJECT.exec(rawObject.trim()) : null;
  // 全市重点项目建设推进会召开。: the meeting is the subject and 召开 has no object.
  // …推进会在县行政中心召开: the place is not part of the name.
  // …务虚会在大厦5楼会议室胜利召开, …座谈会先后召开: how it convened and where are not its name.
  // 由县委宣传部主办的全县…会议在…召开: who organised it, said in a clause before the meeting, is
  // not part of its name.
  // …常务会议于2025年3月4日在县政府召开: a full date after 于, once the place is off, is when.
  const named = withoutTrailingDate(
    subject
      // 由县长X主持的县政府常务会议召开: who chaired it is not part of its name either.
      // 某公司承接的《某研究》成果汇报会举行: nor who took on the work it reports on (承接, 承担), and
      // the name may open with its quoted subject.
      .replace(/^(?:由)?[^，。；]{2,30}?(?:主办|主辦|承办|承辦|承接|承担|承擔|举办|舉辦|组织|組織|召集|牵头|牽頭|主持)的(?=[《“「『]?\p{Script=Han}{4})/u, '')
      // 全省人民瞩目的政协某省第二次会议在某地开幕 / 备受瞩目的某县全会召开: a clause ending in 的
      // before a name that opens with a body (a place, the party, 政协) describes the meeting; the
      // name is the noun phrase after it. A clause naming a meeting of its own (出席某会议的某代表团
      // 全体会议) is left: it says whose sitting this is.
      .replace(RELATIVE_BEFORE_BODY, '')
      .replace(CONVENE_MANNER, '')
      .replace(/(?:圆满|圓滿)$/u, '')
      .replace(AT_PLACE, '')
      .replace(CONVENE_MANNER, ''),
  )
    .replace(TRAILING_WHEN, '')
    // …第九次會議完成各項議程在蒼城閉幕: that it finished its business, said before where it closed
    // with no comma between, is how the sitting ended, not part of its name.
    .replace(FINISHED_TAIL, '');
  if (!object && !activity && MEETING_NOUN.test(named) && named.length >= 4 && named.length <= 60) return named;
  // 某院第八届职代会经过周密筹备，在报告厅隆重召开: a clause that says only where and how it convened
  // (nothing left of its subject) convenes the sitting the sentence opened with, before 经过/历时.
  if (!object && !activity && named.trim() === '' && before.start > 0 && /[，,]/u.test(text[before.start - 1]!)) {
    const opened = sessionAtSentenceStart(text, before.start - 1);
    if (opened) return opened;
  }
  // 某党代会刚刚闭幕。…召开党委会: a sitting that opened or closed is read above (FINISHED_AGENDA and
  // the subject as it stands); one closed before the report's own meeting is only its occasion.
  if (!object && !activity && !SITTING_ENDS.test(convene[0])) {
    const subjectMeeting = meetingBeforeAdverbials(text, convene.index);
    if (subjectMeeting) return subjectMeeting;
  }
  if (!object || !(MEETING_NOUN.test(object) || joinedToMeeting(object) || activity || event || (quoted && (object === quoted[1] || object === rawObject.trim())))) return '';
  // The 纪要 header names the convening body with the meeting (bench/KEYING.md 1): a time word
  // (青禾县政府今(20)日召开, 县府昨召开) or the place it met in (椰林镇在六楼会议室召开) between body
  // and verb is dropped, not a reason to leave the body out.
  const spoken = quotedBody(bodyBeforeVerb(subject)) || purposeSubject(text, convene.index) || bodyClauseBefore(text, before.start, subject);
  // 甲县、乙县以“…”为主题，在甲县召开… / 甲支部与乙支部，以…形式，同步在…召开: where the verb's own
  // clause names no body and no person, the bodies opening the sentence convene (opening-subject.ts).
  const opening = !separately && !conveningBody(spoken) && !parsePerson(spoken)?.title ? openingBodies(sentenceHead(text, convene.index)) : '';
  // 省民政厅调研组先后视察了…，并召开了汇报会: a verb's clause with no subject of its own carries the
  // subject the sentence opened with (carriedBody).
  const unread = !separately && !opening && !conveningBody(spoken) && !parsePerson(spoken)?.title;
  const carried = unread ? carriedBody(text, before.start, subject) : '';
  const body = opening || carried || (separately && firstOfSeveralBodies(spoken)) || spoken;
  // A numbered session convening a sub-meeting (市政协七届三次会议举行小组召集人会议) is its body
  // (KEYING 1), also when the term and the sitting stand apart (省人大常委会第三十四次会议举行第一次
  // 全体会议) or the session is a council's regular one (市議會第六屆第四次定期大會召開預備會議).
  const session = SESSION_BODY.test(body) && body.length <= 30;
  // 主任会议举行第57次会议: a standing meeting holding a sitting named by its count only; the count
  // names no meeting of its own, so the standing meeting is who meets.
  const countedSitting = COUNT_ONLY.test(object) && /(?:会议|會議)$/u.test(body) && body.length >= 4 && body.length <= 30;
  // 白石镇 also reads as a bare name; only a titled person (县长王强) is not a convening body.
  // An object opening with the body's own level (丰谷县召开县四大班子会议) is prefixed like any other:
  // the 纪要 header names the body as the text does, then the name as written (KEYING 1), so the
  // level word stands twice (丰谷县县四大班子会议). Where the object names a body of its own
  // (区十届人民政府…, 县委常委…) objectBody and the overlap rule below keep it alone.
  // 三河街道关工委在英华社区召开…: a body named with the place it met in is not prefixed (the place
  // would end up inside the meeting's name).
  // 东片区关工委工作会议, 中国共产党某县第十五次代表大会…: an object that opens with a body of its
  // own already names who meets; a prefix would name two bodies.
  // 县委召开全面深化改革委员会第五次会议: a committee named without a place of its own is the
  // subject's own committee; the subject still names who meets (县委全面深化改革委员会…).
  // 我区召开自治区扫黑除恶专项斗争领导小组成员单位联席会: a leading group (领导小组) named with its
  // place is a body of its own, as such a committee is; without one it is the subject's.
  const ownBodyInObject = /^(?![党黨]|第)(\p{Script=Han}{2,12}?)(关工委|關工委|党委|黨委|党工委|黨工委|党组(?!织)|黨組(?!織)|政府|委员会|委員會|政协|政協|领导小组|領導小組)/u.exec(object);
  // 石门县召开乡镇党委换届…会议: a kind of unit (乡镇, 村, 各部门) before 党委 names many bodies, not
  // the one that meets; the subject still names who convenes.
  const kindOfUnits = !!ownBodyInObject && /^(?:乡镇|鄉鎮|村|社区|社區|街道|基层|基層|[各全]\p{Script=Han}{0,6})$/u.test(ownBodyInObject[1]!);
  // 省政协召开十三届八次党组(扩大)会议 / 我县召开十七届人民政府党组会议: a term and sitting count
  // before 党组 or 政府 is the subject's own term, no body of its own; the subject names who meets.
  const termOfSubject = !!ownBodyInObject && /^[一二三四五六七八九十百\d]+[届屆]/u.test(ownBodyInObject[1]!);
  const objectBody =
    // 中央统战部…座谈会, 国务院…会议: a national body opening the object is who meets, whoever hosts it.
    /^(中国共产党|中共|中國共產黨|政协|政協|中央|国务院|國務院)/u.test(object) ||
    // 我市召开安徽省第七批援藏工作总结大会: an object opening with a named province (or region) is
    // that province's meeting by name (KEYING 20, 25); the host is not prefixed to it.
    /^\p{Script=Han}{2,7}?(?:省|自治区|自治區|特别行政区|特別行政區)(?!委|政府|政协|政協|人大)/u.test(object) ||
    (!!ownBodyInObject && !kindOfUnits && !termOfSubject && (/(委员会|委員會|领导小组|領導小組)$/u.test(ownBodyInObject[2]!) ? PLACE_WORD.test(ownBodyInObject[1]!.replace(KIND_OPENS, '')) : true));
  const convening = opening !== '' || carried !== '' || conveningBody(body);
  // 科技厅直属机关党委召开直属机关党委(扩大)会 / 省文化厅召开厅机关全体干部大会: the object opens
  // with the body's own last words; a secretariat writes the overlap once (科技厅直属机关党委(扩大)会).
  const overlap = overlapAt(body, object);
  // 我院召开院党委中心组扩大会议 / 我镇召开古渡镇乡村建设誓师大会: the writer's own unit (我 + its
  // kind) convening a meeting whose name opens with a body of that kind (院党委, a place named
  // …镇): the object names who meets, and the pronoun is the writer's voice, not a name.
  if (/^我/u.test(body) && OWN_UNIT.test(body) && ownKindOpens(body.slice(1), object)) return object;
  // 蔚川县委召开县委常委扩大会议: an object that opens with the body's level and kind (县委) names
  // the body as ownBody below does; it stays as written.
  if (convening && overlap > 1 && /^(区|區|县|縣|市|镇|鎮|乡|鄉|省)/u.test(object)) return object;
  if (convening && overlap > 0 && overlap < object.length) return body + object.slice(overlap);
  // 鳳華召開區政府…會議: after a short name alone, an object that opens with a level word names its
  // own body (區政府); the place is not prefixed to it.
  const levelled = !endsLikeBody(body) && shortName(body) && /^(?:区|區|县|縣|市|镇|鎮|乡|鄉|省)/u.test(object);
  const org = !objectBody && !levelled && (session || countedSitting || convening);
  // 为深入开展…活动，县委召开…: 开展 names the meeting only after a body that holds it; 我院邀请X开展…
  // 报告会: an invited speaker holds it, not the host (the name stands alone, from namedClause).
  if ((activity || event) && (!org || object.startsWith(body) || /邀请|邀請/u.test(subject))) return '';
  // 近期舉行座談交流，籌劃舉辦…相關活動: an event is named by a body of its kind (a short name may be a
  // verb the characters do not tell: 籌劃), and one only planned is not held.
  if (event && (!(opening || carried || endsLikeBody(body)) || /(?:筹划|籌劃|筹备|籌備|将|將|拟|擬|计划|計劃|准备|準備)$/u.test(subject.trim()))) return '';
  if (bare) return org ? body + object : '';
  const written = quoted && object === quoted[1] ? quoted[0] : object;
  return org && !object.startsWith(body) ? body + written : object;
}

/** The segmenter's tags of a word that opens how, when or where (在/于/以, 如期, 正在, 下午). */
// A number opens a date only as dates.ts reads one: 第二十二次会议 after a body's name is the sitting.
const ADVERBIAL_TAG = /^(?:p|d|ad|t)$/u;

/**
 * Whether `tail`, between a meeting's name and its convening verb, says only how, when and where
 * (在某中学三楼会议室如期 / 将于5月20日下午3时 / 正在热烈的气氛中 / ，3月4日在某地，以视频方式): every
 * piece between commas opens with a preposition, an adverb, a time word or a number as the segmenter
 * tags them (or with a date dates.ts reads), and no verb stands in it (会议结束后，县委在…: 后 opens
 * nothing of the kind).
 */
function adverbialOnly(tail: string): boolean {
  const pieces = tail.split(/[，,]/u).map((p) => p.trim());
  if (pieces.length > 3 || pieces.slice(1).some((p) => p === '')) return false;
  return pieces.every((piece) => {
    if (piece === '') return true;
    const words = segmenterWordEnds(piece);
    if (!words || words.length === 0) return false;
    if (words.some((w) => w.tag === 'v')) return false;
    return ADVERBIAL_TAG.test(words[0]!.tag) || findMeetingDate(piece)?.index === 0;
  });
}

/** The last clause mark (，；：！？, not the list mark 、, which joins bodies inside a name) before `end` outside quotes in `s`, or -1. */
function lastClauseMarkOutsideQuotes(s: string, end: number): number {
  let depth = 0;
  let last = -1;
  for (let i = 0; i < end; i++) {
    const c = s[i]!;
    if (/[“「『《‘]/u.test(c)) depth++;
    else if (/[”」』》’]/u.test(c)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && /[，,；;：:！？]/u.test(c)) last = i;
  }
  return last;
}

/** Whether the segmenter reads `s` as a place or a body's name alone (濠江, 某县某局), no common word. */
function placeOrBody(s: string): boolean {
  if (s === '') return false;
  if (endsLikeBody(s) && !parsePerson(s)?.title) return true;
  const words = segmenterWordEnds(s);
  return !!words && words.every((w) => /^(?:ns|nt|nz|j)$/u.test(w.tag));
}

/**
 * "某学区第一届理事会第三次全体会议"在某中学五层如期召开 / 某委员会2025年度第3次全体会议将于6月25日
 * 下午3时举行 / 喜迎国庆——某医院建院60周年庆祝大会正在热烈的气氛中举行 / 由甲市、乙市共同组建的"某联盟"
 * 成立会议，2月4日在某地，以视频会议方式召开: a convening verb with no object has the meeting as its
 * subject (KEYING 1: the name as written), though how, when and where it met stand between the two
 * (adverbialOnly), over commas too. What stands before the name in its clause is no part of it: a
 * theme set off by a dash, a relative clause that opens with a verb or a preposition (由…组建的,
 * 以"…"为主题的), or, before a quoted name, an adverbial that names no place or body (伴随着…音乐声).
 */
function meetingBeforeAdverbials(text: string, at: number): string {
  const head = text.slice(sentenceStart(text, at), at).replace(DATELINE, '').replace(LEADING_DATE, '');
  for (let end = head.length; end >= 4; end--) {
    const closesQuote = /[”」』]/u.test(head[end - 1]!);
    const noun = closesQuote ? head.slice(0, end - 1) : head.slice(0, end);
    if (!MEETING_NOUN.test(noun) || /[（(][^）)]*[）)]$/u.test(noun)) continue;
    const tail = head.slice(end);
    if (tail.trim() === '' || !adverbialOnly(tail)) continue;
    let name = head.slice(lastClauseMarkOutsideQuotes(head, end) + 1, end).replace(LEADING_DATE, '');
    const dash = /^.*(?:—|─|--)+/u.exec(name);
    if (dash && name.length - dash[0].length >= 4) name = name.slice(dash[0].length);
    if (closesQuote) {
      const open = Math.max(name.lastIndexOf('“'), name.lastIndexOf('「'), name.lastIndexOf('『'));
      const prefix = open > 0 ? name.slice(0, open) : '';
      const own = prefix.slice(prefix.lastIndexOf('的') + 1);
      if (prefix !== '') name = (placeOrBody(own) ? own : '') + name.slice(open);
    } else {
      name = withoutDescriptor(name);
    }
    name = name.trim();
    // …"某会议"在某中学五层一会如期召开: a room named 一会 ends in the noun too; a name holding where it
    // met (在, 于 as the segmenter's preposition, outside quotes) reads past the meeting: the next one.
    if ((segmenterWordEnds(name.replace(/[“「『][^”」』]*[”」』]/gu, (q) => '。'.repeat(q.length))) ?? []).some((w) => /^(?:在|于|於)$/u.test(w.word) && w.tag === 'p')) continue;
    if (name.length < 4 || name.length > 60 || /^(?:本次|此次|这次|這次|该次|該次|会上|會上)/u.test(name) || INJECTED_NAME.test(name)) return '';
    return name;
  }
  return '';
}

/**
 * 作为某系列活动之一的某地区座谈会在…召开 / 由甲市、乙市共同组建的"某联盟"成立会议…召开: a clause ending
 * in 的 that opens with a preposition (作为, 由, 以, as the segmenter tags it) describes the meeting or
 * the body after it; the noun phrase after 的 is what is held or who meets (KEYING 26: a descriptor's
 * bodies give no prefix). A clause opening with a verb may be the name's own theme (学习贯彻…的重要讲话
 * 精神宣讲会) or say whose sitting it is (出席某会议的某代表团全体会议, as keyed): it stays. Where it met
 * (在某楼的会议室) is AT_PLACE's, and a 的 inside quotes or a name (党的建设) opens no clause.
 */
function withoutDescriptor(subject: string): string {
  const masked = subject.replace(/[“「『《][^”」』》]*[”」』》]/gu, (q) => '。'.repeat(q.length));
  const of = masked.lastIndexOf('的');
  if (of < 2 || subject.length - of - 1 < 3) return subject;
  const before = subject.slice(0, of);
  if (/^(?:在|于|於|假)/u.test(before)) return subject;
  const first = segmenterWordEnds(before.slice(0, 12))?.[0];
  if (!first) return subject;
  if (first.tag === 'p') return subject.slice(of + 1);
  // 作为…系列活动之一的某地区座谈会: a verb's clause before a name that opens with a place (as the
  // segmenter tags it) describes it, unless the clause names a sitting of its own (出席…会议的…).
  const after = segmenterWordEnds(subject.slice(of + 1, of + 13))?.[0];
  const described = first.tag === 'v' && /^(?:ns|nt|j|x)$/u.test(after?.tag ?? '') && !/(?:会议|會議|大会|大會)/u.test(before);
  return described ? subject.slice(of + 1) : subject;
}

/** Whether `body` names a body that convenes: its kind, a council, a short name or the writer's unit. */
function conveningBody(body: string): boolean {
  // 立法會財經事務委員會, 行政會, 理事会: a council (…会) convening a meeting is its body too.
  const council = /(?<!大|年|例|座谈|座談|推进|推進)(?:会|會)$/u.test(body) && body.length >= 3 && body.length <= 30;
  // 全县/各部门/本单位 name many units or none; 全国妇联党组 is one body of national level.
  return (
    (OWN_UNIT.test(body) || ((endsLikeBody(body.replace(/^[「“『](.+)[」”』]$/u, '$1')) || council || shortName(body)) && !/^(全(?!国|國)|各|本)/u.test(body))) &&
    !parsePerson(body)?.title &&
    !INJECTED_NAME.test(body)
  );
}

/** Where the sentence holding `at` starts: after the last 。！？ or line break before it. */
// “有事好商量。”3月5日，某社区…召开: the quote that closes after the stop belongs to the sentence before.
function sentenceStart(text: string, at: number): number {
  let start = at;
  while (start > 0 && !/[。！？\n]/u.test(text[start - 1]!)) start--;
  while (start > 0 && start < at && /[”」』’]/u.test(text[start]!)) start++;
  return start;
}

/** The sentence holding `at`, from its start (its date taken off) up to `at`. */
function sentenceHead(text: string, at: number): string {
  return text.slice(sentenceStart(text, at), at).replace(LEADING_DATE, '');
}

/**
 * 召开…动员部署会议暨“作风建设年”集中学习活动: 暨 joins one name (KEYING 23), so a name whose part
 * before 暨 is a meeting is a meeting's name, whatever noun its last part ends in.
 */
function joinedToMeeting(object: string): boolean {
  const at = object.indexOf('暨');
  return at >= 4 && MEETING_NOUN.test(object.slice(0, at)) && /\p{Script=Han}{2}/u.test(object.slice(at + 1));
}
const RELATIVE_BEFORE_BODY =
  /^[^，。；,;会會《》“”「」]{2,12}的(?=(?:中国共产党|中共|中國共產黨|政协|政協|\p{Script=Han}{1,5}?(?:省|县|縣|区|區|镇|鎮|乡|鄉|州|旗|盟|市(?!政|场|場|民)))\p{Script=Han})/u;
/** A term (届) with the sitting's count (次) or kind after it, ending in the session's noun. */
const SESSION_BODY = /(?:届|屆)(?:[\p{Script=Han}\d]{1,12}次(?:会议|會議)|[\p{Script=Han}\d]{0,8}(?:定期大会|定期大會|定期会|定期會|临时会|臨時會|临时大会|臨時大會))$/u;
/** 三次, 两场, 3次 before a meeting noun: how many were held, not which one (no 第). */
const COUNT_OF_SITTINGS = /^[一二三四五六七八九十两兩\d]{1,3}(?:次|场|場)(?=\p{Script=Han}{0,20}(?:会议|會議|会|會)$)/u;
/** 第57次会议, 第3次會議: a sitting named by its count alone. */
const COUNT_ONLY = /^第[\d一二三四五六七八九十百]{1,5}次(?:会议|會議)$/u;
/** A name in quotes, with a count before it at most (第五場「…」): the whole object of the verb. */
const QUOTED_OBJECT = /^(?:第[一二三四五六七八九十\d]{1,3}[场場次屆届])?[「“『]([^「」“”『』]{2,40})[」”』]$/u;

/**
 * 嵩岳高速召开专题会议, 漁湧召開干部大會, 湟北舉行撤縣設區大會: a company's or a place's short name
 * alone as the subject of 召开 is the body that convenes (KEYING 1), though it ends in no body word.
 * Only a bare run of two to six characters: no person's name or office, no word of time, place,
 * manner or reference (those are cut before this, or name no body: 大家, 会上, 随后).
 */
function shortName(s: string): boolean {
  return (
    /^\p{Script=Han}{2,6}$/u.test(s) &&
    !looksLikeName(s) &&
    !isTitle(s) &&
    !parsePerson(s) &&
    !/[在于於的就对對将將并並也还還又再已都均共第由与與和及是为為时時前后後上下中间間期]|^(?:大家|我们|我們|他们|他們|会|會|该|該|此|其|今|昨|近|日)/u.test(s) &&
    // 县领导一行, 班子成员: people by their kind are who met, not a body.
    !/一行|领导|領導|班子|同志|人员|人員|代表|成员|成員|干部|幹部/u.test(s)
  );
}

/**
 * 政府去年底成立的「融入國家發展大局督導組」: a body the writer quotes is named with its quotes; what
 * is said of it before them (who set it up, when) is not part of its name.
 */
function quotedBody(s: string): string {
  const m = /[「“『]([^「」“”『』]{2,30})[」”』]$/u.exec(s);
  return m && endsLikeBody(m[1]!) ? m[0] : s;
}

/**
 * 日前，澳門服務業職工總會，於職聯驛站中心召開…: when the verb's own clause holds only when, where
 * and how it met, the clause right before it may be the body alone, set off by a comma.
 */
function bodyClauseBefore(text: string, start: number, subject: string): string {
  if (start < 1 || !/[，,]/u.test(text[start - 1]!) || bodyBeforeVerb(subject).trim() !== '') return '';
  // 某镇组织全镇干部职工120余人，召开…会议: with no subject at all, the clause before may be the body
  // gathering whom it convened (GATHERED_BEFORE_VERB); whom it gathered is no part of the body.
  const gathering = subject.trim() === '' ? gatheringBody(cleanSubject(clauseBefore(text, start - 1).text).trim()) : '';
  if (gathering) return gathering;
  // 某中学全体教职工齐聚一堂，召开…会: the members gathered in the clause before are their body's
  // (KEYING 14: members as the subject name the body they belong to).
  const assembled = subject.trim() === '' ? ASSEMBLED.exec(cleanSubject(clauseBefore(text, start - 1).text).trim()) : null;
  if (assembled) {
    const body = bodyBeforeVerb(assembled[1]!);
    if (body !== assembled[1] && body.length >= 3 && body.length <= 20 && endsLikeBody(body) && !parsePerson(body)?.title && !/^(全|各|本)/u.test(body)) return body;
  }
  if (!/^(?:于|於|在|假)/u.test(subject.trim())) return '';
  const clause = cleanSubject(clauseBefore(text, start - 1).text).trim();
  return clause.length >= 3 && clause.length <= 20 && endsLikeBody(clause) && !parsePerson(clause)?.title && !/^(全|各|本)/u.test(clause) ? clause : '';
}

/** Words that join a clause to the one before it, its subject left unsaid (并召开, 随后举行, 还召开). */
const CARRY = /^(?:并且|並且|并|並|随后|隨後|随即|隨即|之后|之後|接着|接著|然后|然後|最后|最後|同时|同時|还|還|又|再|也|后|後)+/u;
/** The segmenter's tags of a word that opens a predicate: a verb, an adverb, a time word, a preposition, a conjunction, a set phrase (高度重视). */
const PREDICATE_TAG = /^(?:v|vd|d|ad|t|p|c|l)$/u;

/** Whether `clause` opens with a predicate, no subject of its own (先后视察了…, 就…进行了座谈, 并听取…). */
function opensWithPredicate(clause: string): boolean {
  const rest = clause.replace(CARRY, '');
  if (rest === '') return clause !== '';
  const first = segmenterWordEnds(rest.slice(0, 12))?.[0];
  return !!first && PREDICATE_TAG.test(first.tag);
}

/**
 * 省民政厅调研组先后视察了…，并召开了汇报会 / 县人大常委会组织代表视察…，随后召开座谈会 / 在京出席…的天津
 * 代表团，召开第一次全体会议: when the verb's own clause names no one (only 并, 随后 … and when, where,
 * how), its subject is the one the sentence opened with (KEYING 1: the body that convenes), carried
 * through clauses that name no subject of their own either (each opens with a predicate: a verb, an
 * adverb, a preposition, as the segmenter tags it).
 * - Through a chain of clauses, only where the verb's clause says it goes on (并, 随后, 然后, 还 …):
 *   a bare comma after an account of what a body did may open a step someone else takes.
 * - A clause that is the body alone (a noun phrase; a relative clause 出席…的 before it at most)
 *   carries with a bare comma: it says nothing but who.
 * A person opening the sentence (县长某某先后到…，并召开…) is no body, and a joint subject (甲与乙…)
 * is opening-subject.ts's; the name then stands alone, as before.
 */
function carriedBody(text: string, start: number, subject: string): string {
  if (start < 1 || !/[，,]/u.test(text[start - 1]!)) return '';
  let own = bodyBeforeVerb(cleanSubject(subject).trim());
  for (let round = 0; round < 3 && own !== ''; round++) own = bodyBeforeVerb(own.replace(CARRY, '').trim());
  if (own !== '') return '';
  const joined = CARRY.test(cleanSubject(subject).trim());
  const from = sentenceStart(text, start);
  const clauses = text
    .slice(from, start - 1)
    .replace(DATELINE, '')
    .replace(LEADING_DATE, '')
    .split(/[，,]/u)
    .map((c) => c.trim());
  if (clauses.length > 4 || clauses.some((c) => c === '')) return '';
  if (!clauses.slice(1).every(opensWithPredicate)) return '';
  const first = cleanSubject(clauses[0]!).trim();
  // 在京出席…会议的天津代表团: the clause is the body alone, a relative clause before it.
  const described = /的([^的]{2,30})$/u.exec(first);
  if (clauses.length === 1 && described && nominal(described[1]!) && carriesAsBody(described[1]!)) return described[1]!;
  if (clauses.length === 1 && nominal(first) && carriesAsBody(first)) return first;
  return joined ? subjectHead(first) : '';
}

/** Whether the segmenter finds no predicate in `s` (市委组织部深入各乡镇 has one: 深入): a noun phrase alone. */
function nominal(s: string): boolean {
  const words = segmenterWordEnds(s);
  return !!words && !words.some((w) => PREDICATE_TAG.test(w.tag));
}

/** A body by its kind that convenes (conveningBody); never all or each unit, nor the writer's. */
function carriesAsBody(s: string): boolean {
  return s.length >= 2 && s.length <= 30 && endsLikeBody(s) && conveningBody(s) && !/^(?:全|各|本|我|该|該)/u.test(s);
}

/**
 * The body a clause opens with, where its predicate begins: the words before the first one the
 * segmenter tags as a verb, an adverb, a time word, a preposition or a set phrase (省民政厅调研组先后
 * 视察 → 省民政厅调研组; 某公司党委高度重视 → 某公司党委; 一行 after a delegation is its people, not
 * its name), or '' when those words are no body or the clause has no predicate after them.
 */
function subjectHead(clause: string): string {
  let end = 0;
  for (const t of segmenterWordEnds(clause.slice(0, 40)) ?? []) {
    if (PREDICATE_TAG.test(t.tag) || /^(?:一行|全体)$/u.test(t.word)) break;
    end = t.end;
  }
  const head = clause.slice(0, end);
  // 县政府与某集团签署…，并召开座谈会: a joint subject is opening-subject.ts's to read, not carried.
  if (/^(?:与|與|和|同|及|联合|聯合|会同|會同)/u.test(clause.slice(end))) return '';
  return end > 0 && end < clause.length && carriesAsBody(head) && opensWithPredicate(clause.slice(end).replace(/^(?:一行|全体|全體)/u, '')) ? head : '';
}

/** Members who gather before the verb's clause: 全体教职工齐聚一堂, 全體黨員歡聚一堂. */
const ASSEMBLED = /^(\p{Script=Han}{4,30}?)(?:齐聚一堂|齊聚一堂|欢聚一堂|歡聚一堂|齐聚|齊聚|相聚)$/u;

/** The body before 组织/召集/邀请… in a clause of its own (GATHERED_BEFORE_VERB), or ''. */
function gatheringBody(clause: string): string {
  const gathered = GATHERED_BEFORE_VERB.exec(clause.replace(/(?:等)?[\d一二三四五六七八九十百]+(?:余|多)?(?:人|名)$/u, ''));
  const body = gathered ? clause.slice(0, gathered.index) : '';
  return body.length >= 3 && body.length <= 20 && endsLikeBody(body) && !parsePerson(body)?.title && !/^(全|各|本)/u.test(body) ? body : '';
}

/**
 * 澳門歸僑總會為更好貫徹…精神，於10月28日在會址舉辦學習會: when the clause of the verb has no subject
 * left (only when, where and how), the sentence's first clause may hold it, before what the meeting
 * is for (为/為, 围绕, 根据, 按照). Only a body by its kind, never a person.
 */
function purposeSubject(text: string, at: number): string {
  let start = at;
  while (start > 0 && !/[。！？\n]/u.test(text[start - 1]!)) start--;
  const first = text.slice(start, at).replace(LEADING_DATE, '');
  const m = /^([\p{Script=Han}]{2,20}?)(?:为|為|围绕|圍繞|根据|根據|按照|结合|結合)[^。；]{2,60}?[，,]/u.exec(first);
  return m && endsLikeBody(m[1]!) && !parsePerson(m[1]!)?.title && !/^(全|各|本)/u.test(m[1]!) ? m[1]! : '';
}

/**
 * The body in the clause before 召开, with what stands between it and the verb taken off, in any
 * order: the place (在政协大楼五楼), the time (于5月6日, 昨（5）日), how it convened (禾坪镇及时召开,
 * 组织召开) and the topic (市政府就《…》征求意见稿在…组织召开, 县政府围绕防汛工作召开).
 */
const TOPIC_BEFORE_VERB = /(?<=\p{Script=Han}{2})(?:就|围绕|圍繞|针对|針對)[^，。；]{2,40}$/u;
// 昨（5）日, and 於今日(5/29) with the month and day after a slash.
const RELATIVE_DAY = /(?:(?:今|昨|本|前)[（(][\d一二三四五六七八九十廿卅]{1,3}[）)]日|(?:于|於)?(?:今日|今天|昨日|昨天)\s*[（(]\s*\d{1,2}\s*[/／.]\s*\d{1,2}\s*[）)])(?:上午|下午|晚上|晚间|晚間)?$/u;
/** 县政府办公室召集相关部门召开 / 会同…召开: whom the body gathered is not part of the body. */
// 街道人大工委组织全体组成人员举办: whom the body brought together is not part of it either.
// 县委组织部、县人社局联合组织: 组织部 (an organisation department) is a body's name, not whom it gathered.
// 某局机关党委组织在家的全体党员赴挂点村—某镇某村开展…, 某县组织收听收看…视频会议暨召开…: whom it
// gathered and what they went to or heard first run on to the verb, whatever is written between
// (a dash, digits, a meeting's name); only the clause's own end closes it.
const GATHERED_BEFORE_VERB = /(?<=\p{Script=Han}{2})(?:召集|邀请|邀請|会同|會同|(?<![党黨])(?:组织|組織)(?!部))[^，。；,;]{2,60}$/u;
// 某党支部全体党员召开…会 (KEYING 14): the members, after their body, meet as the body.
const MEMBERS_OF_BODY = /(?<=\p{Script=Han}{2})(?:全体|全體)(?:党员|黨員|成员|成員|委员|委員|干部|幹部|职工|職工|教职工|教職工|人员|人員)$/u;
// 某集团出资企业甲有限公司召开… (KEYING 19): what the body is to another (a group's funded or owned
// company, a member unit) describes it; the body is the company named after it.
const DESCRIBED_BODY = /^\p{Script=Han}{2,20}?(?:出资企业|出資企業|所属企业|所屬企業|下属企业|下屬企業|控股企业|控股企業|全资子公司|全資子公司|成员企业|成員企業)(?=\p{Script=Han}{4})/u;
function bodyBeforeVerb(subject: string): string {
  let body = subject.replace(DESCRIBED_BODY, '');
  for (let round = 0; round < 4; round++) {
    const before = body;
    body = body
      .replace(CONVENE_MANNER, '')
      .replace(AT_PLACE, '')
      .replace(RELATIVE_DAY, '')
      // 縣府3/4(二)上午召開: month/day with a slash and the weekday, as a Taiwan paper dates it.
      .replace(/\d{1,2}\s*[/／]\s*\d{1,2}\s*(?:[(（](?:星期|週|周)?[一二三四五六日天][)）])?(?:上午|下午|晚上|晚間|晚间)?$/u, '')
      .replace(/(?:昨|今)$/u, '')
      .replace(TRAILING_WHEN, '')
      .replace(WHEN_AROUND, '');
    // The topic only where a body stands before it: 就 inside a body's name is not cut.
    const topic = TOPIC_BEFORE_VERB.exec(body) ?? GATHERED_BEFORE_VERB.exec(body) ?? MEMBERS_OF_BODY.exec(body);
    // 某中学于9月9日上午邀请老教师到校举行…: when it met may stand between the body and whom it gathered.
    if (topic && (endsLikeBody(body.slice(0, topic.index)) || endsLikeBody(body.slice(0, topic.index).replace(TRAILING_WHEN, '')))) body = body.slice(0, topic.index);
    if (body === before) break;
  }
  // 某會當日: a short name swallows a time word it does not know (當日); a head that ends as a body does
  // is read over it.
  if (conveningBody(body) ? endsLikeBody(body) : body.length < 3 || !!parsePerson(body)?.title) return body;
  const head = headBeforeAdverbials(body);
  return head && (!conveningBody(body) || endsLikeBody(head)) ? head : body;
}

/**
 * 民建聯今天晚上於青灣舉辦…, “某會”當日召開…: where the readings by characters above leave more than a
 * body before the verb (a time or a place they do not know), the segmenter's parts say where the body
 * ends: before the first word it tags as a time word, a preposition or an adverb, when every word
 * before that is a noun (no number, pronoun or predicate: 二十屆 is a term) naming a convening body and all after it says only when,
 * where and how (adverbialOnly). Otherwise ''.
 */
const NAME_PART_TAG = /^(?:n[a-z]*|j|x|vn)$/u;
function headBeforeAdverbials(s: string): string {
  const words = segmenterWordEnds(s);
  if (!words) return '';
  // Inside quotes any word is the name's (“促進會” is a verb to the segmenter).
  let quoted = false;
  const inName = words.map((w) => {
    const opens = /^[“「『]$/u.test(w.word);
    const closes = /^[”」』]$/u.test(w.word);
    const inside = quoted || opens || closes;
    quoted = (quoted || opens) && !closes;
    return inside;
  });
  const at = words.findIndex((w, i) => i > 0 && !inName[i] && ADVERBIAL_TAG.test(w.tag));
  if (at < 1 || !words.slice(0, at).every((w, i) => inName[i] || NAME_PART_TAG.test(w.tag))) return '';
  const head = s.slice(0, words[at - 1]!.end);
  return adverbialOnly(s.slice(head.length)) && conveningBody(head) ? head : '';
}

/**
 * How many characters the object opens with that the body ends with: two or more, or one that is
 * a unit's short name (厅, 局, 院 …; a level such as 区 is no overlap: 丰谷县县四大班子会议)
 * and not the X of an X务 meeting (县卫生健康局召开局务会议 keeps 局局务).
 */
/** Whether `object` opens with a body of the kind `kind` (院党委…, 古渡镇…), not with 全/各 units. */
function ownKindOpens(kind: string, object: string): boolean {
  const at = object.indexOf(kind);
  return at >= 0 && at <= 4 && !/[^\p{Script=Han}]|^[全各本我]/u.test(object.slice(0, at)) && (object.slice(at + kind.length).match(/^\p{Script=Han}{4}/u) ?? []).length > 0;
}

const MEMBERS_AFTER = /^(?:委员|委員|领导|領導|班子|成员|成員|干部|幹部|党员|黨員|职工|職工)/u;
function overlapAt(body: string, object: string): number {
  for (let k = Math.min(body.length - 1, object.length - 1, 12); k >= 1; k--) {
    if (!body.endsWith(object.slice(0, k))) continue;
    // 党支部召开党支部委员、党小组组长会议, 学校召开校领导班子…会议: where the shared words go on into
    // people (委员, 领导班子), the object names the body's members, not the body again; the page's
    // words stand as written (KEYING 1), the body word twice.
    if (MEMBERS_AFTER.test(object.slice(k))) return 0;
    // One character only for a unit's own short name (厅机关, 院党委); 會員大會 is a word of its own.
    if (k === 1 && !/^(厅|廳|局|部|委|院|校|办|辦|处|處|司)/u.test(object)) return 0;
    // 局务会议, 校務會議: X务 is the meeting's own name (the affairs of X), not the body again.
    if (k === 1 && /^.(务|務)/u.test(object)) return 0;
    // 院长办公会议, 校長辦公會: the head's own meeting (X长) names the office, not the body again
    // (某医院召开院长办公会议 keeps 医院院长).
    if (k === 1 && /^.(长|長)/u.test(object)) return 0;
    return k;
  }
  return 0;
}

/**
 * The headline may name the convening body the opening leaves out (柳营乡：召开…推进会 over 在乡政府
 * 召开…推进会), or the meeting the opening calls only 会议 (我院召开传达…精神会议 over 我院召开会议，…):
 * the headline's fuller name then stands. Otherwise the name read from the opening.
 */
export function meetingWithHeadline(name: string, title: string, opening?: string): string {
  const head = title.trim().split(/\s+/u)[0] ?? '';
  if (!name || head.length < 4) return name;
  // 柳营乡：召开…: a colon between the body and the verb in a headline.
  const colon = /^([^：:，。]{2,20})[：:]\s*(?:召开|召開|举行|舉行)了?(.{2,60})$/u.exec(head);
  if (colon) {
    const body = colon[1]!.trim();
    const object = trimMeetingName(colon[2]!);
    if (object === name && endsLikeBody(body) && !parsePerson(body)?.title) return body + object;
  }
  // 白杨镇召开…培训会 over 9月3日，在镇政府召开…培训会 (KEYING 9): a headline that names the body
  // as the subject of its own 召开, over an opening whose 召开 has no subject at all (a person
  // who 主持召开 is a subject: the name then stays as written, KEYING 1).
  if (opening !== undefined && convenedWithoutSubject(opening, name)) {
    const verb = CONVENE.exec(head);
    // 杜蘭颱風-官林區災害應變中心於7月24日上午10時整召開…: a kicker before a dash, and when it met
    // between the body and the verb, are not the body.
    const body = verb ? bodyBeforeVerb(head.slice(0, verb.index).trim()).replace(/^[^-－—]{1,10}[-－—](?=\p{Script=Han}{2})/u, '') : '';
    const object = verb ? trimMeetingName(head.slice(verb.index + verb[0].length).replace(/^了/u, '')) : '';
    if (object === name && body.length >= 2 && body.length <= 20 && endsLikeBody(body) && !parsePerson(body)?.title && !/[，。；：:]/u.test(body)) return body + object;
  }
  const generic = /^(.{1,20}?)(会议|會議)$/u.exec(name);
  if (generic && CONVENE.test(head)) {
    const full = convened(head);
    if (full.startsWith(generic[1]!) && full.length > name.length && MEETING_NOUN.test(full)) return full;
  }
  return name;
}

/**
 * Whether the opening convenes `name` with no subject before the verb: 9月3日，在镇政府三楼会议室召开
 * …培训会 (the date, the place and how it convened are no subject).
 */
function convenedWithoutSubject(opening: string, name: string): boolean {
  for (const m of opening.matchAll(/(召开|召開|举行|舉行)了?/gu)) {
    if (!opening.startsWith(name, m.index + m[0].length)) continue;
    const before = clauseBefore(opening, m.index).text.replace(LEADING_DATE, '');
    const rest = before
      .replace(CONVENE_MANNER, '')
      .replace(/^(?:在|于|於)[\p{Script=Han}\dA-Za-z]{1,30}$/u, '')
      .replace(TRAILING_WHEN, '')
      .trim();
    return rest === '';
  }
  return false;
}

/** Verbs of going somewhere before a talk held there: the visitor's talk, not a convened meeting. */
// 走访座谈: a visit's talk by its own verb (来我校走访座谈).
const VISIT_TALK = /来到|來到|赴|前往|深入|走进|走進|走访|走訪/u;

const HOLDS_OWN_STUDY = /^(\p{Script=Han}{2,30}?(?:中心组|中心組|党委|黨委|党组|黨組|支部|总支|總支))(?:组织|組織|开展|開展)(?:了)?(?=\p{Script=Han}{0,12}(?:学习|學習)$)/u;

/**
 * The segmenter's tags of words that frame a sentence and never stand inside a meeting's name: a
 * pronoun (他, 本次), a preposition (在, 通过), an adverb (到场, 赶往), an aspect particle (着, 了, 过)
 * and a conjunction joining acts (并). A name is a noun phrase: nouns, verbs as modifiers (学习,
 * 推进), numbers. Words that join parties or meetings (与, 和, 暨) and a pronoun fused with a unit
 * (UNIT_POINTER) stand inside names, so they frame nothing.
 */
const FRAME_TAG = /^(?:r|p|d|uz|ul|ug|c)$/u;
const JOINS_PARTIES = /^(?:和|与|與|及|以及|或|暨|同|跟)$/u;
/** 我市, 本局, 该局, 各 (部门): a pronoun fused with a unit points at it, as names do; 本次, 本届 point at a sitting. */
const UNIT_POINTER = /^(?:我|本|该|該|各)(?:(?![次届屆])\p{Script=Han})?$/u;
const PARTICLE_TAG = /^(?:uz|ul|ug)$/u;

/**
 * What a clause ending in a meeting noun names, read as the segmenter parts it: the whole clause
 * when it is a noun phrase; when it is a sentence (it holds a frame word), only the object of the verb
 * that follows its last frame word (6618…在報告廳組織開展全體教職工理論學習會議 → 全體教職工理論學習
 * 會議; …召开了专题学习会议 → 专题学习会议, the particle closing the verb), or nothing (他顶着烈日赶往
 * 村委会, 主席當日如因事不克到場主持會議, 本次会议: a sentence about someone, or a meeting pointed at).
 * Without the segmenter the clause is taken whole, as before.
 */
function nameInClause(clause: string): string {
  const words = tagRun(clause);
  if (!words) return clause;
  let last = -1;
  words.forEach((w, i) => {
    if (FRAME_TAG.test(w.tag) && !JOINS_PARTIES.test(w.word) && !(w.tag === 'r' && UNIT_POINTER.test(w.word))) last = i;
  });
  if (last < 0) return clause;
  let from = last + 1;
  if (!PARTICLE_TAG.test(words[last]!.tag)) {
    while (from < words.length && words[from]!.tag !== 'v') from++;
    if (from >= words.length) return '';
    while (from < words.length - 1 && words[from]!.tag === 'v') from++;
  }
  const object = clause.slice(from > 0 ? words[from - 1]!.end : 0);
  // The object ends on a meeting's own noun, a bracketed note after it at most (…的议案（草案） is a
  // paper, not a sitting).
  return object.length >= 4 && MEETING_NOUN.test(object.replace(/[（(][^（）()]*[）)]$/u, '')) && !REFERENCE.test(object) ? object : '';
}

/**
 * KEYING 20: an activity held with no 召开 and no written name is named by its body and the activity
 * as written (某镇组织各村主任沟通谈心 → 某镇沟通谈心; 某党委中心组开展集中学习研讨 → 某党委中心组集中
 * 学习研讨; 某中心组在某会议室进行共同学习 → 某中心组共同学习). Read from the clause's structure as the
 * segmenter parts it: a body (conveningBody, no person) as the subject; between it and the verb of
 * holding (开展, 进行, 组织) only when, where or how (adverbialOnly); after the verb the activity, which
 * closes the clause on a verb or a verbal noun with no object after it (组织…学习贯彻…精神 ends on the
 * matter studied, not on the activity, and names none). After 组织 the people gathered stand before
 * the activity and are no part of its name (the activity is the run of verbs the clause ends with).
 */
const HOLDING = /开展|開展|进行|進行|组织|組織/u;
const HOLDING_WORD = new RegExp(`^(?:${HOLDING.source})$`, 'u');
const ACTIVITY_TAG = /^(?:v|vn|d|ad|a|m|q|n|t|x)$/u;
const ACT_TAG = /^(?:v|vn)$/u;
function heldActivity(clause: string): string {
  const words = HOLDING.test(clause) ? tagRun(clause) : null;
  if (!words) return '';
  const at = words.findIndex((w, i) => i > 0 && w.tag === 'v' && HOLDING_WORD.test(w.word));
  if (at < 0) return '';
  let from = at + 1;
  if (words[from]?.word === '了') from++;
  const rest = words.slice(from);
  if (rest.length === 0 || !ACT_TAG.test(rest[rest.length - 1]!.tag)) return '';
  let first = 0;
  if (/^(?:组织|組織)$/u.test(words[at]!.word)) {
    // whom it gathered (people by their kind: nouns, 各, counts), then the run of verbs (and the
    // manner words among them) the clause ends with
    first = rest.length;
    while (first > 0 && /^(?:v|vn|d|ad)$/u.test(rest[first - 1]!.tag)) first--;
    while (first < rest.length && !ACT_TAG.test(rest[first]!.tag)) first++;
    if (rest.slice(0, first).some((w) => !/^(?:n|nr|r|m|q|x|j)$/u.test(w.tag))) return '';
  }
  if (rest.slice(first).some((w) => !ACTIVITY_TAG.test(w.tag) && !/^[（(）)]$/u.test(w.word))) return '';
  const start = first === 0 ? words[from - 1]!.end : rest[first - 1]!.end;
  const activity = clause.slice(start);
  if (!/^[\p{Script=Han}\d（）()]{2,24}$/u.test(activity) || !/\p{Script=Han}{2}$/u.test(activity)) return '';
  const head = clause.slice(0, words[at - 1]!.end);
  for (let i = 0; i < at; i++) {
    const body = head.slice(0, words[i]!.end);
    const between = head.slice(words[i]!.end);
    if (between !== '' && !adverbialOnly(between)) continue;
    // 赴某州…进行考察, 活动后赴某院…调研: a visit (VISIT_TALK) or a clause holding a preposition or a
    // locative (…后, 在…) before the verb's adverbials names where someone went, not a body that met.
    if (VISIT_TALK.test(body) || words.slice(0, i + 1).some((w) => /^(?:p|f)$/u.test(w.tag))) return '';
    if (body.length < 2 || body.length > 30 || !conveningBody(body) || /^(?:全|各|本|我)/u.test(body)) continue;
    return body + activity;
  }
  return '';
}

function namedClause(text: string): string {
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || CLAUSE_END.test(text[i]!)) {
      // 民心黨17日中執會: the day inside the clause dates the meeting; it is not part of its name.
      const plain = text
        .slice(start, i)
        .replace(LEADING_DATE, '')
        .trim()
        .replace(/(?<=\p{Script=Han})\d{1,2}日(?:上午|下午|晚上|晚間|晚间)?(?=\p{Script=Han})/u, '')
        // 副县长A、B出席全县…会议: who attended, before the verb, is not part of the meeting's name.
        // …指导工作，并参加了学院党政联席会议: so is the 并 joining it to what the guest did before.
        .replace(/^(?:[^，。；]{2,60}?|[并並]|(?:还|還|也|又)[并並]?)(?:出席|列席|参加|參加)(?:了)?(?=\p{Script=Han}{4})/u, '')
        // 我院邀请到X主任开展…宣讲报告会: who was invited to hold it, and the host inviting, are not
        // part of the meeting's name.
        .replace(/^[^，。；]{0,20}?(?:邀请|邀請)(?:到|了)?[^，。；]{2,60}?(?:开展|開展|举办|舉辦|举行|舉行|作|做)(?:了)?(?=\p{Script=Han}{4})/u, '')
        // 该局党组理论学习中心组组织集体学习: 该 points back (KEYING 21: it drops, nothing restored).
        .replace(POINTER_BEFORE_UNIT, '');
      // The verb by which a body or its group holds its study (组织, 开展) is no part of the name: the
      // body and the activity as written (KEYING 20: 某中心组学习).
      const clause = plain.replace(HOLDS_OWN_STUDY, '$1');
      // 向社区“两委”班子宣讲…精神并开展座谈: a clause that tells what someone did to whom, then
      // joins a second act with 并, ends in a meeting word without naming a meeting.
      const acts = /^(?:向|对|對|到|赴|为|為)/u.test(clause) && /[并並]/u.test(clause);
      // 全體機關干部、各村支部書記參加會議: who attended, then the bare 会议, names no meeting.
      // 副主席A、B出席座谈会 / …负责人等参加学习会 / 出席见面会: nor does a bare kind of meeting after who
      // attended.
      const attended = /(?:出席|列席|参加|參加|参会|參會)(?:了)?(?:本次|此次|这次|這次)?(?:会议|會議|(?:座谈|座談|学习|學習|见面|見面|大)?(?:会|會))$/u.test(clause);
      // 市长X来到市人大、市政协座谈 / 与社区干部开展座谈 / 赴某州调研座谈: a visitor's talk, the bare verb
      // 座谈 with no 会 after a visit or a partner, names no meeting (KEYING 16: only a written name).
      const visitTalk = /(?:座谈|座談)$/u.test(clause) && (/^(?:与|與|同)/u.test(clause) || VISIT_TALK.test(clause));
      if (clause.length >= 4 && clause.length <= 60 && MEETING_NOUN.test(clause) && !acts && !attended && !visitTalk) {
        const name = nameInClause(clause);
        if (name) return name;
      }
      // An activity held with no meeting noun (KEYING 20), where the study reading above read none.
      const held = clause === plain && plain.length <= 60 ? heldActivity(plain) : '';
      if (held) return held;
      start = i + 1;
    }
  }
  return '';
}

function trimMeetingName(s: string): string {
  // …推进会（区安全生产委员会2025年第四次会议、…）: a long bracket after the name lists the
  // bodies meeting jointly; the name ends before it.
  // An abbreviation note (以下简称合作备忘录) is the writer's aside, not part of the name.
  const name = s
    .trim()
    // 召開「第87次主管會報暨第64次縣務會議」: quotes around the whole name are the writer's.
    .replace(/^[「“"]([^「」“”"]{2,78})[」”"]$/u, '$1')
    // 分别主持召开三次专题会议: how many sittings were held (a count with no 第) is no part of the name.
    .replace(COUNT_OF_SITTINGS, '')
    .replace(/[（(](?:以下简称|以下簡稱|下称|下稱|简称|簡稱)[^）)]{1,30}[）)]/gu, '')
    .replace(/(会议|會議|会|會)[（(][^）)]{12,}(?:[）)].*)?$/u, '$1')
    // 主持召開縣政府常務會議並講話: 并 after the meeting's noun joins what the chair did next (a
    // speech, a visit); a name is a noun phrase and ends on its noun.
    .replace(/(?<=(?:会议|會議|会|會))(?:并|並)(?:\p{Script=Han}){1,8}$/u, '')
    // 第二十届第 120次常务会议: a space the page set beside a number inside the name is not written.
    .replace(/(?<=\p{Script=Han})\s+(?=\d)|(?<=\d)\s+(?=\p{Script=Han})/gu, '');
  if (name.length <= 80) return name;
  const m = /^.{0,80}(会议|會議|会|會)/u.exec(name);
  return m ? m[0] : name.slice(0, 80);
}

/** A congress's sitting named as what was attended: 闭幕会, 开幕式, 第二次全体会议. */
const SITTING = String.raw`(?:开幕|開幕|闭幕|閉幕)(?:会|會|式|大会|大會)|(?:第[一二三四五六七八九十]{1,3}次)?(?:全体会议|全體會議)|(?:预备会议|預備會議)`;

/**
 * 出席者包括…, 出席的有…, 参加本次会议的人员有…: the list follows the verb (one capture: the verb).
 * recognise.ts reads attendance paragraphs by the same words.
 */
// 参会的有…, 出席会议的领导有：…, 与会的还有…: any attendance verb, and who they are, may stand
// before 有.
// 出席議員包括：…: who they are may follow the verb directly, without 的.
// 出席会议的县领导有…: the kind may name its level (县领导, 市领导同志).
// 列席大会的还有…: a congress (大会) is the meeting as well.
// 出席是次會議的包括…, 參與會議的有…, 到會的有…, 出席的官員包括…: Macau and Hong Kong write 是次 for
// 本次; 参与/到会 with 的有 name who came as 出席 does; officials (官员) and guests are kinds too.
// 陪同（调研）的还有…: those who accompany a visiting leader attend with them (KEYING 11).
// 应邀出席会议并在主席台就座的领导同志有…: seated on the rostrum as well, the list still follows.
// 出席會議的還包括：…, 出席是次会议还包括：…: the list may add to those named before (还包括),
// and then 包括 may follow the meeting without 的 (出席會議包括 alone is left: it also opens prose).
// 在主席台就座的还有…: the rostrum is the verb a congress's report writes for who attended (ROSTRUM),
// and its list may follow it as well.
// 应邀出席闭幕会并在主席台前排就座的市领导有…: the sitting attended may be named (闭幕会, 开幕式).
// 出席会议的六届市政协领导班子成员有…: the kind may be a body's members, described at length.
// 参加会见的其他自治区领导包括…, 参加座谈的有…: a talk or a meeting with visitors is the sitting too,
// and the kind may name its level and say 其他 (其他自治区领导).
export const LIST_FOLLOWS = String.raw`(出席|列席|参加|參加|参会|參會|与会|與會|参与|參與|到会|到會|陪同|在主席[台臺](?:上|前排)?就[座坐])(?:(?:(?:本次|此次|这次|這次|是次|今天|今日)?(?:会议|會議|大会|大會)|${SITTING}|会见|會見|会谈|會談|座谈会|座談會|座谈|座談|(?<=陪同)(?:调研|調研|考察|视察|視察|检查|檢查))?(?:[并並]在主席[台臺](?:上|前排)?就[座坐])?(?:(?:的|者|人员|人員)(?:\p{Script=Han}{0,6}?(?:领导|領導|同志|人员|人員|领导同志|領導同志|单位|單位|官员|官員|嘉宾|嘉賓)|\p{Script=Han}{0,10}?(?:领导|領導)?(?:班子成员|班子成員|成员|成員))?|(?:议员|議員|委员|委員|代表|嘉宾|嘉賓|成员|成員))(?:有|还有|還有|包括|还包括|還包括)|(?:本次|此次|这次|這次|是次|今天|今日)?(?:会议|會議|大会|大會)(?:还|還)包括)`;

/**
 * 参加调研, 参加入驻活动, 参加考察: the event a list attended may be a visit or an activity rather than
 * a meeting; who took part in it is listed before the verb all the same (KEYING 11: people who come
 * along on a leader's visit are attendees).
 */
// 参加集体学习 / 参加专题学习研讨: a study session the group attends, written by its manner.
// 参加了学习研讨 / 参加座谈交流 / 参加交流会 / 分别参加讨论: the gathering named by what its people do
// together (研讨, 交流, 讨论) is the meeting itself, so the list before the verb attended it as it
// would 参加会议; these are the words a report uses for the sitting's own talk, not for business.
const ATTENDED_ACTIVITY = String.raw`(?:调研|調研|考察|视察|視察|\p{Script=Han}{2,4}?(?:活动|活動)|(?:集体|集體|专题|專題|集中)(?:学习|學習)(?:研讨|研討)?|${GATHERING_TALK})`;

/** `f` applied to `s` until it changes nothing more (a few rounds at most: each one only trims). */
function untilSettled(s: string, f: (s: string) => string): string {
  for (let prev = ''; prev !== s;) [prev, s] = [s, f(s)];
  return s;
}

/**
 * 副主席A、B，秘书长C在主席台就座: those seated on the rostrum of a congress or plenary are the
 * leaders who attend it, written in place of 出席 (在主席台前排就座 for the front row, the presidium's
 * own leaders); 出席会议并在主席台就座 is read at its 出席 (the
 * lookbehind keeps the list from being read twice). 到会听取…: came to the meeting to hear it.
 */
const ROSTRUM = String.raw`(?<![并並])在主席[台臺](?:上|前排)?(?:就座|就坐)`;
/**
 * 区委常委X到会并讲话 / 副处长Y同志到會。: 到会 (came to the meeting) closing the clause, before the
 * speech the guest gave there, or before where they sat (…等到会并在主席台就座: a list too long for
 * the rostrum reading is read from this verb), says who attended as 出席 does. 到会通报… / 到会汇报…
 * (came to report) and 实际到会60人 (a roll call's count) are not read: what follows is business or a
 * number.
 */
const CAME = String.raw`(?:到会|到會)(?=[并並](?:作|發表|发表)?(?:了)?(?:重要)?(?:讲话|講話|致辞|致辭)|[并並]在主席[台臺](?:上|前排)?就[座坐]|[。；，,;]|$)`;

// The third form: a guest who 出席全县…座谈会并讲话 names the meeting between verb and 并.
// 参加了本次会议, 参加此次座谈: a demonstrative before the meeting changes nothing.
// 县委书记X、县长Y陪同。: people who accompany a visiting leader at the meeting attend it (KEYING 11).
// …特邀人士代表等列席大會。: those who sit in on a congress (大会) without a vote are its observers, a
// formal status a report lists; 出席/参加大会 is left to the readings above (delegates and guests are
// named in other ways, and a bare 出席大会 often closes a clause about the congress itself).
/** A branch or the main venue, and its watching (收听收看 either way round, or 收看 alone). */
const VENUE = '(?:分会场|分會場|主会场|主會場)';
const WATCHING = '(?:收听收看|收聽收看|收看收听|收看收聽|收看)';
/**
 * 市长X在某某分会场收听收看: at a video conference, leaders who follow it from a branch venue attend
 * it (KEYING 3: 在分会场 is where they sat); 收看 alone (收看了大会实况) is watching a broadcast of
 * another meeting and names no attendee, so only after 分会场/主会场.
 */
// 乙等在某分会场参加收听收看: the attendance verb may stand before the watching, the same attendance.
const REMOTE = String.raw`(?<=${VENUE})(?:(?:参加|參加)?${WATCHING}|参会|參會)`;
/**
 * 在某分会场收看了会议实况 / 收听收看了视频会: what a branch venue follows is the meeting reported,
 * whatever the page calls its picture (会议实况, 视频会, 大会直播): the venue, not the object, says it is
 * this meeting, so the object is read as the sitting up to the clause's end, as 收看 alone is.
 */
const WATCHED = String.raw`(?<=${VENUE}(?:参加|參加)?${WATCHING}(?:了)?)\p{Script=Han}{1,8}?(?=[并並，。；,;]|$)`;

/**
 * 各部门负责人聆听报告: those who came to hear a report, a lecture or a 宣讲 attended it (KEYING 19: 聆听
 * 报告 said of listed people is attendance, 参加). Only 聆听: 听取报告 is as often the meeting's own
 * business (会议听取了…报告).
 */
const HEARD = String.raw`(?:聆听|聆聽)(?:了)?\p{Script=Han}{0,6}?(?:报告|報告|宣讲|宣講|讲座|講座|党课|黨課)(?=[并並，。；,;]|$)`;
/**
 * 乙某莅临座谈会, 丙某亲临大会: coming to the meeting, said of a guest, makes an attendee as 到会 does
 * (KEYING 16); only with the meeting as its object: 莅临指导 alone is a visit of honour.
 */
const ARRIVED = String.raw`(?:莅临|蒞臨|亲临|親臨|前来|前來)(?=(?:本次|此次|这次|這次)?(?:会议|會議|座谈会|座談會|座谈|座談)|(?:大会|大會)[并並，。；,;])`;
/**
 * 参加中心组学习, 列席本次中心组学习: the study session of a leading group (理论学习中心组) is a meeting
 * a government office holds as often as any, named by its group rather than by 会议.
 */
const STUDY_GROUP = String.raw`(?:本次|此次|这次|這次)?(?:理论|理論)?(?:学习|學習)?(?:中心组|中心組)(?:集体|集體|集中|专题|專題)?(?:学习|學習)`;
/** 甲、乙与全镇老干部欢聚一堂，…: those gathered at the meeting with its hosts are who attended it. */
const GATHERED = String.raw`(?:欢聚一堂|歡聚一堂)(?=[，。；,;])`;
/**
 * …村两委成员、村民代表以及党员代表共30余人参与。: 参与 (took part) after a head count of people says who
 * attended as 参加 does; only there, since 参与 alone is an everyday word (积极参与, 全民参与).
 */
const COUNTED_TOOK_PART = String.raw`(?<=[0-9０-９一二三四五六七八九十百千](?:多|余|餘)?(?:人|名|位))(?:参与|參與)`;
// 列席备询: a county head sits in to answer questions, as 列席 does.
// 列席旁听会议: sat in to listen, the same status as 列席; 列席学习会: a study session is the meeting.
// 参加出席: two attendance verbs written together are one (the second read as the first's object).
// 71名列席及特邀代表参会: right after a head count, 列席 (出席) names the people counted, not the verb.
const ATTEND = new RegExp(
  String.raw`(?<![0-9０-９一二三四五六七八九十百千余多餘][名位])(出席|列席|参加|參加|参会|參會|与会|與會|${REMOTE}|到会指导|到會指導|到会(?=听取|聽取)|到會(?=听取|聽取)|${CAME}|陪同|${ROSTRUM}|${ARRIVED}|${HEARD}|${GATHERED}|${COUNTED_TOOK_PART})(?:了)?(?:(?<=列席)(?:旁听|旁聽|备询|備詢))?(?:(?:本次|此次|这次|這次|今天|今日)?(?:会议|會議|活动|活動|学习|學習)|(?<=(?:列席|莅临|蒞臨|亲临|親臨|前来|前來)(?:了)?)(?:大会|大會)|学习会|學習會|参加|參加|出席|与会|與會|(?:学习|學習)?(?:研讨会|研討會)|(?:本次|此次|这次|這次)?(?:座谈会|座談會|座谈|座談)|${STUDY_GROUP}|学习|學習|${ATTENDED_ACTIVITY}|${WATCHED})?(?:指导|指導)?(?:[并並](?!在主席[台臺](?:上|前排)?就[座坐][^，。；]{0,12}?(?:有|还有|還有|包括))|，|、|。|；|,|;|以及|及|$|(?<=到会|到會)(?=听取|聽取))|` +
    // 县长A，副县长B、C出席全县…会议。: the meeting named between the verb and the sentence's end.
    String.raw`${LIST_FOLLOWS}[：:]?|(出席|參加|参加)(?:了)?[^，。；]{2,60}?(?:会议|會議|会|會)(?=并|並|[。；]|$)|` +
    // Any other short event as the object (参加审议, 出席开幕式并讲话): the fourth form, read from
    // titled, named people only (see attendedEvent).
    String.raw`${ATTENDED_EVENT}`,
  'gu',
);

// X传达了…, Y介绍了…: a clause that reports what someone passed on is a speaker's, not a list.
/** A list that counts units, not people: 包括A、B等在内的7家成员单位, 12家企业. */
const UNITS_COUNTED = /(?:[0-9０-９]+|[一二三四五六七八九十百]+)(?:家|个|個)(?:成员|成員|会员|會員|驻区|駐區)?(?:单位|單位|企业|企業|公司)$/u;

// X代表主席会议向常委会会议报告工作: reporting to the meeting is business as 汇报 is.
// 厅长X作全省…工作报告: giving a report (作…报告, no 了) is business as 作了 is.
const BUSINESS =
  /(进行|進行|作了|作出|讲话|講話|致辞|致辭|致詞|汇报|匯報|发言|發言|(?:传达|傳達|介绍|介紹|通报|通報|宣读|宣讀)了|向[^，。；]{1,20}(?:报告|報告)|(?<=\p{Script=Han}{2})(?:作|做)[^，。；、]{0,30}(?:报告|報告)$)/u;
/** A clause that tells of a visit: 到某镇调研, 深入…, 察看…. */
// 四级调研员, 考察组成员, 检查组组长: a post or a team named after the work is a person's title in a
// list of who attended, not a visit (局领导，四级调研员，各科室负责人参加会议).
const VISIT = /(调研|調研|察看|考察|视察|視察|检查|檢查|走访|走訪|慰问|慰問|深入|来到|來到|前往)(?![员員组組团團])/u;
/** 一行首先来到…, 先后前往…: going somewhere, inside the clause that then attends. */
const WENT = /(?:一行)?(?:首先|先后|先後|随后|隨後|专程|專程)?(?:来到|來到|前往|走进|走進|深入)(?=\p{Script=Han}{2})/u;
/** A clause that does business rather than names people: 部署…, 研究…, 听取…. */
// 按照疫情防控有关规定，22名委员以视频形式参加会议: the rule they attended by is no one either.
const ACTION_CLAUSE = /^(部署|研究|听取|聽取|审议|審議|传达|傳達|学习|學習|讨论|討論|总结|總結|安排|通报|通報|动员|動員|围绕|圍繞|专题|專題|分析|推进|推進|调度|調度|按照|根据|根據|就|对|對)/u;

/** 县领导, 领导同志, 班子成员: a kind of leaders or members, each of the names before 等 one of them. */
const LEADERS_KIND = /(?:领导|領導|同志|成员|成員)$/u;

/** A list's closing head count and verb: 200多人参会, 等共约60人出席会议. */
const LIST_CLOSING_COUNT = /(?:等)?(?:共计|共計|共有|共约|共約|共|约|約)?[0-9０-９一二三四五六七八九十百千]+(?:多|余|餘)?(?:人|名)(?:参会|參會|出席|参加|參加|与会|與會|列席)?(?:了)?(?:会议|會議)?$/u;
/** A total set off after the list by its comma: ，共約60人, ，共计30余名 (read before the verb). */
const CLOSING_TOTAL = /[，,](?:共计|共計|共有|共约|共約|共|约|約|合计|合計)[0-9０-９一二三四五六七八九十百千]+(?:多|余|餘)?(?:人|名|位)$/u;
/** 分管卫生、文体的副县长: an office (after 的) that a clause describes. */
const DESCRIBED_OFFICE = /^[^，,]{2,24}的\p{Script=Han}{2,10}$/u;
/** A clause that opens a list with 有/还有/包括 (出席会议的还有…): the list was read from its opener. */
const LIST_OPENED = new RegExp(LIST_FOLLOWS, 'u');

function readAttendance(text: string, header: Header): void {
  for (const m of text.matchAll(ATTEND)) {
    const verb = (m[1] ?? m[2] ?? m[3] ?? m[4])!;
    if (m[4] && !attendedEvent(m[5]!)) continue;
    const role = verb === '列席' ? 'observers' : 'attendees';
    let list: string;
    if (m[2]) {
      const rest = text.slice(m.index + m[0].length);
      list = rest.slice(0, rest.search(/[。；]|$/u));
      // 列席的还有A；B；C。: the list may run on across ；, each part people or a kind of people.
      for (let end = list.length; rest[end] === '；';) {
        const next = rest.slice(end + 1).search(/[。；]|$/u);
        const part = rest.slice(end + 1, end + 1 + next);
        if (!namesPeopleOnly(part)) break;
        list = rest.slice(0, (end = end + 1 + next));
      }
      // …，市直单位主要领导200多人参会。: the list after 有 may close on a head count and the verb
      // again; neither is part of its last entry (KEYING 8: a count is no part of a group).
      list = list.replace(LIST_CLOSING_COUNT, '');
    } else {
      let start = m.index;
      while (start > 0 && !/[。；！？\n]/u.test(text[start - 1]!)) start--;
      // 县委常委、副县长A，副县长B；县直有关单位负责人参加会议: a ； may part the named people from the
      // groups in one list; the part before it joins when it is titled, named people only.
      // A；B的负责同志；C的人大主席列席会议: several parts may, each people or a kind of people.
      while (text[start - 1] === '；') {
        let from = start - 1;
        while (from > 0 && !/[。；！？\n]/u.test(text[from - 1]!)) from--;
        const before = text.slice(from, start - 1).replace(LEADING_DATE, '');
        if (!before || CONVENE.test(before) || /主持/u.test(before) || !namesPeopleOnly(before)) break;
        start = from;
      }
      list = text.slice(start, m.index);
      // The same sentence may first name the chair or the meeting: keep what follows it.
      // 各中层正职(含主持工作的副职): a note in brackets that says who stands in (主持工作) names no chair.
      const unbracketed = list.replace(/[（(][^（）()]*[）)]/gu, (x) => '　'.repeat(x.length));
      const cut = Math.max(...['主持', '召开', '召開', '舉行', '举行'].map((w) => unbracketed.lastIndexOf(w)));
      if (cut >= 0) {
        const comma = list.slice(cut).search(/[，,]/u);
        if (comma < 0) continue;
        list = list.slice(cut + comma + 1);
      }
      // …出席会议，Y列席会议: an earlier attendance clause in the sentence is not part of this list.
      // 全体委员参加会议、院长X列席会议: two clauses may be joined by 、 as well.
      // …顧問出席以及勞工局X局長列席: 以及/及 join two attendance clauses as a comma does.
      // 副主席X陪同，书记Y、主任Z参加调研: those who accompanied the leader are a clause of their own.
      // 市长甲在主席台就座，市政协主席乙…出席会议: a rostrum clause before is one of its own too.
      const earlier = [
        ...list.matchAll(/(?<![0-9０-９一二三四五六七八九十百千余多餘][名位])(出席|列席|参加|參加|参会|參會|陪同|在主席[台臺](?:上|前排)?就[座坐])(?:了)?(?:会议|會議)?(?:[，,、]|以及|及)/gu),
      ].pop();
      if (earlier) list = list.slice(earlier.index + earlier[0].length);
      // 参加会议的有A，B…200多人参会: a verb closing a list that 有/还有 opened was read with that list.
      if (LIST_OPENED.test(list)) continue;
      list = list.replace(LEADING_DATE, '');
      // …召开换届工作动员，部署党委换届相关事宜，全镇干部职工参加会议: a clause that does business
      // (opens with an action verb) is not part of who attended.
      // …参加会议，刘某请假，吴某列席会议: who was absent is not part of the next list.
      const clauses = list.split(/[，,]/u).filter((c, i, all) => i === all.length - 1 || !/(请假|請假|缺席)$/u.test(c));
      while (clauses.length > 1 && ACTION_CLAUSE.test(clauses[0]!)) clauses.shift();
      // 市委书记X到某镇调研，Y一同参加: a clause where someone goes or inspects is the visit, not
      // part of who came along; the list is what follows it.
      const visit = clauses.map((c) => VISIT.test(c)).lastIndexOf(true);
      if (visit >= 0 && visit < clauses.length - 1) clauses.splice(0, visit + 1);
      // …副县长王尚文分别对分管工作进行安排部署，部分乡镇负责人参会: people who did business in an
      // earlier clause are speakers; the list is what follows the last such clause.
      const busy = clauses.map((c) => BUSINESS.test(c)).lastIndexOf(true);
      list = clauses.slice(busy + 1).join('，');
      // 甲一行首先来到某镇政府参加座谈会: the way there, in the same clause, is no part of who came;
      // those who went are the people before it.
      const went = WENT.exec(list);
      if (went && went.index > 0) list = list.slice(0, went.index);
    }
    // 何宝兵应邀列席, 负责同志在研究相关议题时列席, 王汝凌等参加: the manner is not part of the list.
    // 感谢各位同仁出席, 请各单位负责人参加, 要求…参加: thanks, requests and instructions name who
    // is thanked or asked, not who attended.
    if (/^(?:感谢|感謝|欢迎|歡迎|请|請|敬请|敬請|希望|要求|邀请|邀請|通知|务必|務必)/u.test(list)) continue;
    // 何區長特別感謝里長…，並藉由…邀請…列席: thanks or a hope inside the words before the verb make
    // them a clause of their own, not a list of who attended.
    if (/感谢|感謝|希望|藉由|藉著|借由/u.test(list)) continue;
    // 预计有80名代表返回参加, 届时…将出席, 传出X将亲自率团出席: who is expected at an event still to
    // come has not attended it.
    if (/预计|預計|届时|屆時|即将|即將|将于|將於|将有|將有|将亲自|將親自|拟于|擬於|计划|計劃|传出|傳出/u.test(list)) continue;
    // 各局处派员列席, 成员单位均派代表参加: units that sent someone name no people (KEYING 3).
    // 各民主党派代表出席: after 党/黨 the 派 is the noun (a party), and its 代表 a kind of people.
    if (/(?<![党黨])(?:派出|派)(?:了)?(?:代表|员|員|人员|人員|人)$/u.test(list)) continue;
    // 甲煤业、乙煤业设分会场参加, 某县设分会场参会: units that set up a branch venue attended as
    // units; the list names no people (KEYING 3: a unit list is not people).
    if (/(?:设|設)(?:立)?(?:了)?(?:分会场|分會場|主会场|主會場)$/u.test(list)) continue;
    // 副市长X在江州分会场参加: where they sat is not part of who they are.
    // 六月份北湾中学…师生出席: the month before the list dates it.
    // …負責人等，共約60人參加: the total closing the list, set off by its comma, counts the entries
    // before it; it names no one (KEYING 8: a count is no part of a group).
    // 来自X省发改委、煤炭厅负责同志: where the group came from opens the list (people.ts CAME_FROM_OPENING).
    list = list.replace(CLOSING_TOTAL, '').replace(CAME_FROM_OPENING, '');
    const deng = /等$/u.test(list.replace(/[，,\s]+$/u, ''));
    // 市政协主席乙在列席会场以视频形式: where and how they came are trimmed off the list's end in
    // whatever order the page writes them, so the trims run until nothing more comes off.
    // …委員趙國強亦有出席: 亦有/也有/均有 says they too attended, not who.
    // 部长甲先后陪同调研, 乙、丙分别参加: 先后/分别 say in what order or where they came, not who.
    // 各部门负责人现场参会, 全体党员集体参加学习, 乡贤甲全程参与: where or how wholly they took part
    // (现场, 集体, 全程) is not who; 副校长乙陪同参会: that they came along with a visitor is not either;
    // nor is 各村负责人悉数出席 / 场长甲亲自参加, that all of them came or that they came in person.
    list = untilSettled(list, (l) =>
      l
        .replace(MANNER_CLOSING_LIST, '')
        // …等在家的县处级领导在某分会场: the place is the last 在's; an earlier 在 (在家的) is who they are.
        .replace(/在[^，。；、在]{1,20}(?:会场|會場|现场|現場|会议室|會議室|分会场|分會場)$/u, '')
        .replace(/^(?:[\d一二三四五六七八九十]{1,3}月份|本月|上月)/u, '')
        // 此外，县委副书记甲也应邀到会: the word that links the sentence to the one before is not who;
        // nor is 其中 (其中邻省副省长甲以视频方式出席: among those just named).
        .replace(/^(?:此外|另外|与此同时|與此同時|同时|同時|其中)[，,]?(?=\p{Script=Han}{2})/u, '')
        // 各乡镇设分会场，乡镇主要负责人参加: where the others sat, said before them, is not who.
        .replace(/^(?:[^，。；]{0,20}(?:设|設)(?:立)?(?:分会场|分會場|主会场|主會場|会场|會場)[，,])+/u, '')
        // 会议还邀请部分乡镇人大主席列席: that the meeting invited them is how they came, not who;
        // so is 本次教代会还邀请了… / 大会特邀…, the meeting named by its kind.
        .replace(
          /^(?:会议|會議|大会|大會|(?:本次|此次|这次|這次|该次|該次)\p{Script=Han}{0,6}?(?:会|會))(?:还|還|并|並|同时|同時|另)?(?:(?:特别|特別|专门|專門)?(?:邀请|邀請)|特邀)(?:了)?(?=\p{Script=Han}{2})/u,
          '',
        )
        // 副县长X陪同调研并参加会议: how they came along is not part of who they are; nor is it in
        // 分别陪同调研或参加座谈, where 或 joins the two ways each of them came (分别 goes below).
        .replace(/(?:陪同|一同|一起)[^，。；、]{0,8}?(?:并|並|或)$/u, '')
        // 市政府X顧問代表江市長出席: whom they stood in for is not part of who attended.
        .replace(/(?<=\p{Script=Han}{2})代表(?![的之])\p{Script=Han}{1,8}(?:长|長|主任|书记|書記|主席)$/u, '')
        .replace(/在[^，。；、]{1,20}(?:时|時)$/u, '')
        // 22名委员以视频形式参加会议: how they took part is not part of who they are.
        // 通過線上線下方式參會: two ways joined are still how, not who; so are 以视频会议形式 and 通过视频连线.
        .replace(
          /(?<=\p{Script=Han}{2})(?:通过|通過)?以?(?:(?:视频|視頻|线上|線上|线下|線下|网络|網絡|书面|書面|现场|現場)(?:会议|會議)?[、和与與加]?){1,3}(?:(?:连线|連線)(?:的)?(?:形式|方式)?|(?:的)?(?:形式|方式))$/u,
          '',
        )
        // 处长X到会列席指导: that they came to the meeting is said before the verb, not part of who.
        .replace(/(?<=\p{Script=Han}{2})(?:到会|到會)$/u, '')
        // 助理總裁王晴作為區政協委員參加: the capacity they came in is not part of who they are.
        .replace(AS_CAPACITY, '')
        .replace(/(?:均|都)?(?<![党黨])(?:派出|派)(?:了)?代表$/u, '')
        .replace(/[，,]$/u, '')
        .replace(/(?:一行|等人|等同志|等领导|等領導|等)$/u, '')
        // 我院全体干部: the writer's body before a scope the group says again (people.ts SCOPE_SAID_AGAIN).
        .replace(SCOPE_SAID_AGAIN, '')
        // 局长X率队参加: that they led a delegation is how they came, not who they are.
        .replace(/(?<=\p{Script=Han}{2})(?:率队|率隊|带队|帶隊|率团|率團)$/u, '')
        // 县长X率相关局室首长列席: the leader and those they lead both attended; 率 joins them as 、
        // does, where what comes before it is a titled, named person.
        .replace(LED_BY, (m: string, off: number, all: string) =>
          parsePerson(
            all
              .slice(0, off)
              .split(/[、，,]/u)
              .pop()!,
          )?.title
            ? '、'
            : m,
        ),
    );
    // 市委副书记、市长甲在某市参加…: where the people were, between them and the verb, is no part of
    // who they are; read off only where what stands before 在 names people and nothing else.
    const placed = /^(.{4,}?)在[^，。；、在的]{1,15}$/u.exec(list);
    if (placed && namesPeopleOnly(placed[1]!) && parsePeopleList(placed[1]!).some((p) => p.title && looksLikeName(p.name))) list = placed[1]!;
    // A、B、C等县政府常务会议组成人员参加: what follows 等 after a named person says who the named
    // ones are (a group they make up), not a further attendee.
    // 副县长周敏等县领导, 县委副书记林涛等县委常委: the named one may carry a title as well.
    const namedThenGroup = /^(.*?)([^、，,。；]{2,30})等([^、，,。；等]{2,30})$/u.exec(list);
    const lastNamed = namedThenGroup ? parsePerson(namedThenGroup[2]!) : null;
    // 市委組織部、衛健局等部門: a unit before 等 is no person, though 衛 is a surname.
    const personal = (s: string) => looksLikeName(s) && nameInList(s);
    const beforeKind = !!namedThenGroup && (personal(namedThenGroup[2]!) || (!!lastNamed?.title && personal(lastNamed.name)));
    // 县长X等县领导和有关部门负责人: a group joined after the kind is one more attendee, so the list
    // is read whole (parsePeopleList gives the kind to the named and the joined group its own entry).
    const joinedGroup = !!namedThenGroup && /(?:以及|及|和|与|與)\p{Script=Han}{2}/u.test(namedThenGroup[3]!);
    if (beforeKind && !joinedGroup) list = namedThenGroup[1]! + namedThenGroup[2]!;
    if (!list || list.length > 400) continue;
    // …等在内的7家成员单位，均派代表参加: units that sent someone name no people (KEYING 3).
    if (UNITS_COUNTED.test(list)) continue;
    // A lone title (县长出席) names nobody: skip it rather than invent a person. A group that ends
    // in an office word (班子成员、各村党组织书记) is still a group.
    // Collective offices (市委常委, 委员, 代表) name the body's members, a group.
    // A numeral and a measure word before the office (十大中心主任, 两位副主任) count several holders.
    // 学校党政领导, 区政府相关领导: leaders qualified by their body or kind are a group (县领导 alone
    // stays a lone title).
    // 不是代表的街道党组织书记: an office described by a clause (…的) is a kind of people, not one holder.
    // 区人大各街道工委主任, 部分乡镇党委书记: 各/有关/部分 before the office, wherever it stands,
    // counts several holders.
    const lone = (p: Person) =>
      p.title === '' &&
      isTitle(p.name) &&
      !/[、，,及和与與的]|各|有关|有關|相关|相關|部分|部份|.{2,}(?:领导|領導)$|全体|全體|在家|成员$|成員$|常委$|委员$|委員$|代表$|[一二三四五六七八九十两兩\d]+(?:大|个|個|位|名|家)/u.test(p.name);
    // 县领导 顾立新 汪晓丽: a list spaced like a form's is read like a form's.
    const joined = parsePeopleList(formList(list));
    // 参加会议的有市长A、副市长B，及市医改办成员单位，各区县政府主要领导，…: after 有/还有 the page's
    // commas part the entries (KEYING 8); when reading the list whole runs several of them into one
    // untitled entry, each part is read on its own, a 及 opening it joining nothing, units left out.
    const parted = !!m[2] && parsePeopleList(formList(list), false).some((p) => !p.title && /[，,]/u.test(p.name));
    const read = parted
      ? list
          .split(/[，,]/u)
          .map((part) => part.replace(/^(?:以及|及|和|与|與)/u, '').trim())
          .filter((part) => part && !/(?:单位|單位|部门|部門|机关|機關)$/u.test(part))
          // 分管卫生、文体的副县长: an office described by a clause is one kind of people, its 、 inside.
          .flatMap((part) => (DESCRIBED_OFFICE.test(part) && isTitle(part.slice(part.lastIndexOf('的') + 1)) ? [{ name: part, title: '', unit: '' }] : parsePeopleList(formList(part))))
      : joined;
    // 李强、王芳等县领导: bare names before 等 and a kind of people are each a person (the kind says
    // so), however few; parsePeopleList, with the kind cut off, would not split two untitled names.
    // Only a kind of leaders (县领导, 领导同志): 江北、江南等乡镇负责人 names places, then their heads.
    const bare = beforeKind && LEADERS_KIND.test(namedThenGroup[3]!) && read.length === 1 && !read[0]!.title ? read[0]!.name.split('、') : [];
    // 胡某、张某及市纪委监委相关负责人: bare names, then 及 and a group of people; each name is a person
    // and the group one entry (parsePeopleList would keep the whole run as one untitled entry).
    const andGroup = NAMES_AND_GROUP.exec(list);
    // 陈某、咸某、齐某、任某和部分离退休老同志: one rare surname (咸) among three names or more, the part
    // still shaped like a name, does not turn the run into units (as parsePeopleList reads a list).
    const andNames = andGroup ? andGroup[1]!.split('、') : [];
    const oddNames = andNames.filter((n) => !personal(n));
    const allNamed = oddNames.length === 0 || (andNames.length >= 3 && oddNames.length === 1 && nameInList(oddNames[0]!));
    const namesFirst = andGroup && allNamed ? [...andNames, andGroup[2]!].map((name) => ({ name, title: '', unit: '' })) : null;
    // 李强、王芳等市领导出席: the kind named after the names is the label a 纪要 writes before them
    // (市领导李强、王芳), each one's title whatever it names (KEYING 12, 25: 等省委、省政府领导班子成员);
    // 等领导 alone says nothing and is left out (labelAfterEtc).
    // 甲、乙等7位省文史馆馆员: an office or post after 等 and a head count is each name's label too.
    const label = beforeKind ? labelAfterEtc(namedThenGroup[3]!) : '';
    const listed = (namesFirst ?? (bare.length > 1 && bare.every(personal) ? bare.map((name) => ({ name, title: '', unit: '' })) : read)).map((p) =>
      label && !p.title && personal(p.name) ? { ...p, title: label } : p,
    );
    // X出席全县…会议。 with no 并 after it: only named, titled people (县长A，副县长B、C) are read as
    // attending, so a clause that does business (会议要求…要参加…会议, 研究了…参加…会议) names nobody.
    const closesSentence = !!m[3] && !/^[并並]/u.test(text.slice(m.index + m[0].length));
    // 副区长A，副区长B，以及区政府办、财政局主要负责同志参加汇报会。: the named, titled people may close
    // on a kind of people (a group, KEYING 3); the list is still who attended, as the fourth form
    // reads it, since a business clause names no titled person beside its kinds.
    const titledAndKinds = () => listed.some((p) => p.title && looksLikeName(p.name)) && namesPeopleOnly(formList(list));
    if (closesSentence && !(listed.length && (listed.every((p) => p.title && looksLikeName(p.name)) || titledAndKinds()))) continue;
    // The fourth form (any event as the object) has no meeting word to tell it from 参加工作: a list
    // with a named, titled person in it, every other entry one too or a kind of people (组长X，成员Y，
    // 社区班子成员参加入驻活动), 并 or not.
    if (m[4] && !(listed.some((p) => p.title && looksLikeName(p.name)) && namesPeopleOnly(formList(list)))) continue;
    // 陪同的还有…: read only when it names a titled person; a group alone after 陪同 is too loose.
    if (m[2] === '陪同' && !listed.some((p) => p.title && looksLikeName(p.name))) continue;
    // 市人大常委會主任柯梅生…出席會議。會議由柯梅生主持: the chair's title is the one in the list.
    const chairListed = listed.find((p) => p.name === header.chair.name && p.title);
    // …党委办公室主任鲁晓岚…参加。会议由鲁晓岚主任主持: the list's full post over the chair clause's short form.
    if (chairListed && (!header.chair.title || (chairListed.title.length > header.chair.title.length && chairListed.title.endsWith(header.chair.title)))) header.chair.title = chairListed.title;
    // 卅二里里長出席, 市委会专职副主委等参加: a counted office, or an office before 等, is held by
    // several: a group, not a lone title.
    // 市政协副秘书长，市纪委…负责同志，相关委室负责同志列席: an office among groups, the page's commas
    // between them, is one more group (KEYING 8), not a lone title naming nobody; so is one among
    // named people where the list holds a group as well (…检察长何某，省人大常委会副秘书长，省人大各
    // 专门委员会负责同志列席).
    const amongGroups = listed.length > 1 && listed.some((p) => !p.title && !lone(p));
    // An office the commas set apart in a list after 有 (…，市直学校校长300多人参会) is held by several too.
    const several = (p: Person, i: number) => opensWithCount(list) || (deng && i === listed.length - 1) || amongGroups || parted;
    const people = listed.filter((p, i) => p.name !== header.chair.name && (!lone(p) || several(p, i)) && !clauseNotGroup(p));
    header[role].push(...people);
  }
}
