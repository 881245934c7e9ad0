import { parseChineseNumber } from '../chars';

/**
 * Meeting dates as reports write them: 2024年3月5日, 3月5日下午, 近日. The year is often left out;
 * it then comes from a publication date in the page furniture, a 民国 year (114年 = 2025), or the
 * clock, in that order, and the caller warns that it was assumed.
 */
export interface FoundDate {
  text: string;
  year: number | null;
  /** 0 when the report gives the day only (3日下午): the month of the publication date. */
  month: number;
  day: number;
  index: number;
  /** Newspaper dates relative to the issue: 昨日 -1, 今日 0 (day and month are then 0). */
  relative?: number;
  /** 上月28日: the day of the month before the (1). */
  monthsBack?: number;
}

/** A day or month in digits or Chinese numerals, 廿 and 卅 included (十七日, 廿五日, 卅日). */
const NUM = '(?:\\d{1,2}|[一二三四五六七八九十廿卅]{1,3})';
/** What joins the first and last day of a meeting over several days: 3月4日至5日, 10月8日—9日, 12日至14日. */
export const RANGE_MARK = '(?:至|到|—|－|–|~|～|-)';
function dayNumber(s: string): number {
  if (/^\d+$/u.test(s)) return Number(s);
  const tens = /^(廿|卅)(.?)$/u.exec(s);
  if (tens) return (tens[1] === '廿' ? 20 : 30) + (tens[2] ? parseChineseNumber(tens[2]) : 0);
  return parseChineseNumber(s);
}
// 27日晚，… : the evening is written 晚 alone as often as 晚上, as a full date's part of day is
// (DATE's PART); not the 晚 of 晚会/晚宴, an event.
const PART_OF_DAY = '(?:\\s*(?:上午|下午|晚上|晚间|晚間|早上|中午|傍晚|凌晨|晚(?![会會宴餐饭飯])))?';
// ，十七日上午在公所召开 / ，3日下午举行: a day alone at the start of a clause of the opening, before
// where or how it met (not 5日内, a span).
const CLAUSE_DAY = new RegExp(`(?:^|[，,\\s])(${NUM})日${PART_OF_DAY}(?=在|於|于|召开|召開|举行|舉行|举办|舉辦|主持|[，,])`, 'u');
// 本月3日上午 / 上月28日: a day of the month, or of the month before.
const MONTH_WORD_DAY = new RegExp(`(本月|上月)(${NUM})日${PART_OF_DAY}`, 'u');
// 六月份, 3月上旬: the month alone (the day left out); the date stays unknown, the words are kept.
// 2025年3月，县委组织部召开…: a year and month (no day) that open the sentence date it as written.
const MONTH_AT_START = new RegExp(`^(?:\\d{4}\\s*年\\s*)?(${NUM})\\s*月(?:份|上旬|中旬|下旬|初)?(?=[，,])`, 'u');
const MONTH_ONLY = new RegExp(`(?<![\\d一二三四五六七八九十年])(${NUM})月(?:份|上旬|中旬|下旬)(?!以来|以來|起|前|以前|至|到)`, 'u');

const RELATIVE: Record<string, number> = { 昨日: -1, 昨天: -1, 前日: -2, 前天: -2, 今日: 0, 今天: 0 };
// 昨（二十九）日: the bracketed day may be in Chinese numerals, as Taiwan papers also write it.
// 本〈17〉日: a county's release writes the day of its own issue so, in any brackets.
const BRACKETED_DAY = new RegExp(`(今|昨|前|本)\\s*[(（〈]\\s*(${NUM})\\s*[)）〉]\\s*日(?:\\s*(?:上午|下午|晚上|晚间|晚間|早上|中午))?`, 'u');
// 今天（7日）: Hong Kong and mainland papers write the issue-relative word, then the day in brackets.
// 今日（三月五日）, 今天(3月5日): the month may be in the brackets too, in digits or Chinese numerals.
// 今晚（2月19日）, 昨晨(5日): the part of the day fused into the relative word is written the same way.
const RELATIVE_WORD = '今天|今日|昨天|昨日|前天|前日|今晚|今晨|今早|今夜|昨晚|昨晨|昨夜';
const RELATIVE_BRACKETED = new RegExp(`(?:${RELATIVE_WORD})\\s*[(（]\\s*(?:(${NUM})\\s*月\\s*)?(${NUM})\\s*日\\s*[)）]${PART_OF_DAY}`, 'u');
const RELATIVE_SLASHED = new RegExp(`(?:${RELATIVE_WORD})\\s*[(（]\\s*(\\d{1,2})\\s*[/／.]\\s*(\\d{1,2})\\s*[)）]${PART_OF_DAY}`, 'u');
// 聯絡辦昨在港舉辦, 督導組昨舉行第二次會議: a paper writes 昨 alone for the day before its issue,
// between the subject and the verb (or where it met); 昨日/昨天/昨晚 are read above.
const BARE_YESTERDAY = /(?<=[\p{Script=Han}」”』])昨(?=在|於|于|召开|召開|举行|舉行|举办|舉辦|主持|出席|参加|參加|上午|下午)/u;
// 縣議會今召開…: 今 alone is the issue's own day, written the same way (KEYING 6: as written). Not the
// 今 of 至今/迄今/如今 (so far, nowadays), and only before the verb or where it met.
const BARE_TODAY = /(?<=[\p{Script=Han}」”』])(?<![至迄如而现現古當当])今(?=在|於|于|召开|召開|举行|舉行|举办|舉辦|主持|出席|参加|參加)/u;
// 今晚，市政协举行…: the part of the day (今晚, 昨晚, 今晨) opening the sentence before its
// comma dates the meeting by the issue, as 今天 does; inside a sentence it may be a plan (今晚会有…).
const RELATIVE_PART_OPENS = /^\s*(今晚|今晨|今早|今夜|昨晚|昨晨|昨夜)(?=\s*[，,])/u;
const SUBJECT_DAY =
  /^\p{Script=Han}{2,12}?(?<![第约約近])(\d{1,2})\s*日(?:\s*(?:上午|下午|晚上|晚间|晚間|早上|中午))?(?:\s*\d{1,2}\s*(?:时|時|点|點)(?:\s*\d{1,2}\s*分|半)?)?(?=主持|召开|召開|举行|舉行|在|於|于|\p{Script=Han}{0,6}(?:会|會))/u;
