import { TONE_VOWELS } from '../chars';
import { isCreditLine } from './byline';
import { looksLikeName } from '../structure/people';
import { clockWidget, hasDateClock, hasPhoneNumber, isPageFieldLine } from './page-fields';

/**
 * Page furniture by scoring, not by closed lists: a line a page wraps around an article is short,
 * has no sentence punctuation, carries site words (首页, 登录, 评论, 版权, ICP, 无障碍 …), digits,
 * URLs or file names, separators between short tokens, repeats another line, and sits outside the
 * article's main block. Each of those adds to a score; a line goes when there is some positive
 * evidence of furniture (site words, links, digits, separators, repetition) and the evidence plus
 * the shape add up. Body sentences inside the main block need far more evidence, so a paragraph
 * that mentions 网站 or 评论 stays.
 */

/** Words of site chrome in both scripts: navigation, accounts, sharing, comments, credits, legal. */
const SITE_WORDS = [
  // Listed before their shorter prefixes (浏览, 阅读): the alternation takes the first that matches.
  // A browser notice (为达最佳浏览效果，建议使用…浏览器) and a download button (下载, iOS App下載).
  '浏览器',
  '瀏覽器',
  '下载',
  '下載',
  // Counters and tags under a headline: 人气：5, 点阅率：821, 標籤：.
  '人气',
  '人氣',
  '点阅',
  '點閱',
  '标签',
  '標籤',
  'tags',
  // A footer's legal line: Copyright © 2024 …, All Rights Reserved.
  // A read-aloud player, a correction button, the mobile edition: 听全文, 朗读, 纠错, 手机版.
  '听全文',
  '聽全文',
  '听新闻',
  '聽新聞',
  '朗读',
  '朗讀',
  '纠错',
  '糾錯',
  '手机版',
  '手機版',
  // A search box and its hot words: 热门搜索：, 站内搜索, 搜尋.
  '搜索',
  '搜尋',
  '检索',
  '檢索',
  'Copyright',
  'All Rights Reserved',
  '隐私',
  '隱私',
  '首页',
  '首頁',
  '主页',
  '主頁',
  '当前位置',
  '當前位置',
  '位置',
  '导航',
  '導航',
  '栏目',
  '欄目',
  '网站',
  '網站',
  '本站',
  '本网',
  '本網',
  '登录',
  '登錄',
  '登入',
  '注册',
  '註冊',
  '账号',
  '帳號',
  '密码',
  '密碼',
  '退出',
  '分享',
  '转载',
  '轉載',
  '转发',
  '轉發',
  '收藏',
  '点赞',
  '點讚',
  '点击',
  '點擊',
  '评论',
  '評論',
  '留言',
  '沙发',
  '沙發',
  '参与',
  '參與',
  '查看更多',
  '扫一扫',
  '掃一掃',
  '二维码',
  '二維碼',
  '微信',
  '微博',
  '客户端',
  '客戶端',
  'APP',
  '公众号',
  '公眾號',
  '抖音',
  '版权',
  '版權',
  '授权',
  '授權',
  '复制',
  '複製',
  '链接',
  '鏈接',
  '連結',
  '违者',
  '違者',
  '追究',
  '主办',
  '主辦',
  '承办',
  '承辦',
  '协办',
  '協辦',
  '技术支持',
  '技術支持',
  '运维',
  '運維',
  'ICP',
  '备案',
  '備案',
  '公网安备',
  '公網安備',
  '网安',
  '網安',
  '地址',
  '邮编',
  '郵編',
  '电话',
  '電話',
  '传真',
  '傳真',
  '邮箱',
  '郵箱',
  '邮件',
  'Email',
  '联系我们',
  '聯繫我們',
  '与我们联系',
  '與我們聯繫',
  '无障碍',
  '無障礙',
  '长辈版',
  '長輩版',
  '关怀版',
  '關懷版',
  '适老',
  '適老',
  '读屏',
  '讀屏',
  '繁體',
  '繁体',
  '简体',
  '簡體',
  'English',
  'IPV6',
  'IPv6',
  '智能问答',
  '智能問答',
  '相关新闻',
  '相關新聞',
  '相关文章',
  '相關文章',
  '相关阅读',
  '相關閱讀',
  '推荐',
  '推薦',
  '排行',
  '热点',
  '熱點',
  '专题',
  '專題',
  '原创',
  '原創',
  '视频',
  '視頻',
  '图片',
  '圖片',
  '地图',
  '地圖',
  '上一篇',
  '下一篇',
  '打印',
  '列印',
  '关闭',
  '關閉',
  '字号',
  '字號',
  '浏览',
  '瀏覽',
  '阅读',
  '閱讀',
  '读完',
  '讀完',
  '验证码',
  '驗證碼',
  '小编',
  '小編',
  '仅供参考',
  '僅供參考',
  '责编',
  '責編',
  '编辑',
  '編輯',
  '审核',
  '審核',
  '审稿',
  '審稿',
  '校对',
  '校對',
  '撰稿',
  // The rest of the desk's roles: who keyed the text in (录入者：) and who passed it (编审：).
  '录入',
  '錄入',
  '编审',
  '編審',
  '来源',
  '來源',
  '发布',
  '發布',
  '發佈',
  '作者',
  // A paper's archive links: 昔日新聞, 往期回顾.
  '昔日新闻',
  '昔日新聞',
  '往期',
  // Tags under an article: 关键词：X Y.
  '关键词',
  '關鍵詞',
  '关键字',
  '關鍵字',
  // A player's placeholder: 视频加载中, 正在載入.
  '加载中',
  '載入中',
  // Accessibility chrome: 按Enter到主內容區, 字型大小:.
  '主内容',
  '主內容',
  '字型',
  '字体',
  '字體',
  // The page naming itself: 扫一扫在手机上查看当前页面, 打印本页.
  '页面',
  '頁面',
  '本页',
  '本頁',
  // A skip link for screen readers: 跳到主要内容, 跳過導航.
  '跳到主',
  '跳至主',
  '跳转到主',
  '跳轉到主',
  '跳过导航',
  '跳過導航',
  // A portal's channel names and links: 信息资讯, 最新消息, 詳細內容 », 返回…门户网站.
  '资讯',
  '資訊',
  '最新消息',
  '详细内容',
  '詳細內容',
  '返回',
  // A widget's "back to top" button.
  '返回顶部',
  '返回頂部',
  '回到顶部',
  '回到頂部',
];
// The words are plain letters and Han characters: no regex escaping needed.
/**
 * A page's counter, whichever act it counts (访问次数, 阅读量, 點擊數): read first, before 浏览 and 阅读
 * alone take its first half.
 */
