import { isCreditLine } from '../cleanup/byline';
import { TOLD, toldShare, untold } from '../cleanup/told-headline';
import { endsLikeBody } from './bodies';
import { isLabelLine } from './labels';

/**
 * The title is a short first line, or (for pages whose capture puts the headline last) a short
 * last line. A title line has no sentence-ending mark and is clearly shorter than the body.
 */
const MAX_TITLE = 60;
const OPENING_BROKEN = /^(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:上午|下午|晚上|晚间|晚間|早上|中午)?[，,]|(?:召开|召開|举行|舉行)了$|[，,、]$/u;

function isTitleLike(line: string, bodyLength: number): boolean {
  const s = line.trim();
  // 【平安县】县政府召开…会议 研究部署…-平安县新闻网: a page's <title> around the headline (a column or
  // region tag before it, the site's trailer after it) is no part of its length; the headline is
  // measured as the title will be written.
  if (s.length < 4 || headlineCore(s).length > MAX_TITLE) return false;
  // A Chinese report's headline has Chinese in it (not SlideShare … logo, not a bare URL).
  if ((s.match(/\p{Script=Han}/gu) ?? []).length < 2 || isMenuLine(s)) return false;
  if (/[。；;！!]$/u.test(s) || s.includes('。')) return false;
  if (/^[\d\s\-—/.:：年月日]+$/u.test(s)) return false;
  // (梅本炎) / （县政府办） closing a page: a credit (a writer's name or a unit in brackets, or a
  // whole credit line) is no headline, wherever it stands.
  // 【县政府召开常务会议】 names a meeting: a headline in brackets, kept.
  if ((/^[（(【[][^（）()【】[\]]{1,16}[）)】\]]$/u.test(s) && !NAMES_MEETING.test(s)) || isCreditLine(s)) return false;
  // 2017年4月13日上午，某镇在…召开了 / …会议于3月2日举行，: an opening sentence the capture broke
  // over lines (a date then a comma, or 召开了 or a comma still waiting for what follows) is no headline.
  if (OPENING_BROKEN.test(s)) return false;
  // 副主任A、B出席會議 with its full stop lost: an attendance sentence, not a headline.
  if (/(?:出席|列席|参加|參加)(?:了)?(?:会议|會議)$/u.test(s)) return false;
  // 地点：镇政府三楼会议室 names a meeting room, not the meeting: a form's field is no headline.
  if (isLabelLine(s)) return false;
  // | 文 号： | 院办发〔2026〕1号 | 文件名称： | …纪要 |: a row of a page's metadata table (labels
  // and values in cells) is a form, not a headline, whatever its cells hold.
  if (isTableRow(s)) return false;
  return bodyLength > s.length * 2;
}

/**
 * 即時 熱門 政治 軍武 社會 生活: a news site's menu, five or more short words set apart by spaces, none
 * naming a meeting (社會 ends in 會 all the same). A headline in two parts has two or three parts,
 * each longer.
 */
function isMenuLine(s: string): boolean {
  const words = s.trim().split(/\s+/u);
  // 社會 (society) is a menu word: a 會 at a word's end is no meeting here, only these are.
  return words.length >= 5 && words.every((w) => /^\p{Script=Han}{1,4}$/u.test(w) && !/会议|會議|召开|召開|举行|舉行|纪要|紀要/u.test(w));
}

/** A row of table cells with labels (| 文 号： | … | 文件名称： | … |). */
function isTableRow(s: string): boolean {
  return (s.match(/[|｜]/gu) ?? []).length >= 2 && /[:：]\s*[|｜]/u.test(s);
}