// 為凝聚…，某醫院1日舉辦… / 省政協主席錢某19日主持召開…: the day written right after the subject of
// any clause, before the verb that convenes or chairs (the subject may hold 、 or brackets, which
// SUBJECT_DAY's opening run does not); not a month's day (6月17日召开的: a written date), nor a day
// whose verb makes it an attribute (19日召开的会议: another meeting named in passing), nor a day after
// a meeting as the subject (省委全会24日召开，…。28日，某会举行…: the meetings passed on first), nor
// the last day of a range (于9月6日至8日举行: a written date's).
const CLAUSE_SUBJECT_DAY = new RegExp(
  `(?:^|[，,\\s])[^，,。；;！？\\s]{2,24}?(?<![第约約近月\\d会會议議至到—－–~～\\-、])(\\d{1,2})\\s*日${PART_OF_DAY}(?=(?:主持|召开|召開|举行|舉行|举办|舉辦)(?!的))`,
  'u',
);
const MEETING_SUBJECT_DAY = new RegExp(`(?<=会议|會議|大会|大會|全会|全會)(${NUM})日${PART_OF_DAY}(?=在|於|于|召开|召開|举行|舉行)`, 'u');
const LATER_DAY_OPENS = new RegExp(`[。！？]\\s*(?:\\d{1,2}月)?${NUM}日`, 'u');
// 12日至14日，…: a meeting over several days dated by the issue keeps its range whole, as a full
// date's range does (RANGE below).
const DAY_ONLY = new RegExp(String.raw`^(\d{1,2})\s*日(?:\s*${RANGE_MARK}+\s*\d{1,2}\s*日)?(?:\s*(?:上午|下午|晚上|晚间|晚間|早上|中午|傍晚|凌晨|晚))?`, 'u');

/**
 * 六月份, 2023年5月, 3月上旬: a date read with a month but no day and no day word (今, 昨, 当天) names no
 * day of the calendar; KEYING 6 and 15 read it as no date (unknown), as 近日 and 9月末.
 */
export function namesNoDay(found: FoundDate): boolean {
  return found.day === 0 && found.relative === undefined && found.monthsBack === undefined && /月/u.test(found.text) && !/[日号號天晚晨夜今昨前]/u.test(found.text);
}

/**
 * 98 年 2 月 13 日下午 1 時 30 分: spaces a PDF's capture put between a date's numbers and its marks are
 * damage; the date is written as a clean draft writes it (KEYING 14). A space between two numbers
 * of several digits (2018-11-20 09:00) or after a bracket is the page's own and stays.
 */
export function closedDate(text: string): string {
  // 民國 1 0 1 年: single digits set apart one by one are one number the capture spread out.
  return text.replace(/(?<=\d)[ \t\u3000]+(?=[年月日号號時时分点點])|(?<=[年月日号號時时分点點午國国])[ \t\u3000]+(?=[\d上下中晚早凌傍])|(?<=(?<!\d)\d)[ \t\u3000](?=\d(?!\d))/gu, '');
}

/**
 * Newspaper reports date a meeting by the issue: 3日下午 (this month) or 昨日 (the day before the
 * issue). Only in the opening sentence, and only when no full date was found.
 */
export function findLooseDate(opening: string): FoundDate | null {
  const found = findLooseDay(opening);
  if (!found || (found.day === 0 && found.relative === undefined)) return found;
  // 8日上午9时, 今日（14日）上午11時: the clock written after a day alone or a bracketed day belongs
  // to the date as it does after a full one (KEYING 6); the readings above stop at the part of day.
  // 成立大會於本月十六日下午三時假…舉行: the day may come from a later sentence (laterHeldDay), so the
  // clock is read right after it, up to the end of its own sentence.
  const after = opening.slice(found.index + found.text.length).split(/[。！？]/u)[0] ?? '';
  const clock = CLOCK_AFTER.exec(after);
  return clock && /\d|[时時点點]/u.test(clock[0]) ? { ...found, text: found.text + clock[0] } : found;
}

