import type { Person } from '../../model';
import { remembered } from '../memo';
import { asDictionary, segmenterSaysLongName, segmenterSaysName, segmenterSplitsFirst, segmenterWordEnds } from '../segment';

/**
 * People in a report are written title-first (县政府副县长蔡俊杰) and listed with 、 (县政府副县长
 * 蔡俊杰、安智辉). We split title from name at the last office word after which 2–4 characters
 * starting with a common surname remain. Surnames that are also everyday words (和, 区, 国, 时 …)
 * are left out of the list on purpose: a missed name is better than a wrong one.
 */
const SURNAME_CHARS =
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储栗燕楚鄢劳谌奚皮粟冼蔺楼闻厉伊仝郜海阚帅屠豆朴盖练廉禹祖漆巴丰卿狄索宣晋扈晁芮阙浦戈伏鹿薄邸雍辜羊裘亓修邰赫杭况宿鲜逯隆茹诸慕危玉银亢嵇哈湛宾戎勾茅呼揭尉冶斯束檀衣阴昝智幸奉植衡富尧萧赖洪傅阎' +
  '張劉陳楊黃趙吳孫馬羅鄭謝許韓馮鄧蔣餘葉蘇呂盧鍾譚陸範賈韋鄒閆龍賀顧龔萬錢嚴湯溫齊喬龐顏莊聶魯嶽歐關蘭寧紀畢單塗駱藍遊鮑華饒陽農繆簡車項連蘆麥婁竇黨宮費衛應閔鄔邊師欒榮叢鞏遲鄺談荊樂鬱儲勞諶藺樓聞厲闞帥樸蓋練豐晉闕鮮諸銀賓陰堯蕭賴閻';
const SURNAMES = new Set(SURNAME_CHARS);
const COMPOUND_SURNAMES = ['欧阳', '司马', '诸葛', '上官', '东方', '皇甫', '尉迟', '公孙', '慕容', '令狐', '夏侯', '端木', '司徒', '轩辕', '歐陽', '司馬', '東方', '尉遲', '公孫', '軒轅'];

/** Office words a title ends with, in both scripts. */
// 副县级干部方春华, 基层代表马国强, 新闻媒体记者闫某: a standing (干部, 代表, 记者) is a title only where a
// surname follows it at once; at a list's end it closes a group (机关全体干部职工, 各界代表). 组织员 is a
// post as 联络员 is. 陈某代表周市长出席: 代表 right after a name is the verb (on behalf of).
// 特约研究员杨某: a researcher's rank (研究员, 副研究员) is a post as 调研员 is.
// 文史馆馆员张某: a 文史馆's honorary post is held as a 参事's is.
// 主席人选肖某: a candidate for an office is titled so only where a name follows (委员人选建议 is no title).
// 离退休老同志张某、王某: the retired comrades a meeting consults are titled by that standing too.
export const OFFICE =
  '(?:党组|黨組|党委|黨委|常委会|常委會|政府党组|政府黨組)成员|(?:党组|黨組|党委|黨委)成員|书记|書記|[\\p{Script=Han}]{0,2}(?:长官|長官)|副?[\\p{Script=Han}]{0,2}长|副?[\\p{Script=Han}]{0,2}長|主任|主席(?![台臺])|委员|委員|常委|经理|經理|巡视员|巡視員|调研员|調研員|研究员|研究員|专员|專員|主委|参议|參議|参事|參事|馆员|館員|专家|專家|秘书|秘書|议员|議員|总监|總監|助理|政委|总师|總師|董事|会董|會董|校董|监事|監事|干事|幹事|部长|部長|领导|領導|[总總](?:理|裁|指挥|指揮|(?:工程|会计|會計|经济|經濟|农艺|農藝)[师師])|督察|理事|顾问|顧問|司令员|司令員|科员|科員|[指教辅輔]导员|[指教辅輔]導員|特派员|特派員|(?:检察|檢察|法|警)官|督学|督學|[总總]规划师|[总總]規劃師|主持人|召集人|特首|提名人选|提名人選|候选人|候選人|联络员|聯絡員|组员|組員|观察员|觀察員|组织员|組織員|(?:人大|党|黨)代表(?=\\p{Script=Han}{2})|(?:(?<![' +
  SURNAME_CHARS +
  ']\\p{Script=Han}{1,2})代表|干部|幹部|记者|記者|人选|人選|老同志)(?=[' +
  SURNAME_CHARS +
  ']\\p{Script=Han})';
const OFFICE_END = new RegExp(`(?:${OFFICE})$`, 'u');
const OFFICE_ANY = new RegExp(`(?:${OFFICE})`, 'gu');
const OFFICE_IN = new RegExp(`(?:${OFFICE})`, 'u');

/** Everyday words that follow titles: 局领导班子, 党组成员, 领导小组 (the segmenter tags 小組 a name). */
// 区人大常委会党组: 会党组 is the body's tail, not a person (会 joins 常委 and 党组).
const NOT_NAMES = /^(班子|成员|成員|同志|单位|單位|部门|部門|干部|幹部|小组|小組)$|(组织|組織|成员|成員|委员|委員)$|人大|政协|政協|党委|黨委|党组|黨組|^[会會]/u;

/** Whether `ch` is a surname from the list (区, 县, 市 … are left out on purpose, see SURNAMES). */
export function isListedSurname(ch: string): boolean {
  return SURNAMES.has(ch);
}

const PLACE_BEFORE = /^在[^，。；,;在]{1,20}?(?:会议室|會議室|会议厅|會議廳|报告厅|報告廳|礼堂|禮堂|会堂|會堂|大厅|大廳)(?=\p{Script=Han}{4})/u;

export function looksLikeName(s: string): boolean {
  // 阿迪力·热合曼, 玛丽·安: the middle dot is written only inside transliterated names.
  if (/^\p{Script=Han}{1,6}·\p{Script=Han}{1,6}$/u.test(s)) return true;
  if (!/^[\p{Script=Han}·]{2,4}$/u.test(s) || NOT_NAMES.test(s)) return false;
  if (COMPOUND_SURNAMES.some((c) => s.startsWith(c))) return s.length >= 3;
  return SURNAMES.has(s[0]!) && s.length <= 3;
}

/** 县政府副县长蔡俊杰 -> { title: 县政府副县长, name: 蔡俊杰 }; 宋巍 -> { name: 宋巍 }; otherwise null. */
export function parsePerson(raw: string): { name: string; title: string } | null {
  // Asked again and again of the same strings within one import (memo.ts): read each once.
  return remembered(
    'parsePerson',
    raw,
    () => readPerson(raw),
    (p) => (p ? { ...p } : p),
  );
}

function readPerson(raw: string): { name: string; title: string } | null {
  // 在集团2楼会议室省纪委副主任崔光明主持…: where the meeting sat, written before the chair with no
  // comma, is no part of the chair's title.
  const s = raw.trim().replace(PLACE_BEFORE, '');
  // 县长木合塔尔·买买提: a transliterated name's first part may run to six characters, so the whole
  // string would pass as a name; an office ending right before a dotted name is its title.
  if (s.includes('·')) {
    for (const m of s.matchAll(OFFICE_ANY)) {
      const rest = s.slice(m.index + m[0].length);
      if (rest.includes('·') && looksLikeName(rest) && !OFFICE_IN.test(rest.split('·')[0]!)) return { title: s.slice(0, m.index + m[0].length), name: rest };
    }
  }
  if (looksLikeName(s)) return { name: s, title: '' };
  let best: { name: string; title: string } | null = null;
  for (const m of s.matchAll(OFFICE_ANY)) {
    // 总医院院长（兼）苟丽萍: a note in brackets after the office belongs to the title (a concurrent
    // or acting post), and the name follows it.
    const note = TITLE_NOTE.exec(s.slice(m.index + m[0].length));
    const end = m.index + m[0].length + (note ? note[0].length : 0);
    const rest = s.slice(end);
    if (looksLikeName(rest)) best = { title: s.slice(0, end), name: rest };
  }
  return best ?? nameThenTitle(s) ?? segmentedName(s) ?? memberThenName(s) ?? framedName(s);
}

/**
 * A word of address after a name: a noun the segmenter reads as one word for someone by calling or
 * courtesy (教授, 博士, 老师, 律师, 研究员, 先生, 医生), which no office word list ends with.
 */
function addressWord(w: { word: string; tag: string }): boolean {
  return w.word.length >= 2 && w.tag === 'n' && (AGENT_END.test(w.word) || /生$/u.test(w.word));
}

/**
 * A listed-surname name framed by what stands around it, read from the segmenter's words of the whole
 * entry rather than of the name alone (方明辉 alone is 方明 + 辉, 何永年 is 何 + 永年; in 主任方明辉所长
 * and 中心何永年主任 no word crosses the name's edges):
 *
 * - a post before and an office after (学术委员会主任甲所长): two posts, joined with 、 (KEYING 25);
 * - a unit before and an office after (某中心甲主任, 某大学乙校长): the unit's office, as written;
 * - a post before and a word of address after (某团成员甲老师, 某公司董事乙博士): the post is the
 *   title; the address is courtesy, as 同志 and 先生 are, and drops.
 *
 * The name must begin and end on the segmenter's word edges, and what stands before it must end on
 * an office or on a noun (a unit's name): an entry that runs on as a phrase is not read.
 */
const FRAMING_OWN_UNIT = /^(?:我|本)?(?:中心|公司|集团|集團|[院校所局会會部处處委办辦厅廳])$/u;
function framedName(s: string): { name: string; title: string } | null {
  if (!/^[\p{Script=Han}A-Za-z0-9（）()]{5,30}$/u.test(s)) return null;
  // The entry must close on an office or a word of address (below); the address is the segmenter's
  // last word, so its last character is the entry's as the dictionary spells it. An entry closing
  // on neither is let go before the segmenter is asked: for every entry no other reading took, that
  // was the dearest part of reading people (round 45).
  const office = TRAILING_OFFICE.exec(s);
  if (!office && !AGENT_END.test(asDictionary(s)) && !/生$/u.test(asDictionary(s))) return null;
  const words = segmenterWordEnds(s);
  if (!words || words.length < 3) return null;
  const last = words[words.length - 1]!;
  const tailStart = s.length - last.word.length;
  // The word after the name: an office (TRAILING_OFFICE, as the segmenter parts it) or an address.
  const officeAfter = !!office && office.index === tailStart && office[1]!.length === last.word.length;
  if (!officeAfter && !addressWord(last)) return null;
  for (const len of [3, 2]) {
    const start = tailStart - len;
    if (start < 2) continue;
    const name = s.slice(start, tailStart);
    if (!looksLikeName(name) || UNIT_END.test(name) || NOT_NAMES.test(name) || !words.some((w) => w.end === start)) continue;
    // 党总支, 管委会, 董事会: a run the segmenter reads as one word of another kind is no name,
    // though it opens on a listed surname; nor is one holding a verb or a grammatical word.
    const inside = words.filter((w) => w.end > start && w.end <= tailStart);
    if (inside.length === 1 ? !/^(?:nr|nrfg|nrt|x)$/u.test(inside[0]!.tag) : inside.some((w) => w.word.length >= 2 && /^(?:v|vn|p|c|u|d|m|q|f|y)$/u.test(w.tag))) continue;
    const before = s.slice(0, start);
    const beforeLast = words.find((w) => w.end === start)!;
    const post = TITLE_PART.test(before) && !GROUP_START.test(before);
    // 中心甲主任, 我校乙校长: the writer's own unit named by its kind alone (or with 我/本) points at
    // it; the title is the office (KEYING 11, 25: 本会委员 → 委员, 我校校长 → 校长).
    const own = FRAMING_OWN_UNIT.test(before);
    const unit = !post && (own || UNIT_END.test(before) || /^(?:n|nt|ns|nz)$/u.test(beforeLast.tag)) && !KIND_END.test(before) && !GROUP_START.test(before) && !OFFICE_IN.test(before);
    if (officeAfter && post) return { name, title: `${before}、${office[1]!}` };
    if (officeAfter && unit) return { name, title: own ? office[1]! : before + office[1]! };
    if (!officeAfter && post) return { name, title: before };
    return null;
  }
  return null;
}

/**
 * 成员梁连海, 活动组成员王强: membership of the team the list names is the title written for the
 * person; the name must have a listed surname, since 成员 alone also closes a group (班子成员).
 */
function memberThenName(s: string): { name: string; title: string } | null {
  const m = /^(\p{Script=Han}{0,12}(?:成员|成員))(\p{Script=Han}{2,3})$/u.exec(s);
  if (!m || !looksLikeName(m[2]!) || segmenterSaysName(m[2]!) === false) return null;
  return { title: m[1]!, name: m[2]! };
}

/**
 * A bracketed note right after an office word: （兼）, (代), （挂职）, （正处级）; or the same post's
 * other name (某商会主席（会长）甲: an association's chair is also its 会长), an office in brackets.
 */
const TITLE_NOTE = new RegExp(`^[（(](?:兼|代|挂职|掛職|主持工作|[正副]?\\p{Script=Han}{0,2}[级級]|${OFFICE})[）)]`, 'u');

