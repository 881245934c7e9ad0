import type { Person } from '../../model';
import { tagWords } from '../segment';
import { formList } from './form-list';
import { isListedSurname, isTitle, looksLikeName, nameThenOfficeInChairSlot, parsePeopleList, parsePerson, personInChairSlot, swappedOverTitleFirst } from './people';

/**
 * 纪要 often open with labelled lines: 时间：… 地点：… 主持：… 出席：… 列席：… 请假：… 记录：….
 * Each recognised line fills a meeting field and leaves the body.
 */
export interface Labelled {
  dateText: string;
  location: string;
  chair: { name: string; title: string } | null;
  attendees: Person[];
  observers: Person[];
  absentees: Person[];
  recorder: string;
  meetingName: string;
}

// A form may number its lines (1、开会时间：…, （三）主持人：…): the number is not part of the label.
// Typeset forms space a label's characters out to a common width (主  持：, 出 席 人 员：), so the
// label is matched with any spaces between its characters.
const LABEL_WORDS = [
  '开会时间|開會時間|会议时间|會議時間|开会日期|開會日期|会议日期|會議日期|时间|時間|日期',
  '开会地点|開會地點|会议地点|會議地點|地点|地點',
  '会议主持人|會議主持人|会议主持|會議主持|主持人|主持|会议主席|會議主席|主席',
  // 参加会议人员：, 出席會議人員： (会议 between the verb and 人员, as many 纪要 write it).
  // 参会：甲 乙 丙, 與會：…: the bare verb of taking part labels the roll as 出席 does.
  '出席会议人员|出席會議人員|参加会议人员|參加會議人員|出列席人员|出列席人員|出席人员|出席人員|出席人|出席|参加人员|參加人員|参会人员|參會人員|与会人员|與會人員|参会人|參會人|出席者|参加者|參加者|参会单位|參會單位|参加单位|參加單位|出席单位|出席單位|参会|參會|与会|與會',
  '列席会议人员|列席會議人員|列席人员|列席人員|列席人|列席',
  '请假人员|請假人員|缺席人员|缺席人員|请假|請假|缺席',
  '记录人|記錄人|纪录人|紀錄人|记录|記錄|纪录|紀錄',
  '会议名称|會議名稱',
].join('|');
const SPACED_WORDS = LABEL_WORDS.split('|')
  .map((w) => [...w].join('\\s*'))
  .join('|');
// 出席委員：, 缺席議員：, 列席代表： (Hong Kong, Macau and Taiwan minutes; 纪要 of bodies): a people
// label may name who they are before the colon. The role noun is part of the label.
// 出席召集委員：, 出席常务委员： a council's members may be named by their kind of seat (召集, 常务).
// 参会领导：, 参加代表：, 與會嘉賓：: any verb of taking part may name who they are the same way.
const ROLE = '(?:公职人员|公職人員|政府人员|政府人員|\\p{Script=Han}{0,2}?(?:委员|委員)|议员|議員|代表|成员|成員|领导|領導|同志|嘉宾|嘉賓|人士|秘书|秘書|职员|職員|官员|官員)';
// 壹、時間： (Taiwan forms number with 壹貳參), 第一项 is not a label.
const LABEL = new RegExp(
  `^(?:\\d{1,2}\\s*[、.．]\\s*|[（(][一二三四五六七八九十\\d]{1,3}[）)]\\s*|[一二三四五六七八九十]{1,3}、\\s*|[壹貳參叁肆伍陸柒捌玖拾]{1,2}\\s*[、.．]\\s*)?((?:${SPACED_WORDS})(?<=出席|列席|缺席|请假|請假|出列席|参会|參會|参加|參加|与会|與會)${ROLE}?|${SPACED_WORDS})\\s*[：:]\\s*(.*)$`,
  'u',
);
/** 如附件, 详见签到表, 詳如簽到冊: a pointer to where the names are written instead. */
const SIGN_IN = '(?:(?:如|详|詳|见|見|参见|參見|另见|另見)(?:见|見|如)?)?(?:附件|附表|签到簿|簽到簿|签到表|簽到表|签到单|簽到單|签到册|簽到冊|签到名单|簽到名單)';
/** 全體教職員（詳如簽到冊）: the pointer in brackets after a group. */
const SIGN_IN_NOTE = new RegExp(String.raw`(?<=\p{Script=Han}{2})\s*[（(]${SIGN_IN}[）)]$`, 'u');
/** 如附件, （略）: the whole value points elsewhere. */
const ELSEWHERE = new RegExp(String.raw`^[（(]?${SIGN_IN}[）)]?$|^[（(]?略[）)]?$`, 'u');
/** Labels whose value is a list of people, which a form may continue on the lines below. */
const PEOPLE_LABEL = /出席|参加|參加|参会|參會|与会|與會|列席|请假|請假|缺席/u;

