/**
 * Bylines read by what they are made of, not by one outlet's wording: a short run of credit words
 * (记者, 通讯员, 编辑, 文/图, 来源 …), the names or units they credit, and separators (spaces, ／, ：,
 * 、, |), with no sentence in it. furniture.ts asks here about the bracket or tail closing the last
 * paragraph (…持续稳定。（融媒体记者：张晓东） / …稳定。 编辑：赵敏) and about the run opening the
 * first one (记者 张晓东 报道：12月3日，… / 記者陳文華／平安報導 县政府…), which its fixed dateline
 * patterns miss.
 */

/** The words a credit is given with. A unit may stand before one (本报记者, 融媒体中心记者). */
const CREDIT =
  '记者|記者|通讯员|通訊員|特约记者|特約記者|实习生|實習生|见习记者|見習記者|编辑|編輯|责任编辑|責任編輯|责编|責編|美编|美編|作者|撰稿|撰文|供稿|供图|供圖|来源|來源|信息来源|信息來源|资料来源|資料來源|审核|審核|审稿|審稿|校对|校對|初审|初審|复审|複審|终审|終審|摄影|攝影|摄像|攝像|图文|圖文|报道|報導|报导|報道|采写|採寫';
/** Credits of one character (文/图, 摄/ for the photographer) stand alone or before the name, never glued after a word (全文). */
const SHORT_CREDIT = '文字|文|图|圖|摄|攝';
/** One token: a credit word with an optional unit before it and an optional name after it. */
const CREDIT_TOKEN = new RegExp(`^(?:[\\p{Script=Han}]{0,15}?(?:${CREDIT})|(?:${SHORT_CREDIT}))(?:[\\p{Script=Han}·]{2,4})?$`, 'u');
/** （平安发布）, （据平安日报）: an outlet alone in the bracket credits the text to it. */
const OUTLET = /^(?:据|據)?[\p{Script=Han}A-Za-z]{1,12}(?:日报|日報|晚报|晚報|新闻网|新聞網|网|網|发布|發布|融媒|客户端|客戶端|电视台|電視台|之声|之聲)$/u;
/** A name or a unit credited: 2–15 Han characters (a transliterated name keeps its ·). */
const CREDITED = /^[\p{Script=Han}·]{2,15}$/u;
// A comma is not among them: a run with one has become a sentence.
const SEPARATORS = /[\s\u3000/／:：、|｜]+/u;

/** An account name a CMS prints for its editor (admin, guanliyuan, xwzx_01). */
const HANDLE = /^[A-Za-z][A-Za-z0-9_.-]{2,19}$/u;

/**
 * 融媒體記者 李光哲 龍 露: a two-character name spaced out to the width of a three-character one is
 * one name; a lone Han character followed by one or two more is joined to them.
 */
function joinSpacedNames(tokens: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    if (/^\p{Script=Han}$/u.test(t) && next !== undefined && /^\p{Script=Han}{1,2}$/u.test(next) && !CREDIT_TOKEN.test(t)) {
      out.push(t + next);
      i++;
    } else out.push(t);
  }
  return out;
}

/** How many credit words a byline holds (初审：X 复审：Y 终审：Z holds three). */
export function creditWords(s: string): number {
  return joinSpacedNames(s.trim().split(SEPARATORS).filter(Boolean)).filter((t) => CREDIT_TOKEN.test(t)).length;
}

/**
 * Whether `s` (a bracket's inside, or a line's tail) is a byline: every token a credit or what it
 * credits, at least one credit word, at most 50 characters, no sentence mark or digit-led clause.
 */