/** What a headline about a meeting says: the meeting, its convening, its record. */
// 北京市某區人民代表大會常務委員會, 某商会: a body whose name ends in 会 (a committee, an association)
// is the site's masthead, not a meeting; 会 closing a line names a meeting only after other words.
const NAMES_MEETING = /(会议|會議|召开|召開|举行|舉行|主持|会报|會報|纪要|紀要|纪录|紀錄|记录|記錄|(?<!委员|委員|协|協|商|工|学|學|联合|聯合|基金|总|總)[会會](?:$|\s))/u;
/** A line that closes on a meeting (not on a body's name: 委员会, 协会) or convenes one. */
const OWN_MEETING = /(?:(?<!委员|委員|协|協|商|工|学|學|联合|聯合|基金|总|總)[会會]|会议|會議|会报|會報|纪要|紀要)$|召开|召開|举行|舉行|主持/u;
const RECORD_HEADING = /(?:会议|會議)(?:纪要|紀要|纪录|紀錄|记录|記錄)\s*$/u;
const CONVENES_OR_MEETING = /会议|會議|召开|召開|举行|舉行|主持|纪要|紀要|纪录|紀錄|记录|記錄/u;
/** How far down a page a headline may sit under lines of site chrome the cleanup left. */
const HEAD_LINES = 4;

/** Index of the title among `lines` (non-empty, cleaned), or -1. */
export function findTitleLine(lines: readonly string[]): number {
  if (lines.length < 2) return -1;
  const total = lines.reduce((n, l) => n + l.length, 0);
  const first = lines[0]!;
  // A site name or a menu the cleanup left above the headline (手机彩票网, then 区政府召开常务会议…):
  // when the first line names no meeting, a title-like line among the first few that does, with
  // no comma (not a short opening sentence), is the headline.
  // A metadata table's row first (| 文件名称： | …纪要 |) names a meeting but is no headline: the
  // headline is looked for below it as below a site's name.
  // 城南女中家長會 / …學年度第三次會員代表大會會議紀錄: a record's heading among the first lines is the
  // title over a first line that only names a body (an association's 會 at its end): the site's
  // name, not a meeting. A first line that convenes or names a meeting of its own keeps its place.
  if (!RECORD_HEADING.test(first) && !CONVENES_OR_MEETING.test(first)) {
    for (let i = 1; i < Math.min(HEAD_LINES, lines.length - 1); i++) {
      const l = lines[i]!;
      if (RECORD_HEADING.test(l) && !/[，,]/u.test(l) && isTitleLike(l, total - l.length)) return i;
    }
  }
  if (!NAMES_MEETING.test(first) || isTableRow(first) || isMenuLine(first)) {
    // A site's menu (即時 熱門 政治 社會 …) takes no place of its own among those first lines.
    let menus = 0;
    for (let i = 1; i < Math.min(HEAD_LINES + menus, lines.length - 1); i++) {
      const l = lines[i]!;
      if (isMenuLine(l)) menus++;
      // ——某县召开县委全会 under 凝心聚力谋发展 实干担当开新局: a subtitle names the meeting, but the
      // main line above it is the title (KEYING 12); a dash opens only a subtitle.
      else if (NAMES_MEETING.test(l) && !/[，,]/u.test(l) && !SUBTITLE.test(l) && isTitleLike(l, total - l.length)) return i;
    }
  }
  const told = toldBelow(lines, total);
  if (told > 0) return told;
  if (isTitleLike(first, total - first.length)) return 0;
  const lastIndex = lines.length - 1;
  const last = lines[lastIndex]!;
  if (isTitleLike(last, total - last.length) && !/^(会议|會議)/u.test(last) && !CUT_SENTENCE.test(last)) return lastIndex;
  return -1;
}

/**
 * 蒙某要求，全体同志要把… / 會上，大會籌備工作… / 隨後，區政府繼續召開…: a body sentence the capture cut
 * off before its full stop, ending the page. A speaker's verb of saying or a step word closed by a
 * comma opens a sentence, never a headline (headlines set a speaker's words off with a colon or a
 * space), so such a last line is the body's, not the headline put last.
 */
const CUT_SENTENCE = /^[^，,。：:\s]{0,24}?(?:强调|強調|要求|指出|表示|说|說|认为|認為|指示|称|稱)[，,]|^(?:会上|會上|会后|會後|随后|隨後|隨后|同时|同時|最后|最後|此外|另外)[，,]/u;

