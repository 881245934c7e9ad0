import { TONE_VOWELS } from '../chars';
import type { Edit, TrackedText } from '../tracked-text';
import { removeJammers } from './jammer';
import { removeRepeatedParagraphs } from './repeats';
import { captionRunLines, captionsAboveLines } from './caption-run';
import { echoCaptionLines } from './echo-caption';
import { toldHeadlines } from './told-headline';
import { foreignHeadlineLines } from './foreign-headlines';
import { isCreditedCaption } from './photo-caption';
import { laterCreditEdits } from './later-credit';
import { isFurnitureByScore, mainBlock, namesOnly, siteWordCount } from './line-score';
import { looksLikeName, parsePerson } from '../structure/people';
import { lineRange, splitLines, type Line } from './lines';
import { bulletLength, creditNames, inlineDebrisEdits } from './inline-debris';
import { reflowEdits } from './reflow';
import { creditWords, endBylineAt, openingBylineLength, openingCreditLength, reportingRunLength } from './byline';
import { contentsBox, mastheadLines, isDistributionLine, isDocumentFurniture, isPageMark, joinsAcrossPage } from './document-furniture';

/**
 * Site furniture: the lines a government web page wraps around an article (breadcrumbs, meta
 * lines, share and print buttons, leaving-site notices, image lines, bylines). Patterns are in
 * both scripts and keyed to the wording of CMS templates, never to a particular article. A line
 * is only dropped whole, and only when it is short or made of furniture words, so body text that
 * merely mentions 来源 or 打印 stays.
 */
const S = String.raw;
const COLON = S`\s*[:：]`;

/**
 * A page's breadcrumb: 您当前所在位置是：…, 你現在的位置為：… (the page's own words around 位置 vary), or
 * 首页 > 新闻 > …. Furniture wherever it stands, and where it stands the site's masthead ends.
 */
const BREADCRUMBS: readonly RegExp[] = [new RegExp(S`^\s*(?:您|你)?(?:当前|當前|现在|現在|目前)?(?:所在)?(?:的)?位置(?:是|为|為)?${COLON}`), /^\s*(首页|首頁|网站首页|網站首頁)\s*([>＞»›→/]|&gt;)/];