function findLooseDay(opening: string): FoundDate | null {
  const sentence = opening.split(/[。！？]/u)[0] ?? '';
  // Taiwan papers write the day in brackets after 今/昨: 今(20)日, 昨（19）日下午.
  const relDay = RELATIVE_BRACKETED.exec(sentence);
  if (relDay) {
    const month = relDay[1] ? dayNumber(relDay[1]) : 0;
    const day = dayNumber(relDay[2]!);
    if (day >= 1 && day <= 31 && (month === 0 || isMonthDay(month, day))) return { text: relDay[0], year: null, month, day, index: relDay.index };
  }
  // 今日(5/29), 昨天（3/4）: the month and day in the brackets with a slash, as Taiwan pages write them.
  const slashed = RELATIVE_SLASHED.exec(sentence);
  if (slashed && isMonthDay(Number(slashed[1]), Number(slashed[2]))) return { text: slashed[0], year: null, month: Number(slashed[1]), day: Number(slashed[2]), index: slashed.index };
  const bracketed = BRACKETED_DAY.exec(sentence);
  const bracketedDay = bracketed ? dayNumber(bracketed[2]!) : 0;
  if (bracketed && bracketedDay >= 1 && bracketedDay <= 31) return { text: bracketed[0], year: null, month: 0, day: bracketedDay, index: bracketed.index };
  const slashed2 = SLASHED_WEEKDAY.exec(sentence);
  if (slashed2 && isMonthDay(Number(slashed2[1]), Number(slashed2[2]))) return { text: slashed2[0], year: null, month: Number(slashed2[1]), day: Number(slashed2[2]), index: slashed2.index };
  const lost = lostMarksDate(sentence);
  if (lost) return lost;
  const day = DAY_ONLY.exec(sentence.trim());
  if (day && Number(day[1]) >= 1 && Number(day[1]) <= 31) return { text: day[0], year: null, month: 0, day: Number(day[1]), index: sentence.indexOf(day[0]) };
  // 縣長杜明遠18日上午主持…, 民心黨17日中執會: the day after a short subject that opens the
  // sentence, before its verb or the meeting (not 第18日, not a count like 3日内).
  const after = SUBJECT_DAY.exec(sentence.trim());
  if (after && Number(after[1]) >= 1 && Number(after[1]) <= 31) {
    const text = after[0].slice(after[0].search(/\d/u));
    return { text, year: null, month: 0, day: Number(after[1]), index: sentence.indexOf(text) };
  }
  const subjectDay = CLAUSE_SUBJECT_DAY.exec(sentence);
  if (subjectDay && Number(subjectDay[1]) >= 1 && Number(subjectDay[1]) <= 31) {
    const text = subjectDay[0].slice(subjectDay[0].search(/(?<![第约約近月\d])\d{1,2}\s*日/u));
    return { text, year: null, month: 0, day: Number(subjectDay[1]), index: subjectDay.index + subjectDay[0].length - text.length };
  }
  // 某市議會第六屆第四次定期大會二十一日召開預備會議 / …主席会议16日在京举行: the day right after the
  // meeting that sat, before its verb or where it sat. Passed over above where a meeting named first
  // is only the occasion (省委全会24日召开，…。28日，某会举行…): so read only when no later sentence
  // of the opening opens with a day of its own.
  const meetingDay = MEETING_SUBJECT_DAY.exec(sentence);
  if (meetingDay && !LATER_DAY_OPENS.test(opening.slice(sentence.length))) {
    const day = dayNumber(meetingDay[1]!);
    if (day >= 1 && day <= 31) return { text: meetingDay[0], year: null, month: 0, day, index: meetingDay.index };
  }
  const clauseDay = CLAUSE_DAY.exec(sentence);
  if (clauseDay) {
    const day = dayNumber(clauseDay[1]!);
    const text = clauseDay[0].replace(/^[，,\s]/u, '');
    if (day >= 1 && day <= 31) return { text, year: null, month: 0, day, index: sentence.indexOf(text) };
  }
  const monthWord = MONTH_WORD_DAY.exec(sentence);
  if (monthWord) {
    const day = dayNumber(monthWord[2]!);
    if (day >= 1 && day <= 31) return { text: monthWord[0], year: null, month: 0, day, index: monthWord.index, monthsBack: monthWord[1] === '上月' ? 1 : 0 };
  }
  // 某商會於十三日晚上八時在會所舉行…: the day after 于/於 in the opening sentence itself, when the
  // sentence says the meeting sat (as laterHeldDay reads it in the sentences after).
  const heldOn = HELD.test(sentence) && !PLANNED.test(sentence) ? HELD_ON_DAY.exec(sentence) : null;
  if (heldOn && dayNumber(heldOn[1]!) >= 1 && dayNumber(heldOn[1]!) <= 31) return { text: heldOn[0], year: null, month: 0, day: dayNumber(heldOn[1]!), index: heldOn.index };
  const rel = RELATIVE_WHEN.exec(sentence);
  if (rel) return { text: rel[0], year: null, month: 0, day: 0, index: rel.index, relative: RELATIVE[rel[1]!]! };
  const yesterday = BARE_YESTERDAY.exec(sentence);
  if (yesterday) return { text: yesterday[0], year: null, month: 0, day: 0, index: yesterday.index, relative: -1 };
  const today = BARE_TODAY.exec(sentence);
  if (today) return { text: today[0], year: null, month: 0, day: 0, index: today.index, relative: 0 };
  const part = RELATIVE_PART_OPENS.exec(sentence);
  if (part) return { text: part[1]!, year: null, month: 0, day: 0, index: part.index + part[0].length - part[1]!.length, relative: part[1]!.startsWith('昨') ? -1 : 0 };
  // 某省委全会24日召开。28日上午，… : as for MEETING_SUBJECT_DAY, a later sentence opening with a day of
  // its own dates the meeting; the first one's day is the occasion's.
  const told = LATER_DAY_OPENS.test(opening.slice(sentence.length)) ? null : dayAfterSubject(sentence);
  if (told) return told;
  const later = laterHeldDay(opening);
  if (later) return later;
  // 市政署每月举行公开会议。六月份…师生出席: the month may date the sentence after the first.
  const month =
    MONTH_AT_START.exec(sentence.trim()) ??
    MONTH_ONLY.exec(
      opening
        .split(/[。！？]/u)
        .slice(0, 2)
        .join('。'),
    );
  // day 0: no day to complete, so completeYear gives no date; the text is kept as written.
  if (month && dayNumber(month[1]!) >= 1 && dayNumber(month[1]!) <= 12) return { text: month[0], year: null, month: dayNumber(month[1]!), day: 0, index: month.index };
  return null;
}

