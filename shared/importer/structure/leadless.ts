/**
 * A paragraph with no lead of its own (leads.ts found none at its start): does it open a section, or
 * carry on the section before it? bench/KEYING.md 10 says "only a lead opens a section"; the keys
 * written since heldout-21 read that for every such paragraph (background, purpose, quorum, what
 * happens next), while a person or body doing something at the meeting (X作…报告 / X代表…发言 /
 * 随后，X介绍了…) is still keyed as its own `other` section, an account of business.
 */

import { afterQuotation } from './quoted-first';
import { speakerKind } from './speaker-kind';

/**
 * What someone does at a meeting when not leading it: reporting, presenting, speaking, reviewing.
 * 回顾/分享 are acts as 交流 is (bench/KEYING.md 14); those present watching a film (观看) or going to
 * a site (赴…) follow the meeting's own programme (KEYING 13), as 参观 does; so does a person
 * announcing something to it (X宣布：…).
 */
const ACT =
  '介绍|介紹|汇报|匯報|彙報|发言|發言|宣读|宣讀|述职|述職|报告|報告|讲话|講話|致辞|致辭|致詞|点评|點評|总结|總結|分析|解读|解讀|解释|解釋|部署|感谢|感謝|反映|交流|座谈|座談|围绕|圍繞|讨论|討論|说明|說明|讲解|講解|通报|通報|致贈|颁发|頒發|颁奖|頒獎|参观|參觀|观摩|觀摩|考察|视察|視察|宣誓|表决|表決|选举|選舉|补选|補選|审议|審議|成立|提出|受理|结论|結論|召开|召開|举行|舉行|举办|舉辦|组织|組織|出席|列席|参加|參加|回顾|回顧|分享|观看|觀看|赴|宣布|宣佈';

/**
 * The first clause (to the first ，。；：) names an act of the meeting's business. Up to 60 characters:
 * a subject with its titles comes first (副校长X就…作了说明).
 */
const OPENS_WITH_ACT = new RegExp(`^[^，。；：,;:！？]{0,60}?(?:${ACT})`, 'u');
/**
 * 随后，/ 首先，/ 学习结束后，/ 同日 / 5月19日下午，/ 又讯: a step of the meeting, or a bulletin's next item.
 * So is the clock time or day a sitting began at (上午9时，X宣布大会开幕 / 当日9时，大会开幕 / 29日上午，…):
 * the opening told the day, the paragraph tells the step (KEYING 13: it opens with a date). So is a step named by what came before it (在完成各项议程后，/ 预备会议之后，/ 會后，), but not
 * 今后 / 此后, which say what is to come.
 */
const STEP =
  /^(?:又讯|又訊|(?:\d{1,2}月)?\d{1,2}日(?:上午|下午|晚上)?|(?:当天|當天|当日|當日)?(?:上午|下午|晚上|晚间|晚間)?(?:\d{1,2}\s?(?:时|時|点|點)(?:\s?\d{1,2}\s?分|半)?(?:许|許|左右)?)|(?:当天|當天|当日|當日)?(?:上午|下午|晚上|晚间|晚間)|[^，。；,;]{0,8}(?:结束后|結束後|结束後)|[^，。；,;！？]{1,10}(?:之后|之後|以后|以後|(?<=[^今此])后|(?<=[^今此])後)|随后|隨後|隨后|随即|隨即|首先|其次|然后|然後|接着|接著|最后|最後|之后|之後|此外|另外|同日|当天|當天|会后|會後|会前|會前|会议结束后|會議結束後|会议开始前|會議開始前)[，,\s]/u;
/** Background, purpose or what is to come (这次会议的主要任务是 / 据悉 / 接下来，X将…): not an act. */
const BACKGROUND =
  /^(?:据悉|據悉|据了解|據了解|据介绍|據介紹|近年来|近年來|今年以来|今年以來|多年来|多年來|接下来|接下來|下一步|下步|今后|今後|近期|目前|当前|當前)|^(?:这次|這次|此次|本次)?(?:会议|會議|大会|大會)(?:的)?(?:主要)?(?:任务|任務|主题|主題|目的|意义|意義)/u;

/**
 * 会上，… / 會報中… / 会议首先由…: the occasion or the meeting itself as the subject of what follows.
 * The occasion may be named by its own gathering (开题会上，/ 议事会上，/ 开幕式上，/ 夜校讲堂上，), as
 * leads.ts reads 座谈会上; not 社会上/机会上 (in society, by chance) nor a place said with 在/的.
 */
