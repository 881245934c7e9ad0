/**
 * Person names are mostly out of the dictionary, so the segmenter cuts them into single characters
 * that a near-miss search would "correct" (文定国 → 稳定, 陈冠人 → 官人). A stretch counts as part of
 * a name when it sits where names sit in official writing: right after an official title (副区长
 * 文定国), or after a common surname that itself follows a title, a list mark or the line start
 * (局长田志远, 、付晓丽), or right before the verbs that follow a name (…出席, …主持, …同志).
 */
const SURNAMES = new Set(
  '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖萧田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝'.split(
    '',
  ),
);
/** Whether a character is one of the common surnames the name test reads. */
export const isSurname = (ch: string): boolean => SURNAMES.has(ch);
const TITLE = /(长|书记|主任|委员|主席|秘书|同志|成员|干部|代表|经理|董事|干事|厅|局|处|科|记者|通讯员|教授|专家|老师|主持人|组长|专员|政委|参议|议员|省长|县长|市长|区长|镇长|乡长|村长|里长)$/;
const POST_BEFORE_NAME = /(书记|主任|院长|校长|局长|部长|县长|市长|区长|镇长|乡长|主席|经理|董事长|秘书长|处长|科长|厅长|省长|干事|专员|政委|编辑|记者)$/;
const POST_AFTER_NAME = /^副?(书记|主任|院长|校长|局长|部长|县长|市长|区长|镇长|乡长|主席|经理|董事长|秘书长|处长|科长|厅长|省长|委员|同志)/;
const AFTER_NAME = /^(同志|出席|主持|参加|列席|讲话|表示|指出|强调|介绍|汇报|发言|宣读|通报|传达|任组长|任副|等|、|，|（|\(|副?(书记|主任|区长|县长|市长|局长|部长|镇长|乡长|秘书长))/;

/**
 * A name may start at `at`: the line start, after a list mark or opening bracket, or after a title.
 * The character before `at` is tested alone: the former /[…]$/ over text.slice(0, at) meant the same
 * but copied and scanned the text up to `at`, per call, in long paragraphs.
 */
function headOk(text: string, at: number): boolean {
  return at <= 0 || HEAD_MARK.test(text[at - 1]!) || TITLE.test(text.slice(Math.max(0, at - 6), at));
}
// The ASCII comma too: captured pages often print one between Chinese clauses (讨论中,严瑾如、…).
const HEAD_MARK = /^[、，,：:（(\s]$/;

/**
 * Whether text[start, end) is probably inside a person's name. `text` is the unit's Simplified text.
 * `prevInWord`: the caller's segmenter read the character before `start` as the end of a word of
 * two or more characters (治安 + 嵇查): then it is no surname starting a name there.
 * `noTitleBefore`: the caller's segmenter read the characters right before `start` as a count or a
 * verb (多处, 3 + 处, 查处, 增长): their last character is no office or post (处, 局, 长) a name follows.
 */
export function looksLikeName(text: string, start: number, end: number, prevInWord = false, noTitleBefore = false): boolean {
  const before = text.slice(Math.max(0, start - 6), start);
  const after = text.slice(end, end + 6);
  if (!noTitleBefore && TITLE.test(before) && !/^[，。；、]/.test(after)) return true;
  const prev = prevInWord ? undefined : text[start - 1];
  if (prev && SURNAMES.has(prev) && headOk(text, start - 1)) return true;
  if (SURNAMES.has(text[start]!) && (noTitleBefore ? start <= 0 || HEAD_MARK.test(text[start - 1]!) : headOk(text, start))) return true;
  // The last character of a three-character name after a post, read with what follows it
  // (区长于文彬于会上: 彬于 is no slip for 濒于). Only after a post: a name list's 、李明 is as often
  // a two-character name with the next word after it. Not where the caller's segmenter read the two
  // characters before `start` as a word (一处 + 路面 + 塌馅: 路 is no surname inside 路面).
  if (!prevInWord && start >= 2 && SURNAMES.has(text[start - 2]!) && TITLE.test(text.slice(Math.max(0, start - 8), start - 2))) return true;
  // A surname before a comma or a list mark starts a listed name (、李明，). Not a surname right after
  // a word of the segmenter's that is no post (依法取保 + 侯审，, 完成 + 商捡，, 灯光 + 蓝球场，): a
  // listed name follows a mark, a post or a verb of one character, and a broken word before a comma
  // is the commoner reading there.
  const listed = SURNAMES.has(text[start]!) && !(prevInWord && !TITLE.test(before));
  if (AFTER_NAME.test(after) && (listed || (prev !== undefined && SURNAMES.has(prev)))) return true;
  // A character right after a post starts a name whatever its rarity as a surname (书记蔺 + 庆华).
  if (prev && /\p{Script=Han}/u.test(prev) && !'及和与同并'.includes(prev) && POST_BEFORE_NAME.test(text.slice(Math.max(0, start - 7), start - 1))) return true;
  // A surname, one more character, then a post: a three-character name before its post (钟国 + 成院长).
  if (end - start === 2 && SURNAMES.has(text[start]!) && POST_AFTER_NAME.test(text.slice(end + 1, end + 5))) return true;
  // A villagers' group under a village committee is named, not written: 村委会 + name + 组
  // (…村委会黑赞组, and the next of a list: 、大枹树组).
  if (/(村(委会)?[^，。；、]{0,3}|组、[^，。；、]{0,3})$/.test(before) && /^[^，。；、]{0,2}组/.test(text.slice(end - 1, end + 3))) return true;
  return false;
}

/**
 * Whether text[start, end) is the first two characters of a three-character name that stands where
 * names stand: a surname first, one more character, then a list mark or a name's verb (、, 等, 发言,
 * 同志 …), and a list mark, the line start or a post before it (讨论中，严瑾如、李… ; 委员严瑾如发言).
 * A known slip spelled like a name's start (严瑾 for 严谨) is the name there; a slip in running text
 * (作风严瑾，, 一向严瑾细致) has no such frame.
 */
export function opensThreeCharacterName(text: string, start: number, end: number): boolean {
  if (end - start !== 2 || !SURNAMES.has(text[start]!) || !/\p{Script=Han}/u.test(text[end] ?? '')) return false;
  return headOk(text, start) && AFTER_NAME.test(text.slice(end + 1, end + 7));
}

/**
 * Whether text[start, end) is the two-character given name of a name that stands where names stand:
 * a surname right before it, a title, a list mark or the line start before the surname, and a list
 * mark or a name's verb after it (副校长王弘伟、张晖 …). A known slip spelled like a given name (弘伟
 * for 宏伟) is the name there; in running text (规模弘伟，) no surname and title frame it.
 */
export function endsThreeCharacterName(text: string, start: number, end: number): boolean {
  if (end - start !== 2 || start < 1 || !SURNAMES.has(text[start - 1]!)) return false;
  return headOk(text, start - 1) && AFTER_NAME.test(text.slice(end, end + 6));
}

/**
 * Whether text[start, end) is the last character of a name and the first of the verb after it:
 * a surname one or two characters before `start` in a name's frame (the line start, a list mark, a
 * full stop or a post before it) and a name's verb from the form's second character on
 * (。段国宗指出 holds 宗指, a known slip for 宗旨). A slip in running text (坚持宗指不变) has no surname
 * and verb around it. Round 49's split brought a real report where 段国宗指出 drew 宗指 → 宗旨.
 */
export function straddlesNameAndItsVerb(text: string, start: number, end: number): boolean {
  if (end - start !== 2 || !AFTER_NAME.test(text.slice(start + 1, start + 7))) return false;
  return [1, 2].some((k) => start >= k && SURNAMES.has(text[start - k]!) && sentenceHeadOk(text, start - k));
}
// A name opens a sentence as often as it follows a list mark: 。 and ； count here, beside headOk's marks.
const sentenceHeadOk = (text: string, at: number): boolean => headOk(text, at) || /[。；;]/.test(text[at - 1] ?? '');