/**
 * 【本報消息】某市政協委員一行七日到訪… / 副省长甲23日到某市… / 某里28日社區發展協會成立大會 / 立法會昨
 * 二讀… / 議會今進行…: a paper's dateline style writes the day (of the month) or 今/昨 right
 * after the sentence's subject, before whatever the subject did, any verb or the sitting's name. Read
 * by that place alone: the subject opens the sentence (after a dateline's bracket), holds no comma
 * or digit, and what follows the day is Han, not a span (3日内, 5日以来, 10日前, 7日至9日) nor a word
 * 今 begins (今年, 今后). A day counted (第七日, 为期三日, 每月10日), or after 于/在 or a plan (预计于29日),
 * is no dateline's.
 */
const SPAN_AFTER_DAY = String.raw`(?!\s*(?:内|內|以来|以來|起|前|止|之|后|後|左右|间|間|期间|期間|[至~～\-—－–、]|到(?=\s*\d)))`;
const DAY_AFTER_SUBJECT = new RegExp(
  String.raw`^(?:【[^】]{1,12}】|[(（][^()（）]{1,30}[)）])?\s*\p{Script=Han}[^，,。；;！？\s\d于於在]{1,23}?(?<![第约約近月每期历歷续續连連共])(?:(${NUM})日(${PART_OF_DAY})|(昨(?![天日])(?:午|晚|晨|夜)?|(?<![至迄如而现現古當当])今(?:晨|早|晚|午)?(?![年后後天日世生人古时時番次明儿兒届屆期月週周春夏秋冬朝宵])))${SPAN_AFTER_DAY}(?=\p{Script=Han})`,
  'u',
);
function dayAfterSubject(sentence: string): FoundDate | null {
  const m = DAY_AFTER_SUBJECT.exec(sentence.trimStart());
  // 某署預計於29日下午發布…: a day after 于/於 or a plan's word is when something will be done (HELD_ON_DAY
  // reads a held one), not the dateline's day.
  if (!m || PLANNED.test(m[0])) return null;
  const text = m[1] ? `${m[1]}日${m[2] ?? ''}` : m[3]!;
  const index = sentence.length - sentence.trimStart().length + m[0].length - text.length;
  if (!m[1]) return { text, year: null, month: 0, day: 0, index, relative: text.startsWith('昨') ? -1 : 0 };
  const day = dayNumber(m[1]);
  return day >= 1 && day <= 31 ? { text, year: null, month: 0, day, index } : null;
}

/**
 * 县统计局召开党组会议。会议于本月十六日在三楼举行。: when the first sentence gives no day, a later
 * sentence of the opening that says the meeting was held (召开/举行/主持) may give it, in the
 * loose forms the first sentence is read for (本月十六日, 16日上午). Only such a sentence: a later
 * 本月底前完成 is a deadline, not when the meeting sat.
 */
const HELD = /召开|召開|举行|舉行|主持/u;
const PLANNED = /要求|将|將|拟|擬|计划|計劃|预计|預計|日(?:前|之前|以前)/u;
// 会议于16日上午在…举行: the day after 于/於 in such a sentence.
const HELD_ON_DAY = new RegExp(`(?<=[于於])(${NUM})日${PART_OF_DAY}`, 'u');
const HELD_OR_OPENED = /召开|召開|举行|舉行|主持|开幕|開幕|闭幕|閉幕/u;
function laterHeldDay(opening: string): FoundDate | null {
  const sentences = opening.split(/(?<=[。！？])/u);
  let at = sentences[0]?.length ?? 0;
  for (const sentence of sentences.slice(1, 4)) {
    // 要求于20日前召开…, 将于25日举行…: a deadline or a plan, not the day it sat.
    if (HELD.test(sentence) && !PLANNED.test(sentence)) {
      const monthWord = MONTH_WORD_DAY.exec(sentence);
      const day = monthWord ? dayNumber(monthWord[2]!) : 0;
      if (monthWord && day >= 1 && day <= 31) return { text: monthWord[0], year: null, month: 0, day, index: at + monthWord.index, monthsBack: monthWord[1] === '上月' ? 1 : 0 };
      const clauseDay = CLAUSE_DAY.exec(sentence) ?? HELD_ON_DAY.exec(sentence);
      const clause = clauseDay ? dayNumber(clauseDay[1]!) : 0;
      if (clauseDay && clause >= 1 && clause <= 31) {
        const text = clauseDay[0].replace(/^[，,\s]/u, '');
        return { text, year: null, month: 0, day: clause, index: at + sentence.indexOf(text) };
      }
    }
    // 以团结凝聚力量，以奋斗铸就伟业。今天上午，…会议在某地隆重开幕。 / 会议要求，…。昨天下午，…会议举行:
    // a paper may open with a slogan or the meeting's message and date the sitting in the sentence
    // after, by the issue (今天, 昨天) opening that sentence.
    // 又到一年一度的两会时间。…。会议于今天下午在剧院开幕: the day may also stand after 于/於 in the
    // sentence that says the meeting sat or opened, as a written day does (HELD_ON_DAY).
    const relative = HELD_OR_OPENED.test(sentence) && !PLANNED.test(sentence) ? (RELATIVE_OPENS.exec(sentence) ?? RELATIVE_HELD_ON.exec(sentence)) : null;
    if (relative) {
      const text = relative[0].trimStart();
      return { text, year: null, month: 0, day: 0, index: at + sentence.indexOf(text), relative: RELATIVE[relative[1]!]! };
    }
    at += sentence.length;
  }
  return null;
}

