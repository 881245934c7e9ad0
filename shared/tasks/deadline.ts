import { foldToSimplified } from '../script/fold';
import { addDays, addMonths, addWorkdays, compare, fmt, lastOfMonth, parseYmd, solarFromLunar, weekStart, type Ymd } from './calendar';
import { NUMBER, toNumber } from './numerals';

/**
 * A deadline as written (完成时限) read into a date relative to the meeting's date.
 * - `date`: a day was found (`approximate` when a workday count ran past the holiday data);
 * - `ongoing`: 长期坚持 / 持续推进 / 即日起 / 常态化: no date, never overdue;
 * - `recurring`: 每月5日前报送: a report date that comes back, not a completion date;
 * - `unparsed`: words we cannot date (尽快): kept as written and flagged for the user;
 * - `none`: nothing written.
 * The phrase itself is always kept by the caller: a date is a reading, the user may correct it.
 */
export type DeadlineKind = 'date' | 'ongoing' | 'recurring' | 'unparsed' | 'none';
export interface Deadline {
  kind: DeadlineKind;
  /** YYYY-MM-DD, or null unless kind is 'date'. */
  date: string | null;
  approximate: boolean;
  /** The part of the phrase that was read (for highlighting in a longer sentence). */
  matched: string;
}

const N = `(${NUMBER})`;
const ONGOING = /长期坚持|长期|持续推进|持续开展|持续|常态化|即日起|经常性|定期/;
const RECURRING = new RegExp(`每(?:月|季度|季|周|年|半年)(?:${NUMBER}日)?(?:前|底前|末前)?`);
const QUARTER: Record<string, number> = { 一: 1, 1: 1, 二: 2, 2: 2, 三: 3, 3: 3, 四: 4, 4: 4 };
const TEN_DAYS = { 上旬: 10, 中旬: 20 } as const;
const WEEKDAY: Record<string, number> = { 一: 0, 二: 1, 三: 2, 四: 3, 五: 4, 六: 5, 日: 6, 天: 6 };

/** Spring Festival eve etc.: the lunar new year (or another lunar day) after the meeting. */
function nextLunar(meeting: Ymd, month: number, day: number): Ymd | null {
  for (const lunarYear of [meeting.y - 1, meeting.y, meeting.y + 1]) {
    const solar = solarFromLunar(lunarYear, month, day);
    if (solar && compare(solar, meeting) > 0) return solar;
  }
  return null;
}

/** A month/day with no year: the meeting's year, or the next one when that day has already passed. */
function onOrAfter(meeting: Ymd, month: number, day: (y: number) => number): Ymd {
  const same = { y: meeting.y, m: month, d: day(meeting.y) };
  return compare(same, meeting) >= 0 ? same : { y: meeting.y + 1, m: month, d: day(meeting.y + 1) };
}

const end = (y: number, m: number) => lastOfMonth(y, m).d;

interface Rule {
  re: RegExp;
  read: (m: RegExpExecArray, meeting: Ymd) => Ymd | { date: Ymd; approximate: boolean } | null;
}

