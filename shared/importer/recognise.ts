import type { Person, Script } from '../model';
import {
  afterDateline,
  completeYear,
  type FoundDate,
  findDatelineDate,
  findLooseDate,
  namesNoDay,
  closedDate,
  findMeetingDate,
  findPublishedDate,
  findRocYear,
  findRunDate,
  findTitleDate,
  RANGE_MARK,
} from './structure/dates';
import { actsWhileAttending } from './structure/acting-attendee';
import { endsAttendingEvent } from './structure/attended-event';
import { ATTENDANCE_MANNER } from './structure/attendance-manner';
import { attendingClauses } from './structure/attending-clauses';
import { chairOfMeetingLater, LIST_FOLLOWS, meetingWithHeadline, readHeader, readMeetingName } from './structure/header';
import {
  countedGroupsOnly,
  loneGroupOnly,
  enumeratedGroupsOnly,
  looksLikeName,
  namesPeopleOnly,
  parsePeopleList,
  parsePerson,
  uncountedTitle,
  withoutDescription,
  withoutPointer,
  withoutWritersUnit,
} from './structure/people';
import { laterMeetingAt } from './structure/later-meeting';
import { visitingLeaders } from './structure/visitors';
import { takeLabelled } from './structure/labels';
import { recogniseSections, type DraftSection } from './structure/sections';
import { endsLikeBody } from './structure/bodies';
import type { ImportWarning } from './types';

/** Everything structure recognition reads from the cleaned paragraphs. */
export interface Recognition {
  meeting: {
    name: string;
    date: string;
    location: string;
    chair: { name: string; title: string };
    attendees: Person[];
    observers: Person[];
    absentees: Person[];
    recorder: string;
  };
  dateText: string;
  sections: DraftSection[];
  warnings: Omit<ImportWarning, 'start' | 'end' | 'excerpt'>[];
}

