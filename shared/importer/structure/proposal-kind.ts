import type { SectionKind } from '../../model';

/**
 * The kind of putting something forward (提出 / 作出 + its object), read from the object rather than
 * the verb (bench/KEYING.md 20: 提出 counts as a lead wherever it stands, and its kind follows its
 * object — 要求 → `requirement`; 建议, 意见 → `directive`; KEYING 24: any object the meeting
 * lays down, as 提出…建议). The lead readers matched 提出…要求 and 提出…意见 with one pattern and
 * gave both `requirement`, so a speaker who 提出了意见和建议 was keyed as asking. What is asked for is
 * 要求 wherever it stands in the object (提出了意见和要求, 提出明确的工作要求); an object that names
 * 意见 or 建议 and no 要求 is a view offered: `directive`. Any other object keeps the `requirement` the
 * readers gave (they call this only on what they matched as asking); `proposedKind` below reads
 * 提出 with any object.
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

/**
 * 提出 as a verb of the clause, not inside a noun phrase (会上提出的问题, 所提出, 被提出) nor in
 * 提出来 / 提出后 (a time clause: 提出后，…). Group 1: the 了 of the act done.
 */
const PROPOSES = /(?<![所被])(?:提出|提了)(?![的来來后後时時])(了)?/gu;
/** The object asks others to act: it names 要求 wherever it stands (提出了意见和要求). */
const ASKED_OBJECT = /要求/u;
/** What the readers knew as put forward before 了 was read: views, suggestions, problems, plans,
 * named within the first words of the object as before (提出了…等问题 far down a long object is
 * what a report lists, 提出…存在…等问题). */
const VIEWS = /建议|建議|意见|意見|问题|問題|方案/u;
const VIEWS_WITHIN = 26;

/**
 * The kind of 提出 with whatever object follows it in `clause` (bench/KEYING.md 20, 24, 29: 提出
 * counts as a lead wherever it stands and its kind follows its object — what is asked of others
 * (…要求) → `requirement`; anything else the meeting or a speaker lays down — views,
 * suggestions, problems, targets, measures, 思路, 看法, 目标任务 → `directive`). The readers knew
 * 提出 only before 要求, 意见, 建议, 问题, 方案, so a speaker who 提出了明年的工作思路 or 就…提出了
 * 看法 stayed `other`, against KEYING 29. Any other object is read only where 了 marks the act done
 * at the meeting: a bare 提出 + object more often tells what someone once proposed (三市提出共建…
 * 构想, 不服提出诉愿, 期间向大会提出) than what was said there. Reads the clause's first 提出 used as
 * a verb; null when there is none or it reads as no act of the meeting.
 */
export function proposedKind(clause: string): SectionKind | null {
  const m = [...clause.matchAll(PROPOSES)][0];
  if (!m) return null;
  const rest = clause.slice(m.index + m[0].length);
  const end = rest.search(OBJECT_END);
  const object = end < 0 ? rest : rest.slice(0, end);
  if (ASKED_OBJECT.test(object)) return 'requirement';
  return m[1] || VIEWS.test(object.slice(0, VIEWS_WITHIN)) ? 'directive' : null;
}