/** Offices written after the name: 区委办公室王某某副主任, 文定国副区长. */
// 專責會長, 常务副主任, 顧問: a qualifier before the office, and an adviser's post, are written after
// the name the same way (地區事務委員會李應祥專責會長, 市政府葉碧如顧問); 首席會長 and 會董 (a Hong Kong
// association's directors) too, and an association's (副)理事長 (母親會方靜文副理事長).
// 总经理, 董事长, 委员长: an office whose last characters are an office too (经理, 事长, 员长) is read
// whole, so the name before it keeps no part of it (王某总经理 is not 王某总 + 经理); a firm's 总裁 and
// 总监 are written after the name as a 县长 is. (主委 is not: 农工主委, 专职副主委 name no one.)
const TRAILING_OFFICE =
  /((?:专责|專責|常务|常務|执行|執行|名誉|名譽|首席|助理)?副?(?:[总總](?:经理|經理|裁|监|監)|董事(?:长|長)|委[员員](?:长|長)|主任委[员員]|主任|书记|書記|主席|秘书长|秘書長|理事(?:长|長)|[\p{Script=Han}]?(?:长|長)|经理|經理|委员|委員|调研员|調研員|巡视员|巡視員|顾问|顧問|会董|會董|校董))$/u;
/** 本會, 本局, 本所: the writer's own unit before a name; the title is what is written after it (KEYING 11). */
const OWN_UNIT_PREFIX = /^本(?:会|會|局|所|府|院|校|部|处|處|委|办|辦|司|厅|廳|中心|公司|公所)$/u;
// 街坊會聯合總會, 婦女聯合總會, 母親會: an association (Macau, Hong Kong) is a unit the same way.
const UNIT_END = /(办公室|辦公室|局|委|办|辦|厅|廳|部|院|政府|中心|所|处|處|站|队|隊|委员会|委員會|街道|镇|鎮|乡|鄉|县|縣|市|区|區|公司|集团|集團|总会|總會|协会|協會|联合会|聯合會|母亲会|母親會)$/u;

/**
 * 县消防大队赵国强大队长: an office of two characters before 长 (大队长, 支队长, 中队长), read when it
 * repeats the unit's kind or the one-character reading (局长, 处长) finds no name: in 县应急局李春燕
 * 局长 the wider reading would take 燕局长 as the office.
 */
const TRAILING_WIDE_CHIEF = /(\p{Script=Han}{2}(?:长|長))$/u;
function nameThenTitle(s: string): { name: string; title: string } | null {
  const chief = TRAILING_WIDE_CHIEF.exec(s);
  const wide = nameBeforeOffice(s, chief);
  // 交警支队王强支队长: an office that repeats the unit's kind (支队 … 支队长) is the wide one, though
  // 王强支 would pass as a name before 队长.
  if (wide && chief && wide.title.slice(0, -chief[1]!.length).endsWith(chief[1]!.slice(0, 2))) return wide;
  return nameBeforeOffice(s, TRAILING_OFFICE.exec(s)) ?? wide;
}

function nameBeforeOffice(s: string, office: RegExpExecArray | null): { name: string; title: string } | null {
  if (!office || office.index === 0) return null;
  const head = s.slice(0, office.index);
  // 审判委员会委员: a council's name before its office ends in 委员会/理事会; no name hides there.
  if (/(?:员|員|委|事)(?:会|會)$/u.test(head)) return null;
  for (const len of [3, 2, 4]) {
    if (head.length < len) continue;
    const name = head.slice(head.length - len);
    const written = head.slice(0, head.length - len);
    const unit = OWN_UNIT_PREFIX.test(written) ? '' : written;
    // 党委统战委员覃志远副院长: a post before the name and one after it are two posts (a 纪要 lists
    // them joined by 、).
    // 学术委员会秘书郑汉林处长: a council's secretary is such a post too, though 秘书 alone is never written
    // after a name (TRAILING_OFFICE); only before one, after its council.
    const twoPosts = unit !== '' && !UNIT_END.test(unit) && (TRAILING_OFFICE.test(unit) || /(?:委员会|委員會|理事会|理事會)(?:秘书|秘書)$/u.test(unit)) && isTitle(unit);
    // 各学院院长, 各委室主任: a run opening as a group does (各, 有关, 全体) is never a name.
    if ((unit && !UNIT_END.test(unit) && !twoPosts) || UNIT_END.test(name) || NOT_NAMES.test(name) || GROUP_START.test(name)) continue;
    // 街道党工委副书记: 党 is a surname, but 党工委 is the body, not a person.
    // A listed surname the segmenter splits off (顾/立新副县长, 程/远航): the given name is an
    // everyday word, as given names often are; the office right after it says it is a person.
    const named = looksLikeName(name)
      ? segmenterSaysName(name) !== false || segmenterSplitsFirst(name) === true
      : // 那振芳局长: a name with a surname we do not list (那 is an everyday word), alone before its
        // office, is read when the segmenter reads it as a name, as one after a unit is.
        // A count of units before their holders' office (卅二里里长) is no name.
        // 市医学会会长: a run opening on a level word (市, 县, 区 …: left out of the surnames on
        // purpose) is the body's name, not a person's, whatever the segmenter says of it.
        (unit !== '' || (head.length === len && !/^[一二三四五六七八九十两兩廿卅几幾省市县縣区區镇鎮乡鄉州盟旗]/u.test(name))) &&
        /^[\p{Script=Han}]{2,3}$/u.test(name) &&
        segmenterSaysName(name) === true;
    if (!named) continue;
    return { name, title: twoPosts ? `${unit}、${office[1]!}` : unit + office[1]! };
  }
  return null;
}

/**
 * A title followed by a 2–3 character run whose first character is not in the surname list
 * (市领导平遂民): the segmenter decides whether the run is a name. Only after a title, where a
 * name is expected, so an ordinary phrase never becomes a person.
 */
function segmentedName(s: string): { name: string; title: string } | null {
  for (const m of s.matchAll(OFFICE_ANY)) {
    const end = m.index + m[0].length;
    const rest = s.slice(end);
    // 党委委员及主管: a run opening with a joining word (及, 与, 暨) joins one more kind of people;
    // no name starts with it, whatever the segmenter tags.
    if (!/^[\p{Script=Han}]{2,3}$/u.test(rest) || NOT_NAMES.test(rest) || UNIT_END.test(rest) || /^[及与與暨或]/u.test(rest)) continue;
    // 集团董事会董事长: read in the whole run, the name must start a word of its own (董事长 is one
    // word, so 事长 after the office 会董 is none), as the run alone cannot tell.
    if (segmenterSaysName(rest) === true && startsWord(s, end)) return { title: s.slice(0, end), name: rest };
  }
  return null;
}

/** Whether the segmenter, reading `s` whole, starts a word at `at` (true without a segmenter). */
function startsWord(s: string, at: number): boolean {
  const words = segmenterWordEnds(s);
  return !words || words.some((w) => w.end === at);
}

/**
 * 副县长扎西次仁, 旗长斯琴高娃: a whole list entry that is a title and then a long name (4–6
 * characters, no middle dot: Tibetan, Mongolian, Uyghur names) the surname list cannot read. Only
 * for a whole entry between the list's separators, where a person or a group is expected, and only
 * where the segmenter reads the run as a name; a run that holds an office, a join (及, 和) or a
 * kind of people is never one.
 */
function longNamed(part: string): { name: string; title: string } | null {
  let best: { name: string; title: string } | null = null;
  for (const m of part.matchAll(OFFICE_ANY)) {
    const end = m.index + m[0].length;
    const rest = part.slice(end);
    if (end === 0 || !/^\p{Script=Han}{4,6}$/u.test(rest)) continue;
    if (NOT_NAMES.test(rest) || UNIT_END.test(rest) || GROUP_START.test(rest) || KIND_END.test(rest) || OFFICE_IN.test(rest) || /[及和与與或等暨同]/u.test(rest)) continue;
    if (segmenterSaysLongName(rest) === true) best = { title: part.slice(0, end), name: rest };
  }
  return best;
}

/**
 * The chair's slot (X主持召开…) expects a person, so a title followed by a 2–4 character run is
 * taken as title and name even when the run is not a name we can recognise (索南坚措, a Tibetan
 * name of four characters). Only for that slot; lists keep the stricter reading.
 */
export function personInChairSlot(s: string): { name: string; title: string } | null {
  let best: { name: string; title: string } | null = null;
  for (const m of s.matchAll(OFFICE_ANY)) {
    const end = m.index + m[0].length;
    const rest = s.slice(end);
    if (/^[\p{Script=Han}]{2,4}$/u.test(rest) && !NOT_NAMES.test(rest) && !UNIT_END.test(rest) && !OFFICE_END.test(rest)) best = { title: s.slice(0, end), name: rest };
  }
  return best;
}

/**
 * 方军副秘书长 alone in the chair's slot: a name with a listed surname, then an office, and nothing
 * else. The segmenter may read such a name as a word (方军: a square army), but the slot expects a
 * person and the office right after it says it is one. Lists keep the stricter reading.
 */
export function nameThenOfficeInChairSlot(s: string): { name: string; title: string } | null {
  const office = TRAILING_OFFICE.exec(s.trim());
  if (!office || office.index < 2 || office.index > 4) return null;
  const name = s.trim().slice(0, office.index);
  if (!looksLikeName(name) || UNIT_END.test(name) || NOT_NAMES.test(name)) return null;
  return { name, title: office[1]! };
}

/**
 * 陳縣長志明, 周局长海军: Taiwan reports (and some mainland forms) write the surname, the title, then
 * the given name. Only a surname from the list, an office word after it and one or two characters
 * after that; the name is surname and given name.
 */
export function surnameTitleName(s: string): { name: string; title: string } | null {
  const m = /^(\p{Script=Han})(副?\p{Script=Han}{0,3}(?:长|長|主任|主席|书记|書記|委员|委員))(\p{Script=Han}{1,2})$/u.exec(s.trim());
  // 罗长松主持: 长 alone is no office (局长, 院长 are); a three-character name with 长 inside is a name.
  if (!m || m[2]!.length < 2 || !SURNAMES.has(m[1]!) || !OFFICE_END.test(m[2]!)) return null;
  // 林某某委员长: a run that ends on an office (委员长, 总经理) is a name and then that office; the
  // given name never finishes an office word.
  if (OFFICE_END.test(s.trim())) return null;
  // 王副县长主持 has no given name; 陈局长海军 has. 县长王强 is title-first: 县 is no surname.
  if (looksLikeName(m[2]!.slice(-2)) || UNIT_END.test(m[3]!)) return null;
  // 常务副县长吴海: a title-first reading with a name we know (吴海) wins; 常 is a surname too.
  for (const n of [2, 3]) if (s.length > n && looksLikeName(s.slice(-n)) && isTitle(s.slice(0, -n))) return null;
  return { name: m[1]! + m[3]!, title: m[2]! };
}

/**
 * 我院副院长, 我县县长: the writer's own unit, named by 我 and its kind, before an attendee's office is
 * how the report points at the unit, not part of the office a 纪要 lists (KEYING 11 keys 本会X委员 as
 * 委员 the same way). A level's leaders (我市领导) keep it: 领导 alone says no office.
 */
const WRITERS_UNIT = /^我(?:公司|中心|[院校所局县縣市区區镇鎮乡鄉旗省州部委厅廳处處司])(?=\p{Script=Han}{2})/u;
export function withoutWritersUnit(title: string): string {
  const rest = title.replace(WRITERS_UNIT, '');
  return rest !== title && isTitle(rest) && !/^(?:领导|領導)$/u.test(rest) ? rest : title;
}

/**
 * 该区政协副主席, 该院党委书记: 该 points back to a body named before; a title opened by it drops 该
 * and keeps the rest as written (KEYING 20: 该院区党总支书记 → 院区党总支书记; KEYING 21: 该局… → 局…,
 * nothing restored).
 */
export const POINTER_BEFORE_UNIT = /^(?:该|該)(?=(?:区|區|县|縣|市|镇|鎮|乡|鄉|局|院|校|所|厅|廳|委|处|處|司|部|中心|公司|集团|集團)\p{Script=Han})/u;
export function withoutPointer(title: string): string {
  return title.replace(POINTER_BEFORE_UNIT, '');
}

/**
 * 担任本届委员的十一届副主席甲: a clause describing the person (…的) before the office says what else
 * they are, not the office a 纪要 lists; the office is what follows the last 的. 党的 (the party's)
 * names a body and stays.
 */
export function withoutDescription(title: string): string {
  const at = title.replace(/(?<=[党黨])的/gu, '之').lastIndexOf('的');
  const rest = at < 0 ? title : title.slice(at + 1);
  // 在家的县处级领导: a label of leaders after 等 is no office, and its qualifier stays whole (KEYING 21).
  return at >= 2 && rest.length >= 2 && isTitle(rest) && !/(?:领导|領導)$/u.test(rest) ? rest : title;
}

/** Title-only words that mean "someone in this office" (县长要求 …) rather than a group. */
export function isTitle(s: string): boolean {
  return OFFICE_END.test(s) && s.length <= 20;
}

/**
 * A list of people as written: persons with titles, bare names sharing the title before them,
 * and a trailing group (及有关部门负责人) kept as one entry in the user's words.
 */
/** `byComma` false keeps an untitled entry the page's commas run through whole (see groupsByComma). */
export function parsePeopleList(raw: string, byComma = true): Person[] {
  // The header, the attendance and the leads read the same lists again (memo.ts): read each once.
  return remembered(
    byComma ? 'parsePeopleList' : 'parsePeopleListWhole',
    raw,
    () => readList(raw, byComma),
    (list) => list.map((p) => ({ ...p })),
  );
}

function readList(whole: string, byComma: boolean): Person[] {
  const raw = withoutClosingEtc(whole);
  // 区管处级干部；区管退休干部；不是代表的…负责同志: a ； closes one entry of a list of groups, so a
  // group never runs across it (units before a comma inside one part still share its kind).
  const semis = splitOutside(raw, /[；;]/u);
  if (semis.length > 1) return semis.flatMap((part) => listWithoutSemicolons(part, byComma));
  return listWithoutSemicolons(raw, byComma);
}