/** Lines that are furniture wherever they appear. */
const ANYWHERE: RegExp[] = [
  // Leaving-site notices: 您访问的链接即将离开“…”网站，是否继续？
  /(即将|即將|將要|将要)(离开|離開)|您(访问|訪問|浏览|瀏覽)的(链接|鏈接|連結|网页|網頁)|是否(继续|繼續)(访问|訪問)?[?？]?\s*$/,
  // Breadcrumbs.
  ...BREADCRUMBS,
  // Meta lines: 来源：… 发布时间：… 浏览次数：… 作者：… (one or several on a line).
  new RegExp(
    S`^\s*[【\[(（]?\s*(来源|來源|稿源|稿件来源|稿件來源|信息来源|資訊來源|文章来源|文章來源|发布时间|發布時間|發佈時間|发布日期|發布日期|發佈日期|更新时间|更新時間|更新日期|浏览次数|瀏覽次數|点击数|點擊數|点击量|點擊量|阅读量|閱讀量|访问量|訪問量|作者|编辑|編輯|责任编辑|責任編輯|责编|責編|编审|編審|审核|審核|审校|審校|终审|終審|初审|初審|复审|複審|校对|校對|摄影|攝影|供稿|撰稿|发布机构|發布機構|发布者|發布者)${COLON}`,
  ),
  /(浏览次数|瀏覽次數|点击数|點擊數|阅读次数|閱讀次數|访问次数|訪問次數)/,
  // Repost notices: 转载请注明出处, 未经许可不得转载.
  /(转载请注明|轉載請註明|轉載請注明|未经(许可|授权)[，,]?\s*(不得|严禁|禁止)(转载|複製|复制)|未經(許可|授權)[，,]?\s*(不得|嚴禁|禁止)(轉載|複製))/u,
  // Type size switches: 字号：大 中 小 / 字体[ ]
  /(字号|字號|字体|字體)\s*[:：]?\s*([【[(（]?\s*[大中小]\s*[】\])）]?\s*){2,3}/,
  /(字号|字號|字体|字體)\s*[:：]?\s*[【[]\s*[】\]]/,
  // The switch's label alone on its line, its buttons lost in the capture (字体: / 字号： / 【字体:).
  /^\s*[【[(（]?\s*(字号|字號|字体|字體)\s*[:：]?\s*[【[(（]?\s*[】\])）]?\s*$/,
  // The switch's buttons without their label, on the page's meta line (时间:… 大  中  小  来源:…; the
  // gaps between Han characters are closed before this is read): the three size words set apart by
  // a space before them and a meta word or the line's end after them are no prose (大中小学 is).
  /^(?=.*(?:来源|來源|时间|時間|日期|浏览|瀏覽|发布|發布)).*(?:^|\s)大中小(?=\s|$|来源|來源|时间|時間|日期|浏览|瀏覽|发布|發布|打印|分享)/u,
  // A repost's disclaimer: 声明：本媒体部分图片、文章来源于网络，版权归原作者所有，如有侵权，请联系删除
  // (如有侵权 alone may be a meeting's words on copyright: only with its request to be told or delete).
  /(?:如有侵权|如有侵權)[，,、]?\s*(?:请|請)?[^。！？]{0,10}(?:联系|聯繫|聯系|删除|刪除)|版权归原作者|版權歸原作者|(?:来源于|來源於|来自|來自)(?:网络|網絡|網路)[，,]\s*(?:版权|版權)/u,
  // A credit line: 文、图：党委办公室, 文/图：张明, 图文：县融媒体中心 (a writer's or photographer's
  // role word, a colon, then names or a unit, nothing else).
  /^\s*[【[(（]?\s*(?:文|图|圖|文字|图文|圖文|摄影|攝影)(?:\s*[、/／&]\s*(?:文|图|圖|摄影|攝影))?\s*[:：]\s*[\p{Script=Han}·、\s]{2,20}[】\])）]?\s*$/u,
  // 海河日报:http://…: the outlet and the page's address the text was copied from.
  /^\s*[\p{Script=Han}]{2,12}\s*[:：]?\s*https?:\/\/\S+\s*$/u,
  // 華新社北原分社 • 正文: a breadcrumb ending on the page's "main text" step.
  /^[^。，,；;]{2,30}[•·>＞»›]\s*正文\s*$/u,
];

/** Buttons and widgets: only on short lines, so body text starting with 打印 or 收藏 stays. */
const BUTTON_WORDS =
  '打印本页|打印本頁|列印本頁|打印|列印|关闭窗口|關閉窗口|關閉視窗|关闭本页|關閉本頁|关闭|關閉|返回顶部|返回頂部|回到顶部|回到頂部|收藏本页|收藏|加入收藏|上一篇|下一篇|相关链接|相關連結|相关阅读|相關閱讀|网站地图|網站地圖|保存本页|【|】|\\[|\\]';
const BUTTONS: RegExp[] = [
  // Share and scan widgets carry a tail (扫一扫在手机打开当前页).
  /^\s*[【[]?\s*(分享到|分享至|扫一扫|掃一掃|扫码|掃碼|版权所有|版權所有)/,
  // Other buttons only when the line is nothing but buttons (打印本页 关闭窗口).
  new RegExp(`^(?:\\s|[|｜/:：]|${BUTTON_WORDS})+$`),
];

const IMAGES: RegExp[] = [
  // Image lines left by a markdown or reader-mode capture.
  /^\s*!\[[^\]]*\]\([^)]*\)\s*$/,
  /^\s*\[(图片|圖片|image|img)\]\s*$/i,
  // A line that is one markup element and nothing else (<image>…</image>, <img src=…>): a capture
  // that kept the tag; prose never reads like this.
  /^\s*<([a-z][\w-]*)\b[^>]*>[^<]*<\/\1>\s*$/i,
  /^\s*<[a-z][\w-]*\b[^>]*\/?>\s*$/i,
  // The placeholder a lost picture or player leaves: a media word alone on its line (图片, 視頻).
  /^\s*[[【(（]?\s*(图片|圖片|照片|相片|图像|圖像|视频|視頻|音频|音頻|图|圖)\s*[\]】)）]?\s*$/u,
];

/** Short lines that are furniture: photo captions and dates standing alone. */
const SHORT: RegExp[] = [
  // A caption credited to its photographer or source: …好山好水。(圖/青禾縣政府). Not 图/文 (图文：):
  // who wrote the text and took the pictures is the article's byline, closing its last paragraph
  // (…参加会议。（图/文：县融媒体中心 某某）), which goes inline and leaves the sentence.
  /[(（]\s*(图|圖|照片|相片|摄影|攝影)\s*[/／:：](?!\s*文)\s*[^)）]{1,20}[)）]\s*$/u,
  // …举行第一次会议。东北网记者 印蕾摄 |: a caption in a table cell keeps the cell's bar after it.
  // …步入會場。記者 徐國英、李博文/攝: two photographers, the role after a slash.
  /[(（]?\s*(记者|記者|通讯员|通訊員)?\s*[\p{Script=Han}·]{2,4}(?:[、\s][\p{Script=Han}·]{2,4}){0,3}\s*[/／]?\s*(摄|攝)\s*[)）]?\s*[|｜]?\s*$/u,
  // …全場共有1101人出席。(資料圖): a picture from the archive, marked so after its caption.
  /[。！]\s*[(（]\s*(?:资料图|資料圖|资料图片|資料圖片|资料照片|資料照片|资料照|資料照|档案照片|檔案照片)\s*[)）]\s*$/u,
  // A caption credited without brackets: 林主席。圖/本報系資料照.
  /[。\s](图|圖)\s*[/／]\s*[^\s/／。，]{1,15}\s*$/u,
  // A byline line: 經濟日報/ 記者歐雅萌/即時報導, 記者張三/台北報導.
  // 2026/01/29 19:59 記者某某／某地報導: the page's time stamp may stand before it on the same line.
  /^[^。，]{0,24}(记者|記者)\s*[\p{Script=Han}·]{2,4}\s*[/／|｜]\s*[\p{Script=Han}]{0,6}(报导|報導|报道|報道)\s*$/u,
  /^\s*[-—–·•]*\s*\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(\s+\d{1,2}:\d{2}(:\d{2})?)?\s*$/,
  // A picture credited to whoever gave it (…拜会。（某某公所提供）). (People placed in the picture:
  // isPositionCaption, which reads the line's shape too.)
  /^[^。！？]{4,50}[。！？]?\s*[(（][^()（）]{2,16}(?:提供|供图|供圖)[)）]\s*$/u,
  // 開幕會現場。嘉渝市政協供圖 / 会议现场 县融媒体中心供图: the credit unbracketed after a short
  // caption, a sentence mark or a space between them; a line that closes on who supplied the picture.
  // A ruby mirror's pinyin (政協(xié)) may still stand in the unit's name at this step.
  /^[^。！？\n]{2,30}[。！？ \t\u3000]\s*(?:[\p{Script=Han}·]|\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}\)){2,30}(?:供图|供圖)\s*$/u,
  // （完） / (全文完): a wire's end mark on its own line.
  /^\s*[(（]\s*(?:完|全文完|END|End|end)\s*[)）]\s*$/u,
  // 会议现场 / 座谈会现场 / 活动掠影 under a lost picture: the caption alone (a headline may end in
  // 现场 too, 县委书记督导防汛现场, so only after a meeting's or an event's word).
  // 参会领导合影留念: the group photo's caption says 留念 as often as not.
  // 第一次全体会议(开幕)现场: which sitting, in brackets before 现场. …人大代表票决现场。: a vote is an
  // event of the meeting as a ceremony is (票决, 投票, 表决, 选举), its scene captioned the same way.
  /^[\p{Script=Han}“”"「」·]{0,24}(?:(?:会|會|会议|會議|会场|會場|活动|活動|仪式|儀式)(?:[(（]\p{Script=Han}{1,6}[)）])?(?:现场|現場)|掠影|剪影|合影(?:留念)?)(?:图|圖|照)?\s*(?:[(（](?:图片|圖片|照片|视频|視頻)[)）])?$/u,
  /^[\p{Script=Han}\d“”"「」·]{0,30}(?:票决|票決|投票|表决|表決|选举|選舉)(?:现场|現場)。?$/u,
];

/** 图为… / 上图：… opening a line: the words under a picture. */
const PICTURE_WORD = /^\s*[(（]?\s*(图为|圖為|图片为|圖片為|图：|圖：|上图|上圖|下图|下圖)/u;
/** 某某（左）与某某 / 前排右二为某某: people placed in the picture. */
const POSITION = /[(（]\s*(?:左|右|前排|后排|後排)[一二三四五六七八九\d]?\s*[)）]|(?:前排|后排|後排)(?:左|右|中)[一二三四五六七八九\d]/u;
/** A clause's comma, and the marks that end a sentence. */
const CLAUSE_COMMA = /[，,；;]/gu;
const SENTENCE_END = /[。！？!?]/u;

/**
 * A line that names where people stand in a picture (甲某（右二）在某镇检查防汛工作。) or opens on 图为 is
 * the picture's caption only while it has a caption's shape: one sentence about the picture. The
 * paste may keep the marks in the report's own opening paragraph (3月5日，县长甲某（右一）带队到某镇调研，
 * 主持召开座谈会，听取了…汇报。), or glue the caption before it (图为会场。3月5日，某会召开，…): the report's
 * sentence runs on after the mark through its clauses, or a second sentence of prose follows. Losing
 * that line loses the user's text; a caption kept costs one line (its marks still go inline), so the
 * whole line goes only when nothing report-shaped is in it.
 */
function isPictureCaption(text: string): boolean {
  const picture = PICTURE_WORD.test(text);
  const mark = picture ? null : POSITION.exec(text);
  if (!picture && !mark) return false;
  // A second sentence of prose after the first (a credit after it is no sentence: no comma, short).
  const end = SENTENCE_END.exec(text);
  if (end) {
    const rest = text.slice(end.index + 1);
    if (/\p{Script=Han}/u.test(rest) && (rest.match(CLAUSE_COMMA)?.length ?? 0) >= 1 && rest.length >= 15) return false;
  }
  if (!mark) return true;
  // After the mark, the first sentence running on through two clauses' commas, or through one
  // over a report's length: a main clause and its sequel, not a picture's one line.
  const after = text.slice(mark.index + mark[0].length).split(SENTENCE_END)[0] ?? '';
  const commas = after.match(CLAUSE_COMMA)?.length ?? 0;
  return commas === 0 || (commas === 1 && after.length < 28);
}

/**
 * 街道党工委委员章慧英讲话 alone on its line: a titled person and the act of speaking, no sentence
 * mark, is the caption under a speaker's picture (the speech itself is told in the prose after it).
 */
// (院长X致欢迎词) / (主任X代表全体医务工作者发言): in brackets, with a welcome or opening address,
// or speaking for a body, it is the same caption.
// 区长X主持会议并讲话 / 书记X进行工作汇报 / 副书记X领学: the chair's picture captioned with both acts,
// a report given or a text read out to the meeting, are the same caption (the person still titled,
// the line still bare; a bare name (X主持并讲话) is left, as it may be the report's only word on the chair).
const SPEAKER_CAPTION =
  /^[(（]?([\p{Script=Han}、·]{4,30}?)(?:代表[\p{Script=Han}、]{2,20}?)?(?:在会上|在會上)?(?:主持会议并|主持會議並|主持会议並|主持會議并)?(?:作|进行|進行)?(?:工作汇报|工作彙報|工作匯報|汇报|彙報|匯報|领学|領學|讲话|講話|致辞|致辭|致欢迎词|致歡迎詞|致欢迎辞|致歡迎辭|致开幕词|致開幕詞|致闭幕词|致閉幕詞|发言|發言|表态发言|表態發言|作总结讲话|作總結講話|作报告|作報告|主持会议|主持會議)[)）]?$/u;
function isSpeakerCaption(text: string): boolean {
  const m = SPEAKER_CAPTION.exec(text);
  if (!m) return false;
  const person = parsePerson(m[1]!);
  return !!person?.title && looksLikeName(person.name);
}

/** Lines at the end of an article: bylines and editor credits. */
const TRAILING: RegExp[] = [
  /^\s*[(（]\s*(?:全媒体|全媒體|融媒体|融媒體)?(记者|記者|通讯员|通訊員|编辑|編輯|责任编辑|責任編輯|责编|責編|作者|来源|來源|供稿|摄影|攝影|文|图|圖|稿件来源)[\s:：/／]*[^)）]{0,40}[)）]\s*$/,
  /^\s*(记者|記者|通讯员|通訊員|文|图|圖|文\/图|文／圖|供稿|撰稿)\s*[:：/／|｜]?\s*[\p{Script=Han}·、\s]{2,30}$/u,
  // A bracket of nothing but names or a unit closing the page: （程于文柏敏丁厚良）, （县政府办）.
  /^\s*[(（][\p{Script=Han}·、\s]{2,16}[)）]\s*$/u,
  /^\s*[(（]?\s*[\p{Script=Han}·、\s]{2,30}(供稿|报送|報送)\s*[)）]?\s*$/u,
];

/** A list item with its date stamp: 【·】headline 2024-02-20, headline [02-20], headline (2024.02.20). */
const DATED_ITEM = /^[^。！？；]{4,60}?[\s·]*[[（(]?\s*(?:\d{4}[-/.])?\d{1,2}[-/.]\d{1,2}\s*[\]）)]?$/u;

/** A tag: two to four Han characters alone on a line. */
const TAG_LINE = /^\p{Script=Han}{2,4}$/u;
/** A news column's name: a short qualifier, then 要闻/新闻/动态/快讯/资讯/简讯 (党委要闻, 工作动态). */
const COLUMN_LABEL = /^\p{Script=Han}{0,6}(?:要闻|要聞|新闻|新聞|动态|動態|快讯|快訊|资讯|資訊|简讯|簡訊)$/u;
/** Words a headline, a chair line or a form label carries, which a tag does not. */
const MEETING_WORD = /会|會|主持|纪要|紀要|记录|記錄|纪录|紀錄|时间|時間|地点|地點|出席|列席|通知|决定|決定|简报|簡報/u;
const SHORT_LINE = 60;
const SENTENCE_MARK = /[。，；！？,;]/u;
/** An organisation's name and nothing else: 柳营乡党政办, 江北人民医院, 县融媒体中心. */
const END_UNIT_LINE = /^[\p{Script=Han}]{2,14}(?:办|辦|办公室|辦公室|秘书室|秘書室|医院|醫院|学院|學院|大学|大學|局|委|中心|处|處|科|站|所|公司|集团|集團)$/u;
const NEWS_HEADING = /^(快訊|快讯|即時新聞|即时新闻|熱門新聞|热门新闻|熱門|热门|最新消息|最新新聞|最新新闻)$/u;
/** A form's people field by its label (出席：, 列席人员：, 请假：, 主持人：). */
/** A numbered point: 一、 / （二） / 3. / 4、. */
const NUMBERED = /^\s*(?:[一二三四五六七八九十]+\s*[、．.]|[(（]\s*[一二三四五六七八九十\d]+\s*[)）]|\d{1,2}\s*[、．.])/u;
/** A label alone, its colon closing the line: 国务院信息：, 1. 附件列表：, 關於某某：. */
const EMPTY_LABEL = /^(?:\d{1,2}\s*[.、．]\s*)?[\p{Script=Han}]{2,8}\s*[:：]$/u;
/** 附件： / 附件列表： / 1. 相关附件：, alone on its line. */
const LOST_FILES_LABEL = /^(?:\d{1,2}\s*[.、．]\s*)?(?:相关|相關)?(?:附件|附档|附檔)(?:列表|清单|清單|下载|下載)?\s*[:：]?$/u;
/** A line naming attached files: a numbered item, a document's name (《…》, …方案, …表.xls). */
const FILE_NAME =
  /^《|(?:表|方案|办法|辦法|名单|名單|清单|清單|意见|意見|通知|细则|細則|规定|規定|计划|計劃|报告|報告|说明|說明|纪要|紀要|规划|規劃)(?:\.[A-Za-z]{2,5})?$|\.(?:docx?|xlsx?|pdf|wps|zip|rar)$/iu;
function listsFiles(next: string): boolean {
  return next !== '' && (NUMBERED.test(next) || FILE_NAME.test(next));
}
/** The words of a record's form fields and of its agenda (kept: recognition reads them). */
const FORM_WORD = /日期|地点|地點|主席|参加|參加|参会|參會|与会|與會|请假|請假|缺席|名称|名稱|议题|議題|事项|事項|议程|議程|附件/u;
const PEOPLE_FIELD = /^(?:出席|列席|参加|參加|参会|參會|与会|與會|请假|請假|缺席|主持)(?:会议|會議)?(?:人员|人員|人)?\s*[:：]/u;
const CREDIT_LINE = /^[\p{Script=Han}]{1,6}\s*[:：]\s*[\p{Script=Han}·、\s]{2,16}$/u;
const LIST_HEADING = /(相关|相關|推荐|推薦|排行|热点|熱點|热门|熱門|更多|延伸阅读|延伸閱讀|往期|猜你喜欢|猜你喜歡)/u;

/** Tokens of a page's script; a line with three kinds of them and hardly any Han is code. */
const CODE_TOKEN = /\bfunction\s*\(|\bvar\s+[A-Za-z_$]|\breturn\b|\bdocument\.|\bwindow\.|\)\s*\{|;\s*\}|=>|\bif\s*\(|\bfor\s*\(/gu;
function looksLikeCode(text: string): boolean {
  if (!text.includes('(') || !text.includes(';')) return false;
  const kinds = new Set((text.match(CODE_TOKEN) ?? []).map((t) => t.replace(/\s+/gu, '').slice(0, 6)));
  const han = (text.match(/\p{Script=Han}/gu) ?? []).length;
  return kinds.size >= 3 && han * 10 < text.length;
}

export function isFurnitureLine(line: string, atEnd: boolean): boolean {
  // Templates space out labels (来 源：, 发布时间 ：): match with the gaps between Han characters closed.
  // ▲会议现场 / △座谈会现场: the arrow pointing at a picture above is a caption's; the words after
  // it are read as the caption they are.
  // 會(huì)議現(xiàn)場(chǎng): a ruby mirror's pinyin after each character is read past, so its caption is one.
  const text = line
    .trim()
    .replace(/(?<=\p{Script=Han})\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,6}\)/gu, '')
    .replace(/(?<=\p{Script=Han})[ \t\u3000]+(?=\p{Script=Han}|[:：])/gu, '')
    .replace(/^[▲△↑][ \t\u3000]*(?=\S)/u, '');
  if (text === '') return false;
  if (text.length <= 160 && ANYWHERE.some((re) => re.test(text))) return true;
  if (text.length <= 40 && BUTTONS.some((re) => re.test(text))) return true;
  if (IMAGES.some((re) => re.test(text))) return true;
  if (text.length <= SHORT_LINE + 40 && (SHORT.some((re) => re.test(text)) || isPictureCaption(text))) return true;
  if (text.length <= 36 && isSpeakerCaption(text)) return true;
  if (isStampLine(text)) return true;
  if (atEnd && text.length <= SHORT_LINE && TRAILING.some((re) => re.test(text))) return true;
  // Scraped script ((function(){try{if(document.getElementById…): code, not words, whatever its length.
  if (looksLikeCode(text)) return true;
  // Lines of bare punctuation or brackets ("[ ]", "|", "———") carry nothing.
  if (/^[\s\p{P}\p{S}]+$/u.test(text) && !/[…]/.test(text)) return true;
  return false;
}

/**
 * 刘某   掌上某州   2026-01-08 06:53:46 / 发表时间:2020-02-09 17:11 / http://…/2018年12月12日 08:39:48 | /
 * Last updated: 2025 年 11 月 10 日 下午 6:05: a page's stamp is a full date with its clock time, on
 * a line with no sentence mark, the rest a few words at most (who posted it, the outlet, a label, an
 * address, bars). A record's own field (时间：…, 开会时间：…, 日期：…) dates the meeting and stays.
 */
const PAGE_STAMP = /\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*(?:上午|下午|晚上)?\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?/u;
function isStampLine(text: string): boolean {
  if (text.length > 60 || /[。，,；;！？]/u.test(text) || !PAGE_STAMP.test(text)) return false;
  const rest = text
    .replace(PAGE_STAMP, '')
    .replace(/(?:https?:\/\/|www\.)\S+/giu, '')
    .replace(/[\s|｜/／:：\-—–·•]+/gu, '');
  if (/会议|會議|开会|開會|地点|地點|^(?:时间|時間|日期)$/u.test(rest)) return false;
  return (rest.match(/\p{Script=Han}/gu)?.length ?? 0) <= 12;
}

/** A line with no Han character and at least three Latin words: another language's text. */
export function isForeignLine(text: string): boolean {
  return !/\p{Script=Han}/u.test(text) && (text.match(/\p{Script=Latin}{2,}/gu)?.length ?? 0) >= 3;
}

/** See removeFurniture: a bar, then a credit, a unit's name or a person's name alone. */
function barredCredit(text: string): boolean {
  if (text[0] !== '|' && text[0] !== '｜') return false;
  const rest = text
    .replace(/^[|｜\s]+|[|｜\s]+$/gu, '')
    .replace(/(?<=\p{Script=Han})[ \t\u3000]+(?=\p{Script=Han}|[:：])/gu, '')
    .replace(/(?<=[:：])[ \t\u3000]+/gu, '');
  if (!rest || rest.length > 24 || SENTENCE_MARK.test(rest) || PEOPLE_FIELD.test(rest)) return false;
  return CREDIT_LINE.test(rest) || /^[\p{Script=Han}]{1,6}[:：][\p{Script=Han}·、/／\s]{2,20}$/u.test(rest) || END_UNIT_LINE.test(rest) || looksLikeName(rest);
}

/**
 * 各科重大事項提報 / 上次會議決議事項執行情形報告: a record's part named by its kind of business. Short
 * and above the first prose line, it scores like chrome, but it is the record's own heading.
 */
const AGENDA_PART = /^\p{Script=Han}[\p{Script=Han}、]{3,30}(?:报告|報告|提报|提報|事项|事項|动议|動議|议程|議程)$/u;

/**
 * 时间：2025年3月4日 / 地点：镇政府会议室 / 主持人：镇长王刚: a record form's date field scores like a
 * page's date stamp (short, a date, no sentence), but with another of the form's own fields next
 * to it it is the meeting's date, which recognition reads. A page stamp stands beside 来源/作者.
 */
const FORM_DATE = /^(?:会议|會議)?(?:时间|時間|日期)\s*[:：]\s*\S/u;
/** A form's date label with its value on the line below (会议时间：, 開會日期, 日期：). */
export const DATE_LABEL_ALONE = /^(?:(?:开会|開會|会议|會議)(?:时间|時間|日期)\s*[:：]?|(?:时间|時間|日期)\s*[:：])$/u;
/** The value line under it: short, and a date (digits, or 年月日 in Chinese numerals). */
export function isDateValue(line: string): boolean {
  return line.length <= 40 && /\d|[〇零一二三四五六七八九十]{1,4}\s*[年月日]/u.test(line);
}
const FORM_FIELD = /^(?:会议|會議)?(?:地点|地點|主持人?|出席(?:人员|人員)?|列席(?:人员|人員)?|参加人员|參加人員|参会人员|參會人員|记录人?|記錄人?|议题|議題)\s*[:：]/u;
function formFieldLines(nonEmpty: readonly Line[]): Set<number> {
  const kept = new Set<number>();
  nonEmpty.forEach((l, i) => {
    const text = l.text.trim();
    // 会议时间： / 開會日期 alone on its line, its value on the next (a form whose table the capture
    // flattened, one cell a line): the value is the meeting's date, not a page stamp.
    if (DATE_LABEL_ALONE.test(text) && isDateValue(nonEmpty[i + 1]?.text.trim() ?? '')) {
      kept.add(l.index);
      kept.add(nonEmpty[i + 1]!.index);
      return;
    }
    if (!FORM_DATE.test(text) || text.length > 40) return;
    const next = nonEmpty[i + 1]?.text.trim() ?? '';
    const before = nonEmpty[i - 1]?.text.trim() ?? '';
    if (FORM_FIELD.test(next) || FORM_FIELD.test(before)) kept.add(l.index);
  });
  return kept;
}

/** Whether `text` holds `n` Han characters: counted up to `n`, not an array of all of them (round 44). */
function atLeastHan(text: string, n: number): boolean {
  const re = /\p{Script=Han}/gu;
  let found = 0;
  while (found < n && re.exec(text)) found++;
  return found >= n;
}

export function removeFurniture(t: TrackedText): void {
  // A forum's anti-copy strings first: glued to sentences, they would hide the lines below.
  removeJammers(t);
  removeRepeatedParagraphs(t);
  const lines = splitLines(t.text);
  const edits: Edit[] = [];
  // "At the end" means within the last few non-empty lines, where sites put bylines and credits.
  const nonEmpty = lines.filter((l) => l.text.trim() !== '');
  const tail = new Set(nonEmpty.slice(-4).map((l) => l.index));
  const lastIndex = nonEmpty[nonEmpty.length - 1]?.index ?? -1;
  const block = mainBlock(lines.map((l) => l.text));
  const seen: string[] = [];
  let inList = false;
  // The index of the line just removed when it was a label with nothing after its colon (来源：).
  let emptyLabel = -1;
  const removed = new Set<number>();
  const undecided: { line: Line; repeated: boolean }[] = [];
  // Short lines, to find a headline repeated with a suffix (a caption, a browser title with the
  // portal's name) wherever it stands: the shorter line is the headline, the longer one is chrome.
  const short = lines.map((l) => l.text.trim()).filter((x) => x.length >= 6 && x.length <= 50);
  // A contents box (【本期要目】 and the headlines it lists) goes first, so that the headlines
  // printed again below it are not taken for its repeats.
  const box = new Set([...contentsBox(nonEmpty), ...mastheadLines(nonEmpty)]);
  const fields = formFieldLines(nonEmpty);
  // The headline among the chrome above the article, which the opening tells again: weighed as a
  // headline, never part of a run of chrome around it.
  const told = toldHeadlines(nonEmpty, block?.first ?? null);
  const chinese = atLeastHan(t.text, 40);
  // A line of names beside another such line (a list of people the report gives), or under a label
  // (参加会议人员： with its names on the next line, a form's field): not a writer's credit.
  const amongNames = (line: Line): boolean => {
    const at = nonEmpty.indexOf(line);
    const before = nonEmpty[at - 1]?.text.trim() ?? '';
    return /[:：]$/u.test(before) || [before, nonEmpty[at + 1]?.text.trim() ?? ''].some((x) => x !== '' && namesOnly(x));
  };
  for (const line of lines) {
    const text = line.text.trim();
    if (!text || fields.has(line.index)) continue;
    if (box.has(line.index)) {
      edits.push(remove(line, t.text.length));
      removed.add(line.index);
      continue;
    }
    const outside = !block || line.index < block.first || line.index > block.last;
    // A caption or a second headline repeating an earlier short line (the title) with a suffix.
    const repeated =
      text.length <= 80 &&
      (seen.some((p) => p.length >= 6 && text.startsWith(p)) || short.some((p) => p.length < text.length && text.startsWith(p) && /^\s*[—–\-_|｜:：]/u.test(text.slice(p.length))));
    // 原标题：X / 会议解读：X outside the article: a short label, then an earlier line (the headline)
    // again, word for word.
    const relabelled = outside && seen.some((p) => p.length >= 6 && text.endsWith(p) && /^\p{Script=Han}{1,6}\s*[:：]\s*$/u.test(text.slice(0, text.length - p.length)));
    // 原标题：X on a line of its own, wherever it stands: a reposting site's note of the source's
    // headline. The report never writes it; the headline it names may differ from the page's own.
    const sourceTitle = ORIGINAL_TITLE.test(text);
    // The headline printed again inside the article, word for word (a picture's caption under it):
    // a short line with no sentence mark that an earlier line already was.
    // (決定：准予備查 after each item of a record is the record's own: a label line stays.)
    // 县政府召开常务会议（图）: the same with a media word in brackets after it.
    // (县人大常委会第十一次会议召开): the same wholly in brackets, a caption set apart.
    const bare = text.replace(/\s*[(（](?:图|圖|图文|圖文|多图|多圖|组图|組圖|图片|圖片|视频|視頻|附图|附圖)[)）]\s*$/u, '').replace(/^[(（]([^()（）]+)[)）]$/u, '$1');
    // 某院职代会召开 under a headline 某院职代会召开( 二 ): the headline again without the part
    // number the page set after it.
    const parted = (p: string) => p.length > bare.length && p.startsWith(bare) && /^\s*[(（]\s*[一二三四五六七八九十\d]{1,2}\s*[)）]$/u.test(p.slice(bare.length));
    const again = bare.length >= 6 && bare.length <= 50 && !SENTENCE_MARK.test(bare) && !/[：:]/u.test(bare) && (seen.includes(bare) || (bare.length >= 10 && seen.some(parted)));
    // · 县政府召开第九次常务会议 2024-02-20 after the article: a teaser of another page with its date,
    // whether or not a 相关新闻 heading announced the list.
    const teaser = !!block && line.index > block.last && DATED_ITEM.test(text);
    if (text.length <= 50) seen.push(text);
    // After the article, a 相关新闻 / 推荐 heading opens a list of headlines: short lines without a
    // full stop that belong to the list, not to the report.
    // After such a heading nothing belongs to the report: teasers of other articles, slogans.
    const listed = inList && outside;
    // Before the report opens, prose that speaks of the site or its editor (下面是小编整理的…，仅供参考)
    // is the site's note, not the report's.
    const note = !!block && line.index < block.first && text.length >= 40 && siteWordCount(text) >= 2;
    // (2月25日，某市政府第27次常务会议召开。) above the article: a sentence wholly in brackets is a
    // picture's caption or an editor's note set apart from the report, which never brackets its own
    // opening. A bracket without a full stop ((2024年3月5日), a 纪要's date or adopting note) stays.
    const bracketed = !!block && line.index < block.first && text.length <= 80 && /^[(（][^()（）]+[。！][)）]$/u.test(text);
    // Credits after the article in a run of "role:name" lines (播音:李婕, 审片:王夏林, 新媒体监制:X).
    // 出席：A、B、C after a 纪要's text is its own form field (recognition reads it), not a credit.
    const credit = !!block && line.index > block.last && CREDIT_LINE.test(text) && !PEOPLE_FIELD.test(text);
    // A unit's name alone outside the article (江北人民医院 above the breadcrumb, 县政府办 after
    // 来源：): the site's or the source's name; a headline says what happened, never only who.
    const unit = outside && !!block && END_UNIT_LINE.test(text) && !/[与與和及、同跟]/u.test(text);
    // 来源： / 作者： with its value on the next line (a record table one cell a line): the value
    // goes with its label.
    // (站内搜索： above a headline the opening tells again: a search box's label, its value lost.)
    const value = outside && !!block && text.length <= 24 && !SENTENCE_MARK.test(text) && emptyLabel >= 0 && emptyLabel === line.index - 1 && !told.has(line.index);
    emptyLabel = -1;
    // | 記 者:杜 青 / | 黨建工作辦公室 / | 陳思遠: a table cell's bar opening a short line whose rest is
    // a credit, a unit's name or a name alone is the page's credit table, not the report's words.
    const barred = barredCredit(text);
    // An English headline, caption or summary on a bilingual site (Macau, Hong Kong, a university's
    // English line): a report written in Chinese has no paragraph of three Latin words and no Han.
    const foreign = chinese && isForeignLine(text);
    // 国务院信息： / 摘要： / 当前日期： / 1. 附件列表： outside the article: a label whose value the
    // capture lost (a widget, a teaser box, a download list). The report's own labels that open a
    // list (会议要求：, 议定事项：) stand inside the article, and the form's (时间：, 出席：) are kept
    // for recognition whatever their place.
    // After the article only as the page's last line: a label there (市长提示：) may open a list of
    // short points that do not read as prose.
    // Nor before numbered points (市長提示： / 一、…, a dateline between them at most): the label opens
    // them, its value is below.
    const at = nonEmpty.findIndex((l) => l.index === line.index);
    const bareLabel =
      !!block &&
      (line.index < block.first || line.index === lastIndex) &&
      EMPTY_LABEL.test(text) &&
      !FORM_WORD.test(text) &&
      !MEETING_WORD.test(text) &&
      !nonEmpty.slice(at + 1, at + 3).some((l) => NUMBERED.test(l.text));
    // 附件： / 1. 附件列表： with no file under it (the next line is no item, no document's name, or
    // there is none): the download list the capture lost. A 纪要's own 附件：1.《…》 lists its files
    // on the label's line or below it, and keeps its label.
    const lostFiles = LOST_FILES_LABEL.test(text) && !listsFiles(nonEmpty[at + 1]?.text.trim() ?? '');
    // A page marker is taken out below, where a sentence cut by the page break is joined again.
    if (isPageMark(text)) continue;
    const chrome =
      again ||
      foreign ||
      barred ||
      teaser ||
      unit ||
      value ||
      listed ||
      note ||
      bracketed ||
      credit ||
      relabelled ||
      sourceTitle ||
      isCreditedCaption(text) ||
      (outside && buttonRow(text)) ||
      isDocumentFurniture(text) ||
      isFurnitureLine(line.text, tail.has(line.index)) ||
      (isFurnitureByScore(text, { outside, after: !!block && line.index > block.last, amongNames: amongNames(line), repeated, told: told.has(line.index) }) && !AGENDA_PART.test(text));
    if (chrome || bareLabel || lostFiles) {
      edits.push(remove(line, t.text.length));
      removed.add(line.index);
      // A bare label's value is lost, not on the next line: the line after it stays whatever it is.
      if (chrome && /^\p{Script=Han}{2,6}\s*[:：]$/u.test(text)) emptyLabel = line.index;
      if (block && line.index > block.last && LIST_HEADING.test(text)) inList = true;
    } else if (outside) undecided.push({ line, repeated });
  }
  // 13597 / 11 / 22 alone between the article's paragraphs: the numbers a capture leaves where
  // pictures stood (their ids, their alt text). Two or more such lines, each between sentences that
  // end, and not a list's 1, 2, 3: a page number cuts a sentence, a table's cell stands among cells.
  const numberLines = nonEmpty.filter((l) => /^\d{1,6}$/u.test(l.text.trim()) && !removed.has(l.index));
  const values = numberLines.map((l) => Number(l.text.trim()));
  const counted = values.length > 0 && values[0]! <= 2 && values.every((v, i) => v === values[0]! + i);
  if (block && numberLines.length >= 2 && !counted) {
    const ends = (l: Line | undefined) => !!l && /[。！？]$/u.test(l.text.trim()) && l.text.trim().length >= 20;
    const isNumber = (l: Line) => numberLines.includes(l);
    for (const l of numberLines) {
      const at = nonEmpty.indexOf(l);
      let before = at - 1;
      while (before >= 0 && isNumber(nonEmpty[before]!)) before--;
      let after = at + 1;
      while (after < nonEmpty.length && isNumber(nonEmpty[after]!)) after++;
      if (ends(nonEmpty[before]) && ends(nonEmpty[after])) {
        removed.add(l.index);
        edits.push(remove(l, t.text.length));
      }
    }
  }
  // 保存 / 发布 / 图片 alone between two of the article's sentences: a button's label or a picture's alt
  // text the capture left inline. A run of at most three lines, each one to three Han characters and
  // nothing else, with a finished sentence of the report on either side; a report's own heading
  // (会议指出, 会议要求) is longer, and a list or a form's field ends no sentence around it.
  const orphan = (l: Line | undefined) => !!l && /^\p{Script=Han}{1,3}$/u.test(l.text.trim());
  const finished = (l: Line | undefined) => !!l && /[。！？]$/u.test(l.text.trim()) && l.text.trim().length >= 20;
  for (let i = 0; i < nonEmpty.length;) {
    let j = i;
    while (j < nonEmpty.length && orphan(nonEmpty[j])) j++;
    // 会议强 / 调，各乡镇要…: a line the page wrapped inside a word is no label; the next line then
    // opens on the word's tail, a clause of one or two characters.
    const wrapped = /^[^，。；：、！？,;:!?]{1,2}[，。；：、！？,;:!?]/u.test(nonEmpty[j]?.text.trim() ?? '');
    if (j > i && j - i <= 3 && finished(nonEmpty[i - 1]) && finished(nonEmpty[j]) && !wrapped)
      for (const l of nonEmpty.slice(i, j))
        if (!removed.has(l.index)) {
          removed.add(l.index);
          edits.push(remove(l, t.text.length));
        }
    i = Math.max(j, i + 1);
  }
  removeDocumentParts(nonEmpty, removed, edits, t.text.length);
  removeStampedTeasers(nonEmpty, removed, edits, t.text.length);
  removeTrailingHeadlines(nonEmpty, removed, edits, t.text.length);
  for (const l of foreignHeadlineLines(nonEmpty, removed, block)) {
    removed.add(l.index);
    edits.push(remove(l, t.text.length));
  }
  // A caption or a headline repeated over a part of the article, told again by the prose around it.
  for (const l of echoCaptionLines(nonEmpty, removed)) {
    removed.add(l.index);
    edits.push(remove(l, t.text.length));
  }
  // Two or more captions of a person's act among the prose: the page carries photographs.
  for (const l of captionRunLines(nonEmpty, removed)) {
    removed.add(l.index);
    edits.push(remove(l, t.text.length));
  }
  // A 快訊 / 热门 heading above the article opens a list of other headlines: short lines with no
  // full stop up to the article are that list.
  const news = nonEmpty.findIndex((l) => NEWS_HEADING.test(l.text.trim()) && (!block || l.index < block.first));
  if (news >= 0) {
    for (const l of nonEmpty.slice(news)) {
      const x = l.text.trim();
      if ((block && l.index >= block.first) || x.length > 50 || /[。！？]/u.test(x) || told.has(l.index)) break;
      if (!removed.has(l.index)) {
        removed.add(l.index);
        edits.push(remove(l, t.text.length));
      }
    }
  }
  // A run of short bullet lines outside the article (a forum poster's profile: - 註冊時間 / - 2012-3-14
  // / - 積分 / - 4821) is a widget: no report lists four one-word bullets before it opens.
  const bullet = (l: Line) => /^\s*[-*•]\s*[^\s。，；！？,;]{1,12}\s*$/u.test(l.text);
  for (let i = 0; i < nonEmpty.length;) {
    let j = i;
    while (j < nonEmpty.length && bullet(nonEmpty[j]!)) j++;
    if (j - i >= 4 && nonEmpty.slice(i, j).every((l) => !block || l.index < block.first || l.index > block.last)) {
      for (const l of nonEmpty.slice(i, j))
        if (!removed.has(l.index)) {
          removed.add(l.index);
          edits.push(remove(l, t.text.length));
        }
    }
    i = Math.max(j, i + 1);
  }
  // A metadata table printed one cell a line above the article (索引号 / 620…/2020-00144 / 文号 /
  // 发布机构 / 县政府办 / 生成日期 / 2020-11-05 …): six or more short lines in a row with no sentence
  // mark, at least two of them already chrome by their own signals (digits, dates, site words), and
  // none a headline (meeting words end the run). No report opens with such a run of fragments.
  const cell = (l: Line) => {
    const x = l.text.trim();
    return x.length <= 24 && !/[。，；！？,;]/u.test(x) && !/(会议|會議|召开|召開|举行|舉行|主持)/u.test(x) && (!block || l.index < block.first) && !told.has(l.index);
  };
  for (let i = 0; i < nonEmpty.length;) {
    let j = i;
    while (j < nonEmpty.length && cell(nonEmpty[j]!)) j++;
    const run = nonEmpty.slice(i, j);
    if (run.length >= 6 && run.filter((l) => isFurnitureByScore(l.text.trim(), { outside: true, repeated: false })).length >= 2) {
      for (const l of run)
        if (!removed.has(l.index)) {
          removed.add(l.index);
          edits.push(remove(l, t.text.length));
        }
    }
    i = Math.max(j, i + 1);
  }
  // Furniture comes in runs: a line outside the article standing next to removed chrome needs a
  // little less shape (时间：… 分享 between a breadcrumb and a page title).
  const around = nonEmpty.map((l) => l.index);
  for (const { line, repeated } of undecided) {
    if (removed.has(line.index)) continue;
    const at = around.indexOf(line.index);
    const beside = removed.has(around[at - 1] ?? -1) || removed.has(around[at + 1] ?? -1);
    // A channel or region tag (文摘, 要闻, 内蒙古) between the headline and the article, next to the
    // page's date stamp: a word or two alone, no verb of the meeting, never the headline itself.
    const x = line.text.trim();
    const tag = beside && !!block && line.index < block.first && line.index > (nonEmpty[0]?.index ?? 0) && TAG_LINE.test(x) && !MEETING_WORD.test(x);
    const after = !!block && line.index > block.last;
    if (tag || (beside && isFurnitureByScore(x, { outside: true, after, repeated, beside, told: told.has(line.index) }))) {
      edits.push(remove(line, t.text.length));
      removed.add(line.index);
    }
  }
  // A column's name printed first (黨委要聞, 工作动态), the headline on the next line: the page's
  // section label, never the title.
  const [first, second] = nonEmpty;
  if (first && second && !removed.has(first.index) && COLUMN_LABEL.test(first.text.trim()) && second.text.trim().length >= 10 && !/[。！？]$/u.test(second.text.trim())) {
    edits.push(remove(first, t.text.length));
    removed.add(first.index);
  }
  const outsideBlock = (l: Line) => !block || l.index < block.first || l.index > block.last;
  // A widget printed one cell a line (时 间 / 分 享 / 评 论, 发表 / 评论 / 返回 / 顶部): three or more
  // one-word lines in a row outside the article, one of them chrome already, are all the widget's.
  const oneWord = (l: Line) => outsideBlock(l) && !told.has(l.index) && /^[^\s。，；！？,;：:]{1,4}$/u.test(l.text.replace(/\s+/gu, ''));
  for (let i = 0; i < nonEmpty.length;) {
    let j = i;
    while (j < nonEmpty.length && oneWord(nonEmpty[j]!)) j++;
    const run = nonEmpty.slice(i, j);
    if (run.length >= 3 && run.some((l) => removed.has(l.index)))
      for (const l of run)
        if (!removed.has(l.index)) {
          removed.add(l.index);
          edits.push(remove(l, t.text.length));
        }
    i = Math.max(j, i + 1);
  }
  // Above the page's breadcrumb (您现在的位置：首页 > …) stands the site's masthead: its name and
  // slogan (打造网上国际投资促进平台 致力于…). A headline printed there says what the meeting did and
  // carries its words (召开…会议), so only lines without them go.
  const crumbAt = nonEmpty.findIndex((l) => removed.has(l.index) && BREADCRUMBS.some((r) => r.test(l.text)));
  for (const l of crumbAt > 0 ? nonEmpty.slice(0, crumbAt) : [])
    if (!removed.has(l.index) && outsideBlock(l) && !MEETING_WORD.test(l.text) && !told.has(l.index)) {
      removed.add(l.index);
      edits.push(remove(l, t.text.length));
    }
  // A column tag on its own line (综合新闻 above 当前位置:首页 > 综合新闻): outside the article, the
  // same words as a step of a breadcrumb already removed.
  const crumbs = new Set(
    nonEmpty
      .filter((l) => removed.has(l.index) && /[>＞»›→]/u.test(l.text))
      .flatMap((l) => l.text.split(/[>＞»›→:：]+/u).map((x) => x.trim()))
      .filter((x) => x.length >= 2 && x.length <= 12),
  );
  for (const l of nonEmpty)
    if (!removed.has(l.index) && outsideBlock(l) && crumbs.has(l.text.trim())) {
      removed.add(l.index);
      edits.push(remove(l, t.text.length));
    }
  // A gallery's captions between the headline and the first paragraph, once the page shows photographs.
  for (const l of captionsAboveLines(nonEmpty, removed)) {
    removed.add(l.index);
    edits.push(remove(l, t.text.length));
  }
  // The page after the article's closing chrome (本文来源：… / a date line, removed above) holds other
  // content: tab cells (故 / 事), related headlines, a teaser cut off mid-word. Short lines there that
  // end without a sentence mark are that content; a line that ends a sentence may be the report's.
  // A page marker is no closing: the document goes on below it.
  const closing = block ? nonEmpty.findIndex((l) => l.index > block.last && removed.has(l.index) && !isPageMark(l.text)) : -1;
  if (closing >= 0) {
    for (const l of nonEmpty.slice(closing + 1)) {
      const x = l.text.trim();
      if (removed.has(l.index)) continue;
      if (x.length > SHORT_LINE || /[。！？!?”」』]$/u.test(x)) break;
      removed.add(l.index);
      edits.push(remove(l, t.text.length));
    }
  }
  // A category tag closing the page (县政府常务会议 under a report headed 县政府召开第七次常务会议):
  // a short last line outside the article made only of the headline's characters.
  const lastLine = nonEmpty[nonEmpty.length - 1];
  // Only under a headline: when the page opens on prose (本报讯…区政府召开全体会，…。), the headline
  // stands last (区政府召开全体会), made of the opening's characters as a tag would be.
  const head = nonEmpty[0]?.text.trim() ?? '';
  const headline = head.length <= 60 && !/[。！？]/u.test(head);
  if (
    lastLine &&
    headline &&
    lastLine !== nonEmpty[0] &&
    !removed.has(lastLine.index) &&
    (!block || lastLine.index > block.last) &&
    !edits.some((e) => e.start === lineRange(lastLine, t.text.length).start)
  ) {
    const tag = lastLine.text.trim();
    if (tag.length >= 2 && tag.length <= 15 && !/[。，；！？,;]/u.test(tag) && [...tag].every((ch) => head.includes(ch))) edits.push(remove(lastLine, t.text.length));
  }
  t.apply(edits);
}

/**
 * A printed document's parts (document-furniture.ts): page markers, joining the halves of a
 * sentence a page break cut; the distribution block that closes it (抄送/报/送/发, 共印N份), read
 * back from the last line over other furniture.
 */
function removeDocumentParts(nonEmpty: readonly Line[], removed: Set<number>, edits: Edit[], length: number): void {
  const take = (l: Line) => {
    if (removed.has(l.index)) return;
    removed.add(l.index);
    edits.push(remove(l, length));
  };
  nonEmpty.forEach((l, i) => {
    if (!isPageMark(l.text)) return;
    const before = nonEmpty[i - 1];
    const after = nonEmpty[i + 1];
    if (before && after && !removed.has(before.index) && !isPageMark(after.text) && joinsAcrossPage(before.text, after.text)) {
      removed.add(l.index);
      edits.push({ start: before.end, end: after.start, replacement: '', kind: 'furniture' });
    } else take(l);
  });
  for (let i = nonEmpty.length - 1; i >= 0; i--) {
    const l = nonEmpty[i]!;
    if (isDistributionLine(l.text)) take(l);
    else if (!removed.has(l.index)) break;
  }
}

/** A date or a time of day alone on a line (2025-08-01 19:48 HKT, 08-01 15:48, 3小时前). */
const STAMP = /^(?:\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?\s*)?(?:\d{1,2}:\d{2}(?::\d{2})?)?\s*(?:[A-Z]{2,4})?$|^\d{1,2}\s*(?:分钟|分鐘|小时|小時|天)前$/u;

/**
 * After the article, headlines of other articles each with its time stamp under it (a 最新 / 热门
 * widget): a line with no full stop whose next line is a stamp that went as furniture is a teaser,
 * whatever it says; a short heading right above the first teaser is the widget's name.
 */
function removeStampedTeasers(nonEmpty: readonly Line[], removed: Set<number>, edits: Edit[], length: number): void {
  const lastSentence = nonEmpty.findLastIndex((l) => !removed.has(l.index) && /[。！？]\s*$/u.test(l.text));
  let first = -1;
  for (let i = lastSentence + 1; i + 1 < nonEmpty.length; i++) {
    const l = nonEmpty[i]!;
    const next = nonEmpty[i + 1]!;
    const text = l.text.trim();
    if (removed.has(l.index) || text.length > 80 || /[。！？]/u.test(text)) continue;
    const stamp = next.text.trim();
    if (!removed.has(next.index) || !/\d/u.test(stamp) || !STAMP.test(stamp)) continue;
    removed.add(l.index);
    edits.push(remove(l, length));
    if (first < 0) first = i;
  }
  const heading = first > 0 ? nonEmpty[first - 1]! : null;
  if (heading && first - 1 > lastSentence && !removed.has(heading.index) && heading.text.trim().length <= 10 && !/[。，！？,]/u.test(heading.text)) {
    removed.add(heading.index);
    edits.push(remove(heading, length));
  }
}

/**
 * After the article's last sentence, a run of two or more lines to the page's end each shaped like a
 * headline (no sentence mark, 6–60 characters, a list number or bullet at most before it) is a list
 * of other pages' headlines, whatever heading it has or lacks (热门文章, none at all). A 纪要's own
 * close is left alone: a unit's signature and its date, labelled fields (出席：…), numbered items
 * (三、临时动议) and attachments name the record's parts, not other pages. Nor is a line the meeting's
 * own lead opens (会议听取了…, a capture that lost its full stops) or one running on through two or
 * more commas: prose, not a headline.
 */
function removeTrailingHeadlines(nonEmpty: readonly Line[], removed: Set<number>, edits: Edit[], length: number): void {
  const lastSentence = nonEmpty.findLastIndex((l) => !removed.has(l.index) && /[。！？”」]\s*$/u.test(l.text));
  if (lastSentence < 0) return;
  const run = nonEmpty.slice(lastSentence + 1).filter((l) => !removed.has(l.index));
  // 中国音乐专刊 / 重大特刊 …: a run of three or more is a menu of the site's columns, whose names
  // may be shorter than a headline.
  const shortest = run.length >= 3 ? 4 : 6;
  const headline = (x: string) =>
    x.length >= shortest &&
    x.length <= 60 &&
    !/[。！？；;：:]/u.test(x) &&
    (x.match(/[，,]/gu) ?? []).length < 2 &&
    !/^(?:会议|會議)/u.test(x) &&
    !/^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d+[、.．])/u.test(x) &&
    !/^(?:附件|抄送|抄报|报送|印发|主送)/u.test(x) &&
    !/\d{1,4}\s*年\s*\d{1,2}\s*月|\d{4}[-/.]\d{1,2}[-/.]\d{1,2}/u.test(x) &&
    !END_UNIT_LINE.test(x) &&
    (x.match(/\p{Script=Han}/gu) ?? []).length >= shortest;
  const item = (l: Line) => headline(l.text.trim().replace(/^(?:\d{1,2}\s+|[·•▪◆■●]\s*)/u, ''));
  // A short heading may open the list (热门文章, 推荐阅读): no mark, at most eight characters.
  const body = run.length && !item(run[0]!) && run[0]!.text.trim().length <= 8 && !/[。！？，,：:]/u.test(run[0]!.text) ? run.slice(1) : run;
  if (body.length < 2 || !body.every(item)) return;
  for (const l of run) {
    removed.add(l.index);
    edits.push(remove(l, length));
  }
}