/**
 * 某市卫生健康委员会 / 市卫生计生委领导调研市中心医院、市中医院 / 11月8日上午，市政协副主席…、市卫生计生委
 * 党组书记…一行先后到市中心医院、市中医院开展工作调研。: a headline says in a few words what the
 * opening says at length, so most of its character pairs stand in the opening; a site's or
 * column's name above it shares almost none. When the opening tells no word of the first line
 * beyond one short one (told-headline.ts), a title-like line among the next few that it tells
 * again (most of its pairs) is the headline (cleanup/told-headline.ts reads the same signal). A
 * subtitle (——…) is the main line's, never the title over it (KEYING 12).
 */
function toldBelow(lines: readonly string[], total: number): number {
  const opening = openingAt(lines);
  if (opening < 2) return -1;
  const share = (l: string): number => toldShare(l, lines[opening]!);
  // 全县安全生产推进会 / 某某召开…: a first line that is a meeting's own headline (it closes on the
  // meeting or convenes one) keeps its place; 重大会议信息, a column about meetings, does not.
  if (!untold(lines[0]!, lines[opening]!) || OWN_MEETING.test(lines[0]!)) return -1;
  for (let i = 1; i < Math.min(HEAD_LINES, opening); i++) {
    const l = lines[i]!;
    if (SUBTITLE.test(l) || /[，,]\s*$/u.test(l)) continue;
    if (isTitleLike(l, total - l.length) && share(l) >= TOLD) return i;
  }
  return -1;
}

/** A headline's subtitle (副题) opens on a dash: ——某县召开…. */
const SUBTITLE = /^[—–-]/u;

/** The report's first line of prose: a sentence ends in it, or it runs long with commas. */
function openingAt(lines: readonly string[]): number {
  return lines.findIndex((l) => /[。！？]/u.test(l) || (l.length >= 40 && /[，,]/u.test(l)));
}

const BODY_NAME = /^\p{Script=Han}{4,24}(?:委员会|委員會|人民政府|协会|協會|商会|商會|总会|總會|联合会|聯合會)$/u;
/**
 * 今日某县 / 政务动态 above a headline found below the first line: the site's or the column's name,
 * short and with no sentence mark and no meeting word. The indexes of such lines above `from`.
 */
export function mastheadAbove(lines: readonly string[], from: number): number[] {
  const out: number[] = [];
  // 某校示范性院校 某校先进单位 over a headline the opening tells again: a line above it, with no
  // sentence mark, of which the opening tells no word beyond one short one, is the site's (its
  // honours, its name, a column about meetings).
  const opening = openingAt(lines);
  const told = opening > from && toldShare(lines[from]!, lines[opening]!) >= TOLD;
  for (let i = 0; i < from; i++) {
    const s = lines[i]!.trim();
    // 工作简报 / 情况通报: a bulletin's own kind names the document, not the site.
    const kind = /(简报|簡報|通报|通報|快报|快報|专报|專報|要情)$/u.test(s);
    if (told && s.length <= 60 && !kind && !/[。，；！？,;!?]/u.test(s) && untold(s, lines[opening]!)) {
      out.push(i);
      continue;
    }
    // 北京市某區人民代表大會常務委員會: the body that runs the site, its name alone, may be longer.
    const body = s.length <= 24 && BODY_NAME.test(s);
    // 城南女中家長會: a body's name ending in 會 (an association) names no meeting: no convening
    // word, no 会议 in it.
    const bodyOnly = /[会會]$/u.test(s) && !CONVENES_OR_MEETING.test(s);
    if (s.length >= 2 && (s.length <= 10 || body) && !kind && !/[，。；：！？,;:!?]/u.test(s) && (!NAMES_MEETING.test(s) || bodyOnly) && (s.match(/\p{Script=Han}/gu) ?? []).length >= 2) out.push(i);
    // 股票代碼 SH 600917 HK 1836, 第A02版 2025-12-04: a line above the headline made mostly of
    // digits, Latin letters and symbols is the page's strip (codes, dates, edition marks), never
    // the report's words.
    else if (from <= HEAD_LINES + 2 && mostlyNotHan(s) && !/[，。；！？]/u.test(s) && s.length <= 60) out.push(i);
    // 即時 熱門 政治 社會 …: the site's menu above the headline.
    else if (isMenuLine(s)) out.push(i);
  }
  return out;
}