/**
 * 副厅长甲等人 / 县长乙、副县长丙等 / 丁同志一行: 等 (等人, 一行) closing a list after a named person says
 * others came too, not who they are; the name ends before it (read glued, 甲等人 is no name and the
 * list no list of people). Taken off only where the entry before it then reads as a named person:
 * 各部门负责人等 keeps its words.
 */
const CLOSING_ETC = /(?<=\p{Script=Han}{2})(?:等人|等一行|一行|等)$/u;
function withoutClosingEtc(raw: string): string {
  const m = CLOSING_ETC.exec(raw);
  if (!m) return raw;
  const rest = raw
    .slice(0, m.index)
    .replace(/(?:同志|女士|先生)$/u, (c, at: number, all: string) => (looksLikeName(all.slice(Math.max(0, at - 3), at)) || looksLikeName(all.slice(Math.max(0, at - 2), at)) ? '' : c));
  const last = /[^、，,；;及和与與]*$/u.exec(rest)![0];
  const person = looksLikeName(last) ? { name: last } : parsePerson(last);
  return person && looksLikeName(person.name) && rest.endsWith(person.name) ? rest : raw;
}

/**
 * Whether a list names people only: every entry a titled person with a name, or a group whose words
 * end in a kind of people (负责同志, 干部, 主席). Used to join the parts of one list that ； parts.
 */
export function namesPeopleOnly(raw: string): boolean {
  const listed = parsePeopleList(raw);
  return listed.length > 0 && listed.every((p) => (p.title ? looksLikeName(p.name) || nameInList(p.name) : isKindOfPeople(p.name) && !onlyUnits(p.name)));
}

/**
 * 以及 in a list of people opens a run of its own: after a comma it is the comma's join, no part of the
 * title that follows (…秘书长甲，以及历届市政协主要领导乙、丙 → 历届市政协主要领导); after a titled
 * name, the bare names it brings do not share that name's office (县政协主席甲以及乙、丙等县领导: the
 * label after 等 is theirs, KEYING 12, 25). 及 after a titled name still shares it (副主席甲及乙).
 */
const OPENS_RUN = /(?<=[，,]\s*)(?:以及|及)(?=\p{Script=Han}{2})/gu;

function listWithoutSemicolons(raw: string, byComma: boolean): Person[] {
  // 副县长赵国强、孙丽；县直部门负责人 (a form's field): the ； parts a list as the comma does.
  // 孙丽同志 closing a list: the courtesy after a name is not part of it.
  // 党委书记、董事长江松年同志: nor after a titled name (the office right before the name says it is one).
  // 副市長李春燕女士、局長趙國強先生 (Macau, Hong Kong): 女士 and 先生 after a name are the same
  // courtesy, taken off on the same terms. 街道副书记甲同志以及街道委员乙同志: 以及 joins as 及 does.
  // 市长甲，以及市领导乙、丙: after the page's comma, 以及 (及) opens the next run of the list and
  // joins nothing more; it is no part of the title that follows (OPENS_RUN).
  const text = raw
    .replace(/[；;]/gu, '，')
    .replace(OPENS_RUN, (m: string, at: number, all: string) => {
      // Only before a titled name (以及历届领导甲): 以及甲、乙3位企业家 is read with its join (namesCountedAsKind).
      const next = parsePerson(/^[^、，,]*/u.exec(all.slice(at + m.length))![0]);
      return next?.title && looksLikeName(next.name) ? '' : m;
    })
    .replace(/(?<=\p{Script=Han}{2,3})(?:同志|女士|先生)(?=$|[、，,及和与與]|以及)/gu, (m, at: number, all: string) => {
      const before = all.slice(0, at);
      const name = /\p{Script=Han}{2,3}$/u.exec(before)![0];
      if (/(?:^|[、，,])\p{Script=Han}{2,3}$/u.test(before)) return looksLikeName(name) ? '' : m;
      const person = parsePerson(/[^、，,]*$/u.exec(before)![0]);
      return person?.title && looksLikeName(person.name) ? '' : m;
    });
  return readPeopleList(personThenGroup(text), byComma).map((p) => (p.title && looksLikeName(p.name) ? { ...p, title: uncountedTitle(p.title) } : p));
}

/**
 * 副县长甲及县有关部门负责人 / 领导甲、乙及旗有关部门负责人: 及 after a named person, before a kind
 * of people, closes the roll of names and adds a group (KEYING 3: the person and the group are two
 * entries); read as the comma that parts them, so the name is not glued to the group. The sibling
 * of joinedTitledPeople (以及 between two titled people reads as 、): a part ending in a kind of
 * people is taken whole as a group before parsePersonWithJoin could part it, so the join is read
 * here, on the list's text.
 */
function personThenGroup(text: string): string {
  return text.replace(/(?:以及|及)(?=([^、，,]{2,30}))/gu, (m: string, right: string, at: number, all: string) => {
    const left = /[^、，,]*$/u.exec(all.slice(0, at))![0];
    // 總法律顧問以及…: an office whose last two characters might read as a name is no named person.
    const named = !isKindOfPeople(left) && [3, 2].some((n) => left.length >= n && looksLikeName(left.slice(-n)) && (left.length === n || !!parsePerson(left)?.title));
    return named && isKindOfPeople(right) && !parsePerson(right)?.title ? '，' : m;
  });
}

/**
 * 两位副县长A、B / 幾名副主席A、B / 各副市长A、B: a count (or 各) before an office written once for several names
 * says how many hold it; each name's title is the office alone (KEYING 3: a title written once for
 * several names is each one's title). Only where what is left is still an office.
 */
const TITLE_COUNT = /^(?:(?:[0-9０-９]+|[一二三四五六七八九十两兩]+|[幾几数數])(?:位|名)|各位?|诸位|諸位)(?=\p{Script=Han}{2})/u;
export function uncountedTitle(title: string): string {
  const m = TITLE_COUNT.exec(title);
  if (!m) return title;
  const rest = title.slice(m[0].length);
  return isTitle(rest) ? rest : title;
}

/** 各副市长赵国强: 各 before an office that a named person holds counts holders, it opens no group. */
function countedOfficeThenName(part: string): boolean {
  const m = TITLE_COUNT.exec(part);
  const person = m ? parsePerson(part.slice(m[0].length)) : null;
  return !!person?.title && looksLikeName(person.name);
}

/**
 * 其他中心组成员王霜 / 其余班子成员李某: 其他/其余 before an office and a name marks the rest of a
 * body's members, then names them; the part is a person, not the group 其他… opens elsewhere
 * (其他有关人员). The title keeps the word, as the page writes it.
 */
function restOfBodyThenName(part: string): boolean {
  if (!/^(?:其他|其餘|其余)(?=\p{Script=Han}{3})/u.test(part)) return false;
  const person = parsePerson(part);
  return !!person?.title && looksLikeName(person.name);
}

/**
 * 全国人大常委会副委员长王某、李某: a national (or provincial) body's office before a name is a
 * person; 全国/全省 open a group only where no office and name follow (全县乡镇干部, 全市各单位).
 * The office must close the title and the name carry a listed surname, so a kind of people never
 * reads as one (全县副科级干部 is no 干部 named 副科级).
 */
function wholeLevelOfficeThenName(part: string): boolean {
  if (!/^全(?:国|國|省|市|县|縣|区|區)(?=\p{Script=Han}{4})/u.test(part)) return false;
  const person = parsePerson(part);
  return !!person?.title && OFFICE_END.test(person.title) && looksLikeName(person.name) && segmenterSaysName(person.name) !== false;
}

/**
 * The last character of a word for someone who holds a post or practises a calling (院士, 教授, 主编,
 * 总工, 医师, 审判员): how Chinese forms such nouns. A word before a name that ends otherwise (外派,
 * 宝音 of 宝音巴特尔) is no office, whatever the segmenter tags it.
 */
const AGENT_END = /(?:员|員|师|師|士|授|编|編|辑|輯|官|工|长|長|家|委|任|席|记|記|理|监|監|事|导|導|管|人|手|匠|医|醫)$/u;

/**
 * 日报社总编辑甲, 工程院院士乙, 主任医师丙, 县法院审判员丁: a list entry whose office the OFFICE words do
 * not hold, read by the segmenter. The entry closes on a name (a listed surname, 2–3 characters,
 * not read as a word of another kind) and the segmenter's words end right before it on a noun or a
 * distinguishing word of two characters or more (院士 n, 主编 b): the office is a word of its own
 * and the name starts a word (集团董事会董事长 is no 董 + 事长). No unit (县教育局), kind of people
 * or joined entry is read so; those stay groups. Null without a segmenter.
 */
function taggedOfficeThenName(part: string): { name: string; title: string } | null {
  if (!/^\p{Script=Han}{4,24}$/u.test(part) || /[及和与與或等]/u.test(part) || KIND_END.test(part) || GROUP_START.test(part)) return null;
  // Segmented once, on the first length whose name passes the cheap tests: both lengths read the same words.
  let words: ReturnType<typeof segmenterWordEnds> | undefined;
  for (const len of [3, 2]) {
    const name = part.slice(-len);
    const title = part.slice(0, -len);
    if (title.length < 2 || !looksLikeName(name) || UNIT_END.test(title) || NOT_NAMES.test(name)) continue;
    // The office word below ends where the title does, so AGENT_END reads its last character on the
    // title as the dictionary spells it: a title closing otherwise is let go before the segmenter is
    // asked (round 45). A spelling of another length gives the segmenter's reading up as well.
    const spelled = asDictionary(part);
    if (spelled.length !== part.length || !AGENT_END.test(spelled.slice(0, title.length))) continue;
    words ??= segmenterWordEnds(part);
    const office = words?.find((w) => w.end === title.length);
    if (!office || office.word.length < 2 || !/^(?:n|b)$/u.test(office.tag) || !AGENT_END.test(office.word) || KIND_END.test(office.word)) continue;
    // A listed surname the segmenter splits off (邵/启明) reads as nameBeforeOffice reads it.
    if (segmenterSaysName(name) === false && segmenterSplitsFirst(name) !== true) continue;
    return { name, title };
  }
  return null;
}

function taggedPerson(part: string): ReturnType<typeof parsePersonWithJoin> {
  const p = taggedOfficeThenName(part);
  return p ? { people: [{ name: p.name, title: p.title, unit: '' }], lastTitle: p.title, rest: '' } : null;
}

/** longNamed as a list reading. */
function longPerson(part: string): ReturnType<typeof parsePersonWithJoin> {
  const p = longNamed(part);
  return p ? { people: [{ name: p.name, title: p.title, unit: '' }], lastTitle: p.title, rest: '' } : null;
}

function readPeopleList(raw: string, byComma: boolean): Person[] {
  const read = readPeopleListWhole(raw);
  const split = byComma ? read.flatMap((p) => (p.title ? [p] : groupsByComma(p.name))) : read;
  return split.flatMap((p) => (p.title ? [p] : (namedOnItsOwn(p.name) ?? enumeratedNames(p.name) ?? peopleInGroup(p.name) ?? [p])));
}

/**
 * Where the words of an entry the list left whole part at 、, 及, 以及 or 和 (outside brackets and
 * quotes): each a place one of the list's entries may begin or end.
 */
function entryJoins(entry: string): { at: number; end: number }[] {
  const out: { at: number; end: number }[] = [];
  let quoted = 0;
  for (let i = 0; i < entry.length; i++) {
    const ch = entry[i]!;
    if ('“「《（('.includes(ch)) quoted++;
    else if ('”」》）)'.includes(ch) && quoted > 0) quoted--;
    if (quoted > 0) continue;
    const join = /^(?:、|以及|及|和)/u.exec(entry.slice(i));
    if (!join) continue;
    out.push({ at: i, end: i + join[0].length });
    i += join[0].length - 1;
  }
  return out;
}

/**
 * A titled, named person read from one span of an entry: an office (or several joined by 、, each an
 * office alone) and a name, or a unit, the name and the office after it (市政府甲副秘书长).
 */
function titledInSpan(span: string): { name: string; title: string } | null {
  const p = span.length >= 4 && span.length <= 40 ? parsePerson(span) : null;
  if (!p?.title || !looksLikeName(p.name)) return null;
  // 市政府甲副秘书长、某局乙副局长: a part of the title that names someone itself is another person.
  const office = (part: string): boolean => isTitle(part) && !GROUP_START.test(part) && !looksLikeName(parsePerson(part)?.name ?? '');
  return p.title.split('、').every(office) ? p : null;
}

/**
 * 某委员会办公室主任甲及医务处、门诊部等部门负责同志 / 某处相关负责同志、市政府乙副秘书长、某局丙副局长:
 * an entry the list's readings left as one group, in which one span between its joins (、, 及, 和)
 * is a titled, named person. The clause names its attendees entry by entry (KEYING 25: a 、-list
 * mixing a named person, posts and units gives the named person alone and the rest as one group;
 * 3: the person and a group joined by 及 are two entries), so the entry is read as the page wrote it:
 * each person apart, the words between them one group each. 甲等五家股东代表、…: a kind right after
 * a person's 等 labels the person (rule 29: after names, 等… gives no group) and drops.
 *
 * Only where every run between the people closes on a kind of people or an office (负责同志, 主任,
 * 成员), none of them a bare name: otherwise the entry stays as it was read.
 */