/**
 * 上一版  下一版 / 放大 | 缩小 | 默认 / 返回 · 顶部: a row of two to eight one-word cells set apart by
 * gaps or bars, whatever the words (each portal names its buttons its own way). Only outside the
 * article, and never a line naming the meeting (a headline spaced out keeps 会/召).
 */
function buttonRow(text: string): boolean {
  if (text.length > 40 || /[。，；！？,;：:、]/u.test(text) || /会|會|召/u.test(text)) return false;
  const cells = text.split(/\s{2,}|\u3000+|\s*[|｜·•]\s*/u).filter((c) => c !== '');
  return cells.length >= 2 && cells.length <= 8 && cells.every((c) => c.length <= 4 && !/\s/u.test(c));
}

/** 原标题： / 原標題： / 原標(biāo)題： (ruby is taken out after this pass), then the headline, one line. */
const RUBY = `(?:\\([a-z${TONE_VOWELS}]+\\))?`;
const ORIGINAL_TITLE = new RegExp(`^原\\s*(?:标|標)${RUBY}\\s*(?:题|題)${RUBY}\\s*[:：]\\s*\\S.{0,100}$`, 'u');

function remove(line: Line, length: number): Edit {
  return { ...lineRange(line, length), replacement: '', kind: 'furniture' };
}