/** Ordered: the first rule that matches wins, so longer, more specific phrases come first. */
const RULES: Rule[] = [
  // 2025年3月31日前 / 2025年3月底前 / 2025年底前 (an explicit year)
  { re: new RegExp(`(\\d{4})年${N}月${N}[日号]`), read: (m) => ymd(Number(m[1]), toNumber(m[2]!), toNumber(m[3]!)) },
  { re: new RegExp(`(\\d{4})年${N}月(?:底|末)`), read: (m) => lastOfMonth(Number(m[1]), toNumber(m[2]!)) },
  { re: new RegExp(`(\\d{4})年${N}月(上旬|中旬|下旬)`), read: (m) => tenDays(Number(m[1]), toNumber(m[2]!), m[3]!) },
  { re: /(\d{4})年(?:底|末|内)/, read: (m) => ({ y: Number(m[1]), m: 12, d: 31 }) },
  { re: /(\d{4})年上半年/, read: (m) => ({ y: Number(m[1]), m: 6, d: 30 }) },
  // 下月10日前 / 下个月底 / 本月底 / 月底前
  { re: new RegExp(`下(?:个)?月${N}[日号]`), read: (m, t) => clampDay(addMonths({ ...t, d: 1 }, 1), toNumber(m[1]!)) },
  { re: /下(?:个)?月(?:底|末)/, read: (_, t) => lastOfMonth(t.y, t.m + 1) },
  { re: /下(?:个)?月(上旬|中旬)/, read: (m, t) => tenDays(t.y + (t.m === 12 ? 1 : 0), (t.m % 12) + 1, m[1]!) },
  { re: /(?<![0-9０-９〇零一二两兩三四五六七八九十])月(?:底|末)/, read: (_, t) => lastOfMonth(t.y, t.m) },
  // 6月30日前 / 3月底前 / 11月中旬
  { re: new RegExp(`${N}月${N}[日号]`), read: (m, t) => monthDay(t, toNumber(m[1]!), () => toNumber(m[2]!)) },
  { re: new RegExp(`${N}月(?:底|末|份)`), read: (m, t) => monthDay(t, toNumber(m[1]!), (y) => end(y, toNumber(m[1]!))) },
  {
    re: new RegExp(`${N}月(上旬|中旬|下旬)`),
    read: (m, t) => monthDay(t, toNumber(m[1]!), (y) => tenDays(y, toNumber(m[1]!), m[2]!).d),
  },
  { re: new RegExp(`${N}月(?:初)`), read: (m, t) => monthDay(t, toNumber(m[1]!), () => 10) },
  { re: new RegExp(`${N}月(?:中)`), read: (m, t) => monthDay(t, toNumber(m[1]!), () => 15) },
  // 本月20日前 / 本周内 / 下周五前
  { re: new RegExp(`(?:本|当|这个)月${N}[日号]`), read: (m, t) => ymd(t.y, t.m, toNumber(m[1]!)) },
  { re: /(?:本周|这周|本星期)(?:内|之内|末)?/, read: (_, t) => addDays(weekStart(t), 6) },
  { re: /下(?:个)?(?:周|星期|礼拜)([一二三四五六日天])/, read: (m, t) => addDays(weekStart(t), 7 + WEEKDAY[m[1]!]!) },
  { re: /下(?:个)?(?:周|星期|礼拜)(?:内|之内|末)?/, read: (_, t) => addDays(weekStart(t), 13) },
  // 明年一季度 / 明年3月底: next year's quarter or month
  { re: /明年(?:第)?([一二三四1-4])季度/, read: (m, t) => lastOfMonth(t.y + 1, QUARTER[m[1]!]! * 3) },
  { re: new RegExp(`明年${N}月(?:底|末|份)`), read: (m, t) => lastOfMonth(t.y + 1, toNumber(m[1]!)) },
  // 第一季度末 / 一季度 / 本季度末
  { re: /(?:第)?([一二三四1-4])季度/, read: (m, t) => onOrAfter(t, QUARTER[m[1]!]! * 3, (y) => end(y, QUARTER[m[1]!]! * 3)) },
  { re: /(?:本|当)?季度(?:末|底)/, read: (_, t) => lastOfMonth(t.y, Math.ceil(t.m / 3) * 3) },
  // 明年底 / 年底前 / 上半年 / 下半年
  { re: /明年(?:底|末|内)?/, read: (_, t) => ({ y: t.y + 1, m: 12, d: 31 }) },
  { re: /明年上半年/, read: (_, t) => ({ y: t.y + 1, m: 6, d: 30 }) },
  { re: /上半年/, read: (_, t) => onOrAfter(t, 6, () => 30) },
  { re: /(?:年底|年末|年内|下半年|全年)/, read: (_, t) => ({ y: t.y, m: 12, d: 31 }) },
  // 10个工作日内
  { re: new RegExp(`${N}个?工作日`), read: (m, t) => addWorkdays(t, toNumber(m[1]!)) },
  // 一个月内 / 两周内 / 30天内 / 会后7日内 / 3个月内 / 半个月内 / 半年内
  { re: /半个?月/, read: (_, t) => addDays(t, 15) },
  { re: /半年/, read: (_, t) => addMonths(t, 6) },
  { re: new RegExp(`${N}个?月(?:内|之内|以内)`), read: (m, t) => addMonths(t, toNumber(m[1]!)) },
  { re: new RegExp(`${N}个?(?:周|星期|礼拜)(?:内|之内|以内)`), read: (m, t) => addDays(t, 7 * toNumber(m[1]!)) },
  { re: new RegExp(`${N}(?:天|日)(?:内|之内|以内)`), read: (m, t) => addDays(t, toNumber(m[1]!)) },
  { re: new RegExp(`${N}年(?:内|之内|以内)`), read: (m, t) => addMonths(t, 12 * toNumber(m[1]!)) },
  // festivals: the eve of the next one after the meeting
  { re: /春节/, read: (_, t) => eve(nextLunar(t, 1, 1)) },
  { re: /端午/, read: (_, t) => eve(nextLunar(t, 5, 5)) },
  { re: /中秋/, read: (_, t) => eve(nextLunar(t, 8, 15)) },
  { re: /国庆/, read: (_, t) => onOrAfter(t, 9, () => 30) },
  { re: /(?:五一|劳动节)/, read: (_, t) => onOrAfter(t, 4, () => 30) },
  { re: /元旦/, read: (_, t) => ({ y: t.y, m: 12, d: 31 }) },
];

