/**
 * Who led a visiting group (甲一行来我县调研, 乙率调研组到某市调研, 丙带队赴某地考察): the leaders a
 * report of a visit names as the subject of its first sentence sit at the talk the report is about,
 * and a 纪要 lists them among who attended (KEYING 17's 来到, 18's 率队到, 19's leader who leads the
 * group). The sentence names them by the group they came as (一行, 率…组/团/队, 带队), not by an
 * attendance verb, so header.ts's attendance clauses never see them. Only named, titled people are
 * read as leaders (parsePeopleList decides): 县领导一行 or 调研组一行 names no one, nor does a body
 * they led (率调研组: KEYING 19, members are not attendees unless named). The kinds of people a
 * leader 率s or 带领s to the place (…等部门相关负责人) go and join the talk, and attend beside the
 * leader as a group (KEYING 18, 28).
 */
import type { Person } from '../../model';
import { traditionalToSimplified } from '../../script/to-simplified';
import { tagWords } from '../segment';
import { isTitle, looksLikeName, namesPeopleOnly, parsePeopleList, parsePerson } from './people';

/**
 * The group a visitor came as, closing the subject: 一行 (with a head count), 率/带领 + a group word
 * (率调研组, 带领考察团), 率/带领 + whoever they brought right before arriving (率市直部门负责人到),
 * or 率队/带队/率团 alone.
 */
const CAME_AS =
  /(?:等)?(?:一行(?:[0-9０-９一二三四五六七八九十]+(?:人|名))?|(?:率领|率領|带领|帶領|率)[^，。；、]{0,14}?(?:调研组|調研組|考察组|考察組|督导组|督導組|工作组|工作組|代表团|代表團|考察团|考察團|访问团|訪問團|组|組|团|團|队|隊)(?:一行(?:[0-9０-９一二三四五六七八九十]+(?:人|名))?)?|(?:率领|率領|带领|帶領|率)[^，。；]{1,60}?(?:[，,](?:分别|分別|一同|一起|先后|先後)?(?=前往|赴|莅临|蒞臨|来到|來到))?(?=来|來|到|赴|莅临|蒞臨|前往|深入|走进|走進|抵达|抵達)|率队|率隊|带队|帶隊|率团|率團)/u;

/**
 * What the group came to do, later in the same sentence: arriving somewhere (来, 到, 赴, 莅临, 前往)
 * or the visit itself (调研, 考察, 视察, 走访, 座谈, 指导). Without it 一行 may close a list of
 * people who only attended (县领导甲、乙一行出席开幕式), which header.ts reads already.
 */
const VISITED = /(?:来|來|到|赴|莅临|蒞臨|前往|深入|走进|走進|抵达|抵達|调研|調研|考察|视察|視察|走访|走訪|座谈|座談|指导|指導|督导|督導|检查|檢查|慰问|慰問)/u;

/** A clause that already says they attended, accompanied or chaired: header.ts reads those forms. */
const READ_ELSEWHERE = /出席|列席|参加|參加|参会|參會|陪同|主持/u;

/** The visit's own work, which must follow an everyday verb of going or coming within its clause. */
const VISIT_WORK = String.raw`(?:调研|調研|考察|视察|視察|走访|走訪|检查|檢查|督导|督導|指导|指導|慰问|慰問|座谈|座談)`;

/** How the leaders came, between them and the verb: together, in turn, once more, on purpose. */
const MANNER = String.raw`(?:[，,]?(?:分别|分別|一同|一起|先后|先後|再次|专程|專程))?`;

/**
 * 县委书记甲，县长乙来到某驻地看望… / 甲，乙分别来到第一、第二讨论组: leaders who come with no group
 * word, the arrival verb right after them, are the visit's subject all the same (KEYING 16's 来到, 19's
 * leader who leads). The comma and the manner before the verb (，分别 / 一同) are no part of them.
 */
const ARRIVED_BARE = new RegExp(String.raw`${MANNER}(?:来到|來到)(?=\p{Script=Han})`, 'u');

/**
 * 市政协副主席甲赴某社区指导工作 / 区委书记乙到某校考察调研: a leader who goes (赴, 到, 前往) to a place to
 * do the visit's work, with no group word, is the visit's subject too (KEYING 18: those who 到 a place
 * and join the talk attend). 到 is an everyday word (到会, 到任, 到期), so the visit's own verb must
 * follow within the clause; the arrival alone is not enough.
 * 市卫健委主任甲莅临我院调研 / 市委书记乙来校走访: coming to the writer's place (莅临, 来) is the
 * same visit told from the host's side; 来 only as the verb (not 带来, 原来, 以来, 将来, 来自, 来到:
 * 来到 is read above), and the visit's own work must follow it as it must follow 到.
 */
