import { endsLikeBody } from './bodies';
import { parsePerson } from './people';

/**
 * 甲县、乙县以“…”为主题，在甲县召开… / 甲支部与乙支部，以线上线下结合的形式，同步在…召开… / 县委、县政府
 * 围绕…召开…: the sentence opens on who convenes, and what stands between them and the verb is only
 * how, why, where or when (以…为主题, 以…形式, 为/围绕/根据/按照/结合…, 在…, 于…, a comma). The body
 * of the meeting's name (KEYING 1, and 14: a joint subject as written) is then that opening, one
 * body or several joined by 、/与/和/及/同. Read by the sentence's make-up, in both scripts; header.ts
 * asks here only where the verb's own clause names no convening body.
 */

/** What may follow the subject before the verb: a comma, or a word opening an adverbial. */
const AFTER_SUBJECT = /^(?:[，,]|以(?!及)|为(?!主)|為(?!主)|围绕|圍繞|根据|根據|按照|结合|結合|在|于|於|联合|聯合|共同|专题|專題)/u;
/** Words joining bodies into one subject. */
const JOINERS_ALL = /以及|与|與|和|及|同/gu;
/** A character a body's name never holds but a clause with a verb or a person does. */
// 到/赴 (甲到某社区，向…宣讲): someone going to a place, not a body.
const NOT_IN_BODY = /[的在于於将將并並也还還又再已都均由是对對就把被让讓带帶率到赴]|前往|深入|走进|走進|来到|來到/u;
/**
 * 镇长甲组织全镇干部，召开…: a clause where someone gathers people (组织, 召集, 带领 …; not 组织部, a
 * department) or that ends on a kind of people (干部 ends as 部 does) names no body.
 */
const GATHERS_PEOPLE = /召集|邀请|邀請|会同|會同|带领|帶領|率领|率領|(?:组织|組織)(?!部)|(?:干部|幹部|人员|人員|群众|群眾|党员|黨員|职工|職工)$/u;
const LONGEST = 60;

/** Whether `s` names one convening body: a body's ending, no person, not all or each unit. */
function oneBody(s: string): boolean {
  return (
    s.length >= 2 &&
    s.length <= 40 &&
    /^[\p{Script=Han}（）()A-Za-z\d]+$/u.test(s) &&
    endsLikeBody(s) &&
    !NOT_IN_BODY.test(s.replace(/[（(][^（）()]*[）)]/gu, '')) &&
    !GATHERS_PEOPLE.test(s) &&
    !parsePerson(s)?.title &&
    !/^(?:全|各|本|我|该|該)/u.test(s)
  );
}

/** Whether `s` is one body or several joined by 、 (each part itself one body, or bodies joined by 与/和…). */
function bodies(s: string): boolean {
  return s.split('、').every((part) => oneBody(part) || joined(part));
}

/**
 * 甲大学网络空间安全与计算机学院党支部与乙学院教师党支部: 与 may stand inside a body's name as well as
 * between bodies, so the part is cut at a joiner only where what stands before it is one body and
 * what follows is one body or more.
 */
function joined(part: string): boolean {
  for (const m of part.matchAll(JOINERS_ALL)) {
    const left = part.slice(0, m.index);
    const right = part.slice(m.index + m[0].length);
    if (oneBody(left) && (oneBody(right) || joined(right))) return true;
  }
  return false;
}

/**
 * The bodies opening `head` (a sentence from its start, its date taken off, up to the verb), when
 * only adverbials follow them; '' otherwise. The shortest opening that reads as bodies wins.
 */
export function openingBodies(head: string): string {
  const limit = Math.min(head.length - 1, LONGEST);
  for (let end = 2; end <= limit; end++) {
    if (!AFTER_SUBJECT.test(head.slice(end))) continue;
    const subject = head.slice(0, end);
    if (bodies(subject)) return subject;
  }
  return '';
}
