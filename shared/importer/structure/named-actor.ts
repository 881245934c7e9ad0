import { OFFICE } from './people';

/**
 * A paragraph with no lead opened by a person the report has already named (the chair, an attendee,
 * or anyone given a post: 县委书记刘春阳到石门镇调研… then 刘春阳一行先后来到… / 刘春阳肯定了…) tells
 * what that person did at the meeting: someone doing the meeting's business, its own `other`
 * section (bench/KEYING.md 13), whatever the verb after the name. leadless.ts reads a person only by
 * a post in the paragraph's own first clause or by a verb of its act list; a name alone, already
 * introduced, is the same signal. Issue 11, import-72a.
 */

/**
 * 县委书记刘春阳到… / 市长王某主持 / 总支书记韩玉同志: a post (people.ts's office words, both scripts),
 * then a name of two or three characters and what follows a name.
 */
const NAMED_WITH_POST = new RegExp(`(?:${OFFICE})(\\p{Script=Han}{2,3}?)(?=[，、。；（(,;]|同志|主持|出席|参加|參加|在|到|作|做|率|带|帶|一行|等|向|就|对|對|代表)`, 'gu');

/** The names a paragraph gives a post to (县委书记刘春阳到… → 刘春阳). */
export function namedWithPost(p: string): string[] {
  return [...p.matchAll(NAMED_WITH_POST)].map((m) => m[1]!);
}

/** After the name, anything but a list going on (、 和 及 等) or a possessive (刘春阳的讲话): the person acts. */
const NAME_THEN_VERB = /^(?![、，,和与與及等的])/u;

/** The paragraph opens with one of the people named before it, the subject of what follows. */
export function namedActor(p: string, names: Iterable<string>): boolean {
  for (const n of names) if (n.length >= 2 && p.startsWith(n) && NAME_THEN_VERB.test(p.slice(n.length))) return true;
  return false;
}