/** Whether fewer than half of a line's visible characters are Han (and it has some digit or letter). */
function mostlyNotHan(s: string): boolean {
  const visible = s.replace(/\s+/gu, '');
  const han = (visible.match(/\p{Script=Han}/gu) ?? []).length;
  return visible.length >= 4 && /[\dA-Za-z]/u.test(visible) && han * 2 < visible.length;
}

/**
 * The title's line range: the line findTitleLine picks, and the line above it when the headline
 * was broken before a joining word (…工作落实 / 暨…全体会议): the second half opens with 暨 or 及,
 * and the first is a short fragment with no sentence mark. Null when no title.
 */
export function findTitleRange(lines: readonly string[]): { from: number; to: number } | null {
  const i = findTitleLine(lines);
  if (i < 0) return null;
  const above = lines[i - 1];
  const joined = /^(暨|及|暨召开|暨召開)/u.test(lines[i]!) && above !== undefined && above.length <= 40 && above.length + lines[i]!.length <= MAX_TITLE + 20;
  return joined && !/[，。；：！？,;:!?|｜]/u.test(above) && (above.match(/\p{Script=Han}/gu) ?? []).length >= 4 ? { from: i - 1, to: i } : { from: i, to: i };
}

const SITE_SUFFIX =
  /(?<=\p{Script=Han}{4})\s*(?:[_|｜]|\s?[-–—]+\s?)\s*[^_|｜\s，。]{2,20}(?:网|網|网站|網站|政府|门户|門戶|平台|平臺|频道|頻道|首页|首頁|官网|官網|在线|在線|客户端|客戶端|融媒|日报|日報)(?:[_|｜\s\-–—]+[^_|｜\s，。]{2,20})*$/u;

/**
 * 县政府召开常务会议-平安县 / …座谈会 - 东滨 / …调研-某某娱乐 / …闭幕 – 政治 – 某时报: a page's <title>
 * joins the headline to the site's region, column, outlet (or an injected brand) with a hyphen, one
 * or more times; a headline itself never closes on a hyphen and a short name (a joining dash inside
 * it, 甲市—乙县协作会, is an em dash, and what follows it names the meeting). So a short Han trailer
 * after a single hyphen (-, －, –), naming no meeting and no act, is the page's, whatever it names.
 * The look-behind is lazy (.{5,}?): it asks only whether a Han character stands six or more back,
 * which the nearest one answers; greedy, it ran back to the line's start at every position (round 45).
 */
const PAGE_TRAILER = /(?<=\p{Script=Han}.{5,}?)\s*(?<![-－–—])[-－–](?![-－–—])\s*(?![^\s]*(?:会|會|召开|召開|举行|舉行|开幕|開幕|闭幕|閉幕|出席|主持))\p{Script=Han}{2,12}\s*$/u;

const FIELD_LABEL =
  /^(?:[[【［]\s*(?:名\s*[称稱]|[标標]\s*[题題])\s*[\]】］]\s*|(?:\d{1,2}\s*[.．、]\s*)?(?:完整)?(?:新闻|新聞)?(?:[标標]\s*[题題]|名\s*[称稱]|[题題]\s*目)\s*[：:]\s*)(?=\p{Script=Han})/u;

/** 聚焦两会 | …, 政商交流丨…: a short column name set off by a bar before the headline's words. */
const COLUMN_BAR = /^(\p{Script=Han}{2,8})\s*[丨|｜]\s*(?=\p{Script=Han})/u;

