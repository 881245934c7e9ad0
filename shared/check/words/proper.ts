/**
 * Proper stretches of report text that the near-miss and slip searches (WRD-02, WRD-03) misread as
 * broken words: jieba lacks the name, cuts it into lone characters, and one of them is a homophone
 * or look-alike away from a common word. Each test reads a SHAPE, never a list of names seen:
 *
 * - a body's short name ending in its head character (社会委, 深改委, 康文署, 渭川职院, 各委（室）,
 *   相关委室): a "fix" that rewrites that head (委 → 为, 署 → 书) where the head closes the name;
 *   and a level character + abbreviated bureau + head (县卫健局: 县卫 → 县委);
 * - a three-character name in a name's position (after a post, a joiner or a punctuation mark) whose
 *   surname the fix rewrites so that surname + first given character make a word (黄子晴 → 皇子,
 *   程立峰 → 成立, 尹子平 → 银子), the given name's last character left alone after it;
 * - a place name right before its head (果河 + 州委, 白音 + 淖尔旗, 白岭 + 黎族自治县), before a
 *   company's trade head (水峪 + 煤业), or before a dateline's date (珠城 + 12月11日电);
 * - a surname right after a body's head character and before its bearer's post (…处 + 俞发信 + 处长);
 * - a number written in Chinese numerals (百廿: one hundred and twenty);
 * - a level + 籍 (县籍, 市籍: a native of the county) and 一 + a verb + 到底 (一督到底, 一盯到底):
 *   productive shapes of report writing the dictionary does not list;
 * - a four-character place in a 、-list of sites that ends in a place character (…陈列馆、小市一庄).
 *
 * bench/check-realtext.ts found these false in round 30 across 22 report batches; a slip written in
 * such a stretch is rare enough that the warning is not worth its false alarms.
 */
import type { Analysed, Token } from './analyse';
import type { WordFinding } from './finding';
import { isSurname } from './names';
import { sameTone } from './same-tone';
import { lookAlike } from './shape';

/** Head characters that close a body's name: bureau, committee, office, department, division. */
const BODY_HEADS = '局委署办院室厅处师';
/**
 * The heads a fix may not rewrite: 局, 办, 厅 and 处 end common words as often (大扫处 → 大扫除 is a
 * slip), and no body's name was misread through them on the real text.
 */
const REWRITTEN_HEADS = '委署室院师';
/** Administrative levels that open a body's short name (县卫健局, 市文旅局). */
const LEVELS = '省市县区州盟旗镇乡';
/** Characters that join a name to what follows without being part of it. */
const JOINERS = '及和与并、';
/**
 * Characters that close no person's name: heads of bodies and places, and function characters
 * (时点村, 罗鼓队, 梅变的 are slips, not names).
 */
const NOT_NAME_END = `${BODY_HEADS}部司所站队团组社场村镇乡县市区省州会店厂馆园校的地得了着过和与及或在是也都`;
/** Words a place's name stands before (a token of its own in jieba). */
// Not 社区/街道: ordinary words stand before them as often (城乡社区, 老旧街道), and a planted slip
// of such a word was dropped with the names (bench/check-slips.ts --real).
const PLACE_HEAD = /^(州委|盟委|旗委|校区|盟|旗|自治县|自治州|自治旗)$/;
const HAN = /\p{Script=Han}/u;

/** Whether a WRD-02/WRD-03 finding lies in a proper stretch of one of the shapes above. */
export function inProperStretch(a: Analysed, f: WordFinding): boolean {
  if (f.rule !== 'WRD-02' && f.rule !== 'WRD-03') return false;
  const changed = changedAt(f);
  return (
    rewritesBodyHead(a, f, changed) ||
    levelAbbreviation(a, f) ||
    rewritesSurname(a, f, changed) ||
    beforePlaceHead(a, f) ||
    beforeTradeHeadOrDate(a, f) ||
    surnameBeforePost(a, f, changed) ||
    numeralsOnly(f) ||
    productiveShape(a, f) ||
    placeInSiteList(a, f)
  );
}

/**
 * A company's trade head (煤业, 矿业, 实业, 置业 …) or a dateline's date (12月11日电, 11日讯) right
 * after the finding: the finding is the company's or the place's name (水峪煤业, 珠城12月11日电).
 * The finding is lone characters only, as jieba cuts a name it lacks.
 */
const TRADE_HEAD = /^(煤业|矿业|煤电|实业|置业|物流园|产业园|工业园)/;
const DATELINE = /^(\d{1,2}月)?\d{1,2}日(电|讯|訊|電)/;
function beforeTradeHeadOrDate(a: Analysed, f: WordFinding): boolean {
  const end = f.offset + f.length;
  const after = a.text.slice(end);
  if (!TRADE_HEAD.test(after) && !DATELINE.test(after)) return false;
  return [...Array(f.length).keys()].every((i) => lone(a, f.offset + i));
}