/**
 * Inline furniture at the start of the article (datelines: 本报讯, 长乐新闻网讯, 【本報訊】,
 * 新华社北京3月5日电) and a byline bracket closing the last paragraph (（记者 陈琳）).
 */
const DATELINE = [
  // 【某報6月14日訊】: the day the outlet filed may stand inside the bracket.
  /^[【[]\s*[\p{Script=Han}·]{1,15}(?:\d{1,2}月\d{1,2}日)?(讯|訊|电|電|消息)\s*[】\]]\s*/u,
  // A bracketed dateline-byline glued to the opening: (2023年3月22日三河街道关工委杨晓奇报道).
  /^[(（][^)）]{2,40}(报道|報導|报导|報道|供稿|讯|訊)\s*[)）]\s*/u,
  // Outlets joined by a dash (零距离网-桐州日报讯(记者 X)): the site and the paper it carries.
  // 澳门日报消息：: with the colon after it.
  /^(?:[\p{Script=Han}·]{1,15}[-－—])?[\p{Script=Han}·]{1,15}(网|網|报|報|台|社|站|号|號|刊)(讯|訊|消息)(\s*[(（][^)）]{0,30}[)）])?\s*[:：]?\s*/u,
  // 【松林融媒】, 【某某发布】: a newsroom's tag in lenticular brackets, glued to the first sentence.
  /^[【[]\s*[\p{Script=Han}·]{0,12}(?:融媒|融媒体中心|融媒體中心|新闻中心|新聞中心|新闻|新聞|日报|日報|晚报|晚報|发布|發布|之声|之聲|在线|在線|网|網|台|报|報|号|號)\s*[】\]]\s*/u,
  // 本报记者 陈小敏 / 某日报全媒体记者 X 通讯员 Y, then a gap: the byline unbracketed.
  /^(?:[\p{Script=Han}]{0,12}?(?:记者|記者|通讯员|通訊員)\s*[\p{Script=Han}·]{2,4}(?:[、\s]+[\p{Script=Han}·]{2,4})*\s+)+(?=\S)/u,
  // （松林县融媒体中心 陈小敏）: a newsroom and its writer in brackets.
  /^[(（]\s*[\p{Script=Han}]{2,15}(?:中心|报社|報社|电视台|電視台|融媒|新闻网|新聞網)\s+[\p{Script=Han}·]{2,4}(?:[\s、]+[\p{Script=Han}·]{2,4}){0,3}\s*[)）]\s*/u,
  // Any newsroom (…融媒体中心讯, …客户端讯) when a byline bracket, a space or the date follows; a
  // site may stand before it with a spaced dash (某某新闻网 -某某日报某城讯 (记者/X)).
  // ZAKER平安讯, IT之家讯: an outlet's name may hold Latin letters.
  /^(?:[\p{Script=Han}·A-Za-z]{2,15}(?:网|網|台|号|號)\s*[-－—]\s*)?(?=[A-Za-z]{0,10}\p{Script=Han})[\p{Script=Han}·A-Za-z]{2,15}(讯|訊)(?:\s*[(（][^)）]{0,30}[)）]\s*|\s+|(?=\d)|[/／]\s*)/u,
  /^本(报|報|刊|网|網|台|站)(讯|訊)(\s*[(（][^)）]{0,30}[)）])?\s*[:：]?\s*/u,
  // 某州消息(记者 X Y)2月8日…: a place's news desk with 消息, known as a dateline by the byline bracket
  // after it (alone, 某地消息 may open a sentence).
  /^[\p{Script=Han}·]{2,12}消息\s*[(（]\s*(?:记者|記者|通讯员|通訊員)[^)）]{1,30}[)）]\s*/u,
  // 闽海网10月27日讯(海西日报记者 X) / 市融媒体中心3月2日电: the date written between outlet and 讯.
  /^[\p{Script=Han}·]{2,15}\d{1,2}月\d{1,2}日(讯|訊|电|電)(\s*[(（][^)）]{0,30}[)）])?\s*[:：]?\s*/u,
  // 某某资讯网 5日上午，…: a site's name set off by a gap before the day the report opens with.
  /^[\p{Script=Han}]{2,12}(?:网|網)[ \t\u3000]+(?=\d{1,2}(?:月\d{1,2})?日)/u,
  // 11月27日訊 （某臺 X）: the day and 訊 alone, the outlet named in the byline bracket after it.
  /^\d{1,2}月\d{1,2}日(讯|訊)\s*[(（][^)）]{2,30}[)）]\s*/u,
  // (记者 严可) / （通讯员 李某 记者 王某） opening the article: the byline before the first sentence.
  // 【全媒体记者 X】: in lenticular brackets as well.
  /^(?:[(（]\s*(?:本报|本報|全媒体|全媒體|融媒)?(?:记者|記者|通讯员|通訊員|见习记者|見習記者)[^)）]{1,40}[)）]|[【[]\s*(?:本报|本報|全媒体|全媒體|融媒体|融媒體|融媒)?(?:记者|記者|通讯员|通訊員|见习记者|見習記者)[^】\]]{1,40}[】\]])\s*/u,
  // date 2025-11-14 / 日期：2025-11-14 glued before the first sentence: a CMS field, not the report's.
  /^(?:date|Date|DATE|日期|发布日期|發布日期|發佈日期)\s*[:：]?\s*\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s+/u,
  // 市政署訊: / 民政局讯： after a bracketed 【本報消息】: the office that sent the news, with its colon.
  /^[\p{Script=Han}·]{2,10}(讯|訊)\s*[:：]\s*/u,
  /^(新华社|新華社|中新社|人民网|人民網|新华网|新華網)[\p{Script=Han}]{0,10}\d{1,2}月\d{1,2}日(电|電)(\s*[(（][^)）]{0,30}[)）])?\s*/u,
  // 央广网北京3月5日消息（记者 X）: any outlet, the place it filed from, the day, then 电/讯/消息.
  // 某某网7月30日某城消息: the place may follow the day instead.
  /^[\p{Script=Han}]{1,12}(?:网|網|社|台|报|報)[\p{Script=Han}]{0,6}\d{1,2}月\d{1,2}日[\p{Script=Han}]{0,6}?(?:电|電|讯|訊|消息)(\s*[(（][^)）]{0,30}[)）])?\s*[:：]?\s*/u,
  // 综合外媒报道，/ 綜合陸媒報導，: a source credit glued before the text (KEYING 21), what the
  // report was put together from; the report's own sentence never opens on it.
  /^(?:综合|綜合)[\p{Script=Han}]{1,8}?(?:报道|報導|报导|報道)\s*[，,:：]\s*/u,
  // 新讯网金泉5月27日 5月26日，…: the outlet, place and day with no 电/讯, set off by a gap from the
  // opening's own date (the issue's day, not the meeting's).
  /^[\p{Script=Han}]{1,12}(?:网|網|社|台|报|報)[\p{Script=Han}]{0,6}\d{1,2}月\d{1,2}日[ \t\u3000]+(?=\d{1,2}月\d{1,2}日|[一二三四五六七八九十]{1,2}月|近日|日前|昨|今)/u,
];
const BYLINE_AFTER = /^(?:记者|記者|通讯员|通訊員)[\p{Script=Han}·、\s]{2,24}?(?:报道|報導|报导|報道)(?:\s+|[，,:：]\s*)/u;
const END_BYLINE =
  /\s*[(（]\s*(?:全媒体|全媒體|融媒)?(记\s*者|記\s*者|通讯员|通訊員|编辑|編輯|责任编辑|責任編輯|作者|供稿|来源|來源|撰稿|审稿|審稿|审核|審核|校对|校對|文\s*[/／]\s*图|文\s*[/／]\s*圖)[^)）]{0,60}[)）]\s*(?:\d{6,8}\s*)?$/u;