function peopleInGroup(entry: string): Person[] | null {
  if (entry.length > 160 || /[，,]/u.test(entry)) return null;
  const joins = entryJoins(entry);
  if (!joins.length) return null;
  const starts = [0, ...joins.map((j) => j.end)];
  const ends = [...joins.map((j) => j.at), entry.length];
  const out: Person[] = [];
  let from = 0;
  let runFrom = 0;
  const closeRun = (to: number): boolean => {
    const run = entry
      .slice(runFrom, to)
      .replace(/^(?:、|以及|及|和)|(?:、|以及|及|和)$/gu, '')
      .trim();
    if (!run) return true;
    if (!isKindOfPeople(run) || splitOutside(run, /、/u).some((part) => looksLikeName(part))) return false;
    out.push(group(run));
    return true;
  };
  for (const a of starts) {
    if (a < from) continue;
    // The widest span from here that reads as one titled person (党委副书记、院长甲 holds a 、).
    let found: { name: string; title: string; end: number } | null = null;
    for (const b of [...ends].reverse()) {
      if (b <= a) break;
      const span = entry.slice(a, b);
      const etc = /等/u.exec(span);
      const p = titledInSpan(etc ? span.slice(0, etc.index) : span);
      if (!p) continue;
      // 甲等五家股东代表: what follows 等 up to the next join is the person's label.
      if (etc && (!isKindOfPeople(span.slice(etc.index + 1)) || entryJoins(span.slice(etc.index + 1)).length)) continue;
      found = { ...p, end: b };
      break;
    }
    if (!found) continue;
    if (!closeRun(a)) return null;
    out.push({ name: found.name, title: found.title, unit: '' });
    from = found.end;
    runFrom = found.end;
  }
  if (!out.length || !closeRun(entry.length)) return null;
  return out.some((p) => p.title) && out.some((p) => !p.title) ? out : null;
}

/**
 * An untitled entry that is an enumeration of people by its shape alone: its 、-parts are runs of two
 * or three characters, each a name as the list's other readings would take it (a listed surname) or
 * as the segmenter reads it (a person's name, or no word it knows: 淑芬、志宏、君儀, given names a
 * form's 出席人員 field lists), with no unit, office, kind or group word in any. The first part may
 * carry the title written once for all (副主任甲、乙、丙: each one's title, KEYING 3). One part that a
 * capture damaged (覃?┬?: a surname, then characters no name holds) does not make the others a group:
 * the parts around it vouch for the list, and it is kept as written.
 *
 * Untitled, three parts at least; with a title before them, two (the title says people follow).
 */
function enumeratedNames(entry: string): Person[] | null {
  const parts = splitOutside(entry, /、/u);
  if (parts.length < 2) return null;
  const first = titleThenEnumerated(parts[0]!);
  if (!first || parts.length < (first.title ? 2 : 3)) return null;
  const names = [first.name, ...parts.slice(1)];
  const damaged = names.filter((n) => !enumeratedName(n, first.title !== ''));
  if (damaged.length > 1 || !damaged.every(damagedName) || names.length - damaged.length < 2) return null;
  return names.map((name) => ({ name, title: first.title, unit: '' }));
}

/** 副主任甲 / 甲 / 副主任覃?┬?: the first part of an enumeration, its title (if any) and its name. */
function titleThenEnumerated(part: string): { name: string; title: string } | null {
  if (enumeratedName(part, false) || damagedName(part)) return { name: part, title: '' };
  for (const m of part.matchAll(OFFICE_ANY)) {
    const end = m.index + m[0].length;
    const rest = part.slice(end);
    if (end > 0 && isTitle(part.slice(0, end)) && (enumeratedName(rest, true) || damagedName(rest))) return { name: rest, title: part.slice(0, end) };
  }
  return null;
}

/**
 * A part of an enumeration shaped as one person's name: two or three characters, a name as read.
 * After a title a listed surname is enough (the title says people follow); with no title the segmenter
 * must read the run as a name or as no word it knows, since a surname opens many a place (石门, 高坪).
 */
function enumeratedName(part: string, titled: boolean): boolean {
  if (!/^\p{Script=Han}{2,3}$/u.test(part) || !nameInList(part) || UNIT_END.test(part)) return false;
  return (titled && looksLikeName(part)) || segmenterSaysName(part) === true;
}

/** A name the capture damaged: a listed surname, then marks or symbols no name holds (覃?┬?, 田��). */
function damagedName(part: string): boolean {
  return part.length <= 6 && SURNAMES.has(part[0]!) && /^\p{Script=Han}{1,2}[^\p{Script=Han}\p{L}\p{N}、，,。；;：:\s]+\p{Script=Han}?[^\p{Script=Han}\p{L}\p{N}、，,。；;：:\s]*$/u.test(part);
}

/**
 * An untitled entry the list's reading left (a group, as far as it went) read again on its own,
 * where the rest of the list no longer steers it. Its 、-parts name people in one of two shapes:
 *
 * - every part a title and a name (…处长甲、…副部长乙、…委员丙): titled people the list's other
 *   readings (a group before a comma, 各处室负责人，…) swept into a group;
 * - only the last part names anyone, and every part before it is a post or a unit (省人大代表、
 *   某商会主席（会长）甲 / 某社亚太总分社、某社香港分社社长乙 / a post too long for TITLE_PART): one
 *   person's posts, joined by 、 as a title's posts always are, the title kept as written.
 *
 * A part that opens or closes on a group's words (各…, 全体…, …干部, 负责人), holds a join (及, 和, 等)
 * or names someone halfway never joins a title, so a list of kinds of people stays a group.
 */
function namedOnItsOwn(entry: string): Person[] | null {
  const parts = splitOutside(entry, /、/u);
  if (parts.length < 2) return null;
  const read = parts.map((part) => parsePerson(part));
  const named = (p: { name: string; title: string } | null): p is { name: string; title: string } => !!p?.title && looksLikeName(p.name);
  if (read.every(named)) return read.map((p) => ({ name: p.name, title: p.title, unit: '' }));
  const last = read[read.length - 1] ?? null;
  if (!named(last)) return null;
  const postOrUnit = (part: string, k: number): boolean =>
    !named(read[k]!) &&
    !GROUP_START.test(part) &&
    !/[及和与與等]/u.test(part) &&
    (OFFICE_END.test(part) || OFFICE_NOTE_END.test(part) || PEOPLES_DEPUTY_END.test(part) || ((UNIT_END.test(part) || NEWS_UNIT_END.test(part)) && !KIND_END.test(part)));
  if (!parts.slice(0, -1).every(postOrUnit)) return null;
  return [{ name: last.name, title: entry.slice(0, entry.length - last.name.length), unit: '' }];
}

/** A bracketed note closing a post (主席（会长）): TITLE_PART reads the post before it. */
const BRACKETED_END = /[（(][^（）()]*[）)]$/u;
/** A post with its other name in brackets closing a part: 主席（会长）. */
const OFFICE_NOTE_END = new RegExp(`(?:${OFFICE})[（(](?:${OFFICE})[）)]$`, 'u');
/** A 社 (某通讯社, 某报社, 某出版社, 某社香港分社) is a unit, as a bureau is. */
const NEWS_UNIT_END = /社$/u;
/** A deputy's seat is a post (省人大代表, 市党代表), though 代表 alone closes a group (职工代表). */
const PEOPLES_DEPUTY_END = /(?:人大|党|黨)代表$/u;

function readPeopleListWhole(raw: string): Person[] {
  // 古麗娜·熱合曼等縣四套班子在家領導，各單位主要領導: a group the commas set apart may itself be
  // named people and the kind they belong to; read on its own, it names them.
  const whole = parseList(raw).flatMap((p) => {
    // 甲、乙副主委，丙秘书长…: an entry the commas set apart that is a run of names closed by one
    // office (namesBeforeSharedPost) is those people, though the whole list did not read so.
    const shared = p.title || !/[，,]/u.test(raw) ? null : namesBeforeSharedPost(splitOutside(p.name, /、/u));
    if (shared) return shared;
    // …，丙秘书长以及民盟省委常委: 及 after a named person inside such an entry parts the person from
    // the group after (personThenGroup), as it does in a list read alone.
    if (!p.title && /[，,]/u.test(raw) && /及/u.test(p.name)) {
      const alone = parseList(personThenGroup(p.name));
      if (alone.length > 1 && alone.some((x) => x.title && looksLikeName(x.name))) return alone;
    }
    if (p.title || !p.name.includes('等') || !/[，,]/u.test(raw)) return [p];
    const named = parseList(p.name);
    return named.some((x) => looksLikeName(x.name)) ? named : [p];
  });
  // 区管委会主任祁爱民，区班子成员沈磊、巩军、鲍元，区各局负责人: the page separates people and
  // groups with commas (KEYING 8). When reading the list as one leaves a comma inside an entry, each
  // comma-separated segment is read on its own, and that reading wins when it names more entries.
  // Only when the segments name more people: units sharing the head noun after a comma (全县部分
  // 乡镇，县直部门负责人) stay one group.
  const byDun = titledPeopleByDun(raw);
  if (byDun && byDun.length > whole.filter((p) => p.title && looksLikeName(p.name)).length) return byDun;
  if (!whole.some((p) => splitOutside(p.name, /[，,]/u).length > 1 || (!p.title && /(?<=\p{Script=Han}{2})等/u.test(p.name)))) return whole;
  const segments = splitOutside(raw, /[，,]/u);
  if (segments.length < 2) return whole;
  const lists = segments.map(parseList);
  // 旗委书记韦立，旗委副书记、旗长乌力吉，旗人大常委会主任额尔敦巴雅尔: between comma-separated
  // titled people, a segment that is a title (its own 、 inside) and then a run of 2–5 characters is
  // one more titled person, even when the run has no surname we list or is a long (Mongolian,
  // Tibetan) name. Only when another segment already names a titled person.
  if (lists.some((l) => l.some((p) => p.title && looksLikeName(p.name)))) {
    segments.forEach((seg, k) => {
      const list = lists[k]!;
      if (list.some((p) => p.title)) return;
      const person = titledRunBetweenPeople(seg.replace(/^[，,、\s]+|[，,、。\s]+$/gu, ''));
      if (person) lists[k] = [{ name: person.name, title: person.title, unit: '' }];
    });
  }
  const split = lists.flat();
  const named = (list: Person[]) => list.filter((p) => p.title || looksLikeName(p.name)).length;
  return named(split) > named(whole) ? split : whole;
}

/**
 * An untitled entry the page's commas run through (KEYING 8: groups joined by commas are separate
 * groups): 镇党委书记、镇长，县直部门负责人 -> two groups. A part ending in a kind of people or an
 * office closes a group; a part ending in a unit (全县部分乡镇，县直部门负责人) shares the kind after
 * it and joins the next; a part that ends in neither is no part of a list at all (会议分为两个阶段，
 * 某某到会旁听，…) and drops, with what was waiting to join it. The entry stays whole when no part
 * closes a group, or when nothing would change.
 */
function groupsByComma(name: string): Person[] {
  const segments = splitOutside(name, /[，,]/u).map((s) => s.replace(/^(?:以及|及|和|与|與)/u, '').trim());
  if (segments.length < 2) return [{ name, title: '', unit: '' }];
  const out: string[] = [];
  let waiting: string[] = [];
  for (const seg of segments) {
    const bare = seg.replace(/[（(][^（）()]*[）)]$/u, '');
    if (KIND_END.test(bare) || OFFICE_END.test(bare)) {
      out.push([...waiting, seg].join('，'));
      waiting = [];
    } else if (UNIT_END.test(bare)) waiting.push(seg);
    else waiting = [];
  }
  if (!out.length || (out.length === 1 && out[0] === name)) return [{ name, title: '', unit: '' }];
  // Each group as groups() writes it: an opening head count is no part of its name (KEYING 8).
  return out.map(group);
}

/**
 * 区长代金明、区人大常委会主任吴书林、区政协主席龚祖平等: titled people joined by 、, one of them with a
 * surname we do not list (代). Read each part on its own when every part is an office and a name —
 * the others by their listed surnames, the rest as an office and a run of two or three characters
 * (titledRunBetweenPeople) — and at least one part has a listed surname: the list's shape vouches for
 * the run. A part that is an office alone (市委副书记、市长李国栋: one person's two posts) stops it.
 */
function titledPeopleByDun(raw: string): Person[] | null {
  const parts = splitOutside(raw.replace(/[，,。\s]+$/u, '').replace(/等$/u, ''), /[、]/u);
  if (parts.length < 2) return null;
  let listed = 0;
  const out: Person[] = [];
  for (const part of parts) {
    const p = parsePerson(part);
    if (p?.title && looksLikeName(p.name)) {
      listed++;
      out.push({ name: p.name, title: p.title, unit: '' });
      continue;
    }
    const run = titledRunBetweenPeople(part);
    if (!run || run.name.length > 3 || run.title.includes('、')) return null;
    out.push({ name: run.name, title: run.title, unit: '' });
  }
  return listed > 0 && listed < parts.length ? out : null;
}

/** A title (its parts joined by 、) then a name-shaped run of 2–5 characters; see parsePeopleList. */
function titledRunBetweenPeople(seg: string): { name: string; title: string } | null {
  let best: { name: string; title: string } | null = null;
  for (const m of seg.matchAll(OFFICE_ANY)) {
    const end = m.index + m[0].length;
    const title = seg.slice(0, end);
    const rest = seg.slice(end);
    if (!/^\p{Script=Han}{2,5}$/u.test(rest) || NOT_NAMES.test(rest) || GROUP_START.test(rest) || KIND_END.test(rest) || OFFICE_END.test(rest)) continue;
    if (/(办|辦|局|委|部|厅|廳|处|處|科|室|站|所|院|队|隊|会|會|组|組|镇|鎮|乡|鄉|村|县|縣|市|区|區|省|公司|集团|集團|等)$/u.test(rest)) continue;
    if (!title.split('、').every((t) => TITLE_PART.test(t))) continue;
    best = { title, name: rest };
  }
  return best;
}

