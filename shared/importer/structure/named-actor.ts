/**
 * A paragraph with no lead opened by a person the report has already named (the chair, an attendee,
 * or anyone given a post: 县委书记刘春阳到石门镇调研… then 刘春阳一行先后来到… / 刘春阳肯定了…) tells
 * what that person did at the meeting: someone doing the meeting's business, its own `other`
 * section (bench/KEYING.md 13), whatever the verb after the name. leadless.ts reads a person only by
 * a post in the paragraph's own first clause or by a verb of its act list; a name alone, already
 * introduced, is the same signal. Issue 11, import-72a.
 */

/** 县委书记刘春阳到… / 市长王某主持 / 总支书记韩玉同志: a post, then a name of two or three characters. */
const NAMED_WITH_POST =
  /(?:书记|書記|县长|縣長|市长|市長|区长|區長|镇长|鎮長|乡长|鄉長|主任|主席|部长|部長|局长|局長|院长|院長|校长|校長|会长|會長|理事长|理事長|经理|經理|秘书长|秘書長|组长|組長|厅长|廳長|处长|處長|省长|省長|州长|州長|旗长|旗長|董事长|董事長)(\p{Script=Han}{2,3}?)(?=[，、。；（(,;]|同志|主持|出席|参加|參加|在|到|作|做|率|带|帶|一行|等|向|就|对|對|代表)/gu;

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