// （县融媒体中心记者 王明）, 【责任编辑：王明】, （文/王明 图/李华）: a unit before the credit word,
// lenticular brackets, or a writer and a photographer each after their slash.
const END_CREDIT_MORE =
  /\s*(?:[(（]\s*[\p{Script=Han}]{2,15}(?:记者|記者|通讯员|通訊員)\s*[\p{Script=Han}·\s、]{2,20}[)）]|[【[]\s*(?:责任编辑|責任編輯|编辑|編輯|责编|責編|来源|來源|作者|审核|審核|校对|校對)\s*[:：]?[^】\]]{1,30}[】\]]|[(（]\s*文\s*[/／:：]\s*[\p{Script=Han}·]{2,4}\s*(?:图|圖|摄影|攝影)\s*[/／:：]\s*[\p{Script=Han}·]{2,4}\s*[)）]|[(（]\s*完\s*[)）])\s*$/u;
/** A bracket of names only closing the article: （马莹洁）, （张云龙 王洁 孙雨静）. */
const END_NAMES = /\s*[(（]\s*([\p{Script=Han}·]{2,4}(?:[\s、，,]+[\p{Script=Han}·]{2,4}){0,4})\s*[)）]\s*$/u;
const END_SPACED_NAMES = /\s*[(（]\s*([\p{Script=Han}·]{1,4}(?:[\s、，,]+[\p{Script=Han}·]{1,4}){1,5})\s*[)）]\s*$/u;

