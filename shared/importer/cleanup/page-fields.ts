/**
 * A page's record fields read by their shape, not by their labels' words: a line made of one or
 * more label：value pairs whose values are what a page's template fills in (nothing, a date or a
 * clock time, a count) is the page's meta line (访问次数：, 字体：, 发表时间:2020-02-09 17:11,
 * 废止日期： 文 号：, 时间:2024年08月20日访问次数:29), whatever the label says. A report's own fields
 * carry the meeting's labels (时间, 地点, 出席, 议题 …) and are left to recognition; a label holding a
 * meeting's word (会议要求：) opens the report's list. Both scripts: the shape is the same.
 */

/** A label: a few Han characters (a template may space them out, 文 号), a colon after it. */
const FIELD = /([\p{Script=Han}](?:[ \t\u3000]?[\p{Script=Han}]){0,7})[ \t\u3000]*[:：]/gu;
/**
 * A form's own field: the meeting's time, place, people and business, with 会议/开会 before it or
 * 人/人员 after it at most. Matched whole, so a page's 发表时间 or 更新日期 is not one.
 */
const FORM_FIELD =
  /^(?:会议|會議|开会|開會)?(?:时间|時間|日期|地点|地點|主持|主持人|主席|出席|列席|参加|參加|参会|參會|与会|與會|请假|請假|缺席|记录|記錄|纪录|紀錄|名称|名稱|议题|議題|议程|議程|事项|事項|内容|內容|附件)(?:人|人员|人員|单位|單位)?$/u;
/** A meeting's word in a label (会议要求：, 议定事项：): the report's own heading. */
const MEETING_LABEL = /会|會|议|議|决|決|讨论|討論|研究|部署|要求|强调|強調|指出|精神/u;
/** What a template fills in: a date, a clock time, a count (29, 184次, 704字). */
const FILLED = /^(?:\d{2,4}\s*[-/.年]\s*\d{1,2}(?:\s*[-/.月]\s*\d{1,2}\s*日?)?)?\s*(?:\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?\s*(?:\d+\s*(?:次|人次|人|字|条|條)?)?$/u;

/**
 * True when the line is nothing but page fields: every value empty or filled in by the template,
 * no label holding a meeting's word, at least one label that is not the form's own (a form's
 * date may stand beside a page's counter), and at most a bullet or bracket before the first.
 */
export function isPageFieldLine(s: string): boolean {
  if (s.length > 80 || /[。，；！？,;!?]/u.test(s)) return false;
  const labels = [...s.matchAll(FIELD)];
  if (labels.length === 0) return false;
  if (!/^[\s【[(（•·\-—]*$/u.test(s.slice(0, labels[0]!.index))) return false;
  let page = 0;
  for (const [i, m] of labels.entries()) {
    const label = m[1]!.replace(/[ \t\u3000]/gu, '');
    if (MEETING_LABEL.test(label)) return false;
    const end = labels[i + 1]?.index ?? s.length;
    const value = s
      .slice(m.index + m[0].length, end)
      .replace(/[\s【】[\]()（）|｜•·]+/gu, ' ')
      .trim();
    if (!FILLED.test(value)) return false;
    // A label alone with nothing after it (市長提示：, 图片：) may head the list below it: only a row
    // of two or more labels, or a value the template filled, says the page's table.
    if (value === '' && labels.length === 1) return false;
    // 时间:2024年08月20日 beside 访问次数:29 is the page's stamp; alone it may be the form's date.
    if (!FORM_FIELD.test(label)) page++;
  }
  return page > 0;
}

/** A telephone number with its area code (0552-6213007, (020)8888 6666): a contact footer's. */
const PHONE = /(?:^|[^\d])(?:[(（]0\d{2,3}[)）]\s*|0\d{2,3}[-－\s])\d{3,4}[-\s]?\d{4}(?!\d)/u;
export function hasPhoneNumber(s: string): boolean {
  return PHONE.test(s);
}

/** A full date with its clock time (2020-02-09 17:11, 2024年4月11日 09:30:05): a page's stamp. */
const DATE_CLOCK = /\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*(?:上午|下午)?\s*\d{1,2}[:：]\d{2}/u;
export function hasDateClock(s: string): boolean {
  return DATE_CLOCK.test(s);
}

/**
 * A portal's clock widget read by its tokens, not by a closed list of lines: the template prints
 * which day it is (北京时间 2026年3月5日 10:20 星期四, 今天是：2026年3月5日 星期四 农历正月十七) above
 * the article. The line is taken apart into the widget's pieces — a clock label (北京时间, 当前时间,
 * 今天是), a date, a clock time, a weekday, a lunar date — with separators between them.
 *
 * - `alone`: nothing else is on the line, and a piece no report writes for its meeting is among them
 *   (a clock label, a lunar date, a clock with seconds beside a weekday). A form's own date line
 *   (时间：2026年3月5日（星期四）上午) keeps its label and is not one.
 * - `prefix`: the line opens on the clock label, a date and a weekday, and a headline or anything
 *   else follows (北京时间：2026年3月5日，星期四，某区政协举行…): the portal's template line, which
 *   dates the page and not the meeting (KEYING 27).
 */
const CLOCK_PIECES: ReadonlyArray<readonly [string, RegExp]> = [
  ['label', /^(?:(?:北京|现在|現在|当前|當前|系统|系統)(?:时间|時間|日期)|今天是|今日是|现在是|現在是)/u],
  [
    'date',
    /^(?:\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?|[〇零一二三四五六七八九]{4}\s*年\s*[一二三四五六七八九十]{1,3}\s*月\s*[一二三四五六七八九十]{1,3}\s*日|\d{1,2}\s*月\s*\d{1,2}\s*日)/u,
  ],
  ['seconds', /^(?:上午|下午|晚上|凌晨|早上|中午)?\s*\d{1,2}[:：]\d{2}[:：]\d{2}/u],
  ['clock', /^(?:上午|下午|晚上|凌晨|早上|中午)?\s*\d{1,2}[:：]\d{2}/u],
  ['weekday', /^(?:星期|週|周|礼拜|禮拜)[一二三四五六日天]/u],
  [
    'lunar',
    /^(?:农历|農曆|阴历|陰曆)\s*(?:[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥][鼠牛虎兔龙龍蛇马馬羊猴鸡雞狗猪豬]?年)?\s*(?:闰|閏)?(?:十一|十二|[正一二三四五六七八九十冬腊臘])月(?:初[一二三四五六七八九十]|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|廿[一二三四五六七八九]|三十)?/u,
  ],
];
const CLOCK_GAP = /^[\s,，、:：|｜/·•\-—–()（）【】[\]]+/u;

export function clockWidget(line: string): 'alone' | 'prefix' | null {
  let s = line.trim();
  const seen = new Set<string>();
  let first: string | null = null;
  for (;;) {
    const gap = CLOCK_GAP.exec(s);
    if (gap) s = s.slice(gap[0].length);
    const piece = CLOCK_PIECES.find(([, re]) => re.test(s));
    if (!piece) break;
    first ??= piece[0];
    seen.add(piece[0]);
    s = s.slice(piece[1].exec(s)![0].length);
  }
  const day = seen.has('date') || seen.has('weekday');
  if (s === '') {
    const template = seen.has('label') || seen.has('lunar') || (seen.has('seconds') && seen.has('weekday'));
    return template && day ? 'alone' : null;
  }
  return first === 'label' && seen.has('date') && seen.has('weekday') ? 'prefix' : null;
}