const OCCASION =
  /^(?:[^\P{Script=Han}在于於的社机機]{1,7}(?:会|會|式|讲堂|講堂)上[，,]|会上|會上|会中|會中|会议中|會議中|會報中|会报中|(?:会议|會議)(?!(?:的)?(?:主要)?(?:任务|任務|主题|主題|目的|意义|意義)|应到|應到|实到|實到))/u;
/**
 * 審議中，… / 在質詢過程中，… / 座谈期间，…: the meeting's own business named as the time of what
 * follows, an occasion as 会上 is.
 */
const IN_THE_COURSE =
  /^(?:在)?(?:[^，。；,;！？]{0,8}?(?:审议|審議|讨论|討論|质询|質詢|座谈|座談|对话|對話|交流|调研|調研|考察|视察|視察|参观|參觀|学习|學習|活动|活動)(?:过程|過程)?中|[^，。；,;！？]{0,8}?(?:审议|審議|讨论|討論|质询|質詢|座谈|座談|调研|調研|考察|视察|視察|活动|活動)(?:期间|期間))[，,]/u;
/** 调研组将走访… / 委员们拟…: the subject, then what it is still to do. */
const TO_COME = /^[^，。；,;！？]{0,12}?(?:将|將|拟|擬)/u;
/** 活动首先实地查看了… / 会议随后…: the meeting or activity itself, then a step word. */
const ITSELF_THEN = /^(?:活动|活動|会议|會議|大会|大會|座谈会|座談會)(?:首先|随后|隨後|接着|接著|最后|最後)/u;
/**
 * 领导班子成员分别结合…，依次作交流研讨发言 / 委员们实地察看了…: a group of those present as the subject,
 * an act of the meeting's business later in the same sentence (bench/KEYING.md 13: a body acts).
 */
const GROUP_ACTS = new RegExp(`^[^，。；,;！？]{0,12}?(?:成员|成員|委员们|委員們|代表们|代表們|与会人员|與會人員|党员们|黨員們|同志们|同志們)[^。！？；;]{0,40}?(?:${ACT})`, 'u');
/** 1.總務處：… / （二）… / 市長提示：: a numbered point or a line announcing what follows. */
const NUMBERED_OR_ANNOUNCING = /^(?:\d{1,2}[.．、]|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十\d]{1,3}[）)])|[：:]\s*$/u;

/**
 * 县委书记X结合…，讲述了… / 街道党工委副书记X、办事处副主任Y对…: a person named by title in the first
 * clause is a speaker whose lead went unread, whatever verb follows. The posts are every head's
 * (纪检组长, 行政处处长, 厅长, 科长, 董事长 …), not only a government's or a party's: the person acts.
 */
const PERSON_FIRST =
  /^[^，。；：,;:！？]{0,24}?(?:书记|書記|县长|縣長|市长|市長|区长|區長|镇长|鎮長|乡长|鄉長|主任|主席|部长|部長|局长|局長|院长|院長|校长|校長|会长|會長|理事长|理事長|委员|委員|经理|經理|秘书长|秘書長|专员|專員|顾问|顧問|同志|组长|組長|厅长|廳長|处长|處長|科长|科長|所长|所長|行长|行長|站长|站長|队长|隊長|董事长|董事長|总监|總監)/u;

/**
 * 会议应到委员31人，实到29人 / …78人出席會議，出席人數符合法定人數 / 應邀參加今天大會的有：: the quorum
 * or who was present, the opening's account as attendance is. So is a sentence of people who only
 * accompanied a visit (…负责人陪同视察。): they attend (bench/KEYING.md 11), they do no business.
 */
const QUORUM =
  /^[^。！？]{2,80}?陪同(?:视察|視察|调研|調研|考察|参观|參觀|检查|檢查)?[。！]?$|^[^，。；,;]{0,30}?(?:应到|應到|应出席|應出席)|^[^。！？]{0,60}?(?:法定人数|法定人數)|^(?:应邀|應邀)?(?:出席|列席|参加|參加)[^，。；：,;:]{0,16}的(?:还|還)?有/u;
/**
 * 报告回顾了… / 讲话对…作了总结 / 報告介紹，… / 报告显示，…: the report or speech just named goes on
 * (bench/KEYING.md 9), whatever verb of saying or showing it takes.
 */
const REPORT_GOES_ON = /^(?:报告|報告|讲话|講話|述职|述職|发言|發言)(?:对|對|回顾|回顧|指出|总结|總結|分析|从|從|全面|系统|系統|认为|認為|介绍|介紹|显示|顯示|提出|强调|強調|表示|称|稱|说|說)/u;