// Only the offices that write up meetings (办公室, 政府办, 融媒体中心): a bracketed 局 or 委 closing a
// 纪要's last point is more likely its owner (…及时报告。（县住建局）) than a credit.
// （行政辦公室供稿）: the unit with its credit word after it.
// （王力强 供稿）, （县委办 李明 供稿）: the writer or unit, then the credit word closing the bracket.
const END_CREDIT = /\s*[(（]\s*[\p{Script=Han}·]{2,15}(?:\s+[\p{Script=Han}·]{2,4}){0,3}\s*(?:供稿|供图|供圖|撰稿|报送|報送)\s*[)）]\s*$/u;
const END_UNIT = /\s*[(（]\s*[\p{Script=Han}]{1,10}(?:办|辦|办公室|辦公室|中心)(?:供稿|供图|供圖|报送|報送|撰稿)?\s*[)）]\s*$/u;
/**
 * （融川市委文明办 融川新闻网）: the units that wrote and carried the report, spaced apart in one
 * bracket. An outlet among them (…网, …报, …台, …中心) says it is a credit, not a point's owners.
 */
const UNIT_WORD = String.raw`[\p{Script=Han}]{2,15}(?:办|辦|办公室|辦公室|部|局|委|中心|网|網|报|報|台|社)`;
const END_UNITS = new RegExp(String.raw`\s*[(（]\s*(${UNIT_WORD}(?:\s+${UNIT_WORD}){1,3})\s*[)）]\s*$`, 'u');