/**
 * 1110日，区政府… / 325傍晚，全体教师…: a capture that lost the month's 月 (and the day's 日) leaves
 * the digits run together at the opening's start. Read only there, before a comma, with 日 or a
 * part of day after the digits (a bare number is no date): four digits are month and day, three a
 * one-digit month and the day. 34日下午，… / 33日，…: two digits before 日 that no day can be (above
 * 31) are a one-digit month and a one-digit day. The text is kept as written (KEYING 6).
 * The loss hits every other part a date can have, and they are read the same way: a range of days
 * (42日至3日 is 4月2日至3日, 822-23日 is 8月22-23日), a year before it, written (2022年33日) or run
 * into the digits as well (202128日下午 is 2021年2月8日下午: a year and then a lone day names no
 * date, so the digits after the year are month and day). The date may open a clause rather than
 * the sentence (根据…精神，42日，某镇召开…), as a written date does.
 */
const LOST_PART = String.raw`(?:\s*(?:上午|下午|晚上|晚间|晚間|早上|中午|傍晚|凌晨))`;
const LOST_MARKS = new RegExp(
  String.raw`^(?:(\d{4})\s*年\s*)?(\d{2,8})(?:\s*日(?:\s*${RANGE_MARK}\s*\d{1,2}\s*日)?${LOST_PART}?|\s*${RANGE_MARK}\s*\d{1,2}\s*日${LOST_PART}?|${LOST_PART})(?=\s*[，,])`,
  'u',
);
/**
 * 2月27，某镇…召开…: the day's 日 lost before a comma, the month still written. 截至3月15，… is a
 * deadline, not a date: read only where the date is a clause of its own and the sentence goes on to
 * convene or chair a meeting.
 */
const LOST_DAY_MARK = /^(\d{1,2})\s*月\s*(\d{1,2})(?=\s*[，,])/u;
const CONVENES_AFTER = /召开|召開|举行|舉行|举办|舉辦|主持/u;
function lostMarksDate(sentence: string): FoundDate | null {
  for (let at = 0; at < sentence.length; at++) {
    if (at > 0 && !/[，,]/u.test(sentence[at - 1]!)) continue;
    const clause = sentence.slice(at).trimStart();
    const found = lostMarksAt(clause);
    if (found) return { ...found, index: sentence.length - clause.length };
  }
  return null;
}
function lostMarksAt(clause: string): FoundDate | null {
  const dayLost = LOST_DAY_MARK.exec(clause);
  if (dayLost && CONVENES_AFTER.test(clause.slice(dayLost[0].length))) {
    const month = Number(dayLost[1]);
    const day = Number(dayLost[2]);
    return isMonthDay(month, day) ? { text: dayLost[0], year: null, month, day, index: 0 } : null;
  }
  const m = LOST_MARKS.exec(clause);
  if (!m) return null;
  let digits = m[2]!;
  let year: number | null = m[1] ? Number(m[1]) : null;
  if (!year && digits.length >= 6 && /^(?:19|20)\d/u.test(digits)) {
    year = Number(digits.slice(0, 4));
    digits = digits.slice(4);
  }
  if (digits.length > 4) return null;
  if (!year && digits.length === 2 && (Number(digits) <= 31 || !m[0].includes('日'))) return null;
  const split = digits.length === 2 ? 1 : digits.length - 2;
  const month = Number(digits.slice(0, split));
  const day = Number(digits.slice(split));
  return isMonthDay(month, day) ? { text: m[0], year, month, day, index: 0 } : null;
}