/** Whether a line is a form's labelled field (时间：…, 主持人：…, 出席委員：…), not a headline. */
export function isLabelLine(line: string): boolean {
  const colon = line.search(/[：:]/u);
  return colon >= 0 && colon <= 24 && LABEL.test(line.trim());
}

export function emptyLabelled(): Labelled {
  return { dateText: '', location: '', chair: null, attendees: [], observers: [], absentees: [], recorder: '', meetingName: '' };
}

/** Returns true when the line was a labelled header line (and records it in `into`). */
export function readLabelledLine(line: string, into: Labelled): boolean {
  // Every paragraph passes here: a label's colon stands within its first 24 characters, so the
  // spaced-label pattern runs only on lines that have one there.
  const colon = line.search(/[：:]/u);
  if (colon < 0 || colon > 24) return false;
  const m = LABEL.exec(line.trim());
  if (!m) return false;
  const label = m[1]!.replace(/\s+/gu, '');
  // 全體教職員（詳如簽到冊）: a note after the group pointing to the sign-in sheet is where the
  // names are, not part of who attended.
  const value = m[2]!
    .replace(/[。；;]$/u, '')
    .trim()
    .replace(SIGN_IN_NOTE, '');
  // 主席：… in a Taiwan record names the chair; a 主席 line that says something else is the
  // chair speaking (主席：請各課室…), not a label.
  if (/^(?:会议|會議)?主席$/u.test(label) && !labelledPerson(rollNotes(value, true).present)) return false;
  // 与会人员： with the list on the lines below: a label of its own, filled by continuePeople.
  if (!value) return PEOPLE_LABEL.test(label);
  // 如附件, 详见附件, （略）: the list is elsewhere; nobody is named here.
  // 如签到簿: the sign-in sheet holds the names.
  // 詳簽到表, 参见附表, 见签到名单: any way of pointing there (详/詳/见/如/参见, then 见/如).
  if (ELSEWHERE.test(value)) return true;
  // 日期：3月4日 then 时间：上午10时: the time line completes the date line, it does not replace it.
  if (/时间|時間|日期/u.test(label)) into.dateText = into.dateText && !/月|\d[/.-]\d/u.test(value) ? `${into.dateText}${value}` : value;
  else if (/地点|地點/u.test(label)) into.location = value;
  else if (/主持|主席/u.test(label)) {
    const present = withoutAbsent(value, into, true);
    into.chair = labelledPerson(present) ?? { name: present, title: '' };
  }
  // 出列席人員: those who attended and those who sat in, on one line; attendees (nothing tells them apart).
  else if (/列席/u.test(label) && !/^出列席/u.test(label)) into.observers.push(...withSeat(label, parsePeopleList(formList(withoutAbsent(value, into)))));
  // 钱伟（出差）, 李娜(病假): who was absent may carry why in brackets; the reason is not the person.
  else if (/请假|請假|缺席/u.test(label))
    into.absentees.push(...parsePeopleList(formList(value.replace(/(?<=\p{Script=Han}{2})\s*[（(]([^（）()]{1,12})[）)]/gu, (all, note: string) => (isTitle(note) ? all : '')))));
  else if (/记录|記錄|纪录|紀錄/u.test(label)) into.recorder = value;
  else if (/名称|名稱/u.test(label)) into.meetingName = value;
  else into.attendees.push(...withSeat(label, parsePeopleList(formList(withoutAbsent(value, into)))));
  return true;
}