export function recognise(paragraphs: readonly string[], context: { published: string; dateline?: string; captions?: readonly string[]; now: Date; script: Script; title: string }): Recognition {
  const { labelled, body } = takeLabelled(paragraphs);
  const openAt = openingIndex(body);
  // …石陂镇在镇二楼会议厅召开了 / 全镇…工作会议。: a capture that broke the opening sentence over
  // lines leaves a paragraph waiting for its object; the next line finishes the sentence.
  if (body[openAt + 1] && UNFINISHED.test(body[openAt]!)) body.splice(openAt, 2, body[openAt]! + body[openAt + 1]!);
  const whole = body[openAt] ?? '';
  // 白龙县7月25日召开启动会，组建了…。7月31日上午，总医院党委第一次会议在…召开: an opening may
  // first tell of an earlier meeting; the report is about the one its headline names.
  let focus = reportedMeetingAt(whole, context.title);
  let opening = whole.slice(focus);
  // 1月14日上午，某镇召开民主生活会…。 / …1月14日下午，我镇召开述职测评会议: the meeting the headline
  // names may be convened first in the paragraph after the opening, in a dated sentence; it is then
  // the one reported.
  const next = body[openAt + 1];
  if (focus === 0 && next && CONVENES.test(next) && (whole.match(CONVENES_ALL) ?? []).length === 1) {
    const joined = `${whole}${/[。！？]$/u.test(whole) ? '' : '。'}${next}`;
    const later = reportedMeetingAt(joined, context.title);
    // Only a dated sentence reports a meeting held (党中央专门召开…会议 recalls another one).
    const sentence = joined.slice(later).split(/[。！？]/u)[0] ?? '';
    if (later >= whole.length && !plannedOnly(sentence) && /\d{1,2}月\d{1,2}日|[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日/u.test(sentence)) {
      focus = later;
      opening = joined.slice(later);
    }
  }
  let header = readHeader(opening);
  if (focus > 0) {
    const all = readHeader(whole);
    if (!header.chair.name) header = { ...header, chair: all.chair };
    if (!header.attendees.length && !header.observers.length) header = { ...header, attendees: all.attendees, observers: all.observers };
  }
  // The paragraph before the opening read with it, once, for the two readings below that ask it.
  let withBefore: ReturnType<typeof readHeader> | undefined;
  const readWithBefore = () => {
    const before = body[openAt - 1]!;
    return (withBefore ??= readHeader(`${before}${/[。！？]$/u.test(before) ? '' : '。'}${opening}`));
  };
  // 市委书记X到某镇调研。 / X一行来到…，随后主持召开座谈会: the paragraph before may name the
  // subject the opening carries on (header.ts, topicPerson).
  if (!header.chair.name && openAt > 0) {
    const wider = readWithBefore();
    if (wider.chair.name) header = { ...header, chair: wider.chair, meetingName: header.meetingName || wider.meetingName };
    // 8月5日，…活动组进入某社区。组长X，副组长Y…参加入驻活动。 / 首先，举行了…: when the opening is a
    // later step of the day, who took part is said in the paragraph that told the day first.
    else if (!header.attendees.length && !header.observers.length && (wider.attendees.length || wider.observers.length)) header = { ...header, attendees: wider.attendees, observers: wider.observers };
  }
  // 2月24日，X率调研组到某市调研。Y、Z等参加调研。 / 在座谈会上，… / 在某地期间，…举行座谈会…: a
  // later step may be read as the opening when the day's first paragraph convenes nothing; who took
  // part is then said in the paragraph that told the day, even with paragraphs between them.
  const toldDay = openAt > 1 && !header.attendees.length && !header.observers.length ? dayToldAt(body, openAt) : -1;
  if (toldDay >= 0 && toldDay < openAt - 1) {
    const told = readHeader(body[toldDay]!);
    if (told.attendees.length || told.observers.length) header = { ...header, attendees: told.attendees, observers: told.observers };
  }
  // 甲与课题组一行进行座谈。 / 乙、丙出席座谈会。 / 丁主持会议。: when the chair's paragraph is read as
  // the opening (the first one convenes nothing), who attended may be said in the paragraph right
  // before it, which the day's paragraph (above) is not.
  if (openAt > 0 && !header.attendees.length && !header.observers.length) {
    const wider = readWithBefore();
    if (wider.attendees.length || wider.observers.length) header = { ...header, attendees: wider.attendees, observers: wider.observers };
  }
  // 又讯 …主席团舉行第一次會議。X主持會議。: who chaired or attended a later item is that item's.
  const later = laterMeetingAt(body, openAt, header.meetingName);
  if (!header.chair.name && body[openAt + 1] && openAt + 1 < later) {
    const wider = readHeader(`${opening}${/[。！？]$/u.test(opening) ? '' : '。'}${body[openAt + 1]}`);
    // 甲率考察团来我县考察。县领导乙、丙陪同。 / 考察团召开座谈会。 / 县长乙主持会议。: who took part,
    // read from the paragraph that told the day, stays when the chair's paragraph names no one.
    const kept = header.attendees.length || header.observers.length ? { attendees: header.attendees, observers: header.observers } : null;
    if (wider.chair.name) header = kept && !wider.attendees.length && !wider.observers.length ? { ...wider, ...kept } : wider;
    // 会议由社区党总支书记主持 in the next paragraph: an office with no name still says who chaired.
    else if (!header.chair.title && wider.chair.title) header = { ...header, chair: wider.chair };
  }
  const warnings: Recognition['warnings'] = [];
  const chair = labelled.chair ?? header.chair;
  // 日前召开…。 / 會議於五月三十一日下午在…舉行: when the opening has no date, the paragraph after
  // it may; a record with no opening sentence may carry its date on its headline.
  const dated = afterDateline(opening);
  const found =
    firstSentenceDate(labelled.dateText || dated) ??
    (labelled.dateText ? findRunDate(labelled.dateText) : null) ??
    (labelled.dateText ? null : findMeetingDate(body[openAt + 1] ?? '')) ??
    findTitleDate(context.title) ??
    // 1月11日上午 as the first line, over an opening that gives no day: the line is a date, not a headline.
    wholeDate(context.title) ??
    // 某某日报3月6日讯 县政府召开…: the dateline's day, when the sentence gives none of its own.
    // 苍岭新闻网2月22日消息：日前召开的… / 2月15日电…近日，省委常委会召开会议: the day the story was
    // filed is not when the meeting sat when the opening leaves that day open on purpose.
    leadingDateBefore(body, openAt) ??
    (VAGUE_WHEN.test(opening.split(/[。！？]/u)[0] ?? '') ? null : findDatelineDate(context.dateline || opening)) ??
    // 8月5日，州政协委员活动组进驻社区…。 / 首先，举行了…仪式: when the opening is a later step of a
    // day the report told first, the paragraph before it that opens with its day dates the meeting.
    // (发布时间：2024-03-06 never dates the meeting, not even when the report gives no date at all:
    // the page went up that day, the meeting sat some day before it — KEYING 20; 1,132 of 1,134
    // TRAIN keys with a date find it in the body.)
    leadingDateBefore(body, openAt);
  let date = '';
  if (found) {
    const published = context.published || findPublishedDate(paragraphs.slice(-2).join('\n'));
    const completed = completeYear(found, published, findRocYear(paragraphs.join('\n')), context.now);
    date = completed.date;
    if (completed.assumed) warnings.push({ code: 'yearAssumed', params: { date: found.text, year: date.slice(0, 4) } });
    // 3月 / 六月份 / 3月上旬: the words are kept, but no calendar day can be filled in; a secretary
    // must be told the date still needs its day.
    if (!date) warnings.push({ code: 'noExactDate', params: { date: found.text } });
  } else warnings.push({ code: 'noDate', params: {} });

  // Newspaper style: who chaired and attended is often said last (市政协副主席张亮、许云生出席会议。).
  // A paragraph of its own right after the opening may say the same (…出席會議。…列席會議。).
  const closing = attendanceParagraphs(body, openAt, later);
  let chairFinal = chair;
  for (const c of closing) {
    if (c.keep) body[c.index] = c.keep;
    else body.splice(c.index, 1);
    if (!chairFinal.name && c.header.chair.name) chairFinal = c.header.chair;
  }
  closing.reverse();
  // The paragraph after the opening may be read twice (as part of a wider opening when the chair is
  // named there, and as an attendance paragraph): each person once.
  const laterNow = laterMeetingAt(body, openAt, header.meetingName);
  const guests = attendingInBody(body.slice(0, laterNow), openAt, header.meetingName);
  // 甲一行来我县调研 / 乙率调研组到某市调研: the leaders of a visiting group the opening names sit at
  // the talk the report is about, named first as the text names them (structure/visitors.ts); the chair
  // among them is dropped below.
  // A later step read as the opening (在座谈会上，…) leaves the visit in the paragraph that told the day.
  // 甲率考察团来我县考察。 / 考察团一行召开座谈会。: the paragraph right before the opening may be
  // the one that told the day, read whether or not the opening named who attended; not when the
  // opening gives a day of its own (●9月2日，… in a 简报 is another item, not the same visit).
  const dayBefore = toldDay < 0 && openAt > 0 && !findMeetingDate(whole) ? dayToldAt(body, openAt) : -1;
  // 近日，司长甲在乙陪同下来到某地调研。 / 调研组一行召开座谈会…: a visit paragraph right before an
  // undated opening told the visit with a day word (近日) rather than a date; its visitors are read the
  // same way (visitingLeaders reads titled, named subjects of a visit sentence only).
  const visitBefore = openAt > 0 && toldDay !== openAt - 1 && dayBefore !== openAt - 1 && !findMeetingDate(whole) && !findMeetingDate(body[openAt - 1]!) ? openAt - 1 : -1;
  const visitedIn = [...(visitBefore >= 0 ? [body[visitBefore]!] : []), whole, ...(toldDay >= 0 && toldDay < openAt ? [body[toldDay]!] : []), ...(dayBefore >= 0 ? [body[dayBefore]!] : [])];
  const leadersOfVisit = visitedIn.flatMap((p) => visitingLeaders(p));
  const visitors = leadersOfVisit.filter((p) => ![...header.observers, ...labelled.observers].some((o) => o.name === p.name));
  // 院领导、职能部门负责人，科室主任参加大会 (groups the body enumerates): read unless a reader above took
  // people from the same words already (全体院所领导… from 我院全体院所领导…, 甲、乙及某局负责人): the
  // opening's own reading of its list stands, each group once. Read before the counted groups
  // (countedGroupsOnly reads the roll's last part alone), so the page's order is kept.
  const readBefore = [
    ...labelled.attendees,
    ...visitors,
    ...header.attendees,
    ...closing.flatMap((c) => c.header.attendees),
    ...labelled.observers,
    ...header.observers,
    ...closing.flatMap((c) => c.header.observers),
  ];
  const unread = (g: { list: string }) => !readBefore.some((e) => e.name.length >= 2 && (g.list.includes(e.name) || e.name.includes(g.list)));
  const enumerated = guests.enumerated.filter(unread);
  const attendees = once([
    ...labelled.attendees,
    ...visitors,
    ...header.attendees,
    ...closing.flatMap((c) => c.header.attendees),
    ...enumerated.filter((g) => !g.observer).flatMap((g) => g.people),
    ...guests.attendees,
  ]);
  const observers = once([
    ...labelled.observers,
    ...header.observers,
    ...closing.flatMap((c) => c.header.observers),
    ...enumerated.filter((g) => g.observer).flatMap((g) => g.people),
    ...guests.observers,
  ]);
  if (!chairFinal.name) chairFinal = chairOfMeetingLater(body.slice(openAt + 1, Math.min(openAt + 4, laterNow))) ?? chairFinal;
  if (!chairFinal.name) chairFinal = listedChairLater(body.slice(openAt + 1, Math.min(openAt + 4, laterNow)), attendees) ?? chairFinal;
  if (!chairFinal.name) chairFinal = chairInCaption(context.captions ?? []) ?? chairFinal;
  // 副主席A、B、C出席会议…。C主持会议。 in paragraphs of their own: the chair's title is the one the
  // list gives them, as when one sentence holds both (header.ts readAttendance).
  const listedChair = chairFinal.name ? [...attendees, ...observers].find((p) => p.name === chairFinal.name && p.title) : undefined;
  if (listedChair && (!chairFinal.title || (listedChair.title.length > chairFinal.title.length && listedChair.title.endsWith(chairFinal.title))))
    chairFinal = { ...chairFinal, title: listedChair.title };
  // 公司党委书记、副董事长…主持 with its first post lost to mojibake (…榧?、副董事长、总经理甲主持): the
  // list mark that joined the lost post opens no title; the legible posts are the title (KEYING 28).
  if (/^[、，,；;]/u.test(chairFinal.title)) chairFinal = { ...chairFinal, title: chairFinal.title.replace(/^[、，,；;]+/u, '') };
  if (!chairFinal.name) warnings.push({ code: 'noChair', params: {} });
  // 王某同志主持召开…。…县委书记王某指出: a chair named without a title in the opening carries the
  // title the text gives them elsewhere (the first mention that has one).
  else if (!chairFinal.title && !chairFinal.name.includes('、')) {
    // (A title the attendance list gives the chair was lifted above; what is left is read elsewhere.)
    const title = titleElsewhere(chairFinal.name, [...paragraphs]);
    if (title) chairFinal = { ...chairFinal, title };
  }
  // 主持人：X then 出席：X、Y、Z (or a sentence's chair listed again): the chair is not also an attendee.
  if (chairFinal.name) for (const list of [attendees, observers]) list.splice(0, list.length, ...list.filter((p) => p.name !== chairFinal.name));
  // 我院党委副书记甲主持: the writer's unit before the chair's office is no part of it either.
  if (chairFinal.title) chairFinal = { ...chairFinal, title: withoutWritersUnit(withoutPointer(chairFinal.title)) };
  // 我院副院长甲: the writer's unit before an attendee's office is not part of it (people.ts).
  // 担任本届委员的副主席甲: a describing clause before the office is not part of it either, nor is a
  // count of holders (几名副主席甲、乙, wherever a list's reading left it on a title).
  for (const list of [attendees, observers])
    list.splice(0, list.length, ...list.map((p) => (p.title ? { ...p, title: uncountedTitle(withoutDescription(withoutWritersUnit(withoutPointer(p.title)))) } : p)));
  // 省委组织部督导组到会指导: a team named as a unit (…督导组, …工作组) names nobody, as a list of units
  // does not (KEYING 3); the people in it are keyed only where the text names them.
  for (const list of [attendees, observers]) list.splice(0, list.length, ...list.filter((p) => p.title || !/(?:组|組)$/u.test(p.name)));
  const names = [chairFinal.name, ...attendees.map((p) => p.name), ...observers.map((p) => p.name)].filter(Boolean);
  const sections = recogniseSections(body, names, openAt, chairFinal.name);
  if (!sections.some((s) => s.kind !== 'text')) warnings.push({ code: 'noSections', params: {} });
  return {
    meeting: {
      // 第二屆(第二次)常務會議紀錄 over a form (主持：…): the record's headline names the meeting; a
      // 召開 inside its items (…講述日前召開座談會) tells of another one.
      name: talkInPassing(
        meetingAsWritten(
          clauseNoName(
            meetingWithoutBar(
              labelled.meetingName ||
                (labelled.chair ? meetingFromTitle(context.title, true) : '') ||
                // …是在某时刻召开的一次重要会议: a name that opens with 的 is the tail of a clause that
                // describes the meeting (召开的一次…会议), never its name; the headline may name it.
                meetingWithHeadline(/^的/u.test(header.meetingName) ? '' : header.meetingName, context.title, opening) ||
                meetingFromTitle(context.title, labelled.chair !== null) ||
                convenedInTitle(context.title) ||
                // 11月10日晚，全旗领导干部参加某中心组集体学习会…。 / 甲、乙…参加学习会。书记甲主持学习会并讲话。:
                // when neither the opening (found by its chair) nor the headline names the meeting, the
                // paragraph before the opening, which tells the day, may name it.
                (openAt > 0 ? readMeetingName(body[openAt - 1]!) : '') ||
                // Last, when nothing in the body names it: a session the headline opens or closes, or a
                // headline that is itself a numbered sitting (第五屆第八次理、監事聯席會) with no form below.
                sittingInTitle(context.title) ||
                meetingFromTitle(context.title, true),
            ),
          ),
        ),
        // The leaders of a visit the opening tells (visitors.ts), whether or not they attend the talk,
        // or a visit told by its verbs in the headline or the paragraphs that tell the day.
        leadersOfVisit.length > 0 || [context.title, ...visitedIn].some((p) => VISIT_CLAUSE.test(p)),
      ),
      date,
      location: labelled.location,
      chair: chairFinal,
      attendees,
      observers,
      absentees: labelled.absentees,
      recorder: labelled.recorder,
    },
    // 六月份 / 2023年5月 / 3月上旬: a month names no day, so no date (KEYING 6, 15); the words stay in
    // the noExactDate warning for the secretary.
    dateText: found && !namesNoDay(found) ? closedDate(found.text) : '',
    sections,
    warnings,
  };
}

/**
 * 某县委副书记、县长甲某主持会议 on a line of its own, under a photo: a caption the cleanup took out as
 * page furniture may be the only place the page says who chaired (KEYING 15: a chair named only in a
 * caption is still the chair). Read only when the prose names no chair, and only a caption that is
 * one clause ending in the chairing verb (…主持会议, …主持会议并讲话), read as a sentence would be.
 */
function chairInCaption(captions: readonly string[]): { name: string; title: string } | null {
  for (const raw of captions) {
    const line = raw.trim().replace(/[。.]$/u, '');
    if (line.length > 60 || !CAPTION_CHAIRS.test(line)) continue;
    const chair = readHeader(`${line}。`).chair;
    if (chair.name) return chair;
  }
  return null;
}
const CAPTION_CHAIRS = /^[^，。；：！？,;:!?\s]{4,50}主持(?:会议|會議|大会|大會)?(?:[并並](?:讲话|講話|致辞|致詞))?$/u;

/**
 * 市政协副主席孙某、胡某…出席会议。…胡某主持会议。: a bare name chairing in its own sentence soon after
 * the opening, when the attendance list named that person with a title: the list's title is the
 * chair's (and the chair is then no attendee). A bare name that no list gave stays unread.
 */
function listedChairLater(paragraphs: readonly string[], attendees: readonly { name: string; title: string }[]): { name: string; title: string } | null {
  for (const p of paragraphs) {
    for (const m of p.matchAll(/(?:^|[。；！])\s*(\p{Script=Han}{2,3}?)(?:同志)?主持(?:了)?(?:会议|會議|大会|大會)(?=[。；！]|$)/gu)) {
      const listed = attendees.find((a) => a.name === m[1] && a.title);
      if (listed) return { name: listed.name, title: listed.title };
    }
  }
  return null;
}

/**
 * The date of the opening: a written date (3月5日) before a loose one (5日, 昨天), unless the written
 * one stands in a later sentence and the first sentence dates the meeting loosely (昨天，…召开…。
 * 會議決定，…1月12日舉行: the later date is another meeting's).
 */
function firstSentenceDate(opening: string): FoundDate | null {
  const written = findMeetingDate(opening);
  const own = written ? heldDateAfterAttribute(opening, written) : null;
  if (own) return own;
  const loose = findLooseDate(opening);
  if (!written || !loose) return written ?? loose;
  const end = opening.search(/[。！？]/u);
  const dayOrRelative = loose.day > 0 || loose.relative !== undefined;
  // 常委會昨天舉行第八十二次主任會議，決定…會議于9月26日至28日舉行: a full date after the meeting's
  // own verb, in the same sentence, dates the business it decided; the day before the verb is its own.
  const heldBetween = loose.index < written.index && CONVENES.test(opening.slice(loose.index + loose.text.length, written.index));
  // 11月7日至8日，代表团前往某市考察学习。8日上午，某联席会议在某地举行。: a range of days that dates a
  // visit (its sentence convenes nothing) is the occasion; the day inside it that opens the sentence
  // convening the meeting dates the meeting.
  const firstSentence = end < 0 ? opening : opening.slice(0, end);
  const dayInVisit = end >= 0 && written.index < end && loose.index > end && loose.day > 0 && RANGE_OF_DAYS.test(written.text) && !CONVENES.test(firstSentence) && withinRange(written.text, loose.day);
  return (end >= 0 && written.index > end && loose.index < end && dayOrRelative) || (heldBetween && dayOrRelative) || dayInVisit ? loose : written;
}

const RANGE_OF_DAYS = new RegExp(String.raw`(\d{1,2})\s*日?\s*${RANGE_MARK}+\s*(?:\d{1,2}\s*月\s*)?(\d{1,2})\s*日`, 'u');
/** Whether `day` falls inside the range of days written (7日至8日, 30日至2日 across a month's end). */
function withinRange(text: string, day: number): boolean {
  const m = RANGE_OF_DAYS.exec(text);
  if (!m) return false;
  const from = Number(m[1]);
  const to = Number(m[2]);
  return from <= to ? day >= from && day <= to : day >= from || day <= to;
}

/**
 * 为贯彻落实6月17日召开的全国…会议精神，局于18日下午召开… / 按照国务院1月6日…会议的精神要求，集团于
 * 1月22日下午…召开…: a first date that only qualifies a noun (its clause runs on into 的 and convenes
 * nothing of its own) names another meeting in passing; a later date of the same sentence whose own
 * clause convenes (召开/举行/主持, not 召开的, not a plan) dates the meeting reported.
 */
const PLAN = /决定|決定|建议|建議|将|將|拟|擬|计划|計劃|预计|預計|定于|定於|要求/u;
function heldDateAfterAttribute(opening: string, written: FoundDate): FoundDate | null {
  const end = opening.slice(written.index).search(/[。！？]/u);
  const sentenceEnd = end < 0 ? opening.length : written.index + end;
  const after = written.index + written.text.length;
  const clauseEnd = opening.slice(after, sentenceEnd).search(/[，,；;]/u);
  if (clauseEnd < 0) return null;
  const clause = opening.slice(after, after + clauseEnd);
  if (!/的/u.test(clause) || /(?:召开|召開|举行|舉行|举办|舉辦|主持)(?!的)/u.test(clause)) return null;
  const restAt = after + clauseEnd + 1;
  const rest = opening.slice(restAt, sentenceEnd + 1);
  const next = findMeetingDate(rest) ?? findLooseDate(rest);
  if (!next || (next.day === 0 && next.relative === undefined)) return null;
  const before = rest.slice(0, next.index);
  const ownStart = Math.max(before.lastIndexOf('，'), before.lastIndexOf(','), before.lastIndexOf('；')) + 1;
  const ownEnd = rest.slice(next.index).search(/[，,；;。！？]/u);
  const own = rest.slice(ownStart, ownEnd < 0 ? undefined : next.index + ownEnd);
  if (!/(?:召开|召開|举行|舉行|举办|舉辦|主持)(?!的)/u.test(own) || PLAN.test(own)) return null;
  return { ...next, index: restAt + next.index };
}

/**
 * 会议审议通过了…，决定5月16日在某市召开常委会会议。: a sentence whose every convening verb follows a
 * plan or decision in its clause (决定/建议/将/拟…) tells of a meeting to come, not one held.
 */
function plannedOnly(sentence: string): boolean {
  const verbs = [...sentence.matchAll(CONVENES_ALL)];
  return (
    verbs.length > 0 &&
    verbs.every((v) => {
      const before = sentence.slice(0, v.index);
      const clause = before.slice(Math.max(before.lastIndexOf('，'), before.lastIndexOf(','), before.lastIndexOf('；')) + 1);
      return PLAN.test(clause);
    })
  );
}

/** A line that is a date and nothing else (1月11日上午), or null. */
function wholeDate(line: string): FoundDate | null {
  const found = findMeetingDate(line.trim());
  return found && found.index === 0 && found.text.length === line.trim().length ? found : null;
}

/** The first paragraph before the opening whose clause opens with the day (see leadingDateBefore), or -1. */
function dayToldAt(body: readonly string[], openAt: number): number {
  for (let i = 0; i < openAt; i++) if (openingDay(body[i]!)) return i;
  return -1;
}

function openingDay(paragraph: string): FoundDate | null {
  const found = findMeetingDate(paragraph);
  // 为深入推进…工作，6月27日，…: a purpose clause may stand before the day in the same sentence.
  // 使命催人奋进，实干成就未来。3月1日上午，…大会开幕。: a slogan or the editor's lead may stand
  // before it as a sentence of its own; the day then opens the next sentence.
  const before = paragraph.slice(0, found?.index ?? 0);
  const clauseStart = found && (found.index === 0 || (/[，,]$/u.test(before) && !/[。！？]/u.test(before)) || /[。！？]\s*$/u.test(before));
  return found && clauseStart && /^[，,\s]/u.test(paragraph.slice(found.index + found.text.length)) ? found : null;
}

/**
 * The day a paragraph before the opening opens with (8月5日，…), or null. Read before a dateline's
 * day: the prose that tells the day dates the meeting, the dateline only the issue (某网7月30日某地
 * 消息 30日下午，…来到…。 / 新华社3月15日电 …圆满完成各项议程后，15日上午在…闭幕。), so the dateline
 * at a paragraph's start is passed over here.
 */
function leadingDateBefore(body: readonly string[], openAt: number): FoundDate | null {
  for (let i = 0; i < openAt; i++) {
    const paragraph = afterDateline(body[i]!);
    const found = openingDay(paragraph);
    if (found) return found;
    // 某副总理今天早上参加…联组会。 / 联组会在…礼堂举行: a paragraph before the opening may date the day
    // by the issue (今天, 昨日) or by the day alone (15日上午) in its first sentence, as an opening does.
    const loose = findLooseDate(paragraph);
    if (loose && (loose.relative !== undefined || loose.day > 0)) return loose;
  }
  return null;
}

/** 近日, 日前: the report leaves the day open on purpose. */
const VAGUE_WHEN = /近日|日前|近期|前不久|最近|近来|近來|此前/u;

/**
 * The opening is the first paragraph that convenes or chairs the meeting (…主持召开…, …召开…会议):
 * a reposted 纪要 may carry an editor's note, sub-headings or a title split over two lines above
 * it. Only the first few paragraphs are looked at; without one, the first paragraph opens.
 */
const UNFINISHED = /(?:召开|召開|举行|舉行)了$|[，,、]$/u;
const AWAITED_CONVENING = /(?:为|為|迎接|喜迎|庆祝|慶祝|确保|確保|保障)[^，。；]{0,30}?(?:胜利|勝利|顺利|順利)(?:召开|召開|举行|舉行)/gu;
function openingIndex(body: readonly string[]): number {
  // …第十次会议在某地闭幕。: a closing sitting's report opens with the meeting closing; a body
  // 舉辦s a meeting as it 召開s one.
  // …第五次会议在某地开幕。 / …第一次会议开幕。: a session's first sitting opens its report the same
  // way; without it, a later 大会由X主持 paragraph was taken for the opening and the session's
  // name and the leaders who attended its opening were lost. …第六次会议圆满完成各项议程，于2月3日
  // 上午胜利闭幕: the sitting's close may come after what the session did, at its 胜利/圆满/隆重.
  // …第二十五次会议闭会。: a standing committee's sitting closes with 闭会 as a session's with 闭幕.
  // …会议圆满完成各项议程，昨日上午在某地闭幕: the close may follow the clause that finished its agenda.
  // …会议于今天下午在某剧院开幕: the day may stand after 于/於, and be the (今天, 昨日).
  // 为全国“两会”胜利召开营造安全稳定的环境 / 迎接党代会顺利召开: a meeting whose convening is a
  // purpose or an occasion to greet, still to come, is not the one reported.
  const at = body.slice(0, 6).findIndex((p) => convenesHere(withoutHopedConvening(p.replace(AWAITED_CONVENING, ''))));
  if (at >= 0) return at;
  // 会议时间：… / 会议议题：1.…5.… / 参会领导：… / 会议内容： / 5月28日下午，县长甲主持召开…: a form's fields
  // and its numbered agenda may fill the first lines; further down, only a paragraph that opens with
  // its day and has someone chair the meeting it convenes is taken for the opening.
  const later = body.slice(6, 16).findIndex((p) => DAY_FIRST.test(p.trim()) && /主持召开|主持召開/u.test(p));
  return later < 0 ? 0 : later + 6;
}

/**
 * 希望今后举办更多同类型座谈会 / 期待下次在某地召开: a meeting hoped for, still to come, convenes nothing;
 * the sentence that wishes it is taken out before the paragraph is asked whether it convenes.
 */
const HOPED = /(?:希望|期待|期盼|盼望|今后|今後|下一步|下次|未来|未來)[^。！？；]{0,30}?(?:召开|召開|举行|舉行|举办|舉辦)/u;
function withoutHopedConvening(p: string): string {
  return HOPED.test(p)
    ? p
        .split(/(?<=[。！？；])/u)
        .filter((x) => !HOPED.test(x))
        .join('')
    : p;
}

/** The paragraph convenes, chairs, opens or closes a sitting (see openingIndex). */
function convenesHere(p: string): boolean {
  return (
    /(主持|召开|召開|举行|舉行|举办|舉辦|(?:会议|會議)(?:[于於]?(?:(?:[0-9０-９]{1,2}月)?[0-9０-９]{1,2}日|今天|今日|昨天|昨日)(?:上午|下午|晚上|晚)?在[^，。；]{1,20}|在[^，。；]{1,20}|[^。；]{0,60}?(?:胜利|勝利|圆满|圓滿|隆重)|[^，。；]{0,6}(?:完成|結束|结束)(?:了)?[^，。；]{0,6}(?:议程|議程|任务|任務)[，,][^，。；]{0,30}?)?(?:开幕|開幕|闭幕|閉幕|闭会(?!期)|閉會(?!期))(?![式会會词詞辞辭]))/u.test(
      p,
    ) &&
    // …在庄严的国歌声中隆重开幕！: an opening may be one sentence ending in an exclamation mark.
    /[，,。！]/u.test(p) &&
    !/^(会议|會議)(指出|强调|強調|要求)/u.test(p)
  );
}

/**
 * Where the sentence of the reported meeting starts in the opening: 0 unless the opening convenes
 * more than one meeting and a later one's name shares clearly more with the headline than the
 * first one's (at least four characters in a row). Without a headline the first meeting stands.
 */
// 舉辦…座談會: a body holds a meeting as it convenes one (header.ts reads the same verbs).
const CONVENES = /(召开|召開|举行|舉行|举办|舉辦)/u;
const CONVENES_ALL = /召开|召開|举行|舉行|举办|舉辦/gu;
function reportedMeetingAt(opening: string, title: string): number {
  // Nearly every opening convenes once: count before cutting sentences.
  if ((opening.match(CONVENES_ALL) ?? []).length < 2) return 0;
  const head = title.replace(/\s+/gu, '');
  const starts: number[] = [];
  let start = 0;
  // 5月22日，组织…；5月27日，X主持召开…；5月31日，…召开…: a ；-run of dated events is as many sentences.
  for (const sentence of opening.split(/(?<=[。！？；])/u)) {
    if (CONVENES.test(sentence) && !plannedOnly(sentence)) starts.push(start);
    start += sentence.length;
  }
  if (starts.length < 2) return 0;
  // 省委全会24日召开…。28日，某会举行中心组会议，学习贯彻两次会议精神: a later dated sentence that
  // convenes a meeting to pass on a meeting's 精神 reports the meeting held; the one convened before
  // it is the higher meeting passed on (with or without a headline to compare).
  if (!PASSES_ON.test(sentenceFrom(opening, starts[0]!))) {
    const passing = starts.slice(1).find((at) => DAY_FIRST.test(opening.slice(at).trim()) && PASSES_ON.test(sentenceFrom(opening, at)));
    if (passing !== undefined) return passing;
  }
  if (head.length < 4) return 0;
  const score = (start: number) => {
    const end = opening.slice(start).search(/[。！？；]/u);
    return sharedRun(readMeetingName(opening.slice(start, end < 0 ? undefined : start + end + 1)), head);
  };
  const first = score(starts[0]!);
  let best = 0;
  let bestScore = first;
  for (const start of starts.slice(1)) {
    const sc = score(start);
    if (sc >= 4 && sc > bestScore + 1) {
      best = start;
      bestScore = sc;
    }
  }
  // 從100年度起市府即到各地舉辦座談。19日在…舉辦第3場座談會: a first sentence with no day of its
  // own speaks of the practice in general; the later sentence that opens with the day reports the
  // meeting held.
  if (best === 0 && !DAY_IN.test(sentenceFrom(opening, 0))) {
    const dated = starts.slice(1).find((at) => DAY_FIRST.test(opening.slice(at)));
    if (dated !== undefined) return dated;
  }
  return best;
}

/** 传达学习…精神, 学习贯彻…会议精神: a meeting convened to pass on another's. */
const PASSES_ON = /(?:传达|傳達|学习|學習|贯彻|貫徹)[^。！？；]{0,40}?精神/u;
const DAY_IN = /\d{1,2}日|[一二三四五六七八九十]{1,3}日|[今昨前][天日]|[今昨][（(]\d{1,2}[）)]日/u;
const DAY_FIRST = /^(?:\d{1,2}月)?\d{1,2}日|^[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日/u;
function sentenceFrom(text: string, at: number): string {
  const end = text.slice(at).search(/[。！？；]/u);
  return text.slice(at, end < 0 ? undefined : at + end);
}

/** The longest run of characters `a` and `b` share. */
function sharedRun(a: string, b: string): number {
  let best = 0;
  for (let i = 0; i < a.length; i++) for (let n = best + 1; i + n <= a.length && b.includes(a.slice(i, i + n)); n++) best = n;
  return best;
}

/** What a group of people ends with (各乡镇主要负责同志, 班子成员): not a clause (会议要求). */
const KIND_OF_PEOPLE = /(?:负责人|負責人|负责同志|負責同志|同志|成员|成員|干部|幹部|代表|人员|人員|领导|領導|委员|委員|主任|书记|書記|职工|職工|党员|黨員)$/u;
const AT_VENUE = /在[^，。；、]{1,20}(?:会场|會場|现场|現場|会议室|會議室)$/u;
/**
 * 常委會組成人員78人出席會議, …80余人参加传达学习会, 縣府各單位…主管一同與會, …共廿五名師生出席，會上…:
 * groups of people said to attend, the verb closing its clause (the meeting after it, if any, is one
 * word ending in 会). Read only when the groups say they are several (countedGroupsOnly). How they
 * came (准时, 现场, 分别, 应邀 …) is attendance-manner.ts's one list, as for every attendance reader.
 */
const GROUPS_ATTEND = new RegExp(
  String.raw`^([^。；！？]{4,120}?)${ATTENDANCE_MANNER}*(出席|列席|参加|參加|参会|參會|与会|與會)(?:了)?(?:(?:本次|此次|这次|這次|该次|該次)?\p{Script=Han}{0,12}?(?:会议|會議|会|會|活动|活動|座谈|座談))?(?=[并並，。；,;]|$)`,
  'u',
);
/** 出席预备会议的代表147人, 出席會議的委員25名: the members present, counted (not 应出席…, who should be). */
const MEMBERS_COUNTED =
  /(?<![应應])(出席|列席)(?:了)?(?:本次|此次|预备|預備)?(?:会议|會議|大会|大會)的(代表|委员|委員|成员|成員|组成人员|組成人員)(?:共|共有)?[0-9０-９一二三四五六七八九十百千]+(?:人|名)/u;
/** A sentence that tells who will, should or is asked to attend, not who did. */
const UNSURE_ATTENDANCE = /将|將|拟|擬|要求|请|請|应当|應當|需要|须|須|届时|屆時|希望|邀请|邀請|通知|不得|未能|未|没有|沒有|缺席|请假|請假/u;
/**
 * 企划部部长X列席会议并汇报了…。 / 副县长Y出席会议并讲话。 in a paragraph after the opening: named
 * people who attend, said where they do their business. A sentence that opens with titled, named
 * people and an attendance verb on the meeting adds them; the sentence stays in its section.
 * Named people only (every part a title and a name): a group said to attend later in the text is
 * as often an instruction (各单位负责人参加会议的要…).
 */
function attendingInBody(body: readonly string[], openAt: number, meeting = ''): { attendees: Person[]; observers: Person[]; enumerated: { list: string; people: Person[]; observer: boolean }[] } {
  const out = { attendees: [] as Person[], observers: [] as Person[], enumerated: [] as { list: string; people: Person[]; observer: boolean }[] };
  // The opening itself is read by readHeader first; clauses it may miss there (a guest who 到会列席
  // 指导 or 巡听旁听 the session, counted groups past the meeting it convenes) are read here too, and
  // once() keeps the header's reading of anyone both find.
  for (let i = openAt; i < body.length; i++) {
    const p = body[i]!;
    if (!/出席|列席|参加|參加|参会|參會|与会|與會|到会|到會|旁听|旁聽|聆听|聆聽|分会场收|分會場收|主会场收|主會場收/u.test(p)) continue;
    // 常务副主席X主持会议；副主席A、B出席会议 (；or a page's ASCII ;): the chair's clause before the
    // list is its own sentence here, as a full stop would make it.
    // 副主席A、B出席闭幕大会 / …秘书长C出席。 / …参加学习: the verb may close its clause on the sitting,
    // the activity or nothing (attending-clauses.ts), and a sentence may hold several such clauses.
    for (const clause of p.split(/[。！？；;]/u).flatMap((x) => attendingClauses(x, meeting))) {
      // 同时也请各乡镇长踊跃出席: who is asked to attend is not who did (read of the roll's own words
      // below: 探讨未来合作，甲、乙出席 tells of the future before the roll, not of its attending).
      const unsure = UNSURE_ATTENDANCE.test(clause.list);
      // …召开…会报，会议由X区长主持，Y顾问出席: the sentence may first convene the meeting or name its
      // chair; the list is what follows the clause that does.
      // 副主席A，秘书长B陪同，书记C参加调研: an earlier attendance clause is not part of this list.
      const earlier = [...afterChairClause(clause.list).matchAll(/(?:出席|列席|参加|參加|参会|參會|陪同)(?:了)?(?:会议|會議)?(?:[，,、]|以及|及)/gu)].pop();
      const list = earlier ? afterChairClause(clause.list).slice(earlier.index + earlier[0].length) : afterChairClause(clause.list);
      if (!list) continue;
      // 副市长X在某分会场参加会议: where they sat is not part of who they are.
      // 全国人大代表X等出席会议: 等 (一行, 等人) after the named says others came, not who.
      // 县领导A、B，各乡镇主要负责同志参加会议: titled, named people may be followed by groups (KEYING 8);
      // the named ones say the sentence reports who attended, so the groups are taken with them.
      const named = (x: Person) => !!x.title && x.name.length <= 4;
      const group = (x: Person) => !x.title && !looksLikeName(x.name) && x.name.length <= 30 && !/[，。；]/u.test(x.name) && KIND_OF_PEOPLE.test(x.name);
      const roll = rollClosing(list.replace(AT_VENUE, '').replace(/(?<=\p{Script=Han}{2})(?:一行|等人|等)$/u, ''), named, group);
      if (UNSURE_ATTENDANCE.test(roll.words)) continue;
      const people = roll.people;
      // 李宏伟、程云海、许映雪出席会议并在主席台就座: a run of bare names (two or more, each a listed
      // surname and a given name) says as plainly who attended as titled ones do.
      const bare = people.length >= 2 && people.every((x) => !x.title && looksLikeName(x.name));
      if (!bare && (!people.length || !people.some(named) || !people.every((x) => named(x) || group(x)))) {
        // 院领导、职能部门负责人，科室主任、护士长，党支部书记参加大会: groups only, the page enumerating
        // them (structure/people.ts enumeratedGroupsOnly); not at a meeting the sentence convenes
        // that the report's name does not share (one relayed or recalled).
        const words = list.replace(AT_VENUE, '');
        const kinds = enumeratedGroupsOnly(words);
        const another = /召开|召開|举行|舉行/u.test(p) && sharedRun(meeting, clause.list) < 6 && i > openAt;
        if (kinds.length && !another && !unsure) out.enumerated.push({ list: words, people: kinds, observer: clause.verb === '列席' });
        continue;
      }
      // In the opening, readHeader has read its lists of groups and bare names already; a clause
      // there adds titled, named people only (江北、江南等乡镇负责人 is no run of names).
      if (i === openAt && !people.every(named)) continue;
      out[clause.verb === '列席' ? 'observers' : 'attendees'].push(...people);
    }
    for (const sentence of p.split(/[。！？；]/u)) {
      // …现有代表158人，出席预备会议的代表147人，符合法定人数: a congress's roll names the members
      // who attended by their kind, the count after them (KEYING 8: the count is no part of the group).
      const roll = MEMBERS_COUNTED.exec(sentence);
      if (roll) out[roll[1] === '列席' ? 'observers' : 'attendees'].push({ name: roll[2]!, title: '', unit: '' });
      const g = GROUPS_ATTEND.exec(sentence.trim());
      // 燕州省人代会…召开，全省700余名省人大代表参加会议 after the opening: a sentence that convenes a
      // meeting the report's name does not share tells of another meeting (one relayed or recalled).
      const another = i > openAt && /召开|召開|举行|舉行/u.test(sentence) && sharedRun(meeting, sentence) < 6;
      if (!g || UNSURE_ATTENDANCE.test(sentence) || another) continue;
      // 院党委书记X作传达报告，院党政领导班子成员、全院中层干部80余人参加传达学习会: the clause right
      // before the verb is the list; earlier clauses are what was done, and so is an earlier group's
      // attendance joined by 、 (各部门负责人现场参会、各子公司负责人以视频方式参加会议).
      const clause = g[1]!.split(/[，,]|(?:出席|列席|参加|參加|参会|參會|与会|與會)(?:了)?(?:会议|會議)?、/u).pop()!;
      // 县政府班子成员出席会议。: one group with no mark of several, read where it is the whole clause
      // closing on the verb (people.ts loneGroupOnly); as an enumerated roll is, it is left where a
      // reader above took people from the same words (全县部分乡镇，县直部门负责人 read whole).
      const counted = countedGroupsOnly(clause);
      const lone = counted.length ? [] : loneGroupOnly(clause);
      if (lone.length) out.enumerated.push({ list: clause, people: lone, observer: g[2] === '列席' });
      else out[g[2] === '列席' ? 'observers' : 'attendees'].push(...counted);
    }
  }
  return out;
}

/**
 * The people `words` (the words before an attendance verb) list. …一行到访我会交流座谈，介绍…，探讨…，
 * 我会秘书长甲、副会长乙等出席: a sentence may tell what was done before it says who attended, so
 * when the whole does not read as a roll, the comma parts closing it are read while each part names
 * titled people (a 、-list of title and name) or groups; the first part that does not ends the roll,
 * and the run counts only if it names someone. The words whole otherwise, as parsePeopleList reads them;
 * `words` are those the people were read from.
 */
function rollClosing(words: string, named: (p: Person) => boolean, group: (p: Person) => boolean): { people: Person[]; words: string } {
  const whole = { people: parsePeopleList(words), words };
  if (whole.people.length && whole.people.every((x) => named(x) || group(x))) return whole;
  const parts = words.split(/[，,]/u);
  let from = parts.length;
  while (from > 0) {
    const part = parsePeopleList(parts[from - 1]!.trim());
    if (!part.length || !part.every((x) => named(x) || group(x))) break;
    from--;
  }
  if (from === 0 || from === parts.length) return whole;
  const closing = parts.slice(from).join('，');
  const run = parsePeopleList(closing);
  // Cut out of a longer sentence, the roll must look like one: each titled person's name a surname
  // and a given name (工有主任委员 is a damaged 共有 before posts, not 主任委员 工有).
  const person = (x: Person) => named(x) && looksLikeName(x.name.replace(/等$/u, ''));
  return run.some(person) && run.every((x) => person(x) || group(x)) ? { people: run, words: closing } : whole;
}

/** `list` from the clause after its last convening or chairing clause ('' when that clause ends it). */
function afterChairClause(list: string): string {
  const cut = Math.max(...['主持', '召开', '召開', '举行', '舉行'].map((w) => list.lastIndexOf(w)));
  if (cut < 0) return list;
  const comma = list.slice(cut).search(/[，,]/u);
  return comma < 0 ? '' : list.slice(cut + comma + 1);
}

/** The title written before `name` at its first titled mention in `paragraphs` ('' if none). */
function titleElsewhere(name: string, paragraphs: readonly string[]): string {
  for (const p of paragraphs) {
    for (let at = p.indexOf(name); at >= 0; at = p.indexOf(name, at + 1)) {
      const clause =
        p
          .slice(Math.max(0, at - 24), at)
          .split(/[，。；：！？,;:]/u)
          .pop() ?? '';
      const person = parsePerson(clause + name);
      if (person?.name === name && person.title && person.title.length >= 2) return person.title;
    }
  }
  return '';
}

/** People in order, each name once (the first mention keeps its title). */
function once(people: Person[]): Person[] {
  const seen = new Set<string>();
  return people.filter((p) => !seen.has(p.name) && !!seen.add(p.name));
}

/** A 纪要 titled 关于…的会议纪要 names its meeting: the title without 纪要. */
function meetingFromTitle(title: string, form: boolean): string {
  // …市政會議紀錄111/01/04: a record (纪录/紀錄) names it too, its date after it.
  // 20140402-…會議紀錄: a file's date run before the headline is no part of the meeting's name.
  const headline = title.trim().replace(/^\d{6,8}\s*[-－_]\s*(?=\p{Script=Han})/u, '');
  const m = /^(.+?(会议|會議|会|會))(纪要|紀要|纪录|紀錄|记录|記錄)(?:\s*\d{2,4}[/.-]\d{1,2}[/.-]\d{1,2})?$/u.exec(headline);
  // …委員會會議會議紀錄: the meeting's name, then 會議紀錄 as the record's kind; 會議 once.
  // …第二次工作會報會議紀錄: a 會報 (a Taiwan office's briefing meeting) is the meeting itself, so
  // the 會議 after it belongs to the record's kind as well.
  if (m) return m[1]!.replace(/(会议|會議|会报|會報)(?:会议|會議)$/u, '$1');
  // 第317次主管會報 over 主席：… 紀錄：…: a form's headline that is a numbered meeting is its name.
  const numbered = /^[^\s，。：:]{0,20}第[\d一二三四五六七八九十百]{1,5}次[^\s，。：:]{1,24}(会议|會議|会报|會報|例会|例會|会|會)$/u;
  return form && numbered.test(title.trim()) ? title.trim() : '';
}

/**
 * 新闻|某医院职代会召开（二）: a name read from a headline keeps the page's marks, a column word set off
 * by a bar before it and the part number of a story printed in parts after it; neither is the
 * meeting's. A body's name before the bar (某集团|2025年工作会议) is the body convening, written with
 * the name (KEYING 1). (The title keeps them: keys write the headline as the page shows it.)
 */
/**
 * 与村干部进行了交流会 / 了宣讲会 / 听取和审议了…议案: a meeting's name is a noun phrase, and the
 * particle 了 marks a verb done; a reading that holds one (outside a quoted or titled name) took a
 * clause for the name, and the header is better left empty (KEYING 16: a name only where one is
 * written). 了解 is a word of its own.
 */
/*
 * 甲等领导陪同调研并座谈 / 乙市长一行到访我会交流座谈 / 区卫健委领导班子成员参会: people who come
 * along (陪同), a visiting party (一行, 到访, 莅临) or a verb of attending at the end (参会) make the
 * reading a clause about who came, never a name, for the same reason.
 */
const WHO_CAME = /陪同|一行|到访|到訪|莅临|蒞臨|(?:参会|參會)$/u;
/**
 * 我县组织收看全省某电视电话会议: a body that watched or listened to another body's broadcast meeting
 * is no part of that meeting's name (KEYING 1: the meeting named is the one held, 全省…会议).
 */
const WATCHED = /^\p{Script=Han}{0,12}?(?:组织|組織)?(?:收听收看|收看收听|收聽收看|收看收聽|收看|收听|收聽)(?:了)?(?=\p{Script=Han}{4,}(?:会议|會議)$)/u;
function clauseNoName(name: string): string {
  const plain = name.replace(/[“「『《][^”」』》]*[”」』》]/gu, '');
  if (/了(?!解)/u.test(plain.replace(WATCHED, '')) || WHO_CAME.test(plain)) return '';
  return name.replace(WATCHED, '');
}

/**
 * 省政府党组会议和常务会议 / 党委会、党政联席会和中心组学习会议 / 支委会及民主生活会: meetings listed as
 * one object of 召开 give the first (KEYING 23, 24); 暨 joins one name and stays. A list inside a
 * study's object (学习贯彻县人大会议和县政协会议精神会议) is the matter studied, not two meetings.
 */
const LISTED_MEETINGS = /^(.*?(?:会议|會議|会|會))(?:和|及|与|與|、)(?=.*?(?:会议|會議|会|會)$)/u;
export function firstOfListed(name: string): string {
  const m = LISTED_MEETINGS.exec(name);
  if (!m) return name;
  const first = m[1]!;
  const last = name.split(/和|及|与|與|、/u).pop()!;
  // 管委會、區政府黨組會議: a body's name ending in 会 (委会, 协会) lists the conveners, not meetings.
  // …第三次会议、…第三次会议“三会”筹备工作部署会: the meetings named are the matter of a last one.
  if (endsLikeBody(first) || /(?:会议|會議).{2,}(?:会|會)$/u.test(last)) return name;
  if (/精神(?:会议|會議|会|會)$/u.test(name)) return name;
  // 学习贯彻县人大会议和县政协会议精神…: a study's object lists what is studied.
  if (/(?:学习|學習|贯彻|貫徹|传达|傳達|落实|落實)/u.test(first.replace(/(?:中心组|中心組)?(?:学习|學習)(?:会议|會議|会|會)$/u, ''))) return name;
  return first;
}

/**
 * A talk a visiting leader holds in passing (甲到某镇调研，…召开座谈会): the report is of the visit,
 * and the talk held on it names no meeting (KEYING 23, 24: `""`). Only a bare kind of talk, with no
 * body and no matter of its own (座谈会, 调研座谈会, 汇报会): a body's own visit that convenes a named
 * meeting (某局到某县调研，就…召开工作协调会) keeps the body and the name (KEYING 24), and the readers
 * put the body before the kind where the text gives one.
 */
const BARE_TALK = /^(?:调研|調研|工作|专题|專題|交流)?(?:座谈会|座談會|座谈|座談|汇报会|匯報會|见面会|見面會)$/u;
/** Going somewhere (深入, 到, 赴, 来到) to do a visit's work (调研, 考察, 视察…), within one clause. */
const VISIT_CLAUSE = /(?:深入|(?<![达達得受])到|赴|前往|来到|來到|莅临|蒞臨)[^，。；！？,;]{1,30}?(?:调研|調研|考察|视察|視察|检查|檢查|督导|督導|走访|走訪|慰问|慰問|看望)/u;
function talkInPassing(name: string, visit: boolean): string {
  return visit && BARE_TALK.test(name) ? '' : name;
}

/** The name as a 纪要 writes it: the first of listed meetings, without a theme clause. */
function meetingAsWritten(name: string): string {
  return withoutTheme(firstOfListed(name));
}

/**
 * 某协会以“勇担使命、再出发”为主题的座谈会: a theme clause is no part of the name (KEYING 23), also
 * where the body that convenes stands before it (header.ts drops it at the name's start only).
 */
export function withoutTheme(name: string): string {
  return name.replace(/(?<=\p{Script=Han})(?:以|围绕|圍繞)[“「"][^“”「」"]{2,40}[”」"](?:为|為)(?:主题|主題)的(?=\p{Script=Han}{4,})/u, '');
}

function meetingWithoutBar(name: string): string {
  return name
    .replace(/^\s*(\p{Script=Han}{2,12})\s*[|｜]\s*(?=[\p{Script=Han}\d])/u, (_mark, word: string) => (endsLikeBody(word) ? word : ''))
    .replace(/(?<=\p{Script=Han}{4})\s*[（(]\s*[一二三四五六七八九十]{1,2}\s*[）)]\s*$/u, '');
}

/**
 * 西河市政府召开常务会议 as the headline when the body only says 市长X主持会议: the headline's own
 * convening clause names the meeting, read as an opening would be. Only when nothing else does.
 */
function convenedInTitle(title: string): string {
  return headlineMeeting(title, /(召开|召開|举行|舉行)/u);
}

/**
 * 某省十四届人大一次会议闭幕 as the headline when the body only says X主持会议: a session that opens or
 * closes in the headline is its subject, as in an opening sentence (header.ts reads 开幕/闭幕 so).
 * Read after the paragraph before the opening: where that names the session, it says it as the page
 * wrote it in full (中国人民政治协商会议第…次会议 over the headline's 全国政协…会议).
 */
function sittingInTitle(title: string): string {
  return headlineMeeting(title, /(开幕|開幕|闭幕|閉幕)/u);
}

/** The meeting the headline's first phrase names, read as an opening sentence, where `verb` occurs in it. */
function headlineMeeting(title: string, verb: RegExp): string {
  return verb.test(title) ? readHeader(title.split(/\s+/u)[0]!).meetingName : '';
}

// …参加会议。（图/文：县新闻中心 X） / …到會聽取委員發言。（據《某日報》X）: a credit by role or by
// source in the closing bracket is the same byline.
const BYLINE_AFTER = /(?<=[。；])\s*[（(][^（）()。，,；;]{2,30}[）)]\s*$/u;
const HELD_HOW =
  /^(?:本次|此次)?(?:会议|會議)(?:以|采取|採取|采用|採用|通过|通過)[^。；]{1,20}(?:形式|方式)[^。；]{0,30}[。；]$|^(?:会议|會議)[^。；]{0,10}(?:开到|開到|延伸至|延伸到)[^。；]{1,20}[。；]$|^[^。；]{1,20}(?:设分会场|設分會場)[。；]$/u;

// (本次大会)应出席委员485人，实到466人，符合章程规定。: a congress's head count says nothing of who chaired or
// attended; a paragraph that gives it beside 大会由X主持 is still the chair's paragraph.
// 省政协十一届一次会议应出席委员837人…: the session may be named in full before the count.
const QUORUM = /^(?:(?:本次|此次|这次|這次|[^，。；,]{2,30}?)?(?:大会|大會|会议|會議))?(?:应|應)(?:出席|到会|到會|到)[^。；]{1,40}(?:实到|實到|出席|到会|到會)[^。；]{0,40}[。；]?$/u;

/** A sentence that ends by attending or chairing: …出席会议, …列席會議, 会议由X主持. */
const ATTENDANCE_START = new RegExp(`^${LIST_FOLLOWS}`, 'u');
// 参加活动 / 出席座谈: a guest at an event attends it as at a meeting.
// 出席并就人事事项作了说明: a guest who attends and explains a matter attends all the same.
// …负责人参加本次会议: 本次/此次/这次 point at the meeting reported.
// …应邀在主席台就座，听取委员发言: what the guests came to hear says nothing more of who they are.
// …等在主席台就座，祝贺大会召开: nor does the greeting a congress's report gives its guests.
// 省委书记甲，省长乙以及省直有关部门负责人到会听取委员发言: guests who came to hear the members
// attend as the header reads them (header.ts ATTEND), also in a paragraph after a presidium list.
// 指导组成员甲、乙到会指导: guests who came to guide the meeting attend it (KEYING 14: 出席), as
// header.ts's attendance verbs read them inside the opening.
// …部长甲陪同。 / …负责人陪同调研。: a line of who accompanied the visiting leader says who attended
// (KEYING 11), as 出席 does.
// …在各乡镇分会场收听收看会议实况。: those who followed a video meeting from a branch venue attended
// it (KEYING 18), so a closing line of them is an attendance line too.
// …主要负责同志聆听报告。: those who came to hear a report attended it (header.ts HEARD).
const ATTENDANCE_END =
  /(出席|列席|参加|參加|参会|參會|与会|與會|(?:聆听|聆聽)(?:了)?\p{Script=Han}{0,6}?(?:报告|報告|宣讲|宣講|讲座|講座|党课|黨課)|到会指导|到會指導|到会(?=听取|聽取)|到會(?=听取|聽取)|主持|陪同(?:调研|調研|考察|视察|視察|检查|檢查)?|(?<=分会场|分會場|主会场|主會場)(?:收听收看|收聽收看|收看)(?:了)?(?:会议|會議)?(?:实况|實況)?|在主席[台臺](?:上|前排)?就[座坐])(?:了)?(?:本次|此次|这次|這次|该次|該次|是次)?(?:会议|會議|大会|大會|活动|活動|座谈会|座談會|座谈|座談)?(?:并讲话|並講話|并|並|[并並]就[^，。；]{1,30}(?:作了|作|做了|做)(?:说明|說明|讲话|講話|发言|發言))?(?:[，,]?(?<=[，,]|到会|到會)(?:听取|聽取)[^，。；]{1,20}|[，,](?:祝贺|祝賀)(?:大会|大會|会议|會議)(?:的)?(?:胜利|勝利|隆重)?(?:召开|召開|开幕|開幕))?$/u;
/** 闭幕会执行主席由A、B、C担任: who presides over a congress's sitting, said of the sitting. */
const PRESIDIUM = /(?:执行主席|執行主席)由[^。；]{2,40}(?:担任|擔任)$/u;
/** A sentence (without its closing mark) that only says who attended, chaired or presided. */
const attendanceSentence = (x: string): boolean => ATTENDANCE_END.test(x) || endsAttendingEvent(x) || PRESIDIUM.test(x);
/** …，出席者包括A、B及C: a sentence whose list follows the verb. */
const LIST_AFTER = new RegExp(LIST_FOLLOWS, 'u');

/**
 * Paragraphs that only say who chaired or attended: short, an attendance or chairing verb at the
 * end, no lead of their own. Looked for among the last two paragraphs (newspaper style: 市政协副主席
 * 张亮、许云生出席会议。) and the two right after the opening, where every sentence must be one.
 * A last paragraph that does business before its attendance sentences gives `keep`, the business
 * the caller leaves in its place (the paragraph is removed when `keep` is '').
 * Returned from the last paragraph up, so removing them in order keeps the indices right.
 */
function attendanceParagraphs(body: string[], openAt: number, later = body.length): { index: number; header: ReturnType<typeof readHeader>; keep: string }[] {
  const out: { index: number; header: ReturnType<typeof readHeader>; keep: string }[] = [];
  const tail = new Set([later - 1, later - 2]);
  // …参加会议。（王某 李某）: the reporters' byline after the sentence is not part of it.
  // 会议以视频形式召开，各县设分会场。…参加会议。: how the meeting was held, before who attended,
  // says nothing of its own; the attendance after it is read as if it stood alone.
  const cleaned = (index: number): string =>
    body[index]!.replace(BYLINE_AFTER, '')
      .split(/(?<=[。；])/u)
      .filter((x) => !HELD_HOW.test(x) && !QUORUM.test(x.trim()))
      .join('');
  // 会议由X主持。…参加会议: the meeting as the subject of 由X主持 still only says who chaired.
  // 會議於五月三十一日下午在…舉行，由X主持，出席者包括…: where and when, then who, is too.
  // 与会人员一致认为… opens business; 與會者包括… (ATTENDANCE_START) opens a list and is read.
  const readable = (p: string): boolean => !!p && p.length <= 400 && !/^(?:会议|會議)(?!由|於|于|在)|^(?:会上|會上)/u.test(p) && !(/^(?:与会|與會)/u.test(p) && !ATTENDANCE_START.test(p));
  const allAttendance = (p: string): boolean => {
    const sentences = p.split(/[。；;]/u).filter((x) => x.trim());
    return sentences.length > 0 && sentences.every((x) => attendanceSentence(x.trim()) || LIST_AFTER.test(x));
  };
  const onlyPeopleBetween = (index: number): boolean => {
    for (let k = openAt + 1; k < index; k++) {
      const c = cleaned(k);
      if (c.trim() && !(readable(c) && allAttendance(c))) return false;
    }
    return true;
  };
  for (let index = later - 1; index > openAt; index--) {
    // A congress's opening may give the head count, the chair and guests, then the rostrum, each in a
    // paragraph: a third paragraph is still the opening's when the one before it only named people.
    // …and so on down a congress's opening (rostrum rows, then the head count, then 胡某主持会议。),
    // while every paragraph between only named people or counted them.
    const nearOpening = index <= openAt + 2 || (index <= openAt + 6 && onlyPeopleBetween(index));
    if (!tail.has(index) && !nearOpening) continue;
    const p = cleaned(index);
    if (!readable(p)) continue;
    const every = allAttendance(p);
    // …or opens with it: 参加这次会议的有…。
    // …or says who else came after those it named: A、B也出席了会议，出席会议的还有：…。
    const last =
      ATTENDANCE_END.test(p.replace(/[。；]$/u, '')) ||
      /(出席|列席|参加|參加)(?:了)?(?:本次|此次|这次|這次|该次|該次)?(?:会议|會議)。?$/u.test(p) ||
      ATTENDANCE_START.test(p) ||
      listAfterAttendance(p);
    if (!(tail.has(index) && out.length === 0 && last) && !(nearOpening && every)) {
      // 镇党委书记X，镇长Y等参加了会议。会议解读了…: the paragraph right after the opening may say who
      // attended first and then go on to the business; the attendance sentences are the opening's
      // account and the business stays as the paragraph. One that opens by chairing or speaking
      // (X主持会议。Y汇报了… / X出席会议并致辞，他对…) stays whole: that sentence is a section of its
      // own (acting-attendee.ts); who it names is read all the same.
      const { lead, rest } = index === openAt + 1 ? attendanceBefore(p) : { lead: '', rest: '' };
      const header = lead ? readHeader(lead) : null;
      const restAt = lead ? body[index]!.indexOf(rest.trim()) : -1;
      if (header && restAt > 0 && (header.attendees.length || header.observers.length))
        out.push({ index, header, keep: actsWhileAttending(lead.split(/[。；;]/u)[0]!) ? body[index]! : body[index]!.slice(restAt).trim() });
      continue;
    }
    // 最后，X强调…。镇全体领导…参加了会议。: a closing paragraph that does business before saying who
    // attended keeps its business as the report's last item (bench/KEYING.md 2); only the trailing
    // attendance sentences are the opening's account.
    const business = every ? '' : businessBefore(p);
    const attendance = business ? p.slice(business.length) : p;
    const header = readHeader(attendance);
    // The business as written (a byline or a how-it-was-held sentence inside it stays its own).
    const at = business ? body[index]!.lastIndexOf(attendance.trim()) : -1;
    const keep = at > 0 ? body[index]!.slice(0, at).trim() : business;
    // 副市长X主持会议。 / 会议由X主持，Y出席。 / 副市长X出席并讲话。 on a paragraph of its own after the
    // convening one: who chaired or attended is read here all the same, but the line stays in the
    // body, an `other` section of its own (bench/KEYING.md 19-21, 30: a chair or attend-and-speak
    // sentence opening a later paragraph; acting-attendee.ts); only who merely attended goes.
    const chairLine = !keep && actsWhileAttending(p) && !CONVENES_HERE.test(p);
    if (header.chair.name || header.attendees.length || header.observers.length) out.push({ index, header, keep: chairLine ? body[index]! : keep });
  }
  return out;
}

/** A paragraph that itself convenes or holds the meeting (會議於…舉行，由X主持): the opening's, not a step. */
const CONVENES_HERE = /召开|召開|举行|舉行/u;

/**
 * A paragraph of one sentence that names who attended, then opens the list of who else did:
 * 粟某、冯某也出席了会议，出席会议的还有：主席团其他成员，州发改委主任…。
 */
function listAfterAttendance(p: string): boolean {
  const sentence = p.replace(/[。；]$/u, '');
  if (/[。；！？]/u.test(sentence)) return false;
  const m = LIST_AFTER.exec(sentence);
  if (!m || m.index === 0) return false;
  const before = sentence.slice(0, m.index).replace(/[，,]$/u, '');
  return before !== sentence.slice(0, m.index) && attendanceSentence(before.trim());
}

/** 一行首先来到…, 先后前往…: a visiting party going somewhere. */
const WENT_THERE = /一行(?:首先|先后|先後|随后|隨後|专程|專程)?(?:来到|來到|前往|走进|走進|深入)/u;

/**
 * The attendance sentences opening a paragraph that then does business (…参加了会议。会议解读了…), or
 * '' when the paragraph does not open with one or is nothing else.
 */
function attendanceBefore(p: string): { lead: string; rest: string } {
  const none = { lead: '', rest: '' };
  const sentences = p.split(/(?<=[。；;])/u).filter((x) => x.trim());
  let cut = 0;
  // 甲一行首先来到某镇政府参加座谈会。: a visit's step that ends by attending is the visitors' own act
  // (a named actor's paragraph, leadless.ts), not a line of who attended.
  while (cut < sentences.length && /[。；;]$/u.test(sentences[cut]!) && attendanceSentence(sentences[cut]!.trim().replace(/[。；;]$/u, '')) && !WENT_THERE.test(sentences[cut]!)) cut++;
  if (cut === sentences.length) return none;
  if (cut > 0) return { lead: sentences.slice(0, cut).join(''), rest: sentences.slice(cut).join('') };
  // …等市领导应邀出席大会，X发表讲话。 / …出席会议开幕式并作了讲话，Y介绍区情: the first sentence may
  // close its list on the attendance verb and go on, after a comma, to someone's business.
  const first = sentences[0]!;
  for (const m of first.matchAll(/[，,]/gu)) {
    const before = first.slice(0, m.index).trim();
    if (!attendanceSentence(before.replace(/(?:并|並)(?:作了|作|做了|做)?(?:重要)?(?:讲话|講話|致辞|致辭)$/u, '').replace(/(?:并|並)$/u, ''))) continue;
    // Only a list of people before the verb: X强调…，邀集各单位主管共同与会 is a speech, not a list.
    const list = before.replace(/(?:应邀|應邀|也|亦|均|都|一同|共同)?(?:出席|列席|参加|參加|参会|參會|与会|與會)[^，,]*$/u, '').replace(/(?:等|等人)$/u, '');
    if (!list || list === before || !list.split(/[，,]/u).every((c) => !!c.trim() && namesPeopleOnly(c))) return none;
    return { lead: `${before}。`, rest: p.slice(m.index + 1) };
  }
  return none;
}

/**
 * The part of a closing paragraph before its trailing attendance sentences, when that part does the
 * meeting's business (a lead of a speaker or the meeting, or any sentence that is not about who
 * attended); '' when the whole paragraph only says who attended or chaired.
 */
function businessBefore(p: string): string {
  const sentences = p.split(/(?<=[。；;])/u).filter((x) => x.trim());
  let cut = sentences.length;
  // A；B的负责同志；C列席会议: a ；-part before the attendance sentence that names only people or
  // kinds of people is the start of its list, not business.
  const listPart = (x: string) => cut < sentences.length && /[；;]$/u.test(x) && namesPeopleOnly(x.replace(/[；;]$/u, ''));
  while (cut > 0 && (ATTENDANCE_END.test(sentences[cut - 1]!.trim().replace(/[。；;]$/u, '')) || LIST_AFTER.test(sentences[cut - 1]!) || listPart(sentences[cut - 1]!))) cut--;
  if (cut === 0 || cut === sentences.length) return '';
  return sentences.slice(0, cut).join('');
}