const WENT_TO = new RegExp(
  String.raw`${MANNER}(?:(?:赴|到|前往)(?=[^，。；！？]{2,30}?${VISIT_WORK})|(?:莅临|蒞臨|(?<![带帶前原以将將起出回未从從后後近本由再])(?:来|來)(?![到自等]))(?=[^，。；！？]{1,30}?${VISIT_WORK}))`,
  'u',
);

/** Going along with the visit, closing the companions' clause: (同志)(等)一同前往 / 随同调研. */
const WENT_ALONG = /(?:同志)?(?:等)?(?:一同|一起|随同|隨同)(?:前往|赴|调研|調研|考察|视察|視察)/u;

/** The host's side of a visit (莅临, 来): read only from visitors whose titles are offices alone. */
const CAME = /(?:莅临|蒞臨|来|來)$/u;

/**
 * Whether the segmenter reads `title` as offices alone: it opens on no verb, adverb, pronoun or
 * joining word, and holds no verb, adverb or set phrase of two characters or more.
 */
function officeOnly(title: string): boolean {
  const words = tagWords(traditionalToSimplified()(title));
  // 要落实好省委书记甲: an office never opens on a verb, a modal, an adverb or a pronoun.
  if (words[0] && /^(?:v|d|p|c|r)$/u.test(words[0].tag)) return false;
  return !words.some((w) => w.word.length >= 2 && /^(?:v|i|l|d|p|c)$/u.test(w.tag));
}

/**
 * 在…陪同下 closing the visitor's clause, with who accompanied them inside (commas may part them); the
 * last 在 opens it (在教师节来临之际，甲在乙的陪同下: the first 在 opens the occasion).
 */
const ESCORTED = /在([^。！？；在]{2,240}?)(?:的)?陪同下[，,]?(?:分别|分別|一同|一起|先后|先後)?$/u;

/** The same clause right after the group word (甲一行在乙的陪同下，到…), before the arrival. */
const ESCORTED_AFTER = /^[，,]?在([^。！？；在]{2,240}?)(?:的)?陪同下/u;

/**
 * Who accompanied, read from the 在…陪同下 clause: a list that names people only, titled names or
 * kinds, comes along whole (KEYING 3: the kind is one group); otherwise only titled, named people.
 */
function companionsIn(clause: string): Person[] {
  return namesPeopleOnly(clause) ? parsePeopleList(clause) : parsePeopleList(clause).filter((p) => p.title && looksLikeName(p.name));
}

/** The leaders of a visiting group named in `paragraph` (the report's opening), in the text's order. */
export function visitingLeaders(paragraph: string): Person[] {
  const out: Person[] = [];
  for (const sentence of paragraph.split(/[。！？]/u)) {
    // …率队到某街道调研，副院长乙，办公室主任丙一同前往调研: those who go along with the visit the
    // paragraph told attend with its leader (KEYING 18's 一同前往); read only after a visitor.
    const along = out.length ? WENT_ALONG.exec(sentence) : null;
    if (along) for (const p of leadersBefore(sentence.slice(0, along.index))) if (!out.some((o) => o.name === p.name)) out.push(p);
    const m = CAME_AS.exec(sentence) ?? ARRIVED_BARE.exec(sentence) ?? WENT_TO.exec(sentence);
    if (!m || !VISITED.test(sentence.slice(m.index + (m[0].endsWith('来到') || m[0].endsWith('來到') ? m[0].length - 2 : m[0].length)))) continue;
    // The subject is the clause before the group word: after the date's comma, up to the word.
    let before = sentence.slice(0, m.index);
    // 甲在乙、丙陪同下(，)先后来到…: those who accompany the visitor come along with them (KEYING 11's
    // 陪同); the visitor is the subject before 在. Only titled, named companions (or kinds) are read.
    const escort = ESCORTED.exec(before);
    // 在区委区政府相关委办局及某镇相关负责人的陪同下: those who accompany may be a kind of people
    // the page names by their offices; a list that names people only, titled names or such kinds,
    // comes along whole (KEYING 3: the kind is one group).
    // 甲一行在乙、丙的陪同下到…: with a group word the escort follows the group, before the arrival.
    const escortAfter = escort ? null : ESCORTED_AFTER.exec(sentence.slice(m.index + m[0].length));
    const companions = escort ? companionsIn(escort[1]!) : escortAfter ? companionsIn(escortAfter[1]!) : [];
    if (escort) before = before.slice(0, escort.index);
    const people = subjectLeaders(before);
    if (!people || ((escort ?? escortAfter) && !companions.length)) continue;
    // 落实省委书记甲来某地调研指示精神: a visit 来 only names inside a longer phrase is no visit told;
    // the visitors' titles hold no verb phrase (the segmenter's verbs and set phrases, 深入 贯彻落实).
    if (CAME.test(m[0]) && !people.every((p) => officeOnly(p.title))) continue;
    for (const p of [...people, ...ledBy(m[0]), ...companions]) if (!out.some((o) => o.name === p.name)) out.push(p);
    const with_ = WENT_ALONG.exec(sentence.slice(m.index + m[0].length));
    if (with_) for (const p of leadersBefore(sentence.slice(m.index + m[0].length).slice(0, with_.index))) if (!out.some((o) => o.name === p.name)) out.push(p);
  }
  return out;
}