const END_NOTE = /(?<=[。！？”])[ \t\u3000]*[(（][^()（）。！？，,\n]{2,30}[)）][ \t\u3000]*$/u;
const END_NOTE_KIND = /[:：/／]|转载|轉載|转发|轉發|刊[登载載]?|[一二三四五六七八九十\d]+版|宣传部|宣傳部/u;

const HEADLINE_DATE = /\s+(?:发布日期|發布日期|發佈日期|发布时间|發布時間|發佈時間|日期|时间|時間)\s*[:：]\s*\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*$/u;

// （县委宣传部 王明）: an office that writes up news (宣传部, 办, 中心) credited with its writer too.
const END_PLACE_NAME =
  /\s*[(（]\s*[\p{Script=Han}]{1,8}(?:镇|鎮|乡|鄉|街道|村|社区|社區|宣传部|宣傳部|办公室|辦公室|办|辦|中心|政协|政協)\s+([\p{Script=Han}·]{2,4}(?:[\s、，,]+[\p{Script=Han}·]{2,4}){0,3})\s*[)）]\s*$/u;
const END_PLACE_GLUED = /(?<=[。！？”])\s*[(（]\s*[\p{Script=Han}]{1,8}(?:镇|鎮|乡|鄉|街道|村|社区|社區|政协|政協)([\p{Script=Han}]{2,3})\s*[)）]\s*$/u;
/** The last characters of a unit's name: 衛生院, 派出所, 黨委 are no writer's. */
const UNIT_TAIL = /[院局委会會所站部办辦处處科厅廳队隊园園校府]$/u;

const END_MARK = /(?<=[。！？”」）)】])[ \t\u3000]*(?:[—\-－–]*[ \t\u3000]*(?:END|End|end)[ \t\u3000]*[—\-－–]*|【(?:纠错|糾錯|打印|关闭|關閉|收藏|分享)】)[ \t\u3000]*$/u;

const NAME_BRACKET = /^[(（][ \t\u3000]*([\p{Script=Han}·]{2,4})[ \t\u3000]*[)）][ \t\u3000]*(?=\d{1,2}月\d{1,2}日|\d{4}年)/u;

/** □黄某某 after the last sentence: the glyph papers set before a writer's name. */
const END_BOXED_NAME = /(?<=[。！？”])[ \t\u3000]*[□■][ \t\u3000]*([\p{Script=Han}·]{2,4})[ \t\u3000]*$/u;

/** A table cell's bar left after the last sentence: …以符公平原則。 | */
const END_BARS = /\s*[|｜]+\s*$/u;