function ymd(y: number, m: number, d: number): Ymd | null {
  return parseYmd(fmt({ y, m, d }));
}

function clampDay(month: Ymd, day: number): Ymd | null {
  return ymd(month.y, month.m, day);
}

function tenDays(y: number, m: number, which: string): Ymd {
  return which === '下旬' ? lastOfMonth(y, m) : { y, m, d: TEN_DAYS[which as keyof typeof TEN_DAYS] };
}

function monthDay(meeting: Ymd, month: number, day: (y: number) => number): Ymd | null {
  if (!(month >= 1 && month <= 12)) return null;
  const found = onOrAfter(meeting, month, day);
  return ymd(found.y, found.m, found.d);
}

function eve(date: Ymd | null): Ymd | null {
  return date ? addDays(date, -1) : null;
}

const DEADLINE_WORD = /前|内|內|底|末|截止|为限|旬|完成/;

const NONE: Deadline = { kind: 'none', date: null, approximate: false, matched: '' };

/**
 * Reads a deadline phrase against the meeting date (YYYY-MM-DD). Without a meeting date only
 * phrases with a full date can be read; the rest stay `unparsed` so the user is asked.
 */
export function parseDeadline(phrase: string, meetingDate: string): Deadline {
  const raw = phrase.trim();
  if (!raw) return NONE;
  const text = foldToSimplified(raw).replace(/\s+/g, '');
  const recurring = RECURRING.exec(text);
  if (recurring) return { kind: 'recurring', date: null, approximate: false, matched: recurring[0] };
  const meeting = parseYmd(meetingDate);
  for (const rule of RULES) {
    const m = rule.re.exec(text);
    if (!m) continue;
    const needsMeeting = !/^\d{4}/.test(m[0]);
    if (needsMeeting && !meeting) return { kind: 'unparsed', date: null, approximate: false, matched: m[0] };
    const read = rule.read(m, meeting ?? { y: 0, m: 1, d: 1 });
    if (!read) return { kind: 'unparsed', date: null, approximate: false, matched: m[0] };
    const { date, approximate } = 'date' in read ? read : { date: read, approximate: false };
    return { kind: 'date', date: fmt(date), approximate, matched: m[0] };
  }
  const ongoing = ONGOING.exec(text);
  if (ongoing) return { kind: 'ongoing', date: null, approximate: false, matched: ongoing[0] };
  return { kind: 'unparsed', date: null, approximate: false, matched: '' };
}

/** The matched words and the deadline word after them (5月中旬 + 前, 10个工作日 + 内), as written. */
function phraseAt(clause: string, matched: string): string {
  const folded = foldToSimplified(clause);
  const at = matched ? folded.indexOf(matched) : -1;
  if (at === -1) return clause.trim();
  const tail = /^(?:以前|之前|以内|之内|前|内|底前|末前)?/.exec(folded.slice(at + matched.length))![0];
  return clause.slice(at, at + matched.length + tail.length).trim();
}

/**
 * Finds a deadline phrase inside a sentence (a decision: 由市财政局牵头，3月底前完成): the shortest
 * clause that reads as a date or an ongoing phrase, or '' when there is none.
 */
export function findDeadlinePhrase(sentence: string, meetingDate: string): string {
  for (const clause of sentence.split(/[，,。；;：:！!？?\n]/)) {
    const parsed = parseDeadline(clause, meetingDate);
    // 听取了一季度经济运行情况汇报 names a period, not a deadline: a date needs a deadline word
    if (parsed.kind === 'date' && DEADLINE_WORD.test(clause)) return phraseAt(clause, parsed.matched);
    if (parsed.kind === 'ongoing' || parsed.kind === 'recurring') return phraseAt(clause, parsed.matched);
  }
  return '';
}