/**
 * 县委书记甲率县委办、组织部等部门相关负责人赴… / 副院长乙带领相关职能部门负责人，前往…: the people a
 * leader brings, named by their kind, attend beside the leader (KEYING 28: a delegation a leader 率s
 * is a group beside him). `came` is CAME_AS's match; only a list that names kinds of people and
 * nothing else is read (率调研组, 率党政代表团 name a body, not people; 带领部分市直部门 only units).
 */
function ledBy(came: string): Person[] {
  const led = /^(?:等)?(?:率领|率領|带领|帶領|率)([^，,]+?)(?:一行(?:[0-9０-９一二三四五六七八九十]+(?:人|名))?)?(?:[，,].*)?$/u.exec(came)?.[1];
  if (!led || !namesPeopleOnly(led)) return [];
  const people = parsePeopleList(led);
  return people.every((p) => !p.title) ? people : [];
}

/**
 * The visitors named in `before`, the sentence up to the group or arrival word: the clause after the
 * date's comma, and the titled, named people the commas part before it; null when any of them is not
 * a titled, named person (a list with a unit or a kind in it is not the subject of the visit).
 */
function subjectLeaders(before: string): Person[] | null {
  const clause = before.slice(Math.max(before.lastIndexOf('，'), before.lastIndexOf(','), before.lastIndexOf('；')) + 1);
  if (!clause || READ_ELSEWHERE.test(clause)) return null;
  // 市委书记甲、市长乙分别带队到…: in what order or how they came is no part of who they are.
  const subject = clause.replace(/(?:同志|等|分别|分別|亲自|親自)+$/u, '');
  let people = [...leadersBefore(before.slice(0, before.length - clause.length)), ...parsePeopleList(subject)];
  // 市政协副主席、党组成员甲: one person with offices joined by 、 is read whole, where every office
  // before the name is an office alone (北川省委书记甲、省长乙 holds a name in its first part).
  if (!people.every((p) => p.title && looksLikeName(p.name))) {
    const one = parsePerson(subject);
    if (one?.title && looksLikeName(one.name) && one.title.split('、').every((part) => isTitle(part))) people = [{ ...one, unit: '' }];
  }
  // 省委书记甲、省长乙率代表团: every part must be a titled, named person, or none is read.
  if (!people.length || !people.every((p) => p.title && looksLikeName(p.name))) return null;
  return people;
}

/**
 * 市委书记甲，市委副书记、市长乙，秘书长丙一行来…: the page may part the visiting leaders with commas,
 * each a titled, named person, before the last one the group word closes. Read back from the comma
 * before that last one while each part is such a person; the date or place before them ends the run.
 */
function leadersBefore(text: string): Person[] {
  const parts = text.split(/[，,]/u);
  const out: Person[] = [];
  for (let i = parts.length - 1; i >= 0; i--) {
    const part = parts[i]!.trim();
    if (!part) continue;
    const people = parsePeopleList(part);
    if (!people.length || !people.every((p) => p.title && looksLikeName(p.name))) break;
    out.unshift(...people);
  }
  return out;
}