/**
 * The parts of a 、-list with each part split at 及/和/与 when both sides are two or three characters:
 * the join may close the list (甲、乙及丙) or stand inside it (甲、乙及丙、丁 — a page joining two
 * halves of one roll); the caller still asks that every part be shaped like a name.
 */
function joinedLastNames(parts: readonly string[]): string[] | null {
  let split = false;
  const out = parts.flatMap((part) => {
    const m = /^(\p{Script=Han}{2,3})(?:以及|及|和|与|與)(\p{Script=Han}{2,3})$/u.exec(part);
    if (!m) return [part];
    split = true;
    return [m[1]!, m[2]!];
  });
  return split ? out : null;
}

/**
 * A run of four or more names with one rare surname (萧某、杨某、松某、余某): the odd part, still shaped
 * like a name (two or three characters, no unit or office word), does not turn the others into a
 * group; the run's shape vouches for it.
 */
function namesWithOneRare(parts: readonly string[]): boolean {
  const odd = parts.filter((p) => !looksLikeName(p));
  return odd.length === 1 && /^\p{Script=Han}{2,3}$/u.test(odd[0]!) && nameInList(odd[0]!);
}

/**
 * 甲、乙、丙3位企业家 / 甲、乙两名专家: bare names closed by their count and what they are, with no 等,
 * are each one of that kind; the kind is written once for all of them, so it is each one's title
 * (KEYING 3). With 等 (甲、乙等3位企业家) the kind stays a description (see kinded below).
 */
const COUNTED_KIND = /^([^等]+?)(?:[0-9０-９]+|[一二三四五六七八九十两兩]+)(?:位|名)(\p{Script=Han}{2,6})$/u;
function namesCountedAsKind(text: string): Person[] | null {
  const m = COUNTED_KIND.exec(text);
  if (!m) return null;
  const names = splitOutside(m[1]!);
  if (names.length < 2 || !(names.every((p) => looksLikeName(p)) || (names.length >= 4 && namesWithOneRare(names)))) return null;
  return names.map((name) => ({ name, title: m[2]!, unit: '' }));
}

/**
 * 甲、乙、丙等5位省政府参事: bare names, 等, their count and an office or post they all hold. The count
 * is the list's head count (KEYING 21) and the post after it the label each untitled name takes
 * (KEYING 14, as 等县领导 is). Only an office or post: a kind such as 企业家 stays a description.
 */
const COUNTED_POST = /^([^等]+)等(?:[0-9０-９]+|[一二三四五六七八九十两兩]+)(?:位|名)(\p{Script=Han}{2,14})$/u;
function namesCountedAsPost(text: string): Person[] | null {
  const m = COUNTED_POST.exec(text);
  if (!m || !isTitle(m[2]!)) return null;
  const names = splitOutside(m[1]!);
  if (!(names.every((p) => looksLikeName(p)) || (names.length >= 4 && namesWithOneRare(names)))) return null;
  return names.map((name) => ({ name, title: m[2]!, unit: '' }));
}

/** The post after 等 and a head count (等7位省文史馆馆员 -> 省文史馆馆员), or '' (see namesCountedAsPost). */
function postAfterCount(kind: string): string {
  const m = /^(?:[0-9０-９]+|[一二三四五六七八九十两兩]+)(?:位|名)(\p{Script=Han}{2,14})$/u.exec(kind);
  return m && isTitle(m[1]!) ? m[1]! : '';
}

/** 等领导, 等同志: a kind that says only that they are leaders or comrades labels no one. */
const BARE_KIND = /^(?:领导|領導|同志|领导同志|領導同志)$/u;
/** Titled people, 等, the kind they belong to, then more kinds: the first 等 or the last (see readPeopleList). */
const TITLED_KIND = String.raw`等((?:\p{Script=Han}{0,10}?|(?:来自|來自)[\p{Script=Han}0-9０-９()（）]{2,30}?的\p{Script=Han}{0,10}?)(?:领导|領導|同志|负责人|負責人|负责同志|負責同志|成员|成員))(?:(、|以及|及|和|与|與)(.{2,}))?$`;
const TITLED_KIND_FIRST = new RegExp(String.raw`^(.+?)${TITLED_KIND}`, 'u');
const TITLED_KIND_LAST = new RegExp(String.raw`^(.+)${TITLED_KIND}`, 'u');
/**
 * The label the kind after 等 gives each untitled name before it (KEYING 25: whatever it names,
 * 甲、乙等省委、省政府领导班子成员 -> 省委、省政府领导班子成员; KEYING 21: a qualifier stays whole,
 * 等在家的县处级领导; KEYING 14: 等县领导). A head count before a post drops (等7位省文史馆馆员 ->
 * 省文史馆馆员); a bare 领导 or 同志, or a counted kind that is no post, labels no one.
 */
export function labelAfterEtc(kind: string): string {
  if (BARE_KIND.test(kind)) return '';
  if (/^(?:[0-9０-９]+|[一二三四五六七八九十两兩百]+)(?:多|余|餘)?(?:位|名|人)/u.test(kind)) return postAfterCount(kind);
  return kind;
}

/**
 * 王明、李华、张强副书记: two or more names, each shaped like a name, the last followed by an office
 * (nameThenTitle reads it); every name takes that office.
 */
function namesBeforeSharedPost(parts: readonly string[]): Person[] | null {
  if (parts.length < 2 || !parts.slice(0, -1).every((p) => looksLikeName(p))) return null;
  const last = nameThenTitle(parts.at(-1)!) ?? nameThenPartyPost(parts.at(-1)!);
  if (!last || !looksLikeName(last.name) || !isTitle(last.title)) return null;
  return [...parts.slice(0, -1), last.name].map((name) => ({ name, title: last.title, unit: '' }));
}

/**
 * 邹某副主委: a democratic party's (专职)副主委 (its 主任委员) after a name. Read only at the end of a
 * run of names (namesBeforeSharedPost): alone, 农工主委 and 民进主委 name parties' posts, not people.
 */
const PARTY_POST_AFTER_NAME = /^(\p{Script=Han}{2,3}?)((?:专职|專職|常务|常務)?副?主委)$/u;
function nameThenPartyPost(s: string): { name: string; title: string } | null {
  const m = PARTY_POST_AFTER_NAME.exec(s);
  return m && looksLikeName(m[1]!) ? { name: m[1]!, title: m[2]! } : null;
}

function parseList(raw: string): Person[] {
  // 汪晓丽（女）、陈国平（挂职）: a note in brackets after a person says something about them, not
  // who they are.
  // …，共20余人 / …等30余人: the head count closing a list says how many, not who.
  const bare = raw.replace(/^[，,、\s]+|[，,、。\s]+$/g, '').replace(PERSON_NOTE, '');
  const counted = namesCountedAsKind(bare) ?? namesCountedAsPost(bare);
  if (counted) return counted;
  const text = raw
    .replace(/^[，,、\s]+|[，,、。\s]+$/g, '')
    .replace(HEAD_COUNT, '')
    .replace(PERSON_NOTE, '')
    // 秘书长甲等，以及有关专家参加: 等 closing a run of named people before a comma says there were
    // more of them, not who; the comma then sets the next entry apart as the list's end would.
    .replace(/(?<=\p{Script=Han}{2})等(?=[，,])/gu, '');
  if (!text) return [];
  // 、 between Chinese numerals (一、二级单位) is part of a word, not a list separator.
  const parts = splitOutside(joinedTitledPeople(text));
  // 张劲松、刘登科、李铭洲参加会议: a list of bare names with no title anywhere (a party committee's
  // members, a university's) is each a person. Three or more, every one shaped like a name, so a
  // list of units or kinds of people never becomes persons.
  if (parts.length >= 3 && parts.every((p) => looksLikeName(p))) return parts.map((name) => ({ name, title: '', unit: '' }));
  // 萧某、程某、吕某副主委: names listed, the post written once after the last (KEYING 3: a title
  // written once for several names is each one's title), the mirror of 副县长甲、乙.
  const sharedPost = namesBeforeSharedPost(parts);
  if (sharedPost) return sharedPost;
  // 郑嘉、周启明、柏云及庞德新出席: the last two names joined by 及/和/与 rather than 、, the same list.
  const joined = joinedLastNames(parts);
  if (joined && joined.length >= 3 && joined.every((p) => looksLikeName(p))) return joined.map((name) => ({ name, title: '', unit: '' }));
  // 萧某、杨某、松某、余某参加会议: one rare surname (松) in such a list (namesWithOneRare).
  if (parts.length >= 4 && namesWithOneRare(parts)) return parts.map((name) => ({ name, title: '', unit: '' }));
  // 出席：王强、张华: two bare names are people too when the segmenter reads each as a person's name
  // (江北、江南 are places, though each starts with a surname).
  if (parts.length === 2 && parts.every((p) => looksLikeName(p) && segmenterSaysName(p) === true)) return parts.map((name) => ({ name, title: '', unit: '' }));
  // 王明远、李丽华等区领导: names, then 等 and what they are (a kind, not each one's office).
  // 王明远、李丽华等院领导以及全院科室负责人: a group joined after the kind is a group of its own.
  // 古麗娜·熱合曼等縣四套班子在家領導: the kind may say the level, the bodies and who of them came.
  // 李某、王某等县领导以及…: a level's leaders (县领导) named after 等 is each name's label (KEYING 14).
  // 甲、乙、丙等省委、省人大常委会、省政府领导班子成员: the kind may name several bodies joined by 、
  // before the word for their people; the 、 there joins bodies, not people (a body's name holds no
  // 及/和/等: 等县领导以及县委办、政府办等负责同志 is a kind, then a group joined after it).
  const kinded =
    /^([^等]+)等((?:(?:(?![及和与與等])\p{Script=Han}){1,10}、){0,5}\p{Script=Han}{0,10}?(?:领导|領導|同志|负责人|負責人|负责同志|負責同志|成员|成員))(?:(?:以及|及|和|与|與)(.{2,}))?$/u.exec(text);
  if (kinded) {
    const names = splitOutside(kinded[1]!);
    const label = labelAfterEtc(kinded[2]!);
    // 江北、江南等乡镇负责人: before the heads of units (负责人, 负责同志) the names may be the units, so
    // the label goes only to those the segmenter does not read as places; leaders and members
    // (县领导, 班子成员) are people whatever the names.
    const heads = /(?:负责人|負責人|负责同志|負責同志)$/u.test(kinded[2]!);
    const people = names.map((name) => ({ name, title: looksLikeName(name) && (!heads || segmenterSaysName(name) !== false) ? label : '', unit: '' }));
    if (names.every((p) => looksLikeName(p) || nameInList(p)) && names.some((p) => looksLikeName(p))) return kinded[3] ? [...people, ...groups(kinded[3])] : people;
  }
  // 党委副书记、总经理严广平等集团公司领导班子成员、准高级管理人员 / 县长X等县领导和有关部门负责人:
  // titled people, then 等 and the kind they belong to, then more kinds. The people are read as any
  // list; the kind after 等 is theirs (as for bare names above), unless a 、 joins it to the kinds
  // that follow, when the 、-run is one group (bench/KEYING.md 3); after 和/及 the rest is a group.
  // 市政协主席X等来自全国13个省(区)22个城市的政协领导: the kind may say where they came from, with
  // its counts; the titled people before 等 are read all the same.
  // 副处长甲等领导、某中心代表、某大学等大学领导: the groups after the kind may hold a 等 of their own,
  // so the first 等 that closes titled people is read before the last.
  for (const titledKind of [TITLED_KIND_FIRST.exec(text), TITLED_KIND_LAST.exec(text)]) {
    if (!titledKind) continue;
    const people = parseList(titledKind[1]!);
    if (people.length && people.some((p) => p.title) && people.every((p) => (looksLikeName(p.name) || (!!p.title && /^\p{Script=Han}{2,4}$/u.test(p.name))) && !/等/u.test(p.name))) {
      const [, , kind, sep, rest] = titledKind;
      if (!rest) return people;
      // 副处长甲等领导、某中心代表: a bare 领导 or 同志 only closes the names (labelAfterEtc), so the
      // group after the 、 is the kinds that follow, not 领导 joined to them.
      return [...people, ...groups(sep === '、' && !BARE_KIND.test(kind!) ? `${kind}、${rest}` : rest)];
    }
  }
  // 李明、张红、刘强、各科室负责人: bare names, then groups (各…, 有关…, …负责人). Two names at least,
  // and every later part a group by its own words, so a run of units never turns into people.
  const named = parts.findIndex((p) => !looksLikeName(p));
  if (named >= 2 && parts.slice(named).every((p) => GROUP_START.test(p) || KIND_END.test(p))) {
    return [...parts.slice(0, named).map((name) => ({ name, title: '', unit: '' })), ...groups(text.slice(text.indexOf(parts[named]!, text.indexOf(parts[named - 1]!) + parts[named - 1]!.length)))];
  }
  // Where each part starts in the text, so a join or a trailing group keeps the separator written.
  const starts: number[] = [];
  for (let k = 0, from = 0; k < parts.length; k++) starts.push((from = text.indexOf(parts[k]!, from)));
  const sepBefore = (k: number) => (k > 0 && starts[k]! > 0 ? text[starts[k]! - 1]! : '、');
  const shared = sharedUnitBeforeNames(parts);
  if (shared) return shared;
  const people: Person[] = [];
  let lastTitle = '';
  // Set once a join has opened a second run of bare names (see below).
  let untitledRun = false;
  for (let i = 0; i < parts.length; i++) {
    let part = parts[i]!;
    // A title may itself hold 、 (县委常委、副县长、县总工会主席宁辉): parts that are only titles
    // join the next ones until the run ends in a name.
    let joinedTitled: { name: string; title: string } | null = null;
    if (TITLE_PART.test(part) && !parsePerson(part)) {
      let joined = part;
      // 主席会议成员，各委员小组组长…: a part that opens a group (各…, 有关…) is no title's tail.
      for (let j = i + 1; j < parts.length && j <= i + 4 && TITLE_PART.test(parts[j - 1]!) && !GROUP_START.test(parts[j]!); j++) {
        joined = `${joined}${sepBefore(j)}${parts[j]!}`;
        // 区党委常委、自治区副主席罗布扎西、江海涛: a name no surname marks closes the titles when a
        // surnamed name follows it, as the lone-title case reads it (nameNext below).
        // 市律师协会会长、律师甲: the last part may close on an office only the segmenter reads.
        // The segmenter's office reading is asked only where the word lists do not read the joined entry.
        const whole = parsePersonWithJoin(joined, '');
        const tagged = whole ? null : taggedOfficeThenName(parts[j]!);
        const after = whole
          ? null
          : tagged
            ? { name: tagged.name, title: joined.slice(0, joined.length - tagged.name.length) }
            : parts[j + 1] !== undefined && looksLikeName(parts[j + 1]!)
              ? personAfterTitle(joined)
              : j === parts.length - 1 || GROUP_START.test(parts[j + 1]!) || KIND_END.test(parts[j + 1]!)
                ? longNamed(joined)
                : null;
        if (after || whole) {
          part = joined;
          i = j;
          joinedTitled = after;
          break;
        }
      }
    }
    if (joinedTitled) {
      people.push({ name: joinedTitled.name, title: joinedTitled.title, unit: '' });
      lastTitle = joinedTitled.title;
      continue;
    }
    // 全国政协委员、省某厅厅长蒋某: titles joined by 、 that close on a surnamed name are one person,
    // though the first title opens with 全国/全省 as a group does (全体…, 全县…): the run was read as
    // titles only because every part before the last is an office, which no group's part is.
    const joinedPerson = part !== parts[i] && (GROUP_START.test(part) || GROUP_AFTER_PLACE.test(part)) ? parsePerson(part) : null;
    if (joinedPerson?.title && looksLikeName(joinedPerson.name) && joinedPerson.title.split('、').every((t) => TITLE_PART.test(t.replace(BRACKETED_END, '')) && !/(?:及|和|与|與)/u.test(t))) {
      people.push({ name: joinedPerson.name, title: joinedPerson.title, unit: '' });
      lastTitle = joinedPerson.title;
      continue;
    }
    // 东宁区各里里长, 全市各乡镇负责人: a place, then 各/有关/全体 and a kind, is a group (not a
    // person named 各里): the list from here on is read as groups.
    if (GROUP_AFTER_PLACE.test(part)) {
      people.push(...groups(text.slice(starts[i])));
      break;
    }
    // 各委员小组组长及副组长: a part that opens with 各/有关/全体 is a group of people by its first
    // word, never a person (各委员小组组长 is no 组长 named 员小组).
    if (GROUP_START.test(part) && !countedOfficeThenName(part) && !restOfBodyThenName(part) && !wholeLevelOfficeThenName(part)) {
      people.push(...groups(text.slice(starts[i])));
      break;
    }
    // 副主席A、B以及C、D、E等领导: a join followed by more names opens a second run of names, which the
    // title written before the first run does not reach (a join before the last name alone, 副主席A、B
    // 及C, still shares it). The names of that run stay untitled; a label after 等 may name them.
    // 县政协主席A和B、C、D等县领导: the first run may be one titled person.
    const opensRun = /^(\p{Script=Han}{2,30}?)(?:以及|及|和|与|與)(\p{Script=Han}{2,3})$/u.exec(part);
    const runHead = opensRun ? parsePerson(opensRun[1]!) : null;
    const headTitle = runHead && looksLikeName(runHead.name) ? runHead.title || lastTitle : '';
    if (opensRun && runHead && headTitle && !untitledRun && looksLikeName(opensRun[2]!) && parts[i + 1] !== undefined && looksLikeName(parts[i + 1]!)) {
      people.push({ name: runHead.name, title: headTitle, unit: '' }, { name: opensRun[2]!, title: '', unit: '' });
      untitledRun = true;
      continue;
    }
    if (untitledRun && looksLikeName(part)) {
      people.push({ name: part, title: '', unit: '' });
      continue;
    }
    untitledRun = false;
    // 中央港澳办、国务院港澳办主任X: units joined by 、 before one office and a name are the bodies
    // that person heads together (the title written once for both), not a group of units.
    const nextPerson = UNIT_END.test(part) && !KIND_END.test(part) && !GROUP_START.test(part) && part.length <= 12 && parts[i + 1] !== undefined ? parsePerson(parts[i + 1]!) : null;
    if (nextPerson?.title && looksLikeName(nextPerson.name) && UNIT_END.test(nextPerson.title.replace(OFFICE_END, '')) && !TITLE_PART.test(part)) {
      const title = `${part}、${nextPerson.title}`;
      people.push({ name: nextPerson.name, title, unit: '' });
      lastTitle = title;
      i++;
      continue;
    }
    const transliterated = people.some((p) => p.name.includes('·'));
    // Tried last: only a list that has named people already reads a bare run after a title, or
    // the list's first part when the part after it is a name (副主任旺堆、格桑拉姆: the segmenter
    // knows 旺堆 as a word, but a name follows, so the list is of people).
    const nameNext = i === 0 && parts[1] !== undefined && (looksLikeName(parts[1]) || (nameInList(parts[1]) && segmenterSaysName(parts[1]) === true));
    const titled = () => {
      const t = (people.length || nameNext) && !TITLE_PART.test(part) ? personAfterTitle(part) : null;
      return t ? { people: [{ name: t.name, title: t.title, unit: '' }], lastTitle: t.title, rest: '' } : null;
    };
    const person =
      (swappedOverTitleFirst(part) ? swappedInList(part) : null) ??
      parsePersonWithJoin(part, lastTitle) ??
      bareNameAfterTitle(part, lastTitle, parts[i + 1], transliterated) ??
      titled() ??
      swappedInList(part) ??
      taggedPerson(part) ??
      longPerson(part);
    // 巴某、代表团副团长金某出席: a bare name before the list's first titled person, which the
    // segmenter reads as a name, is a person of its own with no title written (KEYING 3: named people
    // are keyed one by one); the title after it is the next person's, not a group's tail.
    if (!person && !people.some((p) => p.title) && looksLikeName(part) && parts[i + 1] !== undefined && segmenterSaysName(part) === true) {
      const next = parsePerson(parts[i + 1]!);
      if (next?.title && looksLikeName(next.name)) {
        people.push({ name: part, title: '', unit: '' });
        continue;
      }
    }
    if (person) {
      people.push(...person.people);
      lastTitle = person.lastTitle;
      if (person.rest) {
        people.push(...groups(i + 1 < parts.length ? `${person.rest}${sepBefore(i + 1)}${text.slice(starts[i + 1])}` : person.rest));
        break;
      }
      continue;
    }
    people.push(...groups(text.slice(starts[i])));
    break;
  }
  return people;
}