/**
 * 出席召集委員：甲 乙, 列席議員：丙: a seat named in the label (委員, 議員 and their kinds) is each
 * bare name's office, as 委员甲、乙 writes it; a kind of people (代表, 嘉宾) is no office and is left.
 */
function withSeat(label: string, people: Person[]): Person[] {
  const seat = /^(?:出席|列席)(\p{Script=Han}{0,2}(?:委员|委員|议员|議員))$/u.exec(label)?.[1];
  if (!seat) return people;
  // 列席委员：甲、乙: two bare names the list kept as one entry are two members, the seat says so.
  const names = people.flatMap((p) => (!p.title && p.name.split('、').every(looksLikeName) ? p.name.split('、').map((name) => ({ ...p, name })) : [p]));
  return names.map((p) => (!p.title && looksLikeName(p.name) ? { ...p, title: seat } : p));
}

/** Why a listed member is away: 請假, 公假, 病假, 出差…. */
const AWAY = String.raw`(?:请假|請假|公假|病假|事假|出差|缺席)`;
/**
 * A record's roll marks who was away and who stood in: 林某(公假), 彭某(張某代), and for the chair
 * 柯某(請假)鄧某(代). The away are no attendees (they join the absentees), a stand-in attends in
 * the member's place, and (代) after a name says that one acts: the note is no part of the name.
 * The chair's line keeps the member it names (主席：孫局長立群(馮一安代) is 孫立群's chair), as keyed.
 */
function withoutAbsent(value: string, into: Labelled, chair = false): string {
  const { present, away } = rollNotes(value, chair);
  into.absentees.push(...away.map((name) => ({ name, title: '', unit: '' })));
  return present;
}

function rollNotes(value: string, chair = false): { present: string; away: string[] } {
  const away: string[] = [];
  const present = value
    .replace(new RegExp(String.raw`(\p{Script=Han}{2,4})\s*[（(]${AWAY}[）)]`, 'gu'), (_all, name: string) => {
      away.push(name);
      return '';
    })
    .replace(/(?<=^|[、，,\s])\p{Script=Han}{2,4}\s*[（(](\p{Script=Han}{2,4}?)代(?:理)?[）)]/gu, (all, standIn: string) => (chair ? all.replace(/\s*[（(].*$/u, '') : standIn))
    .replace(/\s*[（(]代(?:理)?[）)]/gu, '');
  return { present: present === value ? value : present.replace(/、{2,}/gu, '、').replace(/^、|、$/gu, ''), away };
}

/**
 * Reads a form's labelled lines out of the paragraphs: the labelled fields, and the body without
 * them. A people label may go on over the lines below it (与会人员： / 社区书记 何丽萍 / 委员 孙晓红、
 * 谢建平): a short line with no sentence mark that reads wholly as people belongs to it.
 */
export function takeLabelled(paragraphs: readonly string[]): { labelled: Labelled; body: string[] } {
  const labelled = emptyLabelled();
  const body: string[] = [];
  let people: 'attendees' | 'observers' | 'absentees' | null = null;
  for (const p of cellsJoined(paragraphs).flatMap(splitNumberedLabels).flatMap(splitLabelPairs)) {
    if (readLabelledLine(p, labelled)) {
      const label = LABEL.exec(p.trim())![1]!.replace(/\s+/gu, '');
      people = !PEOPLE_LABEL.test(label) ? null : /列席/u.test(label) && !/^出列席/u.test(label) ? 'observers' : /请假|請假|缺席/u.test(label) ? 'absentees' : 'attendees';
      continue;
    }
    const more = people ? peopleLine(p) : null;
    if (people && more) {
      labelled[people].push(...more);
      continue;
    }
    people = null;
    body.push(p);
  }
  // 出席人:…顏副主席介成… / 主席:顏副主席介成: the chair is the chair, not listed again (as a
  // sentence's list leaves the chair out).
  // 陈大文议员（主席）among those present (Hong Kong minutes): with no chair's line, the one the
  // list marks as chairing is the chair.
  if (!labelled.chair) {
    const marked = labelled.attendees.find((p) => /^(?:主席|主持人|会议主席|會議主席)$/u.test(p.title) && looksLikeName(p.name));
    if (marked) labelled.chair = { name: marked.name, title: marked.title };
  }
  const chair = labelled.chair?.name;
  if (chair) for (const k of ['attendees', 'observers'] as const) labelled[k] = labelled[k].filter((p) => p.name !== chair);
  return { labelled, body };
}

/**
 * 主席 / 市長 葉淑芬, 地點 / 本府6樓會議室: a form captured from a table puts each label in a cell
 * of its own, its value in the next. A line that is a label word alone, followed by a short line
 * that is no label itself and holds no colon (a heading such as 主席裁示事項： the capture ran on),
 * is read as one labelled line.
 */
const BARE_LABEL = new RegExp(`^(?:${SPACED_WORDS})$`, 'u');
function cellsJoined(paragraphs: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i]!.trim();
    const next = paragraphs[i + 1]?.trim();
    // 出席 / 鄧某、林某(公假)、…: a roll of a whole council runs longer than other cells, with no
    // sentence in it.
    const fits = next && (next.length <= 60 || (PEOPLE_LABEL.test(p) && next.length <= 400 && !/[。！？]/u.test(next)));
    if (next && fits && p.length <= 12 && BARE_LABEL.test(p) && !isLabelLine(next) && !BARE_LABEL.test(next) && !/[：:](?!\d)/u.test(next)) {
      out.push(`${p}：${next}`);
      i++;
    } else out.push(paragraphs[i]!);
  }
  return out;
}