const COUNTER = '(?:浏览|瀏覽|访问|訪問|点击|點擊|阅读|閱讀|播放)(?:次数|次數|量|数|數)';
const SITE_RE = new RegExp([COUNTER, ...SITE_WORDS, '点.{0,2}赞', '點.{0,2}讚'].join('|'), 'giu');

const URL_OR_FILE = /(https?:\/\/|www\.|\.(?:com|cn|net|org|gov)(?:\/|\b)|\.(?:jpe?g|png|gif|webp|bmp|pdf|docx?|xlsx?|s?html?|php|aspx?|jsp)\b)/iu;
/**
 * 圖片_2025-11-14_170439_259.png    澳門…商會日前召開…: a picture's file name a capture left at the start
 * of a paragraph, spaces between it and the prose. The file name is furniture (inline-debris.ts takes
 * it out); the prose after it is the report's and is judged without it. A file name alone on its line
 * has nothing after it and is judged as it stands.
 */
export const LEADING_FILE = /^[ \t\u3000]*[^\s。，；！？]{1,60}\.(?:jpe?g|png|gif|webp|bmp|tiff?)[ \t\u3000]+(?=[^\s])/iu;
function withoutLeadingFile(s: string): string {
  const m = LEADING_FILE.exec(s);
  return m ? s.slice(m[0].length) : s;
}

/**
 * A web address inside a sentence of the report (群众可登录www…查询办件进度。/ 详情请登录http://…查看。):
 * Han text on both sides of the address and a sentence mark in the line. Such a line is the
 * report's prose telling people where to look, not a notice about the page (转载请注明出处：http://…,
 * 网址：www…), whose address follows a label or ends the line. Without this a paragraph holding a
 * 会议强调 lead and one such sentence was dropped whole as furniture.
 */
const URL_IN_SENTENCE = /\p{Script=Han}(?:https?:\/\/|www\.)[\w./\-?=&%#:~]+(?=\p{Script=Han})/u;
function linkInProse(s: string): boolean {
  return URL_IN_SENTENCE.test(s) && /[。；！？]/u.test(s);
}
/** Markup a capture left behind: tags, comments, data URIs (<image>…</image>, /enpproperty-->). */
// ![]() / ![图](x.png): a markdown capture's picture, its alt text and address often empty.
const MARKUP = /(<\/?[a-z][\w-]*(?:\s[^>]*)?\/?>|<!--|-->|\bdata:[a-z]+\/[\w.+-]+[;,]|!\[[^\]]{0,40}\]\([^)]{0,200}\))/iu;
/** Breadcrumb arrows: two or more between tokens (范文网 > 范文 > 会议纪要). */
// 网>>频道>>要闻: an arrow may be doubled.
const CRUMBS = /(?:\s*(?:>{1,2}|＞{1,2}|»|›|→|(?:&gt;){1,2})\s*[^>＞»›→]{1,20}){2,}|^[^>＞»›→。，；]{1,20}(?:\s*(?:>{1,2}|＞{1,2}|»|›|→)\s*[^>＞»›→。，；]{1,20})+\s*(?:>{1,2}|＞{1,2}|»|›|→)\s*$/u;
/**
 * 湄江1.jpg, 图片2.png: a picture's file name alone on its line. A saved picture's name may hold a
 * single gap (图片 1.png, 640 (1).jpg: what a desktop names a copy), never a sentence mark.
 */
const FILE_ALONE = /^(?=.{1,40}$)[^\s。，；！？]+(?: [^\s。，；！？]+){0,2}\.(?:jpe?g|png|gif|webp|bmp|tiff?)$/iu;
/** Three or more underscores between words: a browser tab's title with the site's path. */
const TAB_PATH = /^[^_]{2,60}(?:_[^_]{2,30}){3,}$/u;
/** 发布时间:2023-11-09, 發布日期：2021年3月2日: the page's date stamp under a label. */
const DATE_STAMP = /(?:发布时间|發布時間|發佈時間|发布日期|發布日期|發佈日期)\s*[:：]\s*\d{4}[-/.年]\d{1,2}/u;
/**
 * A language bar: only language names and codes (中文 EN RU AR, 简体 | 繁體 | English). A report's
 * line never consists of them alone.
 */
const LANGUAGE_BAR =
  /^(?:(?:中文|简体|簡體|繁体|繁體|简体中文|簡體中文|繁體中文|English|EN|ENG|RU|AR|FR|ES|DE|JP|KR|日本語|日本语|한국어|Русский|Français|Español|العربية)(?:版)?(?:\s*[|｜/·•]\s*|\s+|$))+$/iu;
/** A short label tagged with its language in brackets: 新聞稿（中文）, 公告(English). */
const LANGUAGE_TAG = /^[\p{Script=Han}]{2,8}\s*[（(](?:中文|英文|葡文|葡萄牙文|简体|簡體|繁体|繁體|English|Português|Portugues)[)）]$/u;
/**
 * A site's legal notice (未经许可不得转载, 不代表本网观点, 版权所有, 版权声明：凡注明“来源：…”):
 * what may be copied, not what the meeting did. Two kinds of these words mark it, so a report on
 * copyright work is not one.
 */
