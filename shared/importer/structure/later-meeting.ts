import { readMeetingName } from './header';

/**
 * Where a report turns to another meeting: the index of the first paragraph after the opening that
 * opens an item of its own about a different meeting, or `body.length` when none does.
 *
 * A 简报 issue or a newspaper column may report several meetings one after the other (又讯 …主席团
 * 昨日下午舉行第一次會議。X主持會議。 / 昨天，市人大常委会召开第四次主任会议…。X主持会议。). The
 * opening's chair and attendees are the FIRST meeting's (bench/KEYING.md 10); who chaired or attended
 * a later item is that item's. Such an item either opens with a follow-on marker (又讯/另讯), or its
 * first sentence opens with a day and convenes a meeting whose name is neither the reported one nor
 * part of it, and the paragraph says who chaired or attended that meeting.
 */
const FOLLOW_ON = /^(?:又讯|又訊|另讯|另訊|又报|又報)/u;
const CONVENES = /召开|召開|举行|舉行/u;
const PEOPLE_AT = /主持|出席|列席|参加|參加/u;
const OPENS_WITH_DAY = /^(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}日|^[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日|^(?:今天|今日|昨天|昨日|前天|前日|当天|當天|同日|当日|當日)/u;

export function laterMeetingAt(body: readonly string[], openAt: number, reported: string): number {
  const own = bare(reported);
  const span = daySpan(body[openAt] ?? '');
  for (let i = openAt + 1; i < body.length; i++) {
    const p = body[i]!.trim();
    if (FOLLOW_ON.test(p)) return i;
    const first = p.split(/[。！？]/u)[0] ?? '';
    // 4月29日至30日，…联席会议在某市召开。 / 29日上午，沿江四市举行工作座谈会: a day inside the days the
    // opening gives the meeting is one of its sittings, whatever that sitting is called.
    if (span && withinSpan(first, span)) continue;
    // A dated paragraph that only recalls an earlier meeting as background (2月28日，省委召开…，作出
    // 部署) names nobody there; one that reports another item says who chaired or attended it.
    if (!own || !OPENS_WITH_DAY.test(first) || !CONVENES.test(first) || !PEOPLE_AT.test(p)) continue;
    const name = bare(readMeetingName(first));
    // 会议 / 本次会议 alone, or a name the reported one contains (or that contains it), is the same
    // meeting told again.
    if (name.length >= 4 && !own.includes(name) && !name.includes(own)) return i;
  }
  return body.length;
}

/** The days a meeting sat, from its opening's first X月A日至(X月)B日: month and first and last day. */
function daySpan(opening: string): { month: number; from: number; to: number } | null {
  const m = /(\d{1,2})月(\d{1,2})日?(?:至|到|—|－|-|～|~)(?:(\d{1,2})月)?(\d{1,2})日/u.exec(opening.split(/[。！？]/u)[0] ?? '');
  if (!m || (m[3] && m[3] !== m[1])) return null;
  const from = Number(m[2]);
  const to = Number(m[4]);
  return to > from ? { month: Number(m[1]), from, to } : null;
}

/** Whether a sentence opens with a day (29日, 4月29日) inside `span`. */
function withinSpan(sentence: string, span: { month: number; from: number; to: number }): boolean {
  const m = /^(?:(\d{1,2})月)?(\d{1,2})日/u.exec(sentence);
  if (!m || (m[1] && Number(m[1]) !== span.month)) return false;
  const day = Number(m[2]);
  return day >= span.from && day <= span.to;
}

/** The name without spaces, brackets and quotes, which one mention writes and another may not. */
function bare(name: string): string {
  return name.replace(/[\s（）()“”"「」]/gu, '');
}