// The clock time after the part of day belongs to the date as written: 6月20日晚6时, 上午9:00.
// A form's text layer may space the digits out (下午 4 時 30 分, 1 0 1 年): a digit, an optional
// space, a digit is still one number.
// 下午三時 (Macau, Hong Kong): the hour in Chinese numerals too.
// 上午10時整, 09時至17時: the clock may close on 整, or give the span the meeting sat (KEYING 6: as written).
const CLOCK_AT = String.raw`(?:\d(?:\s?\d)?\s*(?:时|時|点|點)(?:\s*\d(?:\s?\d)?\s*分|半|整)?|\d{1,2}[:：]\d{2}|[一二三四五六七八九十]{1,3}(?:时|時|点|點)(?:[一二三四五六七八九十]{1,3}分|半|整)?)`;
const CLOCK = String.raw`(?:\s*${CLOCK_AT}(?:\s*(?:至|到|~|～|-|－|—|–)\s*(?:上午|下午|中午|晚上)?\s*${CLOCK_AT})?)?`;
/** 中華民國101年 (Taiwan forms): the 民国 year before the month. */
// 96年3月14日: a Taiwan record writes the 民国 year without 民國; a two- or three-digit year from 40
// to 149 is read so (a mainland 19年 for 2019 falls outside and is left to the clock).
// 本所(113)年4月19日: a Taiwan office may put the 民国 year in brackets.
const YEAR = String.raw`(?:(\d{4})\s*年\s*|(?:中華民國|中华民国|民國|民国)\s*(\d(?:\s?\d){1,2})\s*年\s*|(?<!\d)(?:[(（]\s*)?((?:[4-9]\d|1[0-4]\d))\s*(?:[)）]\s*)?年\s*)?`;
/** 星期四, （星期三）, 週五 between the day and its part. */
// 3月4日(二): Taiwan papers write the weekday as its numeral alone in brackets.
const WEEKDAY = String.raw`(?:\s*[(（]?(?:星期|週|周)[一二三四五六日天][)）]?|\s*[(（][一二三四五六日][)）])?`;
const PART = String.raw`(?:\s*(?:上午|下午|晚上|晚间|晚間|早上|中午|傍晚|凌晨|晚)${CLOCK})?`;
/** 昨日下午5时: a relative day keeps the clock written after its part of day, as a written date does (KEYING 6). */
const RELATIVE_WHEN = new RegExp(String.raw`(昨日|昨天|前日|前天|今日|今天)(?:\s*(?:上午|下午|晚上|晚间|晚間|早上|中午)${CLOCK})?`, 'u');
// The relative word must open the sentence, before its comma: 今天上午，… (not …今天上午的会议上).
const RELATIVE_OPENS = new RegExp(String.raw`^\s*(昨日|昨天|前日|前天|今日|今天)(?:\s*(?:上午|下午|晚上|晚间|晚間|早上|中午)${CLOCK})?(?=\s*[，,])`, 'u');
// 会议于今天下午在…开幕: the relative word after 于/於, the verb of sitting later in its sentence.
const RELATIVE_HELD_ON = new RegExp(String.raw`(?<=[于於])(昨日|昨天|前日|前天|今日|今天)(?:\s*(?:上午|下午|晚上|晚间|晚間|早上|中午)${CLOCK})?`, 'u');
// 3月5号 (spoken style) writes the day with 号/號.
// The clock right after a loose date's text (its part of day, if any, already read): findLooseDate.
const CLOCK_AFTER = new RegExp(String.raw`^(?:\s*(?:上午|下午|晚上|晚间|晚間|早上|中午|傍晚|凌晨|晚))?${CLOCK}`, 'u');
// 3月4日9时30分: the clock may follow the day with no part of day between.
const WHEN = String.raw`(?:\s*(?:上午|下午|晚上|晚间|晚間|早上|中午|傍晚|凌晨|晚)${CLOCK}|${CLOCK})`;
// 3月4日至5日, 10月8日—9日, 3月30日至4月1日: a meeting over several days is dated as written, its range whole.
// 9月17日起至23日止 (a run of sittings, from … until …) and 8月20日、21日 (two days, each with its 日)
// are ranges as well, kept as written (KEYING 6, 18).
const RANGE = String.raw`(?:\s*(?:起\s*)?(?:${RANGE_MARK}+|、)\s*(?:\d{1,2}\s*月\s*)?\d{1,2}\s*[日号號](?:止)?${WEEKDAY}${WHEN})?`;
// 7月23、24日, 3月4-5日: the days of a meeting over two days share one 日 (never 号, which also numbers
// documents); dated from the first, as written.
// 3月15上午: a capture may lose the day's 日 before the part of day; the part of day still ends the day.
const DATE = new RegExp(String.raw`${YEAR}(\d{1,2})\s*月\s*(\d{1,2})(?:\s*(?:、|至|到|—|－|–|~|～|-)\s*\d{1,2}\s*日|\s*[日号號]|(?=上午|下午|晚上|早上|中午|傍晚|凌晨))${WEEKDAY}${WHEN}${RANGE}`, 'u');
/** 五月三十一日下午: the month and day in Chinese numerals, as Macau and Hong Kong papers write them. */
// 二〇二四年九月五日: the year, when given, digit by digit.
// 中華民國一一四年三月四日, 民國一百十四年: a 民国 year in Chinese numerals, digit by digit or counted.
const HAN_DATE = new RegExp(
  String.raw`(?:([〇零○一二三四五六七八九]{4})年|(?:中華民國|中华民国|民國|民国)\s*([〇零○一二三四五六七八九十百]{2,6})\s*年)?(?<![一二三四五六七八九十〇零])([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日${WEEKDAY}${PART}`,
  'u',
);
const HAN_DIGIT: Record<string, number> = { 〇: 0, 零: 0, '○': 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 一一四 (digit by digit) or 一百一十四 / 一百十四 (counted): a 民国 year, 1 to 199; else null. */
function rocHanYear(s: string): number | null {
  let n: number;
  if (!/[十百]/u.test(s)) n = Number([...s].map((c) => HAN_DIGIT[c] ?? Number.NaN).join(''));
  else {
    const m = /^(?:([一二])百)?[零〇]?(?:([一二三四五六七八九])?(十))?([一二三四五六七八九])?$/u.exec(s);
    if (!m) return null;
    n = (m[1] ? HAN_DIGIT[m[1]]! * 100 : 0) + (m[3] ? (m[2] ? HAN_DIGIT[m[2]]! : 1) * 10 : 0) + (m[4] ? HAN_DIGIT[m[4]]! : 0);
  }
  return n >= 1 && n < 200 ? n : null;
}

/** 2025/03/04, 2025-3-4, 2025.03.04: a four-digit year, then month and day with one separator. */
const NUMERIC_DATE = new RegExp(String.raw`(?<![\d/.-])((?:19|20|21)\d{2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{1,2})(?![\d/.-])${WEEKDAY}${PART}`, 'u');

const ROC_NUMERIC_DATE = new RegExp(String.raw`(?<![\d/.-])(1[01]\d|[4-9]\d)\s*([/.])\s*(\d{1,2})\s*\2\s*(\d{1,2})(?![\d/.-])${WEEKDAY}${PART}`, 'u');
/** 縣府3/4(二)上午召開: month/day with a slash, made a date by the weekday in brackets after it. */
const SLASHED_WEEKDAY = new RegExp(String.raw`(?<![\d/.-])(\d{1,2})\s*/\s*(\d{1,2})\s*[(（](?:星期|週|周)?[一二三四五六日天][)）]${PART}`, 'u');

/**
 * 某某网10月27日讯（记者 张三） 26日，…推进会举行: a paper's dateline dates the issue, and the
 * sentence after it dates the meeting. The opening after the dateline when that part dates the
 * meeting itself (in any way findMeetingDate or findLooseDate reads); else the opening as given.
 */
// 5月6日（韩露）5月5日，…: a day with the reporter's name in brackets right after it is a dateline
// too (the day and its byline), not the meeting's day; a weekday in brackets is not a byline.
const DATELINE_DATE =
  /^[^，。；,]{0,24}?\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:(?:\p{Script=Han}{2,4}?)?(?:电|電|讯|訊|消息)\s*(?:[（(][^）)]{0,30}[）)])?|[（(](?![^）)]*(?:星期|周|週|礼拜|禮拜|[日月\d]))[\p{Script=Han}·\s]{2,12}[）)])\s*/u;
