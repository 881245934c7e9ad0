import type { Edit, TrackedText } from '../tracked-text';
import { looksLikeName } from '../structure/people';
import { gamblingSpamEdits } from './gambling-spam';
import { joinSpacedNames, LEADING_FILE } from './line-score';
import { splitLines, type Line } from './lines';

/**
 * Strings inside a line that are foreign to the text around them, read by what they are made of
 * rather than by a site's wording, so that they carry to portals and captures not seen yet:
 * - a bullet glyph opening a paragraph (●9月2日，…; ■ 会议指出…): a bulletin's item marker, not
 *   words of the report, and it hides the paragraph's first words from every rule after it;
 * - HTML tags left in copied text (…主持会议。?</p>, <br/>), with the ? a lost character left
 *   glued before them, and a template's placeholders (##CONTINUE##, {{title}});
 * - an injected gambling advert glued into a Han sentence (全国人大代表、kx体育平台校长): Latin
 *   letters fused with a betting word, which no report writes;
 * - a credit of names in brackets after a sentence's end on any line (…参加会议。（陆波涛）): a
 *   bulletin closes every item with its writer, not only the last one;
 * - a newspaper's page-jump note ((下转第二版));
 * - encoding damage where a sentence end and the next character were lost (起步?h委常委, 召開??h人大
 *   常委會: ? runs and one stray lower-case letter where 。縣 stood), put back as the sentence end.
 */

// ○ and 〇 are left out: they are the zero of dates written in Chinese numerals (二〇二五年).
const BULLET = /^[ \t\u3000]*[●•■□◆◇▲△▶►▸◉◎★☆※▪▫◼◻❖➤➢→][ \t\u3000]*(?=\S)/u;
const TAG = /\?*<\/?(?:p|br|div|span|strong|b|i|em|u|font|td|tr|th|table|tbody|li|ul|ol|a|img|h[1-6]|section|article|center)(?:\s[^<>\n]{0,120})?\s*\/?>/giu;
/** A template's or a scraper's placeholder: ##CONTINUE##, {{title}}, ${content}. */
const PLACEHOLDER = /##[A-Za-z_]{2,20}##|\{\{[^{}\n]{1,30}\}\}|\$\{[^{}\n]{1,30}\}/gu;
/**
 * A newspaper's page-jump note inside the text ((下转第二版), （上接A1版）, (转第3版), (紧转第二版)):
 * where the article goes on in print, not words of the report; so is a pointer to a related story's
 * page ((相關新聞刊二版), （详见第3版）).
 */
const PAGE_JUMP =
  /[ \t\u3000]*[(（][ \t\u3000]*(?:(?:相关|相關)(?:新闻|新聞|报道|報道|報導|消息)[ \t\u3000]*)?(?:下转|下轉|上接|紧接|緊接|紧转|緊轉|刊于|刊於|刊|详见|詳見|见|見|接|转|轉)[ \t\u3000]*第?[ \t\u3000]*[A-Z]?[\d一二三四五六七八九十]{1,3}[ \t\u3000]*(?:版|页|頁)[ \t\u3000]*[)）]/gu;
/**
 * A web address inside a line of prose: glued to a Han character (…交通局www.ky88.com关于…) or opening
 * a line before more text (a capture's page address left above the article). One written after a
 * word that points to it (网址：, 登录, 详见, 出处:) is what the report tells the reader; it stays.
 */