const LEGAL_WORDS =
  /未[经經](?:许可|許可|允许|允許|授权|授權|同意)|不得(?:转载|轉載|复制|複製|镜像|鏡像)|注明[“"「『]?(?:来源|來源|出处|出處)|(?:版[权權]|免[责責])(?:声明|聲明)|不代表本[网網站台]|版[权權]所有|[转轉]载自|[转轉]載自|真实性负责|真實性負責|[独獨]家授[权權]|隐私权?(?:政策|声明|条款|规范)|隱私權?(?:政策|聲明|條款|規範)|同意(?:上述|我们的|我們的|本站|本網)(?=[^。]{0,20}(?:隐私|隱私|规范|規範|条款|條款|[Cc]ookie))|(?:建议|建議)(?:使用|採用|采用)(?=[^。]{0,40}(?:浏览器|瀏覽器|分辨率|解析度))|最佳(?:浏览|瀏覽|显示|顯示)(?:效果|体验|體驗)|(?:浏览器|瀏覽器)|[Cc]ookies?/gu;
const NOTICE_LABEL = /^(?:免[责責]|版[权權])(?:声明|聲明)\s*[：:]/u;
const FILE_STAMP = /^[\p{Script=Han}A-Za-z]{1,12}[_-]\d{8,}$/u;
const ENQUIRIES = /^(?:新闻|新聞|传媒|傳媒)?(?:查询|查詢|联络|聯絡|联系|聯繫)(?:人|电话|電話)?\s*[：:][^。！？]{0,40}[(（]?\d{3,4}[\s-]?\d{4}[)）]?$/u;
export function isLegalNotice(s: string): boolean {
  return new Set(s.match(LEGAL_WORDS) ?? []).size >= 2;
}
/** A date alone, in Arabic or Chinese numerals: 2024-03-06, 二〇二四年三月五日. */
// A page's date widget says which day it is: 今天是2025年4月3日 星期四, 今天是：2025年04月03日.
const DATE_ALONE =
  /^[\s\-—–·•]*(?:(?:今天是|今日是|今天|今日)[：:]?|当前时间[：:]?|當前時間[：:]?)?\s*(?:\d{4}|[〇零一二三四五六七八九]{4})\s*[-/.年]\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*(?:[-/.月]\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*日?)?[\s\d:]*(?:[(（]?(?:星期|週|周|礼拜|禮拜)[一二三四五六日天][)）]?)?\s*$/u;
/**
 * Newspaper page slugs and word counts: 第03版, A3版：要闻, 本篇文章789字, 读完约2分钟; an e-paper's
 * masthead: 第一版, 总第433期, the CN serial number (国内统一刊号:CN64-0001).
 */
const SLUG =
  /((?:全文|本文|共)(?:共计|共計|共|约|約)?\s*\d+\s*字|(?:本文|全文)共\s*\d+\s*[页頁]|第\s*[A-Z]?\d{1,2}\s*版|第[一二三四五六七八九十]{1,3}版|[总總]第\s*\d+\s*期|\bCN\s?\d{2}\s?-\s?\d{4}|^[A-Z]\d{1,2}\s*版|\d+\s*字[，,\s]*(读完|讀完|阅读|閱讀)|(读完|讀完)约?\d+\s*分钟)/u;
const SENTENCE = /[。，；！？,;]/u;
// 天气预报: / 日期: beside it: the weather and date widgets' labels, their values lost in the capture.
// 当前日期: the date widget's label may name the date as well as the time.
const CLOCK_LABEL = /^(?:(?:现在|現在|当前|當前|北京)(?:时间|時間|日期)|今天是|今日是|天气预报|天氣預報|天气|天氣|日期)\s*[:：]?\s*$/u;
/** A paper's name then a date: 东川日报 2020年11月04日; not a report kind (工作简报 2020年…). */
const PAPER_DATE =
  /^(?!\p{Script=Han}*(?:简报|簡報|通报|通報|汇报|匯報|快报|快報))\p{Script=Han}{2,8}[报報][\s·|｜]*(?:\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?|[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日)(?:\s*(?:星期|週|周)[一二三四五六日天])?$/u;
/** A full date as a page stamps it: 2022年01月20日, 2022-01-20 (a clock time may follow). */
// 12/28/2012 09:22:10: a page built on an English template stamps month, day and year.
const STAMP_DATE = String.raw`(?:\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?|\d{1,2}/\d{1,2}/\d{4})(?:\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?`;
/** 时间：2022年01月20日来源：X, 发布日期:2024-03-06 作者:X: the page's stamp, a source or author beside the date. */
const SOURCE_STAMP = new RegExp(
  `${STAMP_DATE}[^。！？，,]{0,12}(?:来源|來源|稿源|出处|出處|作者|发布|發佈|發布|编辑|編輯)\\s*[：:]|(?:来源|來源|稿源|出处|出處|作者)\\s*[：:][^。！？，,]{1,40}?${STAMP_DATE}`,
  'u',
);
/**
 * 市委党史研究室（市政府地方志办公室） 2022年01月20日: a unit's name and a date alone, the page's stamp.
 * The name ends in a unit's word (室, 局, 中心, 报社…), a bracketed unit after it allowed; a headline
 * with its date (县政府召开…会议 2024-03-06) ends in what happened and is not one.
 */
const UNIT_NAME = String.raw`[\p{Script=Han}]{1,24}(?:室|局|委|办|辦|院|中心|部|厅|廳|处|處|馆|館|社|台|站|所|政府|网|網|报|報)(?:[（(][\p{Script=Han}]{2,20}[）)])?`;
const UNIT_DATE = new RegExp(`^(?:${UNIT_NAME}\\s+${STAMP_DATE}|${STAMP_DATE}\\s+${UNIT_NAME})$`, 'u');
/** A short label and its colon at the line start or after a space or bar: 索引号：, 文号:. */
const FIELD_PAIR = /(?:^|[\s|｜])([\p{Script=Han}]{2,5})\s*[：:]/gu;
/**
 * 索引号 1133…/2022-104417 组配分类 常务会议 / 发文日期 2022-04-08 发布机构 区政府办公室: the same record
 * table with spaces for colons. A label is a short word ending in what a record's field names (号,
 * 日期, 机构, 分类, 方式, 范围, 主题 …); two of them, each followed by its value, on a line with no
 * sentence mark. Not a form's own fields (FORM_LABEL).
 */
const SPACED_LABEL = /^\p{Script=Han}{0,4}(?:号|號|日期|机构|機構|分类|分類|方式|范围|範圍|主题|主題|名称|名稱|文号|文號|时效|時效|状态|狀態)$/u;
function spacedTable(s: string): boolean {
  if (/[。，；！？,;：:]/u.test(s)) return false;
  const tokens = s.split(/[ \t\u3000]+/u).filter(Boolean);
  if (tokens.length < 4) return false;
  let labels = 0;
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!SPACED_LABEL.test(tokens[i]!) || SPACED_LABEL.test(tokens[i + 1]!)) continue;
    if (FORM_LABEL.test(tokens[i]!)) return false;
    labels++;
    i++;
  }
  return labels >= 2;
}
/** Labels of the meeting's own form (时间, 地点, 主持, 出席 …): kept for recognition. */
const FORM_LABEL = /时间|時間|地点|地點|主持|主席|出席|列席|参加|參加|参会|參會|与会|與會|请假|請假|缺席|记录|記錄|纪录|紀錄|名称|名稱|议题|議題/u;
/** A line opening with a site word as its label: 下一篇：…, 相关阅读:…, 【上一篇】…. */
const SITE_LABEL = new RegExp(
  `^[【\\[]?(?:${['上一篇', '下一篇', '上一条', '下一条', '上一則', '下一則', '相关阅读', '相關閱讀', '相关新闻', '相關新聞', '相关链接', '相關連結', '推荐阅读', '推薦閱讀', '延伸阅读', '延伸閱讀', '标签', '標籤', '关键词', '關鍵詞', '关键字', '關鍵字'].join('|')})[】\\]]?\\s*[：:]?`,
  'u',
);
const CREDIT = /(记者|記者|通讯员|通訊員)/u;
/**
 * A credit by role: a name then its role after a slash (郑某/文, 凤某/摄, 周某/审) or a role then a
 * colon and a name (审核：李某, 编辑:王某). Two of them on one line are the page's credits, whatever
 * the bracket or unit names around them.
 */