export function afterDateline(opening: string): string {
  const m = DATELINE_DATE.exec(opening);
  if (!m) return opening;
  const rest = opening.slice(m[0].length);
  return findMeetingDate(rest) || findLooseDate(rest) ? rest : opening;
}

export function findMeetingDate(text: string): FoundDate | null {
  const found = findWrittenDate(text) ?? findNumericDate(text);
  return found ? withRelativeWord(text, found) : null;
}

const RELATIVE_BEFORE = new RegExp(`(?:${RELATIVE_WORD}|日前|近日)\\s*[(（]\\s*$`, 'u');

/**
 * 今日（三月五日）上午, 今天(3月5日): a paper writes the issue-relative word, then the date in
 * brackets; the date as written (KEYING 6) is the whole, the part of day after the bracket included.
 */
function withRelativeWord(text: string, found: FoundDate): FoundDate {
  // 日前（5月10日）/ 近日(3月2日): a vague word made exact by the bracket is written the same way.
  const before = RELATIVE_BEFORE.exec(text.slice(Math.max(0, found.index - 8), found.index));
  const after = new RegExp(`^\\s*[)）]${PART_OF_DAY}`, 'u').exec(text.slice(found.index + found.text.length));
  if (!before || !after) return found;
  const index = found.index - before[0].length;
  return { ...found, index, text: text.slice(index, found.index + found.text.length + after[0].length) };
}

/** A date written with digits and separators only (forms, Hong Kong and Macau pages, datelines). */
function findNumericDate(text: string): FoundDate | null {
  const m = NUMERIC_DATE.exec(text);
  if (!m) return findRocNumericDate(text);
  const month = Number(m[3]);
  const day = Number(m[4]);
  return isMonthDay(month, day) ? { text: m[0], year: Number(m[1]), month, day, index: m.index } : null;
}

/** 114/03/04, 114.03.04 (Taiwan records): a 民国 year of two or three digits, month and day. */
function findRocNumericDate(text: string): FoundDate | null {
  const m = ROC_NUMERIC_DATE.exec(text);
  if (!m) return null;
  const month = Number(m[3]);
  const day = Number(m[4]);
  return isMonthDay(month, day) ? { text: m[0], year: 1911 + Number(m[1]), month, day, index: m.index } : null;
}

function findWrittenDate(text: string): FoundDate | null {
  const m = DATE.exec(text);
  if (m) {
    const month = Number(m[4]);
    const day = Number(m[5]);
    if (!isMonthDay(month, day)) return null;
    const roc = m[2] ?? m[3];
    const year = m[1] ? Number(m[1]) : roc ? 1911 + Number(roc.replace(/\s/gu, '')) : null;
    return { text: m[0], year, month, day, index: m.index };
  }
  const h = HAN_DATE.exec(text);
  if (!h) return null;
  const month = parseChineseNumber(h[3]!);
  const day = parseChineseNumber(h[4]!);
  if (!isMonthDay(month, day)) return null;
  const roc = h[2] ? rocHanYear(h[2]) : null;
  const year = h[1] ? Number([...h[1]].map((c) => HAN_DIGIT[c]).join('')) : roc ? 1911 + roc : null;
  return { text: h[0], year, month, day, index: h.index };
}

/**
 * A form's 时间： value whose 年/月/日 the capture lost (民國1061021(星期六)上午9, 20240315 下午3):
 * the digits run together. Read only from a labelled date field, where a date is expected: eight
 * digits are year, month and day; six or seven with 民國 (or a 2-3 digit year before 100+, as Taiwan
 * forms write) are a 民国 year, then month and day. The text is the field's value as captured, from
 * the run to the part of day and a lost clock digit after it.
 */