/**
 * 一、開會時間:…二、開會地點:…三、出席人:…: a record whose text layer was flattened into one line
 * runs its numbered fields together. When three or more numbered labels stand in one line, it is
 * cut before each numbered field (label or not), so each reads as the line it was.
 */
const NUMBERED_FIELD = /(?<![一二三四五六七八九十])[一二三四五六七八九十]{1,3}、(?=[^、：:。]{1,14}[：:])/gu;
function splitNumberedLabels(line: string): string[] {
  if (line.length < 40) return [line];
  const starts = [...line.matchAll(NUMBERED_FIELD)].map((m) => m.index);
  const labelled = starts.filter((at) => LABEL.test(line.slice(at, at + 40)));
  if (labelled.length < 3) return [line];
  const cuts = starts.filter((at) => at >= labelled[0]!);
  const out = [line.slice(0, cuts[0]), ...cuts.map((at, i) => line.slice(at, cuts[i + 1]))];
  return out.map((x) => x.trim()).filter(Boolean);
}

/**
 * 主席：代理校長王立恆  記錄：柯佳慧: a form may print two labelled fields on one line, set apart
 * by a run of spaces. Split only when every piece reads as a label of its own.
 */
const BEFORE_LABEL = new RegExp(`\\s+(?=(?:${SPACED_WORDS})\\s*[：:])`, 'u');
function splitLabelPairs(line: string): string[] {
  if (!/\S\s+\S/u.test(line) || (line.match(/[：:]/gu) ?? []).length < 2) return [line];
  const pieces = line.trim().split(/\s{2,}(?=[^\s：:]{1,8}\s*[：:])/u);
  if (pieces.length > 1 && pieces.every((x) => LABEL.test(x))) return pieces;
  // 主席: 孫文煜 紀錄: 張宇志: a capture may keep one space of the run; then the piece after it must
  // open with a label word of the form's own, not any word before a colon.
  const single = line.trim().split(BEFORE_LABEL);
  return single.length > 1 && single.every((x) => LABEL.test(x)) ? single : [line];
}

/** A line that only lists people (社区主任 罗国强; 委员 孙晓红、谢建平), or null. */
function peopleLine(p: string): Person[] | null {
  if (p.length > 60 || /[。！？：:；;]/u.test(p)) return null;
  const list = parsePeopleList(formList(p));
  return list.length && list.every((x) => x.title || /^\p{Script=Han}{2,4}$/u.test(x.name)) && list.every((x) => x.name.length <= 6) ? list : null;
}