/**
 * 副书记甲以及委员、主任乙: 以及 between a titled, named person and the next titled person (or a
 * title written before the next name) joins two people as 、 does; read as 、, the title after it
 * is the next person's, not the tail of a group. Only there: 甲以及有关部门负责人 keeps its group.
 */
function joinedTitledPeople(text: string): string {
  return text.replace(/(?<=\p{Script=Han})以及(?=\p{Script=Han})/gu, (m: string, at: number, all: string) => {
    const before = parsePerson(
      all
        .slice(0, at)
        .split(/[、，,]/u)
        .pop()!,
    );
    const afterPart = all.slice(at + m.length).split(/[、，,]/u)[0]!;
    const after = parsePerson(afterPart);
    const titledBefore = !!before?.title && looksLikeName(before.name);
    const titledAfter = (!!after?.title && looksLikeName(after.name)) || (TITLE_PART.test(afterPart) && !GROUP_START.test(afterPart));
    return titledBefore && titledAfter ? '、' : m;
  });
}

/**
 * 鄭主席永豐、許代表珮娜: a Taiwan record's list writes surname, title, given name. Tried last, after
 * every title-first reading; 代表 and 秘書 are offices a list may hold as well.
 */
/**
 * 鄭主席永豐: the title-first reading would make 鄭主席 a title and 永豐 a name; a title is never a
 * surname and an office alone, so the swapped reading wins when it exists.
 */
export function swappedOverTitleFirst(part: string): { name: string; title: string } | null {
  const swapped = swappedInList(part)?.people[0];
  if (!swapped) return null;
  const first = parsePerson(part);
  return !first || !first.title || first.title === part[0]! + swapped.title ? { name: swapped.name, title: swapped.title } : null;
}

// A Taiwan town or county record lists its staff by their civil-service grades as well (許主秘世昌,
// 邱主計靜宜, 黃人事管理員逸君, 王技正大同, 林議員明德): offices no title-first list writes this way.
const SWAPPED_OFFICE =
  '副?(?:主席|代表|秘書|秘书|\\p{Script=Han}{1,2}(?:长|長)|主任|委員|委员)|主秘|主計|主计|議員|议员|理事|監事|监事|專員|专员|幹事|干事|督導|技正|技士|課員|科員|辦事員|\\p{Script=Han}{0,2}管理員';
const SWAPPED = new RegExp(`^(\\p{Script=Han})(${SWAPPED_OFFICE})(\\p{Script=Han}{1,2})$`, 'u');

function swappedInList(part: string): ReturnType<typeof parsePersonWithJoin> {
  // The office has two characters at least: 孫長河, 付长伟 are names with 长 in them.
  const m = SWAPPED.exec(part);
  if (!m || !SURNAMES.has(m[1]!) || UNIT_END.test(m[3]!) || looksLikeName(m[2]!.slice(-2))) return null;
  const name = m[1]! + m[3]!;
  return { people: [{ name, title: m[2]!, unit: '' }], lastTitle: m[2]!, rest: '' };
}

/**
 * …，共20余人 closing a list as a part of its own says how many, not who (KEYING 8: a head count is
 * a fact about the meeting, not a kind of person).
 */
const HEAD_COUNT = /[，,](?:共计|共計|共|合计|合計|计|計)[0-9０-９一二三四五六七八九十百]+(?:余|餘|多)?(?:人|名)$/u;

/** A head count glued to a group's end (全体镇干部共40余人, 村干部70余人) or start (约50名村干部). */
// 廿五名, 卅二里: 廿 and 卅 count tens as Taiwan and Macau papers write them.
// 60几位, 十幾家: a round number and 几/幾 (some) count as a number does.
const COUNT_NUM = '(?:[0-9０-９]+|[一二三四五六七八九十百千两兩廿卅]+)(?:几|幾)?(?:余|餘|多)?';
/**
 * 卅二里里長, 32个村村支书: a count of units, then the office each unit's holder has (the unit's word
 * written again): the kind of people is the office (KEYING 8, head counts are not part of a group).
 */
const COUNTED_UNITS_START = new RegExp(`^${COUNT_NUM}(?:个|個)?([村里社镇鎮乡鄉街组組站所队隊校])(?=\\1)`, 'u');
/**
 * 北湾中学共廿五名师生, 全镇72名人大代表: a head count between a unit (or a scope) and its people. A
 * count right after a join or 的 (校党委成员和64名教职工代表, 来自某县的6位市民代表) opens only a later
 * kind inside the group, and is kept as written (KEYING 21, 22): dropped, it would leave a group name
 * the page never wrote.
 */
const COUNT_INSIDE = new RegExp(`(?<=\\p{Script=Han}{2})(?<![和及与與、的])(?:共计|共計|共|约|約|近|逾)?${COUNT_NUM}(?:名|位)(?=\\p{Script=Han}{2})`, 'u');

const GLUED_COUNT_END = new RegExp(`(?:共计|共計|共|合计|合計|约|約|近|逾)?${COUNT_NUM}(?:人|名)$`, 'u');
const ONLY_COUNT = new RegExp(`^(?:共计|共計|共|合计|合計|约|約|近|逾)?${COUNT_NUM}(?:人|名)$`, 'u');
// 近百位村长代表: 位 counts people as 名 does.
// 超过200名政协委员: more than a number counts as 逾 does.
const GLUED_COUNT_START = new RegExp(`^(?:共计|共計|共|合计|合計|约|約|近|逾|超过|超過|多达|多達)?${COUNT_NUM}(?:名|位)`, 'u');

/**
 * 綜合板塊18家企業負責人, 某市24個鄉鎮主要負責人, 某市縣（市、區）七家中醫醫院院長: a count of units right
 * after the place, sector or body they lie in says how many units sent people, not what kind of people
 * came (KEYING 8, 24: a count right after a scope word drops). After a verb (下辖8个党支部), a join
 * (和2个观察员城市), a unit's own kind (科室, 协作组) or a 全 scope (全省22家中医医院) it stays, as the
 * keys write it (KEYING 21, 22), and before 的 (全镇十二个村的村干部) it counts the units the kind
 * after it belongs to.
 */
const COUNTED_UNITS_AFTER_SCOPE = new RegExp(
  `(?<=(?:省|市|县|縣|区|區|镇|鎮|乡|鄉|旗|盟|州|板块|板塊|系统|系統|集团|集團|公司|[）)]))(?<!全\\p{Script=Han})${COUNT_NUM}(?:个|個|家|所)(?!\\p{Script=Han}的)(?=\\p{Script=Han}{2})`,
  'u',
);