const ROLE_CREDIT =
  /[\p{Script=Han}·]{2,4}\s*[/／]\s*(?:文|摄|攝|图|圖|审|審|编|編|校|视频|視頻)(?!\p{Script=Han})|(?:文|摄|攝|图|圖|编辑|編輯|审核|審核|审稿|審稿|校对|校對|责编|責編|初审|初審|复审|複審|终审|終審|监制|監製|统筹|統籌|美编|美編)\s*[:：/／]\s*[\p{Script=Han}·]{2,}/gu;
/**
 * The photographer's or supplier's credit closing a caption: a name or two (记者 and the outlet before
 * them at most), then 摄/攝影 (a slash or a bracket about it), or a unit then 供图/提供 in brackets; after a sentence's end, a gap or nothing.
 */
const PHOTO_CREDIT =
  /(?:^|[。！\s(（])\s*(?:\p{Script=Han}{0,8}(?:记者|記者|通讯员|通訊員)\s*)?[\p{Script=Han}·]{2,4}(?:[、\s][\p{Script=Han}·]{2,4}){0,2}\s*[/／]?\s*(?:摄|攝|摄影|攝影)\s*[)）]?\s*$|(?:供图|供圖)\s*[)）]?\s*$|[(（][^()（）]{2,16}提供[)）]\s*$/u;
/**
 * What a picture shows, closing its caption: a gathering's scene (会议现场, 开幕式現場, 活动现场),
 * 掠影, 合影留念, 会场. Not 现场 after any act: 县委书记督导防汛现场 is a headline.
 */
const SCENE = /(?:(?:会|會|议|議|式|活动|活動)(?:[(（]\p{Script=Han}{1,6}[)）])?(?:现场|現場)|掠影|剪影|合影|合影留念|会场|會場)(?:图|圖|照)?[。)）]*$/u;
/** Japanese kana: a notice in another language (日本語版に移動しますか), never a Chinese report's text. */
const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/gu;

/**
 * A line that says the same thing twice (收藏收藏, 取消收藏取消收藏, 一手新聞APP Icon一手新聞APP): a
 * button's label printed with its icon's alt text. A run of at least two characters, a third of the
 * line, found again right after itself or later on the line.
 */
export function repeatsItself(s: string): boolean {
  const x = s.replace(/\s+/gu, '');
  if (x.length < 4 || x.length > 40) return false;
  const min = Math.max(2, Math.ceil(x.length / 3));
  for (let n = Math.floor(x.length / 2); n >= min; n--) for (let i = 0; i + 2 * n <= x.length; i++) if (x.indexOf(x.slice(i, i + n), i + n) >= 0) return true;
  return false;
}
/** A flattened ruby reading, 關(guān): the pinyin letters cleanup/ruby.ts removes after this step. */
const RUBY_READING = new RegExp(`\\([a-z${TONE_VOWELS}]{1,8}\\)`, 'gu');

export interface LineContext {
  /** The line lies before the article's first body paragraph or after its last one. */
  outside: boolean;
  /** The line lies after the article's last body paragraph (where a page credits its writers). */
  after?: boolean;
  /**
   * A line next to it is people's names alone too (a list: 新一届委员名单), or the line before is a
   * label (参加会议人员：, the field's value below it): the names are not a credit.
   */
  amongNames?: boolean;
  /** The same text already appeared on an earlier line (a caption repeating the title). */
  repeated: boolean;
  /** The line stands next to a line already removed as furniture (chrome comes in runs). */
  beside?: boolean;
  /** The article's opening tells the line again: a headline among chrome (told-headline.ts). */
  told?: boolean;
}

/** A unit's name before a credited writer: 党群工作科 李某, 宣传部 王某. */
const CREDIT_UNIT = /^\p{Script=Han}{2,14}(?:办|辦|办公室|辦公室|室|科|部|处|處|局|委|中心|站|所|组|組|队|隊|社|台)$/u;
/**
 * A line of people's names and nothing else (李某, 张某某 顾 某, 党群工作科 李某): after the article
 * it is the writer's or editor's credit, which the page prints under the text without a role word.
 * One to three names, a unit's name before them at most; a name spaced out to the width of a longer
 * one (顾 某) is put back together. A report never closes on a bare name: its people act in
 * sentences, and a 纪要's fields carry their labels (出席：…). A run of such lines is a list the
 * report gives (当选委员名单 one name a line), and names under a label are the field's value, not a
 * credit: the caller says so (amongNames).
 */