/**
 * A form's person: 县长 刘建华, 林国栋（镇党委书记）, 吳 局長宗明 (Taiwan: surname, title, given
 * name), or as a sentence would write it. Null when the value reads as no person.
 */
function labelledPerson(raw: string): { name: string; title: string } | null {
  // 孫局長立群（馮一安代）: who stood in for the chair, in brackets after, is a note on the record;
  // the chair is the one named.
  // (柯文祥（請假）鄧家輝（代）: every caller passes the value through rollNotes first, which drops the
  // one away and the (代) mark, so the one who stood in is what is left.)
  const value = raw.replace(/\s*[（(](?:[^（）()]{2,8})?(?:代|代理)[）)]$/u, '');
  // A spaced surname (吳 局長宗明) is surname + title + name before any other reading.
  const swapped = surnameTitleName(value);
  if (/^\p{Script=Han}\s/u.test(value) && swapped) return swapped;
  // 林国栋（镇党委书记）: the title in brackets after the name.
  const bracket = /^(\p{Script=Han}{2,4})\s*[（(]([^）)]{2,20})[）)]$/u.exec(value);
  if (bracket && looksLikeName(bracket[1]!) && isTitle(bracket[2]!)) return { name: bracket[1]!, title: bracket[2]! };
  const joined = value.replace(/(?<=\p{Script=Han})\s+(?=\p{Script=Han})/gu, '');
  // 顏副主席介成: surname, title, given name, not a title 顏副主席 before a name 介成.
  const unspaced = swappedOverTitleFirst(joined);
  if (unspaced) return unspaced;
  const roled = roleThenSwapped(joined);
  if (roled) return roled;
  // 陳主任委員志明: a title-first reading whose title is a surname and an office (陳主任委員 before
  // 志明) is the surname, title, given name order; no title opens with a lone surname.
  const swappedJoined = surnameTitleName(joined);
  const titleFirst = parsePerson(joined);
  // The segmenter splits the surname off (陳/主任委員/志明) but keeps a word that only opens with
  // one (代理/校長: 代 is a surname too).
  const surnameAlone = (tagWords(joined)[0]?.word.length ?? 1) === 1;
  if (swappedJoined && titleFirst?.title === joined[0]! + swappedJoined.title && surnameAlone) return swappedJoined;
  // 代理校長立恆: the chair's field expects a person, so a title then a short run is one even when
  // the run's surname was lost or is not in our list (as in a 主持 clause).
  // 林東明首席會長: a Hong Kong form writes the name before the office.
  return parsePerson(joined) ?? swapped ?? parsePerson(value) ?? nameThenOfficeInChairSlot(joined) ?? personInChairSlot(joined);
}

/**
 * 指揮官黃市長偉誠: the role the chair holds at this meeting (指揮官, 召集人), then surname, office,
 * given name. Both are the chair's titles (指揮官、市長), as a title run is.
 */
function roleThenSwapped(value: string): { name: string; title: string } | null {
  for (let k = 2; k <= 6 && k <= value.length - 4; k++) {
    const role = value.slice(0, k);
    // 指揮官 (of a disaster response centre) is a role no office list ends with.
    if (!isTitle(role) && !/^副?(?:指揮官|指挥官)$/u.test(role)) continue;
    const person = swappedOverTitleFirst(value.slice(k));
    if (person) return { name: person.name, title: `${role}、${person.title}` };
  }
  return null;
}

/**
 * 吳 局長宗明, 陳主任委員志明: Taiwan forms write the surname, the title, then the given name. Only
 * for a labelled chair, where a person is expected.
 */
function surnameTitleName(value: string): { name: string; title: string } | null {
  const m = /^(\p{Script=Han})\s*(\p{Script=Han}{1,5}?(?:长|長|主任|主席|委员|委員|书记|書記))(\p{Script=Han}{1,2})$/u.exec(value);
  // 区人大常委会主任王强: a level word (区, 县, 市) opening a title is no surname.
  return m && isListedSurname(m[1]!) ? { name: m[1]! + m[3]!, title: m[2]! } : null;
}