const GENRE_TAG = /^(?:特写|特寫|专访|專訪|快讯|快訊|图说|圖說|评论|評論|短评|短評|侧记|側記|速览|速覽|直击|直擊)\s*[丨|｜]\s*(?=\p{Script=Han})/u;

/** The headline's words: a list dash or bullet the page put before it is not part of them. */
export function headlineText(s: string): string {
  // 一、县政府召开… / （二）… in a 简报 issue of several items: the item's number is the issue's.
  // …测评会议 晨风: a page that runs the author's byline onto the headline's line puts a short name
  // after a gap; a headline that already ends in its meeting does not go on with one.
  // 经科委5组进驻社区（图文） / …常务会议(组图): a media word in brackets says what the page shows
  // with the story, not what happened; so does one in square or lenticular brackets (…推進會[圖]).
  // 县政府召开…会议_平安县人民政府 / … - 平安新闻网: a page's <title> carries the site's name after
  // a separator; a site's name ends in a site word (网, 政府, 平台, 频道 …), a subtitle does not.
  // 县政府召开…会议 2025-12-03 10:00: the page's stamp glued on after a gap is not the headline's.
  // 【…】 / “…” around the whole headline: the page's brackets or quotes, not its words.
  // 转发自治区召开…调度会: a repost's marker before a headline that reports a meeting is the
  // reposting site's, not the headline's (a meeting is reported, never 转发ed).
  // 共叙交融情谊 共商发展良策——…联席会议隆重召开 on one line is the headline whole, slogans and all
  // (KEYING 15: only a headline on two or three lines gives its main line alone).
  // [ 名 称 ] 县政府召开… / 名 称：县政府召开… / 3.完整新聞標題：…: a portal's field label before
  // the headline (a record table's 名称 cell, spaced or not, a repost's numbered note) is the
  // page's, not the headline's; 原标题： is a reposting note read by the furniture pass.
  // 特写丨小小院坝会 架起“连心桥” / 专访｜…: a genre tag before a bar says what kind of story the page
  // runs, as a column tag in 【】 does (KEYING 15, 18); so does a column's own name (聚焦两会 | …,
  // KEYING 22; 两会 there is the column's word for the sessions), but not a body's name before the
  // bar (某集团|2025年工作会议…: the body convening) nor a meeting's own name (某某会议 | …).
  // 600字范文 > 某部召开…: a breadcrumb's trail before the headline, its last step the headline.
  return s
    .replace(FIELD_LABEL, '')
    .replace(GENRE_TAG, '')
    .replace(COLUMN_BAR, (tag: string, word: string) => (endsLikeBody(word) || /(?:会议|會議)$/u.test(word) ? tag : ''))
    .replace(/^[^>＞»]{1,24}?\s*[>＞»]\s*(?=\S)/u, (trail: string, _at: number, all: string) => (NAMES_MEETING.test(all.slice(trail.length)) && !NAMES_MEETING.test(trail) ? '' : trail))
    .replace(/^(?:转发|轉發|转载|轉載)[：:\s]*(?=[^，。]{0,30}(?:召开|召開|举行|舉行))/u, '')
    .replace(SITE_SUFFIX, '')
    .replace(PAGE_TRAILER, '')
    .replace(PAGE_TRAILER, '')
    .replace(/\s+\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/u, '')
    .replace(/^[【“「"]([^【】“”「」"]{4,60})[】”」"]$/u, '$1')
    .replace(/\s*[（(［[【](?:图|圖|图文|圖文|组图|組圖|多图|多圖|图片|圖片|视频|視頻|附图|附圖|附视频|附視頻)[）)］\]】]\s*$/u, '')
    .replace(/^(?:[-–—•·*]\s+|[•·]\s*|[一二三四五六七八九十]{1,3}、\s*|[（(][一二三四五六七八九十]{1,3}[）)]\s*)(?=\p{Script=Han})/u, '')
    .replace(/(?<=(?:会议|會議|会|會|召开|召開|举行|舉行))\s+(?!(?:召开|召開|举行|舉行|开幕|開幕|闭幕|閉幕|隆重召开|隆重召開)$)\p{Script=Han}{2,4}$/u, '');
}

/**
 * 【政务动态】区政府召开常务会议 / [平安县]…: a column's or region's tag in brackets before the
 * headline is the site's (KEYING 15); a tag that itself names a meeting is the headline's words.
 */
export const HEAD_TAG = /^(?:【(?![^】]*(?:会议|會議|召开|召開|举行|舉行))[^】]{2,12}】|\[(?![^\]]*(?:会议|會議|召开|召開|举行|舉行))\p{Script=Han}{2,12}\])\s*(?=\p{Script=Han}{4})/u;

