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
  for (let i = openAt + 1; i < body.length; i++) {
    const p = body[i]!.trim();
    if (FOLLOW_ON.test(p)) return i;
    const first = p.split(/[。！？]/u)[0] ?? '';
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

/** The name without spaces, brackets and quotes, which one mention writes and another may not. */
function bare(name: string): string {
  return name.replace(/[\s（）()“”"「」]/gu, '');
}