/** 36个省直有关部门负责同志, 70余家中央企业负责人: the same count of units opening the whole group. */
const COUNT_UNITS_OPENING = new RegExp(`^${COUNT_NUM}(?:个|個|家|所)(?=\\p{Script=Han}{4})`, 'u');

/** Whether a list's words open with a count of people or units (several holders, not one person). */
export function opensWithCount(s: string): boolean {
  return COUNTED_UNITS_START.test(s) || GLUED_COUNT_START.test(s);
}

/**
 * 县工作专班刘彩霞、李靖宇、刘博文: a unit or team written once before a run of names, with no office
 * word anywhere. Every later part must be a name with a listed surname (at least two of them), and
 * the first part a prefix of 2 or more characters then such a name; the prefix is what they share.
 */
function sharedUnitBeforeNames(parts: readonly string[]): Person[] | null {
  if (parts.length < 3 || !parts.slice(1).every((p) => looksLikeName(p))) return null;
  const first = parts[0]!;
  if (OFFICE_ANY.test(first)) {
    OFFICE_ANY.lastIndex = 0;
    return null;
  }
  OFFICE_ANY.lastIndex = 0;
  for (const len of [3, 2]) {
    const name = first.slice(-len);
    const unit = first.slice(0, -len);
    // 区班子成员沈磊、巩军: a body's members written once before their names is a shared label.
    if (unit.length < 2 || !looksLikeName(name) || !/^\p{Script=Han}+$/u.test(unit) || GROUP_START.test(unit) || (KIND_END.test(unit) && !/(成员|成員)$/u.test(unit))) continue;
    if (segmenterSaysName(name) === false) continue;
    return [name, ...parts.slice(1)].map((n) => ({ name: n, title: unit, unit: '' }));
  }
  return null;
}

const PERSON_NOTE = /[（(](?:女|男|兼|代|挂职|掛職|特邀|列席|\p{Script=Han}{1,2}族|[正副]?\p{Script=Han}{0,2}[级級])[）)](?=[、，,及和与與]|$)/gu;

/** A list part made of a title alone: ends in an office word, or 党组成员, 班子成员 style. */
// 党委副书记、董事、总经理X: a bare office (董事) between titles is a title part too.
// 县人大代表、县领导甲: a deputy to a congress (人大代表, 党代表) is a title among titles joined by 、, though
// OFFICE reads it only right before a name (alone it is as often a kind of people: 县人大代表列席).
const TITLE_PART = new RegExp(`^[\\p{Script=Han}（）()]{0,16}(?:${OFFICE}|成员|成員|(?:人大|党|黨)代表)$`, 'u');

/**
 * After a titled person, a further 2–3 character part is a name sharing that title even when its
 * surname is not in our list (副县长许文彬、萧雅婷): groups are longer or start with 各/有关/全.
 */
function bareNameAfterTitle(part: string, lastTitle: string, next: string | undefined, transliterated = false): ReturnType<typeof parsePersonWithJoin> {
  // 珠嘎·土登克珠、索朗次旦: after a transliterated name the list's names may run to four characters.
  // A four-character part between names is one too when nothing says it is a unit or a group
  // (nameInList): 副市长唐晓梅、阿依古丽、许东升.
  const size = transliterated ? /^[\p{Script=Han}]{2,4}$/u : /^[\p{Script=Han}]{2,3}$/u;
  const four = part.length === 4 && nameInList(part) && (next === undefined || looksLikeName(next) || nameInList(next) || !!parsePerson(next));
  // 全 opens a group (全体, 全县…) but is also a surname (全文慧).
  if (!lastTitle || (!size.test(part) && !four) || GROUP_START.test(part) || NOT_NAMES.test(part) || KIND_END.test(part)) return null;
  // 县委办, 发改局: units, not names.
  if (/(办|辦|局|委|部|厅|廳|处|處|科|室|站|所|院|队|隊|会|會|组|組|镇|鎮|乡|鄉|村)$/u.test(part)) return null;
  // 副主任A、萨仁、赵立国及17位组成人员: the next part may be the list's last name joined to a group
  // (及, 和); the name before the join is what follows this one.
  const nextName = next?.replace(/(?:以及|及|和|与|與).+$/u, '');
  const follows = (n: string) => looksLikeName(n) || /^[\p{Script=Han}]{2,3}$/u.test(n) || nameInList(n) || !!parsePerson(n) || !!personAfterTitle(n);
  if (next !== undefined && !follows(next) && !(nextName !== next && follows(nextName!))) return null;
  // 市長甲親率民政、工務、養護等課室主管: a word the segmenter knows as no name (民政), followed by a
  // part no surname marks and the segmenter does not read as a name either (工務), is a unit in a
  // list of units, not a name under the title before it.
  const after = nextName ?? next;
  // Two characters each: a long (Tibetan) name (多吉平措、坚赞) is no unit, though the segmenter may
  // know it as a word.
  if (after !== undefined && part.length === 2 && after.length === 2 && segmenterSaysName(part) === false && !looksLikeName(after) && segmenterSaysName(after) === false) return null;
  return { people: [{ name: part, title: lastTitle, unit: '' }], lastTitle, rest: '' };
}

/**
 * Words a kind of people ends with (机关干部, 班子成员, 各村书记, 工作人员, 部分老领导、校友): a list
 * part ending in one is a group, never a name, whatever its length. The nouns of people a 座谈会 or a
 * school's page lists (校友, 专家, 教师, 家长) are kinds as 职工 and 群众 are.
 */
const KIND_END =
  /(成员|成員|干部|幹部|人员|人員|代表|负责人|負責人|负责同志|負責同志|同志|职工|職工|群众|群眾|党员|黨員|队员|隊員|老师|老師|学生|學生|师生|師生|学员|學員|嘉宾|嘉賓|居民|村民|企业|企業|单位|單位|部门|部門|机关|機關|科室|组织|組織|首长|首長|主管|领导|領導|校友|专家|專家|学者|學者|志愿者|志願者|教师|教師|医生|醫生|记者|記者|家长|家長|人士)$/u;

/**
 * A list part shaped like a name by what it is not: 2–4 characters, not a unit, a kind of people,
 * a group or an office. Used only between people already read (副县长顾立新、索朗旺堆、卓玛), where
 * a name is expected: transliterated names (索朗旺堆, 阿依古丽) have no surname in our list and
 * may run to four characters.
 */
export function nameInList(part: string): boolean {
  if (!/^[\p{Script=Han}]{2,4}$/u.test(part) || NOT_NAMES.test(part) || GROUP_START.test(part) || KIND_END.test(part) || OFFICE_END.test(part)) return false;
  return !/(办|辦|局|委|部|厅|廳|处|處|科|室|站|所|院|队|隊|会|會|组|組|镇|鎮|乡|鄉|村|县|縣|市|区|區|省|公司|集团|集團)$/u.test(part);
}

/**
 * A title then a name-shaped run of 2–4 characters (市政府秘书长帕尔哈提): in a list that has already
 * named people, the run after the title is the next person even when no surname marks it.
 */
function personAfterTitle(part: string): { name: string; title: string } | null {
  let best: { name: string; title: string } | null = null;
  for (const m of part.matchAll(OFFICE_ANY)) {
    const end = m.index + m[0].length;
    const rest = part.slice(end);
    if (end > 0 && nameInList(rest) && !UNIT_END.test(rest)) best = { title: part.slice(0, end), name: rest };
  }
  return best;
}

const GROUP_AFTER_PLACE = /^\p{Script=Han}{1,8}?(?:省|市|县|縣|区|區|镇|鎮|乡|鄉|街道|州|盟|旗)(?:各|有关|有關|相关|相關|全体|全體)\p{Script=Han}{2,}$/u;
/** Words a group of people opens with (各单位, 有关部门, 全体党员, 全县…, 其他成员). */
const GROUP_START = /^(各|有关|有關|相关|相關|全(?:体|體|县|縣|市|区|區|镇|鎮|乡|鄉|省|国|國|部|校|院|局)|其他|等)/u;

/**
 * The rest of a list once no person reads: groups in the user's words. The 、 joins kinds of people
 * inside one group; a comma between kinds of people separates groups, as the page separates them
 * (KEYING 8: 县委常委，各乡镇党委书记、镇长，县直部门负责人 is three groups). A comma after words
 * that are no kind of people (全县部分乡镇，县直部门负责人: units sharing the head noun after them)
 * does not split, nor does anything inside brackets or quotes.
 */
function groups(tail: string): Person[] {
  // 代表总额173人，实到133 / 应到15人，实到13人: a roll call's counts name nobody; nor does a bare
  // head count (七十人出席).
  if (ROLL_COUNT.test(tail) || ONLY_COUNT.test(tail.trim())) return [];
  const parts = splitOutside(tail, /[，,]/u);
  // …，以及甲、乙、丙3位企业家: a part of bare names closed by their count and kind is people.
  const counted = parts.map((p) => namesCountedAsKind(stripJoin(p.trim())));
  if (counted.some((c) => c)) return parts.flatMap((p, k) => counted[k] ?? groups(p));
  if (parts.length > 1 && parts.every((p) => isKindOfPeople(stripJoin(uncounted(p))))) return parts.map(group).filter((g) => !onlyUnits(g.name));
  const one = group(tail);
  return onlyUnits(one.name) ? [] : [one];
}

/**
 * 副市长X、Y及相关单位参加会议: a list that names only units (相关单位, 各部门, 各乡镇) names no people
 * (KEYING 3: a list that is only a place or a unit list is not people).
 */
function onlyUnits(name: string): boolean {
  // 各乡镇, 各县区, 各街道: places standing for their offices are units as much as 各单位 is.
  return /(单位|單位|部门|部門|机关|機關)$|^(?:各|全体|全體)?(?:乡镇|鄉鎮|街道|县区|縣區|县市区|縣市區|区县|區縣|村居|社区|社區)$/u.test(name);
}

/**
 * 为进一步做好某项工作, 甲传达学习《…》精神, 乙到会祝贺、丙作报告: an untitled list entry that
 * ends in no kind of people (isKindOfPeople) and holds a verb of two characters or more, or a set
 * phrase, as the segmenter tags them, is a clause the list's reading ran into, not a group (KEYING 3:
 * a group is a kind of people). A run of names or a group whose words hold a verb (选派干部) ends in a
 * kind and is kept. False without a segmenter.
 */
export function clauseNotGroup(p: Person): boolean {
  const bare = p.name.replace(/[（(][^（）()]*[）)]$|[”」’』]+$/u, '');
  if (p.title || looksLikeName(p.name) || isKindOfPeople(bare)) return false;
  const words = segmenterWordEnds(bare) ?? [];
  // 专业评委, 联系人, 企业家: a noun for someone by calling closing the entry is a kind of people too.
  const last = words[words.length - 1];
  if (last && last.word.length >= 2 && /^n/u.test(last.tag) && AGENT_END.test(last.word)) return false;
  return words.some((w) => (w.word.length >= 2 && /^(?:v|vd|i|l)$/u.test(w.tag)) || (w.tag === 'm' && /\d/u.test(w.word)));
}

/** A group's words end in a kind of people or an office held by several (负责人, 干部, 常委, 主任). */
function isKindOfPeople(s: string): boolean {
  return s.length >= 2 && (KIND_END.test(s) || OFFICE_END.test(s) || GROUP_KIND_END.test(s));
}

/** Further kinds a group may end in that are not offices of one person: 副职, 召集人, 站长们. */
// 领导班子: a body's leading team.
const GROUP_KIND_END = /(副职|副職|正职|正職|召集人|联络员|聯絡員|网格员|網格員|骨干|骨幹|班子)$/u;

function stripJoin(s: string): string {
  return s.replace(/^(?:以及|及|和|与|與)/u, '');
}

/** The group's words without a head count glued to them. */
function uncounted(s: string): string {
  // 教师代表等共计50余人: 等 before a head count closes the list of kinds; it is no part of the last.
  const endless = s.replace(GLUED_COUNT_END, '');
  let out = (endless !== s ? endless.replace(/等$/u, '') : s)
    .replace(GLUED_COUNT_START, '')
    .replace(COUNTED_UNITS_START, '')
    .replace(COUNT_INSIDE, '')
    .replace(COUNT_UNITS_OPENING, '')
    .replace(COUNTED_UNITS_AFTER_SCOPE, '');
  // 近百位来自各乡镇的村长代表: after a head count, where they came from (来自…的) says how many
  // places sent them, not what kind of people they are.
  // 有来自全县各乡镇的…: 有 before it opens the list, as it does before any list (header.ts).
  if (out !== s) out = out.replace(/^(?:有|还有|還有)?(?:来自|來自)(?:[^，,。的]{1,20}的)?(?=\p{Script=Han}{2})/u, '');
  return out.length >= 2 ? out : s;
}

/**
 * 常委會組成人員78人, 院党政领导班子成员、全院中层干部80余人, 縣府各單位及所屬機關一、二級主管: the
 * words before an attendance verb (one clause) that name only groups of people, and say by their own
 * words that several came: a head count, or 各/全体/全院/部分/有关/所属 before the kind. A report
 * names such groups as often after its opening as in it; a group without either marker (县长, 班子)
 * may be one person's office or an instruction's addressee, so it is left unread. [] otherwise.
 */
export function countedGroupsOnly(clause: string): Person[] {
  const s = clause.trim().replace(/^(?:[\d一二三四五六七八九十]{1,3}月份|本月|上月|当天|當天|同日|会上|會上)/u, '');
  if (s.length < 4 || s.length > 60 || /[，,。；;：:]/u.test(s)) return [];
  const marked =
    opensWithCount(s) || GLUED_COUNT_END.test(s) || COUNT_INSIDE.test(s) || /(?:^|[、及和与與])(?:各|全体|全體|全[院校局部县縣市区區镇鎮乡鄉]|部分|部份|有关|有關|相关|相關)|(?:所属|所屬)/u.test(s);
  if (!marked) return [];
  const listed = parsePeopleList(s);
  if (!listed.length || !listed.every((p) => !p.title && !looksLikeName(p.name) && isKindOfPeople(stripJoin(p.name)) && !onlyUnits(p.name))) return [];
  return listed;
}

