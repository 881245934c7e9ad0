import type { SectionKind } from '../../model';
import { leadlessKind } from './leadless-kind';

/**
 * The kind of a paragraph that announces one person's speech in its first sentence (甲发表致辞。 /
 * 随后，乙发表讲话。 / 会议最后，丙作了讲话。) and gives its words in the next: the words' main verb gives
 * the kind, as the speech and its sentences are one section (bench/KEYING.md 9, 18: 乙发表致辞。乙首先
 * 对…表示欢迎… is one section; the verb inside the speech gives the kind). speech-pronoun.ts reads the
 * next sentence only when it opens with 他/她 and a verb of saying, and leaves out welcome and thanks;
 * the keys give a speech opened by a welcome, thanks or praise (他首先对…表示欢迎 / 甲首先对…表示热烈的
 * 欢迎 / 首先对…给予充分的肯定) the kind leadless-kind.ts gives such a verb, `directive`, as a welcome
 * said for a body is one (round 38, TRAIN even half: 3 keys, none against).
 *
 * The first sentence is a step (随后，/ 会议最后，/ 会议伊始，) at most, then the speaker and the speech
 * made, nothing after it: a speech with business of its own after a comma is read elsewhere. The next
 * sentence's subject is 他/她, the speaker's name again, or left out (首先对…); a group or another
 * person is a new account.
 */

const STEP = '(?:(?:会议|會議|大会|大會)?(?:最后|最後|伊始|开始时|開始時|结束时|結束時|尾声|尾聲)|随后|隨後|接着|接著|最后|最後|首先)[，,]';
const SPEECH = new RegExp(
  `^(?:${STEP})?(?<who>[^，。；,;：:“”《》]{2,40}?)(?:代表[^，。；,;]{1,24}?)?(?:(?:发表|發表|作了|做了|作|做)(?:了)?[^，。；,;]{0,8}?)?(?:讲话|講話|致辞|致辭|致词|致詞)$`,
  'u',
);
/** 他/她, or the subject left out (首先对…), at the head of the next sentence. */
const PRONOUN_OR_NONE = /^(?:他|她)?(?:首先|还|還|也|随后|隨後|同时|同時)?(?:代表[^，。；,;]{1,24}?)?(?:对|對|向)/u;

export function speechWordsKind(text: string): SectionKind | null {
  const end = text.search(/[。！？]/u);
  if (end < 0) return null;
  const m = SPEECH.exec(text.slice(0, end));
  if (!m?.groups) return null;
  const next = text.slice(end + 1);
  const stop = next.search(/[。！？]/u);
  const sentence = stop < 0 ? next : next.slice(0, stop);
  // The speaker named again: the end of the first sentence's subject is the name (院长赵某 → 赵某).
  const who = m.groups.who!;
  const named = [...Array(3).keys()].map((k) => who.slice(-(k + 2))).find((n) => n.length >= 2 && sentence.startsWith(n));
  const rest = named ? sentence.slice(named.length) : sentence;
  if (!PRONOUN_OR_NONE.test(rest)) return null;
  return leadlessKind(rest);
}
