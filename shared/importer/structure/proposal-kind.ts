import type { SectionKind } from '../../model';

/**
 * The kind of putting something forward (提出 / 作出 + its object), read from the object rather than
 * the verb (bench/KEYING.md 20: 提出 counts as a lead wherever it stands, and its kind follows its
 * object — 要求 → `requirement`; 建议, 意见 → `directive`; KEYING 24: any object the meeting
 * lays down, as 提出…建议). The lead readers matched 提出…要求 and 提出…意见 with one pattern and
 * gave both `requirement`, so a speaker who 提出了意见和建议 was keyed as asking. What is asked for is
 * 要求 wherever it stands in the object (提出了意见和要求, 提出明确的工作要求); an object that names
 * 意见 or 建议 and no 要求 is a view offered: `directive`. Any other object keeps the `requirement` the
 * readers gave (they call this only on what they matched as asking); 提出 + 目标/看法/思路, which
 * KEYING 24 and 29 key `directive`, is not read here yet.
 *
 * `phrase` is the verb phrase as a reader matched it (…提出了几点意见); `after` is what follows it, of
 * which only the rest of the clause is read (…意见|和要求，…).
 */
const ASKS = /要求/u;
const OBJECT_END = /[，。；：,;:！？!?]/u;
const PUT = /提出|作出|做出|作了|做了/gu;

export function proposalKind(phrase: string, after = ''): SectionKind {
  // The object starts after the last putting verb (X就落实上级要求提出了意见: the 就-clause is no object).
  const put = Math.max(...[...phrase.matchAll(PUT)].map((m) => m.index + m[0].length), 0);
  const end = after.search(OBJECT_END);
  const object = phrase.slice(put) + (end < 0 ? after : after.slice(0, end));
  return ASKS.test(object) || !/意见|意見|建议|建議/u.test(object) ? 'requirement' : 'directive';
}