function endByline(line: string): RegExpExecArray | null {
  const bars = END_BARS.exec(line);
  if (bars) return bars;
  const m = END_BYLINE.exec(line) ?? END_CREDIT_MORE.exec(line);
  if (m) return m;
  const names = END_NAMES.exec(line);
  if (names && names[1]!.split(/[\s、，,]+/u).every((n) => looksLikeName(n))) return names;
  // …工作计划。□黄某某: a paper's box glyph before its writer's name closing the article.
  const boxed = END_BOXED_NAME.exec(line);
  if (boxed && looksLikeName(boxed[1]!)) return boxed;
  // （苗 青）: a two-character name spaced out to the width of a three-character one.
  const spaced = END_SPACED_NAMES.exec(line);
  if (spaced && creditNames(spaced[1]!).every((n) => looksLikeName(n))) return spaced;
  // A town or village credited with its writer: （禾坪镇 蓝秀英）, （石岭村 韦立）.
  const placed = END_PLACE_NAME.exec(line);
  if (placed && placed[1]!.split(/[\s、，,]+/u).every((n) => looksLikeName(n))) return placed;
  // （禾坪鎮藍秀英）: the same credit once a ruby mirror's reading took the gap with it (鎮(zhèn) 藍 ->
  // 鎮藍). Only a town, village or committee's name, and a name that is no unit's (鎮衛生院 stays).
  const glued = END_PLACE_GLUED.exec(line);
  if (glued && looksLikeName(glued[1]!) && !UNIT_TAIL.test(glued[1]!)) return glued;
  // A unit credited for the text: （县政府办）, （区融媒体中心）.
  const units = END_UNITS.exec(line);
  if (units && /(?:网|網|报|報|台|社|中心)(?=\s|$)/u.test(units[1]!)) return units;
  const unit = END_UNIT.exec(line);
  const credit = unit ?? END_CREDIT.exec(line);
  if (credit) return credit;
  // Any other credit by its make-up (（融媒体记者：张晓东）, (张晓东/文 刘芳/图), …。 编辑：赵敏).
  // — END — / -END- / 【纠错】: an end mark or a page's button after the last sentence.
  const mark = END_MARK.exec(line);
  if (mark && mark.index > 0) return mark;
  const at = endBylineAt(line);
  if (at < 0) {
    // （延河市委宣传部）, （中新网某地新闻转载）, （相關新聞刊二版）, （发稿/图片：X；审核：Y/Z）: a short
    // bracket with no sentence in it, after the last sentence of the report, that names roles by
    // their colon or slash, or the office, reposting or page that carried the item, is a note about
    // the item. A unit alone (（县住建局）) may own the last point, and stays.
    const note = END_NOTE.exec(line);
    return note && note.index > 0 && END_NOTE_KIND.test(note[0]) ? note : null;
  }
  const found = [line.slice(at)] as unknown as RegExpExecArray;
  found.index = at;
  return found;
}

/**
 * Question marks or replacement characters opening a paragraph (??? 会议指出…): a capture that lost
 * the page's indent or a bullet glyph. No report opens a paragraph with them.
 */
// ****** 人民政府向大會…: a run of stars where a capture blanked a name or a glyph, the same debris.
const LOST_MARKS = /^\s*(?:[?？\uFFFD]{2,}|\*{3,})\s*/u;

function dateline(line: Line): Edit | null {
  const lost = LOST_MARKS.exec(line.text);
  const indent = lost ? lost[0].length : line.text.length - line.text.trimStart().length;
  // A bullet glyph before it (●本报讯…) is removed in the same pass: the dateline starts after it.
  const lead = indent + bulletLength(line.text.slice(indent));
  const body = line.text.slice(lead);
  for (const re of DATELINE) {
    const m = re.exec(body);
    // A dateline is followed by the article, not by the end of the line.
    if (m && m[0].length < body.length) {
      // 本报讯 记者X报道 11月3日，…: a byline may follow unbracketed, closed by its 报道.
      const by = BYLINE_AFTER.exec(body.slice(m[0].length));
      const patterned = m[0].length + (by && m[0].length + by[0].length < body.length ? by[0].length : 0);
      // 记者 张晓东 报道：… / 本报记者 张晓东 通讯员 刘芳12月3日…: the byline by its make-up may run
      // past what the pattern took (its 报道, a last name glued to the date).
      const end = Math.max(patterned, openingBylineLength(body));
      return { start: line.start + lead, end: line.start + lead + end, replacement: '', kind: 'dateline' };
    }
  }
  // （陈某某） 4月27日，…: a writer's name alone in brackets before the report's first date.
  const named = NAME_BRACKET.exec(body);
  if (named && looksLikeName(named[1]!)) return { start: line.start + lead, end: line.start + lead + named[0].length, replacement: '', kind: 'dateline' };
  // 记者 张晓东 报道：12月3日… / 記者陳文華／平安報導 县政府…: a byline by its make-up.
  // 某日报南宁专电(记者 X) 1月16日… / (某日报记者 A B C)12月29日…: a run of datelines and bylines.
  const by = Math.max(openingBylineLength(body), openingCreditLength(body), reportingRunLength(body));
  return by > 0 ? { start: line.start + lead, end: line.start + lead + by, replacement: '', kind: 'dateline' } : null;
}

/** Pictographs and letter-like symbols between two Han characters (or a Han character and a mark). */
const GLUED_SYMBOL = /(?<=\p{Script=Han})(?:[\p{Extended_Pictographic}\u{1D400}-\u{1D7FF}]\uFE0F?)+(?=\p{Script=Han}|[，。、；：,])/gu;

// Code units, not properties: the misc symbols and dingbats block, and the high surrogates of the
// styled letters (U+1D400…) and of the emoji planes. A cheap first look; GLUED_SYMBOL decides.
const ANY_SYMBOL = /[\u2190-\u2bff\u3297\u3299\ud835\ud83c-\ud83e]/;

export function removeInlineFurniture(t: TrackedText): void {
  const lines = splitLines(t.text);
  // Bullets, tags, injected adverts and mid-text credits, in the same pass (dateline() looks past a
  // bullet); a sentence a PDF's wrap cut is joined at the end of it.
  const edits: Edit[] = inlineDebrisEdits(t.text, lines);
  // The dateline opens the first paragraph; a headline may still stand above it.
  const nonEmpty = lines.filter((l) => l.text.trim() !== '');
  // The first line of prose too: a page's chrome (an e-paper's adverts and page slugs) may stand
  // above the article, so its dateline is not always on the first two lines.
  // The next such line when the first is a photo's caption (…。图为代表步入会场。记者 X/摄): it
  // stands between the chrome and the article's dateline, and reads as prose. Only then: a first
  // line of prose that is the report's own may be followed by a paragraph opening with a credit.
  // A paragraph wholly in brackets ((2月25日，…会议召开。)) is a caption in prose form, never the
  // opening: the dateline is looked for in the paragraph after it.
  const proseLines = nonEmpty.filter((l) => l.text.length >= 30 && /[。！？]/.test(l.text) && !/^\s*[(（][^]*[)）]\s*$/u.test(l.text));
  const prose = proseLines.slice(0, proseLines[0] && isFurnitureLine(proseLines[0].text, false) ? 2 : 1);
  const opening = [...nonEmpty.slice(0, 2), ...prose.filter((l) => !nonEmpty.slice(0, 2).includes(l))];
  const first = opening[0];
  const dated = new Set<Line>();
  for (const line of opening) {
    const m = dateline(line);
    if (m) {
      // 【本報消息】市政署訊: — two datelines in a row, the paper's then the sending office's.
      const again = dateline({ ...line, text: line.text.slice(m.end - line.start), start: m.end });
      edits.push(again ? { ...m, end: again.end } : m);
      dated.add(line);
      break;
    }
  }
  // A dateline or a byline bracket opening any other paragraph (a second story, an opening below
  // captions): only credits no sentence starts with (later-credit.ts).
  edits.push(...laterCreditEdits(nonEmpty, dated));
  // A headline with its publishing date glued on (…工作會報 發布日期:2015-05-18): the date is the
  // page's, not the headline's.
  if (first) {
    const glued = HEADLINE_DATE.exec(first.text);
    if (glued && glued.index > 0) edits.push({ start: first.start + glued.index, end: first.start + glued.index + glued[0].length, replacement: '', kind: 'dateline' });
  }
  for (const line of lines) {
    const lost = LOST_MARKS.exec(line.text);
    if (lost && lost[0].length < line.text.length) edits.push({ start: line.start, end: line.start + lost[0].length, replacement: '', kind: 'furniture' });
  }
  // An emoji, a zodiac sign or a styled letter (𝕴) glued inside a Han word (会𝕴上, 传达了🎃总局) is a
  // page's decoration or a scraper's debris: no report writes a pictograph between two characters.
  // One plain scan first: most reports hold no pictograph, and the lookbehind costs at every character.
  if (ANY_SYMBOL.test(t.text)) for (const m of t.text.matchAll(GLUED_SYMBOL)) edits.push({ start: m.index, end: m.index + m[0].length, replacement: '', kind: 'furniture' });
  const last = [...lines].reverse().find((l) => l.text.trim() !== '');
  // A table cell's bar after the last sentence is debris even when the report is one line long.
  const bars = last && last === first ? END_BARS.exec(last.text) : null;
  if (last && bars && bars.index > 0) edits.push({ start: last.start + bars.index, end: last.end, replacement: '', kind: 'byline' });
  // A report captured as one line (several sentences) still ends in its credits; a one-line headline
  // is no such line.
  // A one-line report of one long sentence (…的承諾。 (圖文:記者X)) is no headline either: a headline
  // never closes on a full stop with more after it.
  const sentences = last ? (last.text.match(/[。！？]/gu) ?? []).length : 0;
  if (last && (last !== first || sentences >= 2 || (sentences === 1 && last.text.trim().length >= 80 && !/[。！？]$/u.test(last.text.trim())))) {
    // （完）（编辑：X） / （记者 X）【纠错】: credits and end marks may stand one after another; each
    // is peeled off in turn (three at most).
    let text = last.text;
    let cut = -1;
    for (let k = 0; k < 3; k++) {
      const m = endByline(text);
      if (!m || m.index <= 0) break;
      cut = m.index;
      text = text.slice(0, m.index);
    }
    if (cut > 0) edits.push({ start: last.start + cut, end: last.end, replacement: '', kind: 'byline' });
  }
  // 初审：X 复审：Y 终审：Z after the last sentence of a paragraph that is not the page's last: the
  // credits of one story on a page of several. Only a run of two or more credit words, which no
  // sentence of a report closes on; a single one mid-page may be the report's own words.
  for (const line of lines) {
    if (line === last || !/[。！？”」]/u.test(line.text)) continue;
    const at = endBylineAt(line.text);
    if (at > 0 && creditWords(line.text.slice(at)) >= 2) edits.push({ start: line.start + at, end: line.end, replacement: '', kind: 'byline' });
  }
  edits.push(...reflowEdits(t.text, lines));
  t.apply(edits);
}
