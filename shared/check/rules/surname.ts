/**
 * 於 as a surname in a Simplified document. 於 and 于 are two surnames (于 the common one, 於 the
 * rarer one kept as a surname character by the 通用规范汉字表), so 副县长於建平 is right in a
 * Simplified 纪要, while 会议於昨日召开 is a Traditional preposition left in Simplified text. OpenCC
 * converts every 於 to 于; LNG-02 asks this module first. The test is the name's place in an
 * official sentence: right after a post (副县长, 主任, 书记 …), a 、 or ， of a name list, or the start
 * of the text, then a one- or two-character given name, then a name's follower (同志, a speech verb,
 * a 、 or ，, a post of its own). Time words (今年, 近日 …) are never a given name: 主任於今年主持
 * stays an error.
 */
// Taiwan's and the press's posts end in other characters too: 技正 (a technical officer), 總編輯,
// 教授, 記者, 主管 (技正范X指出 and 總編輯余X表示 lost the surname to 範/餘).
const POST_ENDS = '长|長|记|記|任|员|員|席|理|官|师|師|事|监|監|委|表|士|人|志|正|辑|輯|授|者|管';
// A name is followed by what its bearer does or where: a speech verb, a post, a mark of a list, or
// the preposition of time/place that opens the rest of the clause (區長于美華於每月…, 副县长於建平于
// 会上…); a preposition right after a one- or two-character "given name" is a name's follower, as no
// time word reaches here (TIME_WORDS is read first). Reporting verbs of news style (呼籲, 認為, 透露,
// 期勉 …) and the adverbs that stand between a name and its verb (也, 亦, 則) follow a name as well: a
// Traditional report writes 社會處長范X呼籲, and without them the surname became 範. So do the
// verbs of an official's inspection (督導, 帶隊, 視察, 巡視, 考察, 慰問: 工務局長范X督導), and those of an
// official's coming (到場, 親臨, 蒞臨, 陪同: 體育處長范X到場為選手打氣, where 范 became 範).
const FOLLOWERS =
  '到场|到場|到会|到會|亲临|親臨|莅临|蒞臨|陪同|督导|督導|带队|帶隊|视察|視察|巡视|巡視|考察|慰问|慰問|呼吁|呼籲|说明|說明|指示|提出|宣布|宣佈|致辞|致辭|致詞|认为|認為|透露|建议|建議|期勉|感谢|感謝|回应|回應|坦言|直言|希望|提到|谈到|談到|补充|補充|重申|坦承|也|亦|则|則|於|于|提醒|说|說|率|前往|赴|召开|召開|同志|主持|指出|强调|强調|要求|表示|介绍|介紹|通报|通報|传达|傳達|讲话|講話|作|做|在|出席|参加|參加|列席|代表|副|主任|书记|書記|[县縣市区區镇鎮乡鄉]长|局长|部长|主席|委员|委員|经理|經理|[，、。；：）]';
const TIME_WORDS = new Set([
  '今年',
  '去年',
  '明年',
  '近日',
  '日前',
  '昨日',
  '今日',
  '本月',
  '上午',
  '下午',
  '晚上',
  '当日',
  '當日',
  '此次',
  '本次',
  '会上',
  '會上',
  '会后',
  '會後',
  '今天',
  '昨天',
  '近期',
  '月底',
  '年底',
  '同日',
  '次日',
]);
// In a Traditional document the words that join one named official to the next follow a name too
// (局長于X與副局長范Y表示: 于 became 於). Not in a Simplified one, where 於 before 与 is as often a
// Traditional preposition left standing (主任於会中与群众交流).
const JOINS = '与|與|和|及|暨';
const surnamePattern = (chars: string, followers = FOLLOWERS) => new RegExp(`(?:^|(?:${POST_ENDS})|[、，,])([${chars}])(\\p{Script=Han}{1,2}?)(?=${followers})`, 'gu');
const SURNAME_YU: Readonly<Record<YuSurname, RegExp>> = { 於: surnamePattern('於'), 于: surnamePattern('于', `${JOINS}|${FOLLOWERS}`) };
/**
 * Surnames a Traditional document writes as they stand, though OpenCC turns the character into
 * another one when it reads no name: 范 (局長范文琦, not 範), 余 (not 餘), 郁 (not 鬱), 云 (not 雲,
 * itself a different surname), 党 (not 黨), and 于 (not 於). A "fix" there would rename a person.
 * 干 is left out: after a post it is as often the Simplified 幹 of 幹事 as the rare surname.
 */
const HANT_SURNAMES = '于范余郁云党';
const HANT_SURNAME = surnamePattern(HANT_SURNAMES, `${JOINS}|${FOLLOWERS}`);
/**
 * A title then one of those surnames and a two-character given name is a name whatever follows it:
 * the head of an office (處長, 校長, 里長, 董事長: an office character before 長) or a title of its own
 * (老師, 主任, 書記, 教授 …). OpenCC's phrase table reads 長于 as 長於 ("good at") and 于美 as 於美 (of
 * 於美國), and a follower list never ends: 校長于佩芸逐字逐句…, 老師于美玲細心… drew 於 (a renamed
 * person, an error a "fix all" would apply). The office characters keep 擅長, 成長, 專長, 增長 and the
 * other words ending in 長 out, where 于 may be a Simplified preposition left in Traditional text; a
 * time word after 于 (處長于今年…) still reads as one.
 */
const TITLE =
  '(?:[處处局里縣县市校院部科隊队社會会組组股署司廳厅鎮镇鄉乡村區区館馆團团庭站室課课省總总班]|董事|理事|秘書|秘书|檢察|检察)長' +
  '|[老教導导醫医律技]師|工程師|會計師|[老教导医律技]师|工程师|会计师|主任|書記|书记|委員|委员|經理|经理|主席|教授|記者|记者|總監|总监|議員|议员|專員|专员|幹事';
const TITLED_NAME = new RegExp(`(?:${TITLE})([${HANT_SURNAMES}])(\\p{Script=Han}{2})`, 'gu');

/** 於 in a Simplified document; 于 in a Traditional one (the common surname, as Taiwan writes it). */
export type YuSurname = '於' | '于';

/**
 * Offsets of 於 (or 于, for Traditional text) in `text` that stand as a surname before a given
 * name. In a Traditional document OpenCC's phrase table reads 處長于美玲 as 長於 ("good at") and
 * would make the surname 於; the same test of the name's place keeps it.
 */
export function surnameYuOffsets(text: string, ch: YuSurname = '於'): Set<number> {
  const out = new Set<number>();
  if (!text.includes(ch)) return out;
  return nameOffsets(text, SURNAME_YU[ch]);
}

/**
 * Offsets of the surnames in a Traditional document that OpenCC would change (HANT_SURNAMES), where
 * they stand before a given name by the same test of the name's place as 於/于.
 */
export function hantSurnameOffsets(text: string): Set<number> {
  if (![...HANT_SURNAMES].some((ch) => text.includes(ch))) return new Set();
  const out = nameOffsets(text, HANT_SURNAME);
  for (const at of nameOffsets(text, TITLED_NAME)) out.add(at);
  return out;
}

function nameOffsets(text: string, pattern: RegExp): Set<number> {
  const out = new Set<number>();
  for (const m of text.matchAll(pattern)) {
    const surname = m[1]!;
    const given = m[2]!;
    if (TIME_WORDS.has(given) || given.includes(surname)) continue;
    out.add(m.index + m[0].length - given.length - 1);
  }
  return out;
}