/** Posts a name stands before, each a word of its own (俞发信 + 处长). */
const POST_AFTER = /^(处长|局长|厅长|主任|书记|科长|部长|院长|校长|所长|站长|同志|處長|局長|廳長|書記|科長|部長|院長|校長|所長|站長)/;
/**
 * The fix rewrites a surname that stands right after a body's head character and opens a name of
 * two or three characters before a post: 科教文卫处 + 俞发信 + 处长 (处俞 → 处于). The head closes
 * the body's name and the surname opens its officer's.
 */
function surnameBeforePost(a: Analysed, f: WordFinding, changed: readonly number[]): boolean {
  if (f.length !== 2 || !BODY_HEADS.includes(a.text[f.offset]!) || !isSurname(a.text[f.offset + 1]!)) return false;
  if (!changed.includes(f.offset + 1)) return false;
  const given = f.offset + 2;
  return [1, 2].some((n) => [...Array(n).keys()].every((i) => HAN.test(a.text[given + i] ?? '')) && POST_AFTER.test(a.text.slice(given + n)));
}

/** Chinese numerals: a number (百廿, 一二〇), never a broken word. */
const NUMERALS = /^[〇零一二三四五六七八九十百千万廿卅两]+$/;
const numeralsOnly = (f: WordFinding): boolean => NUMERALS.test(f.word);

/** What 种 makes breeding stock of (种薯, 种禽, 种兔: 种属 is the fix jieba's counts draw for 种薯). */
const BREEDING_STOCK = '薯猪豬牛羊鸡雞鸭鴨鹅鵝兔禽鱼魚虾蝦苗蛋马馬驴驢';
/**
 * Productive shapes of report writing that jieba does not list: 种 + a crop or an animal (种薯, the
 * seed potato), a level + 籍, a native of it (县籍
 * 企业人士; 县级 is the fix it drew), and 一 + one verb + 到底 (一督到底, 一盯到底: 一度 the fix).
 */
function productiveShape(a: Analysed, f: WordFinding): boolean {
  if (f.length === 2 && LEVELS.includes(f.word[0]!) && f.word[1] === '籍') return true;
  // 种薯 itself, or a stretch that starts at its second character (薯繁育 → 猪繁育, a jieba entry).
  const seed = (i: number): boolean => (a.text[i] === '种' || a.text[i] === '種') && BREEDING_STOCK.includes(a.text[i + 1] ?? '');
  if ((f.length === 2 && seed(f.offset)) || seed(f.offset - 1)) return true;
  return f.length === 2 && f.word[0] === '一' && a.text.startsWith('到底', f.offset + 2);
}

/** Characters that end a village's, a hamlet's or a site's name. */
const PLACE_ENDS = '庄莊村屯寨堡峪沟溝湾灣坪岭嶺坡洼窪营營铺鋪';
/**
 * A four-character stretch in a 、-list (a 、 on one side), ending in a place character: a site on
 * a visit's route (…陈列馆、小市一庄,调研…), not an idiom typed by sound (小事一桩).
 */
function placeInSiteList(a: Analysed, f: WordFinding): boolean {
  if (f.length !== 4 || !PLACE_ENDS.includes(f.word[3]!)) return false;
  return a.text[f.offset - 1] === '、' || a.text[f.offset + 4] === '、';
}

/** Offsets in the unit's text of the characters the fix rewrites (none when lengths differ). */
function changedAt(f: WordFinding): number[] {
  const fix = f.replacement ?? '';
  if (f.word.length !== fix.length) return [];
  const out: number[] = [];
  for (let i = 0; i < f.word.length; i++) if (f.word[i] !== fix[i]) out.push(f.offset + i);
  return out;
}

function tokenAt(a: Analysed, i: number): Token | undefined {
  return a.tokens.find((t) => t.start <= i && i < t.end);
}

const lone = (a: Analysed, i: number): boolean => {
  const t = tokenAt(a, i);
  return !!t && t.end - t.start === 1 && HAN.test(t.word);
};

/**
 * Whether what follows text[i] leaves it closing a name: the end, no Han character, a joiner, a
 * second head (委室, 室委), or a word of its own starting right there (负责同志, 第二十四).
 */
function closesName(a: Analysed, i: number): boolean {
  const next = a.text[i + 1];
  if (next === undefined || !HAN.test(next) || JOINERS.includes(next)) return true;
  if (BODY_HEADS.includes(next) && lone(a, i + 1)) return true;
  const t = tokenAt(a, i + 1);
  return !!t && t.start === i + 1 && t.end - t.start >= 2;
}

