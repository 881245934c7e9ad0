import { isTitle, parsePerson } from './people';

/**
 * A paragraph that only lists who was there: posts and names, or groups of people, joined by ，、；
 * with no verb of business (县委副书记、县长王某，副县长李某，县直部门负责人). Reports print such a
 * roll call after the opening or at the end, often with its verb (出席会议) cut off by the capture.
 * It is the meeting's account of who attended, never an item of business, so it opens no section.
 */

/** The words that end a group of people named by their role. */
const GROUP_END = /(?:负责人|負責人|负责同志|負責同志|主要领导|主要領導|班子成员|班子成員|代表|委员|委員|成员|成員|干部|幹部|人员|人員)$/u;
/**
 * A clause that does something: a roll call has none of these. Verbs and the marks of a clause (了,
 * 将/把/对/就); not single characters that titles and names use (主要负责人, 王为民).
 */
const BUSINESS =
  /了|[将將把对對就]|要求|通过|通過|召开|召開|强调|強調|指出|听取|聽取|审议|審議|研究|讨论|討論|部署|汇报|匯報|报告|報告|通报|通報|介绍|介紹|发言|發言|进行|進行|负责(?!人|同志)|負責(?!人|同志)/u;
/** The parts of a roll call; a person's parts are short, a sentence's are not. */
const MAX_PART = 40;

/** True when every part of `p` names a person (title and name) or a group, and there are three or more. */
export function isRollCall(p: string): boolean {
  const text = p.trim().replace(/[。.]$/u, '');
  if (text.length < 12 || /[！？：:“”《》]/u.test(text)) return false;
  // A long roll call may run over several sentences, one group of posts each: 。 parts it as ， does.
  const parts = text.split(/[，,；;。]/u).map((x) => x.trim());
  if (parts.length < 3 || parts.some((x) => x === '' || x.length > MAX_PART)) return false;
  // A capture that cut the list off (…，各市、县、自治县 with no stop) leaves its last part unfinished:
  // that part need only do no business.
  const cut = !/[。.]$/u.test(p.trim());
  return parts.every((part, i) => named(part) || posted(part) || (cut && i === parts.length - 1 && !BUSINESS.test(part)));
}

/** 市委副书记、市长扎西顿珠: a post, then a name the surname list does not know (two to four characters). */
function posted(part: string): boolean {
  if (BUSINESS.test(part)) return false;
  for (const n of [2, 3, 4]) if (part.length > n + 1 && isTitle(part.slice(0, -n)) && /^\p{Script=Han}+$/u.test(part.slice(-n))) return true;
  return false;
}

/** 县委常委、副县长王某 / 部分省人大代表: a person with their posts, or a group by its role word. */
function named(part: string): boolean {
  if (GROUP_END.test(part) && !BUSINESS.test(part.replace(GROUP_END, ''))) return true;
  // The 、 inside a part joins the posts of one person, or names sharing a title: the last is read.
  const who = parsePerson(part.split('、').pop()!);
  return !!who && who.name !== '' && !BUSINESS.test(part.slice(0, part.length - who.name.length)) && (who.title === '' || isTitle(who.title) || part.includes('、'));
}