export function namesOnly(s: string): boolean {
  if (/[^\p{Script=Han}·\s、]/u.test(s)) return false;
  const parts = s.split(/[\s、]+/u).filter(Boolean);
  if (parts.length > 1 && CREDIT_UNIT.test(parts[0]!) && !looksLikeName(parts[0]!)) parts.shift();
  const names = joinSpacedNames(parts);
  return names.length >= 1 && names.length <= 3 && names.every((n) => looksLikeName(n));
}

/** Parts of a run of names as split at spaces, a name printed with a space inside (潘 勇) put back together. */
export function joinSpacedNames(parts: readonly string[]): string[] {
  const names: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    const next = parts[i + 1];
    if (p.length === 1 && next !== undefined && next.length <= 2) {
      names.push(p + next);
      i++;
    } else names.push(p);
  }
  return names;
}

/**
 * A rule of repeated marks framing or cutting a line (=====标题=====, ----某网 http://… //----): a
 * plain-text page's border, drawn with three or more of one ASCII mark. Chinese prose draws none (its
 * dash is ——, not ---). Not underscores: a form's blank to fill in (签字：______) is drawn with them.
 */
const MARK_RULE = /([-=*~#+/])\1{2,}/u;

/** Evidence and shape of a line; `isFurnitureByScore` decides. Exposed for tests and tuning. */
/**
 * Words of a meeting headline: the meeting, and what a headline says it did (榆川：专题传达学习…精神,
 * X部署…工作): they weigh against a site word (专题, 视频) in the same line.
 */
const MEETING_HEADLINE = /会议|會議|召开|召開|举行|舉行|主持|传达|傳達|部署|座谈|座談|研讨|研討|推进会|推進會|调度会|調度會|动员会|動員會/u;

export function scoreLine(line: string, ctx: LineContext): { evidence: number; shape: number } {
  const s = withoutLeadingFile(line.trim());
  // Only ever asked whether it is 0: a test, not an array of every Han character of every line (round 44).
  const han = /\p{Script=Han}/u.test(s) ? 1 : 0;
  let distinct = siteWordCount(s);
  // 首 页 区县招商 …: a menu spaces a two-character word out; its site word counts all the same.
  // 關(guān)鍵詞: on a ruby mirror (cleaned after this step) the pinyin splits the site word. Read
  // again only when the plain reading found none and the line can hold such a split.
  if (distinct === 0 && (s.includes(' ') || s.includes('('))) {
    const plain = s.includes('(') ? s.replace(RUBY_READING, '') : s;
    const spaced = plain.includes(' ') ? plain.replace(/(?<=^|\s)(\p{Script=Han})\s(?=\p{Script=Han}(?:\s|$))/gu, '$1') : plain;
    if (spaced !== s) distinct = siteWordCount(spaced);
  }
  let evidence = 2 * distinct;
  // A short line that is a site's name (手机彩票网, 海川新闻网) is the page's, not the report's; so is
  // a portal's name with its edition's (某市議會全球網-中文網) or its home page (某某聯誼會網頁).
  if (s.length <= 24 && s.split(/\s*[-－—|｜·]\s*|\s+/u).every((w) => /^\p{Script=Han}{2,12}[网網][页頁]?$/u.test(w))) evidence += 2;
  // 东南在线_东南新闻门户网: a browser tab's title, the site's short name and its full one joined by an
  // underscore; the part after the last underscore names a site.
  else if (s.length <= 30 && /^(?:\p{Script=Han}{2,12}_)+\p{Script=Han}{0,12}(?:网|網|网站|網站|门户|門戶|门户网|門戶網)$/u.test(s)) evidence += 2;
  // A picture's label left where the picture stood (会场, 首图, 印章图, 人大摄影): a word or two closing
  // on what a picture is; no report's line is that short and that kind.
  if (s.length <= 8 && !SENTENCE.test(s) && /(?:图|圖|摄影|攝影|照片|会场|會場|现场|現場)$/u.test(s)) evidence += 2;
  // A picture's caption by its make-up rather than its words: a line closing on who took the picture
  // (…会议现场。 记者 某某 摄, (某某 攝), 某某/摄) or who supplied it (…供图), or a short line
  // closing on the scene it shows (开幕式现场, 活动掠影, 合影留念) or opening on 图为.
  const plain = s.replace(RUBY_READING, '').replace(/^[▲△↑]\s*/u, '');
  const photoCredit = PHOTO_CREDIT.test(plain);
  if (photoCredit) evidence += 4;
  else if (plain.length <= 24 && !/[，；,;]/u.test(plain) && (SCENE.test(plain) || /^[(（]?\s*(?:图为|圖為|上图|上圖|下图|下圖)/u.test(plain))) evidence += 2;
  // A type-size switch printed one button a line (大][ / 中][ / 小]): a size word in the brackets the
  // widget's row had around it.
  if (/^[【[]?[大中小][】\]][【[]?$/u.test(s)) evidence += 2;
  // 主办：某某委员会 / 承办单位：…: the page's footer naming who runs the site.
  if (ctx.outside && /^(?:主办|主辦|承办|承辦|协办|協辦)(?:单位|單位)?\s*[：:]/u.test(s)) evidence += 3;
  // A code standing alone (1769743413552eb9, a tracking id; 010020030440000…, a counter's digits): a
  // run of hex digits with no word of any language.
  if (/^[0-9A-Fa-f]{12,}$/u.test(s)) evidence += 3;
  // …and a paper's name (海川晚报, 河东日報): not a report's kind (工作简报, 情况通报).
  if (s.length <= 10 && /^\p{Script=Han}{2,8}[报報]$/u.test(s) && !/(简报|簡報|通报|通報|汇报|匯報|情况报|情況報|快报|快報)$/u.test(s)) evidence += 2;
  // …or its name with the issue's date (东川日报 2020年11月04日, 海川晚報 2019-03-02): the page slug.
  if (s.length <= 30 && PAPER_DATE.test(s)) evidence += 3;
  // A table row of labels split by bars (体 裁 | 生效日期 | 废止日期 |): a portal's record table; four
  // or more cells (丨 too: 免费观看丨影视大全丨精选一区丨…) are a menu or a spam strip, whatever
  // their words.
  // 某某委员会 ※ 政务公开 ※ 信息公开 ※ …: a reference mark or a box-drawing bar set between cells
  // divides a menu as a bar does; a report's sentence is never cut into cells by them.
  const bars = (s.match(/[|｜丨│※]/gu) ?? []).length;
  if (bars >= 2 && !SENTENCE.test(s)) evidence += bars >= 4 ? 6 : 2;
  // 江海論壇 | / | 数字报 / |: a cell of a menu table printed with its border bar at an end of the
  // line. A report's line never opens or closes on a bar; a headline the table framed keeps its
  // meeting words, which weigh against this below, and a form's field (| 出席：王强) its label.
  else if (/^[|｜]|[|｜]$/u.test(s) && !SENTENCE.test(s) && !/^[|｜]\s*\p{Script=Han}{1,6}\s*[：:]/u.test(s)) evidence += 2;
  if (URL_OR_FILE.test(s) && !linkInProse(s)) evidence += 3;
  // 湄江1.jpg: a line that is only a picture's file name is a capture's leftover wherever it stands,
  // inside the article too (a report's line never is a file name alone).
  if (FILE_ALONE.test(s)) evidence += 3;
  // 某会议召开 X参加_X 副主席_主席活动_主席活动报道集_某委员会: a browser tab's title, the page's
  // headline joined to the site's path by underscores.
  if (TAB_PATH.test(s) && !SENTENCE.test(s)) evidence += 4;
  // 某某在线  发布时间:2023-11-09: the page's stamp, a site's name before it (a headline with the
  // stamp glued on, 某县长主持县务会议 發布日期:…, keeps its meeting words and is read apart).
  if (s.length <= 60 && DATE_STAMP.test(s) && !/[。！？；]/u.test(s) && !MEETING_HEADLINE.test(s)) evidence += 3;
  if (MARKUP.test(s)) evidence += 3;
  // 《关于<防汛预案><抗旱预案>的请示》: paired angle brackets are title marks inside a title, not
  // breadcrumb arrows (markup is scored on its own above).
  // 首页 » 政府常务工作会议: one arrow is a breadcrumb too when the step before it is a site word.
  const crumbs = (CRUMBS.test(s.replace(/<[^<>]{1,40}>/gu, '')) || siteStep(s)) && !SENTENCE.test(s);
  if (crumbs) evidence += 4;
  // >> 要闻, » 政务动态: a short line led by navigation arrows is a menu's trail.
  if (s.length <= 20 && /^(?:>>|》》|»|›|＞＞|&gt;&gt;)/u.test(s)) evidence += 3;
  // 欢迎访问…网站, 歡迎光臨…: a portal's greeting.
  // 西域交通物流公共信息平台欢迎您!: the greeting may close the site's name as well as open it.
  // 您好,欢迎访问…官方网站!: a greeting that says hello first is the portal's all the same.
  if (s.length <= 40 && /^(?:您好|你好)[,，!！\s]*(?:欢迎访问|歡迎訪問|欢迎光临|歡迎光臨)/u.test(s)) evidence += 4;
  // 欢迎访问某某街道办事处!: a greeting that opens on 欢迎访问 names the site it greets, as the one
  // that says hello first; no report's line opens so (欢迎访问团…, the visiting party, is not it).
  else if (s.length <= 30 && /^(?:欢迎访问|歡迎訪問)(?!团|團)/u.test(s)) evidence += 4;
  // 欢迎来到院校库! / 欢迎关注…: a greeting by any of the verbs a site invites its reader with.
  else if (
    s.length <= 30 &&
    (/^(?:(?:欢迎访问|歡迎訪問)(?!团|團)|欢迎光临|歡迎光臨|欢迎您|歡迎您|欢迎来到|歡迎來到|欢迎关注|歡迎關注)/u.test(s) || /(?:欢迎您|歡迎您|欢迎你|歡迎你|欢迎光临|歡迎光臨)[!！。.]?$/u.test(s))
  )
    evidence += 2;
  // 祝您健康! / 您当前的位置: outside the article a short line speaking to the reader is the page's:
  // a report speaks of its meeting, never to whoever reads it.
  else if (ctx.outside && s.length <= 40 && /[您]/u.test(s) && !/[。；]/u.test(s)) evidence += 2;
  // A short line with no Han character at all in a Chinese report is chrome (news, EN, Home).
  // (SlideShare uma empresa Scribd logo: a sharing site's banner runs a little longer, so a line
  // past 30 characters needs a little more evidence to go.)
  if (han === 0 && s.length <= 40 && /\p{L}/u.test(s)) evidence += s.length <= 30 ? 2 : 3;
  // 現在時間: / 当前时间： with its clock lost in the capture: the widget's label alone.
  // 北京时间 2026年3月5日 10:20 星期四 / 今天是…农历正月十七: the portal's clock widget, read by its
  // pieces (page-fields.ts); opening a line that goes on to a headline it is the template's line all
  // the same, and it dates the page, not the meeting (KEYING 27).
  const clock = clockWidget(s);
  if (DATE_ALONE.test(s) || SLUG.test(s) || CLOCK_LABEL.test(s) || clock === 'alone') evidence += 3;
  else if (clock === 'prefix') evidence += 5;
  if (LANGUAGE_BAR.test(s)) evidence += 3;
  // 新聞稿（中文）, 其他語言版本：Português: a page's label for which language it is in, or a link to
  // the others (Macau and Hong Kong government pages print both).
  if (s.length <= 40 && (LANGUAGE_TAG.test(s) || /(?:其他|其它)(?:语言|語言)|(?:语言|語言)版本/u.test(s))) evidence += 3;
  // The page's stamp: a date with its source or author (时间：…来源：…), or a unit and a date alone on
  // a line (市委党史研究室 2022年01月20日). Never a sentence: a report says when it met in prose.
  if (s.length <= 80 && !/[。！？；]/u.test(s) && (SOURCE_STAMP.test(s) || UNIT_DATE.test(s))) evidence += 3;
  // A legal notice is prose in shape (long, commas) but chrome in kind: enough to outweigh it.
  if (isLegalNotice(s)) evidence += 6;
  // 免责声明：本网站内容… / 版权声明：…: a line the notice's own label opens is the notice, whatever
  // words it goes on in.
  else if (NOTICE_LABEL.test(s)) evidence += 6;
  // 微信图片_20220923150050: a picture's file name whose extension the capture lost (a name, an
  // underscore, a stamp of digits) is a file name all the same (FILE_ALONE).
  if (FILE_STAMP.test(s)) evidence += 3;
  // 李某 / 党群工作科   李某 under the last paragraph: the page's credit of its writer (namesOnly).
  if (ctx.after && !ctx.amongNames && s.length <= 24 && namesOnly(s)) evidence += 3;
  // =========某校会议书面资料=========: a border of repeated marks, never prose.
  const rule = MARK_RULE.test(s) && !/[。！？；]/u.test(s);
  // Framed on both sides it is a banner, surer still.
  if (rule) evidence += /^([-=*~#+/])\1{2,}.*([-=*~#+/])\2{2,}$/u.test(s) ? 4 : 3;
  // 新聞查詢：某某議員 (6770 1820): a press release's contact for enquiries, a phone number closing it.
  if (s.length <= 60 && ENQUIRIES.test(s)) evidence += 4;
  // A credit on a short line of its own (■县融媒体中心记者组); in prose 记者 is an ordinary word.
  if (s.length <= 20 && CREDIT.test(s)) evidence += 2;
  // 2026/01/29 19:59 記者某某／某地報導: a dateline's stamp and byline on one short line.
  else if (s.length <= 40 && CREDIT.test(s) && /(报道|報導|报导|報道|[/／])/u.test(s) && !/[。！？]/u.test(s)) evidence += 3;
  // 某報 記者:某某 / 某市 報導 發佈時間:2015-05-20 08:42: the outlet's byline with its publishing
  // stamp, longer for both, and still no sentence.
  else if (s.length <= 80 && CREDIT.test(s) && /(报道|報導|报导|報道)/u.test(s) && /\d{4}[-/.]\d{1,2}[-/.]\d{1,2}/u.test(s) && !/[。！？，,]/u.test(s)) evidence += 4;
  // A line that is only a credit, by its make-up (（某新闻·某日报 记者 张三 通讯员 李四）, 某新闻·某日报
  // 张三 2026-01-10 06:49:27): longer than the short-credit rule above allows, and still no sentence.
  if (s.length <= 80 && isCreditLine(s)) evidence += 4;
  // A share widget's caption (…_QRCODE碼, 扫描二维码): the page's, not the report's.
  if (s.length <= 80 && /(?:QR\s*CODE|二维码|二維碼)[码碼]?\s*$/iu.test(s)) evidence += 2;
  // （办公室 某某/文 宣传部 某某/摄）, （审稿：某某 编辑：某某）: credits by role.
  if (s.length <= 80 && (s.match(ROLE_CREDIT) ?? []).length >= 2) evidence += 4;
  // A notice in Japanese, or a line of Latin prose in a Chinese page (Your browser does not…).
  if ((s.match(KANA) ?? []).length >= 3) evidence += 4;
  // …or in any other script with no Han at all (a bilingual site's Uyghur, Mongolian, Tibetan or
  // Cyrillic masthead and menus): the page's, never the Chinese report's.
  if (han === 0 && s.length > 40 && (s.match(/\p{L}/gu) ?? []).length * 2 >= s.length) evidence += 4;
  if (repeatsItself(s)) evidence += 2;
  // The page's own fields by their shape (访问次数：, 字体大小：, 更新时间:2019-12-17 21:37): labels
  // whose values a template fills in, whatever words the labels are (page-fields.ts).
  // (發(fā)布時間:…: a ruby mirror's pinyin is read past, as for the site words above.)
  if (isPageFieldLine(s.includes('(') ? s.replace(RUBY_READING, '') : s)) evidence += 2;
  // 版权所有@2016 某中学, © 2024 某网: a copyright mark with its year, whatever follows.
  if (/(?:©|@|Copyright|版[权權]所有)\s*(?:[(（]?c[)）]?\s*)?(?:19|20)\d{2}/iu.test(s)) evidence += 2;
  // ——/, ?, ], ______: a line with no letter or digit of any script says nothing of the meeting.
  // A private-use character is a glyph the text could not name otherwise (a font's rare character,
  // or the stand-in for a stretch the user kept, electron/services/import/keep.ts): it is content.
  if (!/[\p{L}\p{N}\p{Co}]/u.test(s)) evidence += 2;
  // A contact footer (地址：… 电话:0552-6213007) or the page's stamp (2020-02-09 17:11) outside any
  // sentence: a report gives a number or a time inside its prose.
  if (!/[。！？；]/u.test(s) && (hasPhoneNumber(s) || hasDateClock(s))) evidence += 2;
  const digits = (s.match(/[\d\-:/.]/g) ?? []).length;
  if (s.length > 0 && digits / s.length >= 0.5) evidence += 2;
  // Separators between short tokens: breadcrumbs (首页 > 新闻), toolbars (微信 智能问答 繁體版).
  const tokens = s.split(/\s*[>＞»›→|｜/\-–—·•]\s*|\s+/u).filter(Boolean);
  if (tokens.length >= 3 && tokens.every((t) => t.length <= 8)) evidence += 1;
  // A repeated sentence (決定：准予備查。 after each agenda item of a record) is the record's own.
  if (ctx.repeated && !/[。！？]$/u.test(s)) evidence += 3;
  // A headline carries site words too (区政府召开网站建设专题会议): meeting words weigh against
  // furniture unless a link, a file name or a repetition says otherwise.
  // A site word as the line's own label (下一篇：我县召开…会议, 相关阅读：…) says the rest is a
  // teaser for another page, whatever its words.
  // After the report's last paragraph such a line is the page's own navigation (上一条：…会议召开
  // under the report): nothing of this report follows a label that names another page.
  const labelled = SITE_LABEL.test(s);
  if (labelled) evidence += ctx.outside ? 5 : 1;
  // 您当前的位置: …, 访问次数：, 版权所有：…: any site word in the line's label says the line is one of
  // the page's fields, not a field of the meeting's form (参与人员：, whose value is its people).
  else if (ctx.outside && siteLabel(s)) evidence += 2;
  // A portal's record table printed as one line: several short label：value pairs (索引号：…
  // 主题分类：… 发布机构：…). Not a form's own fields (时间：… 地点：…), which recognition reads.
  const pairs = [...s.matchAll(FIELD_PAIR)].map((m) => m[1]!);
  const table = (pairs.length >= 2 && !/[。！？]/u.test(s) && !pairs.some((label) => FORM_LABEL.test(label))) || spacedTable(s);
  if (table) evidence += 3;
  // A headline is never written as label：value pairs, so a meeting word inside a record table's
  // value (体裁分类：重大会议) says nothing against it.
  // A browser tab's title (TAB_PATH) holds the headline but is the site's path to it; a line between
  // borders of marks (MARK_RULE) is a plain-text page's banner, its headline printed elsewhere.
  const tabTitle = TAB_PATH.test(s) && !SENTENCE.test(s);
  // Nor does a headline close on who took a picture (…开幕式现场。 记者 某某 摄): that is a caption.
  const headlineLike = !URL_OR_FILE.test(s) && !MARKUP.test(s) && !crumbs && !ctx.repeated && !labelled && !table && !tabTitle && !rule && !photoCredit && clock !== 'prefix';
  // A headline the opening tells again weighs the same, whatever it says the meeting did (听取…
  // 专题汇报, 开展…专题学习, 會見…記者采訪團): the opening's words are the report's, not the site's.
  if ((MEETING_HEADLINE.test(s) || ctx.told) && headlineLike) evidence -= 2;

  let shape = 0;
  if (s.length <= 30) shape += 1;
  if (s.length <= 12) shape += 1;
  if (!SENTENCE.test(s)) shape += 1;
  if (ctx.outside) shape += 1;
  else shape -= 3;
  // Not for a headline: it stands among chrome by nature (区政府召开网站建设专题会议 under a toolbar).
  if (ctx.beside && (table || !MEETING_HEADLINE.test(s))) shape += 1;
  // Under the article's last paragraph, next to the page's chrome: the report has ended, and a line
  // there carrying the site's words (留言须知's points, a footer's lines) is the page's. Not a field of
  // the meeting's form (列席人员：…记者某某。), which a record may close on.
  if (ctx.beside && ctx.after && evidence >= 2 && !FORM_LABEL.test(LINE_LABEL.exec(s)?.[1] ?? '')) shape += 1;
  if (s.length > 80) shape -= 2;
  // Prose: long, several sentence marks. A report about the portal itself (网站, 留言, 评论) is
  // still prose; only a dense run of site words (a copyright notice) outweighs this.
  if (s.length > 60 && (s.match(/[。，；,;]/gu) ?? []).length >= 2) shape -= 3;
  if (han === 0 && s.length > 0) shape += 1;
  return { evidence, shape };
}

export function isFurnitureByScore(line: string, ctx: LineContext): boolean {
  const { evidence, shape } = scoreLine(line, ctx);
  return evidence >= 2 && evidence + shape >= 6;
}

/**
 * The main block: from the first to the last body paragraph, a body paragraph being a line that
 * reads as prose (long enough, with sentence punctuation, few site words). Returns line indexes
 * (into `lines`), or null when no line reads as prose.
 */
export function mainBlock(lines: readonly string[]): { first: number; last: number } | null {
  let first = -1;
  let last = -1;
  const prose: number[] = [];
  lines.forEach((raw, i) => {
    const s = withoutLeadingFile(raw.trim());
    // A line with a web address is a notice (转载请注明出处：http://…), not the report's prose, unless
    // the address stands inside one of its sentences (linkInProse).
    // An opening that announces its items (…主持召开…，…，现纪要如下：) is prose without a full stop.
    const announces = /[：:]$/u.test(s) && (s.match(/[，,]/gu) ?? []).length >= 2;
    if (s.length < 40 || !(/[。；！？]/u.test(s) || announces) || (URL_OR_FILE.test(s) && !linkInProse(s))) return;
    // A line dense with site words (one per 15 characters or more) is a notice, not prose.
    const distinct = new Set((s.match(SITE_RE) ?? []).map((w) => w.toLowerCase())).size;
    // 免责声明：本文仅代表作者个人观点… opens on its label: a notice however it goes on.
    if (distinct * 15 >= s.length || isLegalNotice(s) || NOTICE_LABEL.test(s)) return;
    if (first < 0) first = i;
    last = i;
    prose.push(i);
  });
  if (first < 0) return null;
  // A related-articles heading (新闻推荐, 相关阅读) after the report ends it: the teasers below read
  // as prose but are other articles.
  const heading = lines.findIndex((l, i) => i > first && RELATED_HEADING.test(l.trim()));
  if (heading > first) {
    const before = prose.filter((i) => i < heading);
    last = before[before.length - 1] ?? first;
  }
  // A repost may put an editor's note before the report: the article starts at the paragraph that
  // convenes or chairs the meeting when one of the first three prose lines does.
  const opening = prose.slice(0, 3).find((i) => CONVENES.test(lines[i]!));
  return { first: opening ?? first, last };
}

const CONVENES = /(主持|召开|召開|举行|舉行)/u;
const RELATED_HEADING = /^[\p{Script=Han}]{0,6}(推荐|推薦|相关|相關|延伸阅读|延伸閱讀|热点|熱點|排行)[\p{Script=Han}]{0,4}$/u;

/** 首页 » X, 位置 > X: a line whose first step, before a navigation arrow, holds a site word. */
function siteStep(s: string): boolean {
  const m = /^[\s【[]*([^\s>＞»›→]{1,8})\s*(?:>{1,2}|＞{1,2}|»|›|→)\s*\S/u.exec(s);
  return !!m && siteWordCount(m[1]!) > 0;
}

/** The label opening a line (您当前的位置:, 字体：) holds a site word and names no people or unit. */
const LINE_LABEL = /^[\s【[(（•·]*([^\s:：。，；！？,;]{1,8})\s*[:：]/u;
function siteLabel(s: string): boolean {
  const label = LINE_LABEL.exec(s)?.[1];
  return !!label && !FORM_LABEL.test(label) && !/(?:人员|人員|单位|單位|人)$/u.test(label) && siteWordCount(label) > 0;
}

/** How many distinct site words a line carries (小编, 仅供参考, 网站 …). */
export function siteWordCount(line: string): number {
  return new Set((line.match(SITE_RE) ?? []).map((w) => w.toLowerCase())).size;
}