export function isByline(s: string): boolean {
  const text = s.trim();
  if (!text || text.length > 50 || /[。！？；;!?“”"《》，,]/u.test(text)) return false;
  const tokens = joinSpacedNames(text.split(SEPARATORS).filter(Boolean));
  if (!tokens.length || tokens.length > 10) return false;
  let credits = 0;
  for (const [i, token] of tokens.entries()) {
    if (CREDIT_TOKEN.test(token) || (tokens.length === 1 && OUTLET.test(token))) credits++;
    // 责任编辑:guanliyuan: a site's editor credited by the account name the CMS printed.
    else if (!CREDITED.test(token) && !(i > 0 && CREDIT_TOKEN.test(tokens[i - 1]!) && HANDLE.test(token))) return false;
  }
  // A credit word must open or close a token next to what it credits: one token that is only a
  // long run of Han characters (图为会议现场) is a caption, which the credit-word test above rejects.
  return credits > 0;
}

/** A byline in brackets closing a line, after its last sentence: …稳定。（融媒体记者：张晓东）. */
const END_BRACKET = /(?<=[。！？”」])[ \t\u3000]*(?:[(（]([^()（）\n]{2,50})[)）]|【([^【】\n]{2,50})】)[ \t\u3000]*\d{0,8}[ \t\u3000]*$/u;
/** An unbracketed tail after the last sentence, set off by a space: …稳定。  编辑：赵敏. */
// …基础。” 责任编辑：X: a closing quotation mark stays with the sentence it closes.
const END_TAIL = /(?<=[。！？”」])([”」』]*)[ \t\u3000]*([^。！？\n]{2,50})$/u;

/** Where a byline closing `line` starts, or -1. */
export function endBylineAt(line: string): number {
  const bracket = END_BRACKET.exec(line);
  if (bracket && isByline(bracket[1] ?? bracket[2] ?? '')) return bracket.index;
  const tail = END_TAIL.exec(line);
  // The tail must hold a credit with its separator (编辑：赵敏, 文/张三): a short sentence fragment
  // left after the full stop is not one.
  if (tail && SEPARATORS.test(tail[2]!.trim()) && isByline(tail[2]!)) return tail.index + tail[1]!.length;
  return -1;
}

const DAMAGED_BRACKET = /^(?=[^，,]{0,20}[?？\uFFFD])[^，,()（）\n]{2,20}[)）]\s*(?=\d{1,4}\s*[年月])/u;

/**
 * The length of a byline opening `line` before the report's first words (记者 张晓东 报道：12月3日…,
 * ■本报记者 张晓东 通讯员 刘芳12月3日…, 記者陳文華／平安報導 县政府…), or 0. The cut is where a
 * date starts, or after a colon or a gap; the longest such prefix that is a byline wins, and the
 * rest must still read as prose.
 */
export function openingBylineLength(line: string): number {
  // ?。ㄓ浾?韋 丹)9月4日上午，…: a byline bracket the encoding broke ((记者 韦丹) read in the wrong
  // code page) still closes with its bracket right before the date; a short run holding the
  // damage's question marks, then the bracket and a date, is that byline.
  const damaged = DAMAGED_BRACKET.exec(line);
  if (damaged) return damaged[0].length;
  let best = 0;
  const limit = Math.min(line.length, 56);
  for (let i = 2; i < limit; i++) {
    const at = line[i]!;
    const prev = line[i - 1]!;
    const dateStarts = /\d/u.test(at) && !/\d/u.test(prev);
    const afterGap = /[\s\u3000:：]/u.test(prev) && !/[\s\u3000:：]/u.test(at);
    if (!dateStarts && !afterGap) continue;
    const head = line.slice(0, i);
    // A byline opens with its credit (记者…, 本报记者…, 文/…), not with a name the credit follows.
    if (!/^[\p{Script=Han}]{0,15}?(?:记者|記者|通讯员|通訊員|特约记者|特約記者|见习记者|見習記者|文|作者|撰稿)/u.test(head.trim())) continue;
    if (isByline(head.replace(/[:：]\s*$/u, ''))) best = i;
  }
  const rest = line.slice(best);
  return best > 0 && rest.length >= 10 && /[，。,]/u.test(rest) ? best : 0;
}

/**
 * An outlet's dateline word: the outlet (…网, …日报, …台, …中心), an optional parent outlet in
 * brackets (荆楚网(湖北日报网)讯), an optional place it filed from (南宁) and day (10月27日), then
 * 讯 / 专电 / 消息 (电 only after a day: 电视台电话会议 would read as one); or any short name with
 * 讯 (新渭谷讯, 市政署讯, 本报讯); or an outlet followed by a dash before the next (某某网 -某某日报讯).
 */
// 桐川在线消息: a site may call itself 在线 as others call themselves 网.
const OUTLET_WORD = String.raw`[\p{Script=Han}A-Za-z·]{1,15}?(?:网|網|报|報|台|社|中心|客户端|客戶端|融媒|号|號|在线|在線)`;
// 中皖在線、中皖新聞客戶端訊: a site and its news client may share one dateline, joined by 、.
const OUTLETS = String.raw`${OUTLET_WORD}(?:、${OUTLET_WORD}){0,2}`;
// 365某某官方中文版2月28日讯（记者 X）: an outlet of any name (an injected site's too) is known by
// what follows it: its day, 讯 or 电, then a reporter's bracketed byline.
const ANY_OUTLET_DATED = String.raw`[^，。；、\s（(【\[]{1,16}?[0-9]{1,2}月[0-9]{1,2}日(?:讯|訊|电|電)(?=\s*[(（][^()（）\n]{0,20}(?:记者|記者|通讯员|通訊員))`;
const OUTLET_DATELINE = new RegExp(
  String.raw`^(?:${OUTLETS}(?:\s*[(（][^()（）\n]{1,12}[)）])?[\p{Script=Han}]{0,6}?(?:[0-9]{1,2}月[0-9]{1,2}日(?:电|電)|(?:[0-9]{1,2}月[0-9]{1,2}日)?(?:讯|訊|专电|專電|消息))|[\p{Script=Han}A-Za-z·]{2,12}?(?:讯|訊)|${ANY_OUTLET_DATED}|${OUTLET_WORD}(?=\s*[-－—])|${OUTLET_WORD}(?=\s*[(（【][^()（）【】\n]{2,50}[)）】]))[:：]?`,
  'u',
);
/**
 * 據同心報 / 据某某日报报道: the paper the report was taken from, named before its first date (after
 * the site's own dateline or alone). Only an outlet's name may stand between 據 and the end.
 */
const SOURCE_CREDIT = new RegExp(String.raw`^(?:据|據)${OUTLETS}(?:报道|報道|報導|报导|消息)?(?=[\s\u3000:：]|[0-9])[:：]?`, 'u');
const OPEN_BRACKET: Record<string, string> = { '(': ')', '（': '）', '【': '】', '[': ']' };
/** What a report's first words after its dateline look like: a day, or 近日 / 今天 / 昨日 …. */
const REPORT_STARTS = /^[:：]?\s*(?:[0-9０-９]{1,4}\s*[年月日]|[一二三四五六七八九十〇]{1,3}月|[近日]日|日前|今天|今日|昨天|昨日|本月|上月|今年|[0-9０-９]{1,2}\s*[至到-])/u;

/**
 * The length of a run of datelines and bylines opening `line` before the report's first date
 * (桂江日报南宁专电(记者 X 通讯员 Y) 1月16日…, (芜湖日报记者 A B C)12月29日…, 荆楚网(湖北日报网)讯(记者
 * A 见习记者 B 摄影 C)1月12日…), or 0. Read by what each part is made of, not by one outlet's
 * wording: an outlet's dateline word, or a bracket whose inside is a byline (isByline) or an outlet
 * alone; the run must end where a date or 近日/今天 begins, so a sentence is never taken.
 */
const DAY_FILED = /[0-9]{1,2}月[0-9]{1,2}日(?:讯|訊|电|電)/u;
export function openingCreditLength(line: string): number {
  let at = 0;
  let parts = 0;
  let dated = false;
  for (;;) {
    const gap = /^[\s\u3000\-－—]*/u.exec(line.slice(at))![0].length;
    const rest = line.slice(at + gap);
    const close = OPEN_BRACKET[rest[0] ?? ''];
    if (close) {
      const end = rest.indexOf(close, 1);
      const inside = end > 0 ? rest.slice(1, end) : '';
      if (!inside || /[()（）【】[\]]/u.test(inside) || !(isByline(inside) || OUTLET.test(inside.trim()) || /^[\p{Script=Han}]{1,15}(?:讯|訊|消息)$/u.test(inside.trim()))) break;
      at += gap + end + 1;
      parts++;
      continue;
    }
    const outlet = OUTLET_DATELINE.exec(rest) ?? SOURCE_CREDIT.exec(rest);
    if (!outlet) break;
    at += gap + outlet[0].length;
    parts++;
    if (DAY_FILED.test(outlet[0])) dated = true;
  }
  if (!parts || at > 70) return 0;
  const after = line.slice(at).replace(/^[\s\u3000]+/u, '');
  // A run that gave its day (…2月28日讯（记者 X）) may be followed by the report's subject itself.
  if (!REPORT_STARTS.test(after) && !(dated && parts > 1 && /^\p{Script=Han}/u.test(after))) return 0;
  // The colon after the run goes with it.
  return line.length - after.replace(/^[:：]\s*/u, '').length;
}

/**
 * The word a dateline closes on, whatever the outlet's or writer's name before it: 讯 / 消息 /
 * 专电 / 报道 (康途導醫網 淮岳中醫頻道 吳曉彤報道, 中國瑞豐寧夏消息, 据岷州日报报道), or 电 after a
 * day (6日北京專電, 5月3日电); a bare 电 closes words (供电, 水电) as well.
 */
const REPORTING_END = /(?:讯|訊|消息|专电|專電|报道|報道|報導|报导|\d日[\p{Script=Han}]{0,4}(?:电|電))$/u;
/** A bracket (or 《》) closing the run: the writer or the office that sent it ((记者 X), (黨政辦)). */
const RUN_BRACKET = /[ \t\u3000]*[(（【[]([^()（）【】[\]，。；！？,;!?\n]{1,20})[)）】\]]$/u;
/** A sentence mark, a quotation or a sentence's verb before the day: the run is the report's own. */
const RUN_SENTENCE = /[，。；！？,;!?“”"「」：:]/u;

/**
 * The length of a dateline read by its shape, not by its outlet's wording: the run before the
 * report's first date (12月31日, 近日) holds no sentence mark, is at most 40 characters, and its last
 * word, past a writer's or an office's bracket, is a reporting word (REPORTING_END). A sentence
 * never stops on 消息 or 报道 right before it gives its day; a dateline always does. The same run
 * wholly in a paper's brackets (《某社駐京記者X6日北京專電》) needs no date after it. 0 when none.
 */
export function reportingRunLength(line: string): number {
  const wrapped = /^[《【〔]([^《》【】〔〕\n]{3,40})[》】〕]/u.exec(line);
  if (wrapped && !RUN_SENTENCE.test(wrapped[1]!) && REPORTING_END.test(wrapped[1]!.trim()) && line.slice(wrapped[0].length).trim().length >= 10) return wrapped[0].length;
  const limit = Math.min(line.length, 41);
  for (let i = 3; i < limit; i++) {
    if (/\d/u.test(line[i - 1]!) && /\d/u.test(line[i]!)) continue;
    const rest = line.slice(i);
    if (!/^[ \t\u3000]*[0-9０-９一二三四五六七八九十近日今昨本上]/u.test(rest) || !REPORT_STARTS.test(rest.trimStart())) continue;
    let head = line.slice(0, i).trim();
    if (!head || RUN_SENTENCE.test(head)) return 0;
    for (let k = 0; k < 2; k++) {
      const m = RUN_BRACKET.exec(head);
      if (!m) break;
      head = head.slice(0, m.index).trim();
    }
    if (head.length >= 3 && REPORTING_END.test(head) && /[，。,]/u.test(rest)) return i + (rest.length - rest.trimStart().length);
  }
  return 0;
}

/** A publishing stamp closing a credit line: 2026-01-10 06:49:27, 2020年11月04日, 2015/05/20. */
const TRAILING_STAMP = /[\s\u3000]+\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(?:[\s\u3000]+\d{1,2}:\d{2}(?::\d{2})?)?$/u;
/** An outlet, or a news client and its paper joined by ·: 海川新闻·海川日报, 河东晚報, 某某网. */
const OUTLET_CHAIN =
  /^[\p{Script=Han}A-Za-z]{1,12}(?:日报|日報|晚报|晚報|新闻|新聞|网|網|报|報|客户端|客戶端|融媒|电视台|電視台)(?:·[\p{Script=Han}A-Za-z]{1,12}(?:日报|日報|晚报|晚報|新闻|新聞|网|網|报|報|客户端|客戶端|融媒|电视台|電視台))*$/u;
/** A person's name as a credit line gives it: two to four Han characters. */
const PERSON = /^\p{Script=Han}{2,4}$/u;

/**
 * Whether a whole line is only a credit, bracketed or not: （某新闻·某日报 记者 张三 通讯员 李四）, 记者
 * 张三 李四, or an outlet with its writers and the publishing stamp and no credit word (某新闻·某日报
 * 张三   2026-01-10 06:49:27). A line with a sentence mark or a comma is never one (isByline).
 */
export function isCreditLine(line: string): boolean {
  let s = line.trim();
  const bracket = /^[（(【[](.*)[）)】\]]$/u.exec(s);
  if (bracket) s = bracket[1]!.trim();
  const stamped = TRAILING_STAMP.exec(s);
  const rest = stamped ? s.slice(0, stamped.index).trim() : s;
  if (!rest) return false;
  if (isByline(rest) && (bracket || stamped || SEPARATORS.test(rest))) return true;
  // No credit word: the outlet, then one to three writers, then the stamp that dates the page.
  if (!stamped) return false;
  const tokens = rest.split(/[\s\u3000]+/u).filter(Boolean);
  return tokens.length >= 2 && tokens.length <= 4 && OUTLET_CHAIN.test(tokens[0]!) && tokens.slice(1).every((t) => PERSON.test(t));
}