/** The headline's words alone: its page's tag before it and trailers after it taken off. */
export function headlineCore(s: string): string {
  return headlineText(s.trim()).replace(HEAD_TAG, '');
}

/**
 * 某区：全面部署今冬明春安全工作 / 甲某：坚定信心 推动发展 / 某日报:某大学召开党代会: a short name
 * before a colon on a one-line headline (a body, a place, a person, an outlet, a topic) is a kicker,
 * no part of the title (KEYING 20, 21, 23, 24). Read by its make-up: a few Han characters with no
 * mark or gap, the headline's words after the colon. A form's label (标题：, 会议名称：) is the
 * field's, read elsewhere; a phrase longer than a name (争得应有地位:…) is the headline's own words.
 */
const COLON_KICKER = /^(\p{Script=Han}{2,8})\s*[：:]\s*(?=[\p{Script=Han}“「"《【])(?=[^：:]{6,}$)/u;
export function withoutColonKicker(title: string): string {
  return title.replace(COLON_KICKER, (kicker: string) =>
    isLabelLine(title) || /(?:标题|標題|名称|名稱|来源|來源|主题|主題|地址|地点|地點|时间|時間|日期|作者|电话|電話|位置)$/u.test(kicker.replace(/[：:\s]/gu, '')) ? kicker : '',
  );
}

/**
 * 某县第八次联席会议召开 / 共商发展良策 共谋美好未来——某县第八次联席会议召开: a page that prints its
 * headline again, the second time behind a kicker and a dash, printed one headline twice (KEYING 16:
 * keyed once); what the second line adds before the dash is the kicker, not a fuller heading.
 */
export function repeatedBehindDash(shorter: string, fuller: string): boolean {
  const at = fuller.lastIndexOf(shorter);
  return at > 0 && at + shorter.length === fuller.length && /(?:——|—|--|－－)\s*$/u.test(fuller.slice(0, at));
}

/**
 * A kicker (引题) ends in the verb that introduces what the headline's main line says: X主持召开…
 * 会议时强调 / 在全市…推进会上指出 / …会议要求. The line below it is then the main line (主题), the
 * message itself (KEYING 12: the title is the main line). Read by the kicker's make-up (a clause
 * that stops on a verb of saying, its object missing), not by any phrase of one report.
 */
const KICKER_END = /(?:强调|強調|指出|表示|要求|提出|寄语|寄語|说|說|勉励|勉勵|希望)$/u;

/** Whether `line` is a kicker over `next`, and `next` reads as the main line it introduces. */
export function isKickerOver(line: string, next: string | undefined): boolean {
  if (next === undefined || !KICKER_END.test(line.trim()) || /[，。；！？,;!?]/u.test(line)) return false;
  const main = next.trim();
  // The main line: a short, unpunctuated message in Chinese, no form field, no dateline or byline.
  return (
    main.length >= 6 &&
    main.length <= MAX_TITLE &&
    !/[。；！？;!?：:|｜]/u.test(main) &&
    (main.match(/\p{Script=Han}/gu) ?? []).length >= 6 &&
    !/^(?:\d|来源|來源|发布|發布|作者|编辑|編輯|记者|記者|本报|本報)/u.test(main) &&
    !isLabelLine(main)
  );
}