/**
 * 县政府班子成员出席会议。 / 總部全體干部職工列席集會。 / 會上，某院各職能處室負責同志參加了會議: one group
 * of people that is the whole subject of a body sentence whose verb is attendance. countedGroupsOnly and
 * enumeratedGroupsOnly read a group only where its words say several came; a sentence that is
 * nothing but a group and its attendance says so by its shape (the caller has checked it is no
 * instruction, no other meeting). The group must end in a kind held by several people (KIND_END,
 * GROUP_KIND_END): a lone office (副院长, 主任) is as often one person's post with the name elsewhere.
 * Not: a clause the words run into (邀集…, …作为代表: the segmenter's verb first, or a capacity),
 * a person inside, units alone or units that sent someone (均派代表). [] otherwise.
 */
export function loneGroupOnly(clause: string): Person[] {
  const s = clause
    .trim()
    .replace(/^[”」』’"'\s]+/u, '')
    .replace(CAME_FROM_OPENING, '');
  // 成员单位均派代表: units that sent someone name no people (KEYING 3, as header.ts reads it).
  if (s.length < 4 || s.length > 40 || /[，,。；;：:“”「」]/u.test(s) || /了|作为|作為|(?<![党黨])派(?:出)?(?:代表|员|員|人员|人員|人)$/u.test(s) || holdsNamedPerson(s)) return [];
  const first = segmenterWordEnds(s)?.[0];
  if (first && first.word.length >= 2 && /^(?:v|vd|p|c|d)$/u.test(first.tag)) return [];
  const listed = parsePeopleList(s);
  if (listed.length !== 1) return [];
  const p = listed[0]!;
  const kind = stripJoin(p.name);
  if (p.title || looksLikeName(p.name) || !(KIND_END.test(kind) || GROUP_KIND_END.test(kind)) || onlyUnits(p.name) || clauseNotGroup(p)) return [];
  return listed;
}

/**
 * 院领导、职能部门负责人，科室正副主任、护士长，党支部书记参加大会 / 甲局、乙局、丙院有关负责同志出席
 * 会议: groups of people the page enumerates, by commas between kinds (each its own group, KEYING 8)
 * or by 、 between the units or kinds one group joins (KEYING 3). The enumeration marks say several
 * came, as a head count or 各 does for countedGroupsOnly, so such a roll is read wherever it stands;
 * a lone kind with no mark of several (班子成员, 全体干部 after a comma) still is not. The run of
 * comma parts closing `words` (the words before an attendance verb) is read while every part is
 * a kind of people: a clause before it (会上, a date, a speaker's business) ends the roll. [] when
 * the run is not enumerated or a part of it names a person, a unit alone or a clause.
 */
export function enumeratedGroupsOnly(words: string): Person[] {
  const parts = splitOutside(words.trim(), /[，,]/u).map((p) => p.trim());
  const groupsIn = (raw: string): Person[] | null => {
    // 来自某省发改委、煤炭厅负责同志 / 甲作为党代会代表: where they came from, or as what, is no part of
    // the group (as header.ts reads an attendance list).
    const part = raw.replace(CAME_FROM_OPENING, '').replace(AS_CAPACITY, '');
    // 人大主席传达了…精神全体干部 (a stop lost) / 市长甲亲率民政、工务等课室主管 / 区长甲等区委常委: a
    // clause done (了) or a titled, named person inside the words makes them no kind of people.
    if (part.length < 2 || part.length > 60 || /了/u.test(part) || holdsNamedPerson(part)) return null;
    const listed = parsePeopleList(part);
    const kinds = listed.length > 0 && listed.every((p) => !p.title && !looksLikeName(p.name) && isKindOfPeople(stripJoin(uncounted(p.name))) && !onlyUnits(p.name) && !clauseNotGroup(p));
    return kinds ? listed : null;
  };
  const run: Person[][] = [];
  for (let i = parts.length - 1; i >= 0; i--) {
    const read = groupsIn(parts[i]!);
    if (!read) break;
    run.unshift(read);
  }
  const enumerated = run.length >= 2 || parts.slice(parts.length - run.length).some((p) => splitOutside(p, /、/u).length >= 2);
  return run.length && enumerated ? run.flat() : [];
}

/**
 * 来自X省发改委、煤炭厅负责同志: where a group came from opens an attendance list, not who they are.
 * 来自全镇的114名党代表 is one group as written: the count inside it opens nothing (KEYING 21, 22).
 */
export const CAME_FROM_OPENING = /^(?:有|还有|還有)?(?:来自|來自)(?![^，,、]{1,20}?的[0-9０-９一二三四五六七八九十百千])(?=\p{Script=Han}{2}|[0-9０-９])/u;
/**
 * 我院全体干部, 该镇镇、村干部: the writer's or the named body, written before a group whose own words
 * say the scope again (全…, or the same unit), is no part of the group (KEYING 16); 我校相关部门负责同志
 * keeps its body, which is the only scope written.
 */
export const SCOPE_SAID_AGAIN = /^(?:我|本|该|該)([院校所局镇鎮乡鄉村])(?=全|\1)/u;

/** 助理總裁王晴作為區政協委員參加: the capacity they came in closes the list; it is not who they are. */
export const AS_CAPACITY = /(?<=\p{Script=Han}{2})(?:作为|作為)\p{Script=Han}{2,30}$/u;

/** 率/率领/带领 between a person and the group they bring (率队 and 率团 lead a delegation: no group). */
// 市長甲親率各課室主管出席: 亲率 (leads in person) joins the leader and those led as 率 does.
export const LED_BY = /(?<=\p{Script=Han}{3})(?:亲率|親率|率领|率領|带领|帶領|率)(?![队隊团團])(?=\p{Script=Han}{2})/u;

/** Whether a piece of `part` (、, 等, 及, 和 or 率 part them) is a person, titled (区长甲) or bare (甲、乙及…). */
function holdsNamedPerson(part: string): boolean {
  return part
    .split(/[、等及和与與]/u)
    .flatMap((piece) => piece.split(LED_BY))
    .some((piece) => {
      const p = parsePerson(piece);
      return (!!p?.title && looksLikeName(p.name)) || (/^\p{Script=Han}{2,3}$/u.test(piece) && looksLikeName(piece) && !isKindOfPeople(piece));
    });
}

/** A list value that opens with a roll call's count: 应到…, 实到…, 代表总额…, 应出席…. */
const ROLL_COUNT = /^\p{Script=Han}{0,6}(?:总额|總額|应到|應到|实到|實到|应出席|應出席|实出席|實出席)[\s:：]*[0-9０-９一二三四五六七八九十百]/u;

function group(name: string): Person {
  // …，以及市政协常委会组成人员: the joining word is not part of the group's name; nor is a head count.
  // 部分人大代表: 部分 says how many came, like a head count, not who.
  // Only right before a short kind of people (人大代表, 村干部): in 部分乡镇负责人 or 部分乡镇、相关
  // 部门负责人 it counts the units named after it and is part of the group's words.
  const joined = stripJoin(name.trim());
  const some = /^(?:部分|部份)(\p{Script=Han}{2,4})$/u.exec(joined);
  const kind = some && isKindOfPeople(some[1]!) ? some[1]! : joined;
  return { name: uncounted(kind).slice(0, 500), title: '', unit: '' };
}

function splitOutside(text: string, separator = /[、，,]/u): string[] {
  const parts: string[] = [];
  let start = 0;
  // 县委“不忘初心、牢记使命”主题教育指导组组长X: a 、 inside quotes belongs to the quoted name;
  // 各部（办、所）负责人: one inside brackets to the bracketed note.
  let quoted = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '“' || ch === '「' || ch === '《' || ch === '（' || ch === '(') quoted++;
    else if ((ch === '”' || ch === '」' || ch === '》' || ch === '）' || ch === ')') && quoted > 0) quoted--;
    if (quoted > 0) continue;
    if (!separator.test(ch)) continue;
    if (ch === '、' && /[一二三四五六七八九十]/.test(text[i - 1] ?? '') && /[一二三四五六七八九十]/.test(text[i + 1] ?? '')) continue;
    parts.push(text.slice(start, i));
    start = i + 1;
  }
  parts.push(text.slice(start));
  return parts.map((p) => p.trim()).filter(Boolean);
}

/** A list part, possibly "person及group" or a bare name inheriting the previous title. */
function parsePersonWithJoin(part: string, lastTitle: string): { people: Person[]; lastTitle: string; rest: string } | null {
  // 常务副主任宦建国和副主任林晓宁: two titled people, not one person titled "…宦建国和副主任".
  const pair = /^(.+?)(以及|及|和|与|與)(.+)$/u.exec(part);
  if (pair) {
    const left = parsePerson(pair[1]!);
    const right = parsePerson(pair[3]!);
    // 院领导武素芬、赵东明及总会计师黎建军: a bare name before the join shares the list's title.
    const leftTitle = left?.title || (left && looksLikeName(left.name) ? lastTitle : '');
    if (left && leftTitle && right?.title)
      return {
        people: [
          { name: left.name, title: leftTitle, unit: '' },
          { name: right.name, title: right.title, unit: '' },
        ],
        lastTitle: right.title,
        rest: '',
      };
  }
  const whole = parsePerson(part);
  if (whole) {
    const title = whole.title || lastTitle;
    if (!whole.title && !lastTitle) return null;
    return { people: [{ name: whole.name, title, unit: '' }], lastTitle: title, rest: '' };
  }
  const join = /^(.+?)(以及|及|和|与|與)(.+)$/u.exec(part);
  if (join) {
    const left = parsePerson(join[1]!);
    if (left && (left.title || lastTitle)) {
      const title = left.title || lastTitle;
      // 委員董嘉怡及容兆康: a bare 2–3 character right side shares the title even when its surname
      // is not in our list, as in a 、-list (bareNameAfterTitle).
      const right = parsePerson(join[3]!) ?? (bareNameAfterTitle(join[3]!, title, undefined) ? { name: join[3]!, title: '' } : null);
      // 县政协主席甲以及乙、丙等县领导: 以及 opens a run of its own (see OPENS_RUN), so a bare name after
      // it does not take the office written for the name before it.
      if (right && !right.title && join[2] === '以及' && looksLikeName(right.name))
        return {
          people: [
            { name: left.name, title, unit: '' },
            { name: right.name, title: '', unit: '' },
          ],
          lastTitle: '',
          rest: '',
        };
      if (right && (right.title || title))
        return {
          people: [
            { name: left.name, title, unit: '' },
            { name: right.name, title: right.title || title, unit: '' },
          ],
          lastTitle: right.title || title,
          rest: '',
        };
      return { people: [{ name: left.name, title, unit: '' }], lastTitle: title, rest: join[3]! };
    }
  }
  return null;
}

/** A subject that names someone: 县长, 陈局长, 文定国副区长, 王忠銘, 党组书记、局长陈凡锋. */
export function isPersonRef(raw: string, knownNames: readonly string[] = []): boolean {
  const s = raw.replace(/同志$/u, '');
  // Several posts closed by 、 before the last post and the name (全国人大代表、农工党党员、某医院副院长
  // 张某) run past 24 characters: the last part names the person, the others are more posts.
  if (s.length > 24) {
    const parts = s.split('、');
    return parts.length >= 2 && parts.length <= 4 && parts.every((p) => p.length >= 2 && p.length <= 22 && !/[，。；]/u.test(p)) && isPersonRef(parts[parts.length - 1]!, knownNames);
  }
  if (!s) return false;
  if (knownNames.includes(s)) return true;
  if (isTitle(s) && !/[，。；]/u.test(s)) return true;
  const p = parsePerson(s);
  if (p && p.title) return true;
  if (p && knownNames.includes(p.name)) return true;
  // Name or surname first: 文定国副区长, 陈局长.
  for (let i = 1; i <= Math.min(4, s.length - 2); i++) {
    const head = s.slice(0, i);
    const tail = s.slice(i);
    if ((looksLikeName(head) || (i === 1 && SURNAMES.has(head))) && isTitle(tail) && tail.length <= 6) return true;
  }
  return false;
}

/**
 * 社区柯书记, 县委王书记: a report may name an office holder by surname and office alone. Only in
 * the chair's slot, where a person is expected; the name is the surname as written (nothing
 * guessed) and the title the unit and office around it. The office is a short closed list so a
 * body's own words (镇党委书记: 党 is a surname too) never read as one.
 */
export function surnameAndOffice(s: string): { name: string; title: string } | null {
  const m = /^(\p{Script=Han}{0,12}?)(\p{Script=Han})(副?(?:书记|書記|主任|主席|经理|經理|[县縣区區市镇鎮乡鄉局处處科厅廳部院校所站村社组組会會]?(?:长|長)))$/u.exec(s.trim());
  // A unit before the surname is required: 黄副县长主持 alone is left unread (a title-first reading
  // of 副县长 has no name to split), 社区柯书记 is read.
  if (!m || !m[1] || !SURNAMES.has(m[2]!) || (!UNIT_END.test(m[1]) && !/(社区|社區|党委|黨委|党支部|黨支部)$/u.test(m[1]))) return null;
  // 县委办: a unit's last character read as a surname is no person.
  if (UNIT_END.test(m[1] + m[2]!)) return null;
  return { name: m[2]!, title: m[1]! + m[3]! };
}