/** A lead-less paragraph that tells of someone doing the meeting's business: its own section. */
/** 会议将审议通过… / 委员们将听取…: the agenda still to come, in the paragraph's first clause. */
const WILL_DO = /^[^，。；,;]{0,30}?(?:将|將|拟|擬)(?:要)?(?:分别|分別)?(?:听取|聽取|审议|審議|研究|讨论|討論|选举|選舉|表决|表決|通过|通過)/u;

export function leadlessOpensSection(paragraph: string): boolean {
  // “…。”对话中，X… : the words quoted first are what someone said; the paragraph is read after them.
  const p = afterQuotation(paragraph);
  if (BACKGROUND.test(p) || QUORUM.test(p) || REPORT_GOES_ON.test(p) || WILL_DO.test(p)) return false;
  if (NUMBERED_OR_ANNOUNCING.test(p) || STEP.test(p) || OCCASION.test(p) || PERSON_FIRST.test(p)) return true;
  // 会议期间，委员们将…: what is to come during the meeting is no business done (KEYING 15).
  const course = IN_THE_COURSE.exec(p);
  if (course && !TO_COME.test(p.slice(course[0].length))) return true;
  if (ITSELF_THEN.test(p) || GROUP_ACTS.test(p)) return true;
  // X会后向记者表示，… / X在报告中表示，…: someone saying something of the meeting (speaker-kind.ts).
  if (speakerKind(p)) return true;
  // 按照…安排，与会代表实地对…进行视察 / 结合…，班子成员作交流研讨: a context clause (按照/根据/结合/
  // 围绕/为…) comes first; the act is read in the clause after it.
  // What is still to come after it (根据会议议程，委员们将听取…) is no act, as in the first clause.
  const context = CONTEXT_FIRST.exec(p);
  const after = context ? p.slice(context[0].length) : '';
  // Nor an instruction going on (按照…要求，各部门要认真组织…): the speech before it carries on.
  return (
    OPENS_WITH_ACT.test(p) || (!!context && !WILL_DO.test(after) && !BACKGROUND.test(after) && !OBLIGED.test(after) && !ATTENDED_ONLY.test(after.split(/[。！？]/u)[0]!) && OPENS_WITH_ACT.test(after))
  );
}

/** 要 / 必须 / 务必 in the first clause: what someone is to do, an instruction. */
const OBLIGED = /^[^，。；,;！？]{0,30}?(?:要|必须|必須|务必|務必|应当|應當|需要)/u;
/**
 * 按照县人大常委会统一安排， / 根据工作需要， / 结合分管领域，: a context clause before the subject.
 * So is the place or the span where what follows was done (在滨期间，与会人员开展了… / 在某镇，调研组一行
 * 考察了… / 在大会开幕式上，… / 在热烈的掌声中，X作…报告): a visit's or a sitting's next step, told
 * by its frame (KEYING 13: a step of the meeting opens a section). Not 在…下 (在…领导下, background)
 * nor 在…上 but for a gathering's (在经济发展上，… names an area of a speech going on).
 */
const CONTEXT_FIRST = /^(?:(?:按照|根据|根據|结合|結合|为了|為了|为|為)[^，。；,;！？]{2,40}|在[^，。；,;！？]{0,15}(?:[会會式堂]上|[^上下，。；,;！？]))[，,]/u;
/** …，全体处级干部参加。: a sentence that only says who attended after the frame (KEYING 22). */
const ATTENDED_ONLY = /^[^。！？；;]{0,60}?(?:出席|列席|参加|參加)(?:了)?(?:会议|會議|大会|大會|活动|活動)?[。！]?$/u;

/** 5月3日，X召开… / X于8月5日召开…: the first sentence convenes a meeting on a date it names. */
const DATED_CONVENING = /^[^。！？]*?(?:月[\d一二三四五六七八九十]{1,3}日|[于於](?:\d|[一二三四五六七八九十]))[^。！？]*?(?:召开|召開|举行|舉行|举办|舉辦)/u;
/** 17日上午，…会议在某地举行 / 25日至26日，…召开: the day alone where the sentence starts (no month). */
const DAY_CONVENING = /^[\d一二三四五六七八九十]{1,3}日(?:至[\d一二三四五六七八九十]{1,3}日)?(?:上午|下午|晚上|晚)?[，,][^。！？]*?(?:召开|召開|举行|舉行|举办|舉辦)/u;
/** The opening found one line late: a paragraph that convenes the meeting, before any business.
 * `dayOnly` also takes a day with no month where the sentence starts, which names a later step of a
 * meeting already convened as often as the meeting itself: only where no sentence above convenes. */
export function convenesOnDate(p: string, dayOnly = false): boolean {
  return DATED_CONVENING.test(p) || (dayOnly && DAY_CONVENING.test(p));
}