const URL = /(?:https?:\/\/|www\.)[A-Za-z0-9.\-_~/?=&%#:+]+/gu;
const URL_POINTED = /(?:网址|網址|网站|網站|链接|鏈接|连结|連結|登录|登錄|登入|登陆|登陸|访问|訪問|浏览|瀏覽|详见|詳見|关注|關注|出处|出處|见|見|至|于|於|在|邮箱|郵箱|[:：(（《“"'])[ \t\u3000]*$/u;
// One plain test before the tag scan: almost no plain text holds a '<'.
const ANY_TAG = /<\/?[a-z]/i;
const BETTING = /[A-Za-z][A-Za-z0-9]{0,9}(?:体育|體育|娱乐|娛樂|彩票|棋牌|电竞|電競|真人|博彩|百家乐|百家樂|官网|官網|平台|平臺)+(?:app|APP)?/g;
// The betting words alone, a cheap first look (no Unicode classes) before BETTING runs.
const BETTING_WORD = /体育|體育|娱乐|娛樂|彩票|棋牌|电竞|電競|真人|博彩|百家|官网|官網|平台|平臺/;
/** 【文/柳白 摄/记者 许立】, 【文、图：王明】 opening a line: a role word, a slash or colon, names. */
// 【党办 文/摄】: the unit credited for both, its roles after it and no names.
const OPENING_CREDIT =
  /^[ \t\u3000]*【[ \t\u3000]*(?:(?:文|图|圖|文字|图文|圖文|摄影|攝影|摄|攝)(?:[ \t\u3000]*[、/／&][ \t\u3000]*(?:图|圖|摄影|攝影|摄|攝))?[ \t\u3000]*[/／:：][^】\n]{1,40}|[\p{Script=Han}]{2,10}[ \t\u3000]+(?:文|图|圖|文字|图文|圖文)[ \t\u3000]*[、/／&][ \t\u3000]*(?:图|圖|摄影|攝影|摄|攝))[ \t\u3000]*】[ \t\u3000]*/u;
/** 【 】 / 【】: a bracket whose label the capture lost, opening a paragraph or inside one. */
/**
 * 甲某(右一)、乙某（前排左三）, …(如图): where a person stands in the page's photo, or a pointer to it,
 * belongs to the picture the paste left behind, not to the report's words.
 */
const PHOTO_POSITION = /[ \t\u3000]*[(（](?:(?:前排|后排|後排|中排|图中|圖中)?(?:左|右)[一二三四五六七八九十\d]{1,2}|(?:如|见|見)(?:图|圖)|(?:左|右)(?:图|圖))[)）]/gu;
const EMPTY_BRACKET = /【[ \t\u3000]*】[ \t\u3000]*/gu;
/**
 * 【图文】副省长甲参加会议并讲话。 / 【导语】3月5日，…: a short label in lenticular brackets glued to the
 * start of a paragraph of prose is the page's tag for what follows (a column, a medium, a lede), as
 * a column tag before a headline is (KEYING 15); the report's sentence starts after it. Only a
 * label of two to four Han characters, with a sentence running on after it.
 */
// 【本報消息】市政署訊: … is a wire's dateline, read whole by the dateline rules; not taken apart here.
// 【会议要求】各乡镇要…: a label holding the meeting or a lead verb is the report's own heading.
const OPENING_TAG =
  /^[ \t\u3000]*【(?![^】]*(?:会|會|要求|强调|強調|指出|决定|決定|议定|議定|部署))\p{Script=Han}{2,4}】[ \t\u3000]*(?!\p{Script=Han}{0,8}[讯訊电電][:：])(?=[\p{Script=Han}\d][^\n]{6,}[。！？])/u;
/**
 * ?h / ??h between Han characters: a mis-decoded 。 and the character after it (a GBK page read as
 * Big5 and back). No writing puts a lower-case Latin letter right after a question mark inside a
 * Han sentence; a question's ？ before Han text (为什么？他说) has no letter and stays.
 */
const LOST_SENTENCE_END = /(?<=[\p{Script=Han}）)”])[?？\uFFFD]{1,3}[a-z](?=\p{Script=Han})/gu;
/**
 * The letter is the trail byte of the lost character: GBK writes 縣 as BF 68, so a page that lost
 * the lead byte shows ?h where it had 縣 (召開??h人大 is 召開。縣人大). Of the GBK characters whose
 * trail byte is a letter, 縣 is the one a report on a Traditional page writes again and again
 * (縣委, 縣長, 縣政協); dropping it leaves 委常委 as a title and 直有關單位 as a group. Put back only
 * on a page that writes 縣 elsewhere, so a Simplified page (县 has no letter byte) keeps the cut.
 */
const LOST_COUNTY = 'h';
/** The characters a bullet may be: a line is looked at only when its first character is one. */
const BULLET_CHARS = new Set('●•■□◆◇▲△▶►▸◉◎★☆※▪▫◼◻❖➤➢→');
const isHanCode = (c: number) => (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || c === 0x3001 || c === 0xff0c || c === 0x2c;
/** （陆波涛） / (覃俊 陈启) / （吴桂兰 潘 勇） after 。！？ at a line's end. */
const CREDIT = /(?<=[。！？”])[ \t\u3000]*[(（][ \t\u3000]*([\p{Script=Han}·]{1,4}(?:[ \t\u3000、，,]+[\p{Script=Han}·]{1,4}){0,4})[ \t\u3000]*[)）][ \t\u3000]*$/u;

/**
 * （编辑：某某）, (审稿:某处 某某 编辑:某处 某某), （編輯：某某）1120808 after 。！？ at a line's end: a
 * bracket that opens with a role and its colon is the page's credit, a wire's date code after it too.
 */
// （来源：县融媒体中心）, 【信息来源：县交通局】, (转自:某某发布): where the item was taken from is
// the page's credit as well.
const ROLE_CREDIT =
  /(?<=[。！？”])[ \t\u3000]*[(（【][ \t\u3000]*(?:编辑|編輯|责编|責編|责任编辑|責任編輯|审核|審核|审稿|審稿|校对|校對|文|图|圖|摄影|攝影|图文|圖文|(?:信息|稿件|消息|资料|資料|新闻|新聞)?(?:来源|來源)|转自|轉自|转载自|轉載自|出处|出處)[ \t\u3000]*[:：/／][^()（）【】\n]{1,60}[)）】][ \t\u3000]*\d{0,8}[ \t\u3000]*$/u;

/**
 * （县政府办公室）, (区委宣传部供稿), （县融媒体中心报道） after 。！？ at a line's end: a bracket that
 * holds only the unit that sent the item (a unit word, or 供稿/提供/报道 after it) is its credit.
 */
const UNIT_CREDIT =
  /(?<=[。！？”])[ \t\u3000]*[(（][ \t\u3000]*[\p{Script=Han}]{1,16}?(?:供稿|提供|报道|報導|報道|办公室|辦公室|政府办|政府辦|宣传部|宣傳部|融媒体中心|融媒體中心|新闻中心|新聞中心|通讯组|通訊組)[ \t\u3000]*[)）][ \t\u3000]*$/u;

/** The names of a credit bracket; a name printed with a space inside (潘 勇) is put back together. */
export function creditNames(inside: string): string[] {
  return joinSpacedNames(inside.split(/[ \t\u3000、，,]+/u).filter(Boolean));
}

/** The length of a bullet glyph (and the spaces around it) opening `text`, or 0. */
export function bulletLength(text: string): number {
  let at = 0;
  while (at < text.length && (text[at] === ' ' || text[at] === '\t' || text[at] === '\u3000')) at++;
  const lead = text[at];
  return lead !== undefined && BULLET_CHARS.has(lead) ? (BULLET.exec(text)?.[0].length ?? 0) : 0;
}

export function removeInlineDebris(t: TrackedText, skipLast = true): void {
  t.apply(inlineDebrisEdits(t.text, splitLines(t.text), skipLast));
}

/**
 * The edits, on `text` split into `lines`, without applying them: removeInlineFurniture applies
 * them with its own in one pass (a split and an apply each cost as much as the tests here).
 */
/** Marks that close a sentence or what it quotes: a tail made only of them is the sentence's own. */
const CLOSERS = /^[。！？；，、：”’」』）)】》]*/u;
/** Marks only markup or a capture's damage leaves, wherever they stand: a tag's, a template's. */
const MARKUP_MARK = /[<>{}^`]/u;
/** What a capture leaves after a gap or a sentence's end: a cut entity (&nbs), a glyph, an ellipsis. */
const GAPPED_DEBRIS = /[&<>{}^`◇◆◎□■]|^[ \t\u3000]*(?:…+|\.{3,})[ \t\u3000]*$/u;
const HAN_CHAR = /\p{Script=Han}/u;

/**
 * Where debris closing a line starts, or -1: after the line's last Han character (and the marks that
 * close its sentence), a short tail of no Han that holds markup's marks (…列席会议?/P>) or, set off by
 * a gap or a sentence's end, a cut entity, a glyph or an ellipsis (…参加会议。 &nbs, …上载。◇, …深入
 * ……, …共计70余人。 q{ /3V). Read by what the tail is made of: a report's own tail after Han is a
 * closing mark, a number, a Latin word or a unit (…增长5%, …举行APEC会议), none of these marks.
 */
export function debrisTailAt(text: string): number {
  let end = text.length;
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t' || text[end - 1] === '\u3000')) end--;
  let i = end;
  // One cheap look back at most twelve characters for the last Han character.
  while (i > 0 && end - i < 12 && !HAN_CHAR.test(text[i - 1]!)) i--;
  if (i === end || i === 0 || !HAN_CHAR.test(text[i - 1]!)) return -1;
  const tail = text.slice(i, end);
  const close = CLOSERS.exec(tail)![0].length;
  const rest = tail.slice(close);
  if (!rest.trim()) return -1;
  const gapped = close > 0 || /^[ \t\u3000]/u.test(rest);
  return MARKUP_MARK.test(rest) || (gapped && GAPPED_DEBRIS.test(rest)) ? i + close : -1;
}

export function inlineDebrisEdits(text: string, lines: readonly Line[], skipLast = true): Edit[] {
  const edits: Edit[] = [];
  let li = lines.length - 1;
  while (skipLast && li >= 0 && lines[li]!.text.trim() === '') li--;
  const last = skipLast && li >= 0 ? lines[li] : undefined;
  for (const line of lines) {
    // A picture's file name opening a paragraph of prose (line-score.ts, LEADING_FILE); one test of a
    // plain '.' first, as most lines hold none before a file extension.
    if (/\.(?:jpe?g|png|gif|webp|bmp|tiff?)\s/iu.test(line.text)) {
      const file = LEADING_FILE.exec(line.text);
      if (file) edits.push({ start: line.start, end: line.start + file[0].length, replacement: '', kind: 'furniture' });
    }
    const bullet = bulletLength(line.text);
    if (bullet) edits.push({ start: line.start, end: line.start + bullet, replacement: '', kind: 'furniture' });
    const debris = debrisTailAt(line.text);
    if (debris > 0) edits.push({ start: line.start + debris, end: line.end, replacement: '', kind: 'furniture' });
    // 【文/柳白 摄/记者 许立】9月26日上午，…: the writer's and photographer's credit opening the first
    // paragraph, in lenticular brackets, is the page's byline, not the report's words.
    if (line.text.includes('】')) {
      const opening = OPENING_CREDIT.exec(line.text);
      if (opening) edits.push({ start: line.start, end: line.start + opening[0].length, replacement: '', kind: 'byline' });
      const tag = opening ? null : OPENING_TAG.exec(line.text);
      if (tag) edits.push({ start: line.start, end: line.start + tag[0].length, replacement: '', kind: 'furniture' });
      for (const m of line.text.matchAll(EMPTY_BRACKET)) edits.push({ start: line.start + m.index, end: line.start + m.index + m[0].length, replacement: '', kind: 'furniture' });
    }
    // The last line's credit is furniture.ts's endByline, which knows more kinds of it.
    // Only a line whose last character closes a bracket (a $-anchored test would scan the line).
    let e = line.text.length - 1;
    while (e >= 0 && (line.text[e] === ' ' || line.text[e] === '\t' || line.text[e] === '\u3000')) e--;
    if (line === last) continue;
    const closing = line.text[e];
    if (closing !== undefined && closing >= '0' && closing <= '9') {
      const role = ROLE_CREDIT.exec(line.text);
      if (role && role.index > bullet) edits.push({ start: line.start + role.index, end: line.end, replacement: '', kind: 'byline' });
      continue;
    }
    if (closing !== ')' && closing !== '）' && closing !== '】') continue;
    const role = ROLE_CREDIT.exec(line.text) ?? UNIT_CREDIT.exec(line.text);
    if (role && role.index > bullet) {
      edits.push({ start: line.start + role.index, end: line.end, replacement: '', kind: 'byline' });
      continue;
    }
    if (closing === '】') continue;
    const credit = CREDIT.exec(line.text);
    if (credit && credit.index > bullet && creditNames(credit[1]!).every((n) => n.length >= 2 && n.length <= 4 && looksLikeName(n)))
      edits.push({ start: line.start + credit.index, end: line.end, replacement: '', kind: 'byline' });
  }
  if (/[左右图圖]/u.test(text)) for (const m of text.matchAll(PHOTO_POSITION)) edits.push({ start: m.index, end: m.index + m[0].length, replacement: '', kind: 'furniture' });
  if (ANY_TAG.test(text)) for (const m of text.matchAll(TAG)) edits.push({ start: m.index, end: m.index + m[0].length, replacement: '', kind: 'furniture' });
  if (/##|\{\{|\$\{/.test(text)) for (const m of text.matchAll(PLACEHOLDER)) edits.push({ start: m.index, end: m.index + m[0].length, replacement: '', kind: 'furniture' });
  if (text.includes('版') || text.includes('页') || text.includes('頁'))
    for (const m of text.matchAll(PAGE_JUMP)) edits.push({ start: m.index, end: m.index + m[0].length, replacement: '', kind: 'furniture' });
  // Glued into Han text only: the letter right after a Han character or a 、/，.
  if (BETTING_WORD.test(text))
    for (const m of text.matchAll(BETTING)) if (m.index > 0 && isHanCode(text.charCodeAt(m.index - 1))) edits.push({ start: m.index, end: m.index + m[0].length, replacement: '', kind: 'furniture' });
  if (text.includes('http') || text.includes('www.'))
    for (const m of text.matchAll(URL)) {
      const lineStart = text.lastIndexOf('\n', m.index - 1) + 1;
      const before = text.slice(Math.max(lineStart, m.index - 6), m.index);
      const glued = m.index > lineStart && isHanCode(text.charCodeAt(m.index - 1)) && !URL_POINTED.test(before);
      const end = m.index + m[0].length;
      const spaces = /^[ \t\u3000]+(?=[\p{Script=Han}\d])/u.exec(text.slice(end, end + 8));
      const opensLine = m.index === lineStart && !!spaces;
      if (glued || opensLine) edits.push({ start: m.index, end: end + (opensLine ? spaces![0].length : 0), replacement: '', kind: 'furniture' });
    }
  if (text.includes('?') || text.includes('？') || text.includes('\uFFFD'))
    for (const m of text.matchAll(LOST_SENTENCE_END)) {
      const county = m[0].endsWith(LOST_COUNTY) && text.includes('縣');
      edits.push({ start: m.index, end: m.index + m[0].length, replacement: county ? '。縣' : '。', kind: 'furniture' });
    }
  edits.push(...gamblingSpamEdits(text));
  // Overlapping edits (a tag on a bulleted line's start) are left to apply, which keeps the first.
  return edits;
}