const RUN_DATE = new RegExp(
  String.raw`(?:(中華民國|中华民国|民國|民国)\s*)?(?<!\d)(\d{5,8})(?!\d)${WEEKDAY}(?:\s*(?:上午|下午|晚上|晚间|晚間|早上|中午|傍晚|凌晨|晚)(?:\s*\d{1,2}(?:[:：]\d{2})?(?!\d))?)?`,
  'u',
);
export function findRunDate(field: string): FoundDate | null {
  const m = RUN_DATE.exec(field);
  if (!m) return null;
  const run = m[2]!;
  const found = (year: number, month: number, day: number): FoundDate => ({ text: m[0].trim(), year, month, day, index: m.index });
  const roc = !!m[1] || run.length < 8;
  const yLen = roc ? run.length - 4 : 4;
  const y = Number(run.slice(0, yLen));
  const month = Number(run.slice(yLen, yLen + 2));
  const day = Number(run.slice(yLen + 2));
  const year = roc ? 1911 + y : y;
  if (yLen >= 2 && yLen <= 4 && isMonthDay(month, day) && year >= 1950 && year <= 2200) return found(year, month, day);
  // 2015427 (a Gregorian year, then 4 and 27) / 10342 (民国103, then 4 and 2): the month or the day
  // lost its leading zero too. Read only when one split of what follows the year is a date.
  const yearLen = /^(?:19|20)\d{5}$/u.test(run) && !m[1] ? 4 : /^1[01]\d{2,3}$/u.test(run) ? 3 : 0;
  if (!yearLen) return null;
  const rest = run.slice(yearLen);
  const splits = [1, 2].filter((k) => k < rest.length && rest.length - k <= 2 && isMonthDay(Number(rest.slice(0, k)), Number(rest.slice(k))) && !rest.slice(k).startsWith('0'));
  if (splits.length !== 1) return null;
  const k = splits[0]!;
  return found(yearLen === 4 ? Number(run.slice(0, 4)) : 1911 + Number(run.slice(0, 3)), Number(rest.slice(0, k)), Number(rest.slice(k)));
}

/** A month 1-12 and a day 1-31 (NaN, from a malformed Chinese numeral, is neither). */
function isMonthDay(month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/** 某市政會議紀錄111/01/04: a record's headline may end with its date (民国 or Gregorian year). */
export function findTitleDate(title: string): FoundDate | null {
  const m = /(?<!\d)(\d{2,4})[/.-](\d{1,2})[/.-](\d{1,2})$/u.exec(title.trim());
  if (!m) return null;
  const y = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (!isMonthDay(month, day)) return null;
  return { text: m[0], year: y < 1000 ? 1911 + y : y, month, day, index: 0 };
}

/** An ISO date in site furniture or a trailing date line: 2012-08-16, 2012年08月16日. */
export function findPublishedDate(text: string): string {
  const m = PUBLISHED.exec(text);
  if (!m) return '';
  return iso(Number(m[1]), Number(m[2]), Number(m[3]));
}
const PUBLISHED = /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?/u;

/**
 * 青河日报3月6日讯 县政府召开…: an opening whose sentence gives no date of its own is dated by its
 * dateline, the only day the report gives.
 */
export function findDatelineDate(opening: string): FoundDate | null {
  const m = DATELINE_DATE.exec(opening);
  return m ? findMeetingDate(m[0]) : null;
}

/** 民国 years (114年) appear in Taiwanese reports: 1911 + n. Only 2- or 3-digit years before 第 or 度. */
export function findRocYear(text: string): number | null {
  const m = /(?<!\d)(1[01]\d|[89]\d)\s*年(?:度|第|\d{1,2}\s*月)/.exec(text);
  return m ? 1911 + Number(m[1]) : null;
}

export function iso(y: number, m: number, d: number): string {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1 || y < 1900 || y > 2200) return '';
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * Completes a date written without a year. With a publication date, the meeting happened on or
 * before it; with only the clock, it is the latest such date not in the future.
 */
export function completeYear(found: FoundDate, published: string, rocYear: number | null, now: Date): { date: string; assumed: boolean } {
  // 六月份: a month alone dates nothing a calendar can hold.
  if (found.day === 0 && found.relative === undefined) return { date: '', assumed: false };
  if (found.year) return { date: iso(found.year, found.month, found.day), assumed: false };
  if (found.month === 0) return completeLoose(found, published, now);
  if (published) {
    const [py, pm, pd] = published.split('-').map(Number) as [number, number, number];
    const year = found.month * 100 + found.day > pm * 100 + pd ? py - 1 : py;
    return { date: iso(year, found.month, found.day), assumed: false };
  }
  if (rocYear) return { date: iso(rocYear, found.month, found.day), assumed: false };
  const y = now.getUTCFullYear();
  const candidate = iso(y, found.month, found.day);
  const future = candidate > now.toISOString().slice(0, 10);
  return { date: future ? iso(y - 1, found.month, found.day) : candidate, assumed: true };
}

/** A day-only or relative date, from the publication date, else the clock (then assumed). */
function completeLoose(found: FoundDate, published: string, now: Date): { date: string; assumed: boolean } {
  const base = published ? new Date(`${published}T00:00:00Z`) : new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  const d = new Date(base);
  if (found.relative !== undefined) d.setUTCDate(d.getUTCDate() + found.relative);
  else if (found.monthsBack) {
    d.setUTCMonth(d.getUTCMonth() - found.monthsBack, 1);
    d.setUTCDate(found.day);
  } else {
    // The 3rd of the month; a day after the day is last month's.
    if (found.day > base.getUTCDate()) d.setUTCMonth(d.getUTCMonth() - 1, 1);
    d.setUTCDate(found.day);
  }
  return { date: iso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()), assumed: !published };
}