/**
 * The fix rewrites a lone head character that closes a body's name after Han text: 社会委及 →
 * 危及, 中央深改委 → 改为, 康文署 → 文书, 各委（室） → 各位. A slip of a head character inside a
 * word (委缩 → 萎缩, 推委扯皮) leaves the character bonded to what follows, and is read as before.
 * So is a head the fix rewrites into its own look-alike of the very syllable and tone (署 → 薯 of
 * 红薯, 委 → 萎): the input method's first candidate for a character built on the head, which the
 * eye passed because it looks right. The body names misread here all turned the head into another
 * character that merely sounds alike (文书, 危及, 改为, 各位), never into one built like it.
 */
function rewritesBodyHead(a: Analysed, f: WordFinding, changed: readonly number[]): boolean {
  return changed.some((p) => REWRITTEN_HEADS.includes(a.text[p]!) && p > 0 && HAN.test(a.text[p - 1]!) && lone(a, p) && closesName(a, p) && !headLookAlike(a, f, p));
}

/** Whether the fix puts at `p` a look-alike of the written head of the same syllable and tone. */
function headLookAlike(a: Analysed, f: WordFinding, p: number): boolean {
  const fix = f.replacement ?? '';
  const at = p - f.offset;
  const meant = fix[at];
  if (meant === undefined || !lookAlike(a.text[p]!, meant)) return false;
  return sameTone(a.text.slice(f.offset, f.offset + f.length), fix, at);
}

/**
 * A level character opening a run of lone characters that a lone head closes within two characters
 * after the finding: 县 + 卫健 + 局 (县卫 → 县委 is the level's own committee, not what was meant).
 */
function levelAbbreviation(a: Analysed, f: WordFinding): boolean {
  if (!LEVELS.includes(a.text[f.offset]!)) return false;
  const end = f.offset + f.length;
  for (let i = f.offset; i < end; i++) if (!lone(a, i)) return false;
  for (let h = end; h <= end + 2 && h < a.text.length; h++) {
    if (!lone(a, h)) return false;
    if (BODY_HEADS.includes(a.text[h]!) && h > end) return closesName(a, h);
  }
  return false;
}

/** Posts and titles a name follows (区领导 + 严海川, 巡视员 + 杜子明). */
const BEFORE_NAME = /(领导|长|书记|主任|委员|代表|主席|巡视员|议员|同志|成员|记者)$/;

/**
 * Whether a name may start at `at`: the line start, no Han character before it (。黄子晴, （靳石磊),
 * a joiner (及冯子健), or a post. Mid-sentence, after an ordinary word, a surname-like character is
 * as often the slipped first character of a word (planted slips in real text lost 2-8 % without this).
 */
function namePosition(text: string, at: number): boolean {
  const prev = text[at - 1];
  return prev === undefined || !HAN.test(prev) || JOINERS.includes(prev) || BEFORE_NAME.test(text.slice(Math.max(0, at - 3), at));
}

/**
 * A two-character finding whose fix rewrites only its first character, a surname, when a third lone
 * character that can end a name follows: 黄子晴 → 皇子, 程立峰 → 成立, 谈明伟 → 探明. The written
 * surname + given name is a name the dictionary lacks; the fix makes a word and strands the third.
 * The span itself is two lone characters or one rare token (谈明), never a common word.
 */
function rewritesSurname(a: Analysed, f: WordFinding, changed: readonly number[]): boolean {
  if (f.length !== 2 || changed.length !== 1 || changed[0] !== f.offset) return false;
  if (!isSurname(a.text[f.offset]!) || !namePosition(a.text, f.offset)) return false;
  const third = f.offset + 2;
  const ch = a.text[third];
  if (ch === undefined || !HAN.test(ch) || NOT_NAME_END.includes(ch) || !lone(a, third)) return false;
  const t = tokenAt(a, f.offset);
  const spanLone = lone(a, f.offset) && lone(a, f.offset + 1);
  const spanToken = !!t && t.start === f.offset && t.end === third && !/^nr/.test(t.tag);
  return spanLone || (spanToken && f.rule === 'WRD-03');
}

/**
 * The finding is a place's name right before its head, at most one word between (白音 + 淖尔 + 旗,
 * 白岭 + 黎族 + 自治县): lone characters, or one word jieba knows only rarely (WRD-03, 鸿福).
 */
function beforePlaceHead(a: Analysed, f: WordFinding): boolean {
  const end = f.offset + f.length;
  const k = a.tokens.findIndex((t) => t.start === end);
  if (k < 0) return false;
  const head = (j: number): boolean => PLACE_HEAD.test(a.tokens[j]?.word ?? '');
  const between = a.tokens[k]!;
  if (!head(k) && !(between.end - between.start <= 2 && HAN.test(between.word) && head(k + 1))) return false;
  const first = tokenAt(a, f.offset);
  return !!first && first.start === f.offset && (f.rule === 'WRD-03' || [...Array(f.length).keys()].every((i) => lone(a, f.offset + i)));
}
