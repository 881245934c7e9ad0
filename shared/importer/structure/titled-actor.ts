import type { SectionKind } from '../../model';
import { tagRun } from '../segment';
import { ATTENDANCE_MANNER } from './attendance-manner';
import { leadlessKind } from './leadless-kind';

/**
 * A sentence inside a paragraph whose subject is a person named with a post (县委常委、副县长甲某 /
 * 总支书记乙某同志 / 丙书记), several such persons (甲某，副市长乙某分别…), and whose predicate follows:
 * someone doing the meeting's business after 。 (bench/KEYING.md 2: a named leader + a lead after 。
 * starts a section; 13 and 15: a person's act in a sentence of its own — 作…报告, 汇报, 介绍, 宣读,
 * 宣布, 辅导 — is an `other` section of its own; 19: a named speaker after an account).
 *
 * leads.ts knows such a sentence by its verb, one list per shape (X介绍了, X就…进行了汇报, X作…报告),
 * so a person doing a verb no list holds, or with words between person and verb that no shape
 * allows (甲某围绕…等方面作现场辅导 / 甲某利用…课件，带领… / 甲某对…表达了祝贺), went on with the
 * section before. Here the subject is read by the segmenter's tags instead: the sentence's first
 * clause opens with words of a noun phrase (posts, bodies, names: no verb, preposition, adverb or
 * particle among them), a person closes it (people.ts reads the post and the name), and the next
 * word the segmenter tags starts a predicate (a verb, a preposition, an adverb). The kind is the
 * class of the sentence's strongest verb (leadless-kind.ts, as a paragraph with no lead takes it),
 * else `other`, an act.
 *
 * Not such a sentence: one that only says who attended, chaired or went along (the opening's
 * account, KEYING 7 and 22), what someone will do (将/拟), or says what someone is (是).
 */

/** Tags of the words a subject is made of: nouns of every kind, names, unknown runs, 、. */
const NOMINAL = /^(?:n|nr|nrt|nrfg|ns|nt|nz|ng|zg|j|x|b|eng|k)$/u;
/** Tags that start a predicate: a verb, a preposition, an adverb. */
const PREDICATE = /^(?:v|vd|vn|p|d|ad)$/u;
/** The subject may open on a pointing word (该校党支部书记, 本所所长) or a count's 各 (各支部书记). */
const POINTER_FIRST = /^(?:该|該|本|各)/u;
/** A pronoun opens it: the speaker going on, read by the pronoun readings of leads.ts. */
const PRONOUN = /^(?:他|她|其|我|你|您|这|這|那)/u;

/**
 * Attending, chairing, going along, hosting: who met, the opening's account, not its business. How
 * they came (应邀, 一同, 以视频方式…) is attendance-manner.ts's one list, read by every attendance reader.
 */
const ATTENDED = new RegExp(`^(?:${ATTENDANCE_MANNER}|等|还|還)*(?:出席|列席|参加|參加|主持|陪同|莅临|蒞臨|到会|到會|就座|就坐|在主席台|在主席臺|参会|參會|会见|會見|接见|接見|一行)`, 'u');
/** What is still to come, or what someone is: no business done. */
const NOT_DONE = /^(?:也|还|還|都|则|則|仍|就|即|又)*(?:将|將|拟|擬|是|系|係|曾|现任|現任|原任|已)/u;

/** Words that join a second person on (甲某与乙某, 甲某和乙某): no predicate yet. */
const JOINED = /^(?:与|與|和|及|同|跟|暨)$/u;
/** 甲某陪同调研 / 甲某等出席 anywhere in the first clause, with no lead verb in the sentence: who came. */
const ATTENDED_ANY = /出席|列席|参加|參加|主持|陪同|莅临|蒞臨|到会|到會|会见|會見|接见|接見/u;
/** 甲某在全会上的讲话体现了…: the person's speech or report is the subject, read of the text, not done. */
const SPEECH_AS_SUBJECT = /^[^，。；,;]*?的(?:讲话|講話|报告|報告|发言|發言|致辞|致辭|致詞|重要)/u;

/** 甲某作重要讲话。: a speech only announced, its kind given by what is said inside it (KEYING 9); the
 * speech readers of leads.ts and sections.ts take it, or leave it with the chair line before it. */
const SPEECH_ONLY = /(?:讲话|講話|致辞|致辭|致詞)$/u;

export interface ActorSentence {
  /** The subject as written (posts and names): the section's lead. */
  subject: string;
  kind: SectionKind;
}

/**
 * The person or persons opening `sentence` (from where it begins to its 。) and the kind of what they
 * do, or null. `isPerson` says whether a run of text names people (a post and a name, or a list of
 * them), as leads.ts reads persons.
 */
export function titledActor(sentence: string, isPerson: (subj: string) => boolean): ActorSentence | null {
  const end = sentence.search(/[。！？!?]/u);
  const whole = end < 0 ? sentence : sentence.slice(0, end);
  if (PRONOUN.test(whole)) return null;
  const clause = /^[^，,；;：:。！？“”「」《》]{3,40}/u.exec(whole)?.[0];
  if (!clause) return null;
  const words = tagRun(clause);
  if (!words || words.length < 2) return null;
  if (!NOMINAL.test(words[0]!.tag) && !POINTER_FIRST.test(words[0]!.word)) return null;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (i > 0 && !NOMINAL.test(w.tag)) return null;
    const next = words[i + 1];
    // 副市长甲某，副市长乙某分别汇报了…: persons listed by commas, the predicate after the last.
    if (!next) return isPerson(clause) && /^[，,]/u.test(whole.slice(clause.length)) ? listed(clause, whole.slice(clause.length + 1), isPerson) : null;
    // 甲某同志利用…: 同志 closes the subject whatever the segmenter makes of the word after it.
    // 唐某某作了…: a name the segmenter does not know, run into a one-character verb (唐其林作/x):
    // the verb read alone.
    const fused = !PREDICATE.test(next.tag) && w.tag === 'x' && w.word.length >= 3 && PREDICATE.test(tagRun(w.word.slice(-1))?.[0]?.tag ?? '');
    // 姜立|強作: the name's last character run into the verb after it (強作/vn): the verb read alone.
    const runOn = !fused && next.word.length === 2 && PREDICATE.test(tagRun(next.word.slice(1))?.[0]?.tag ?? '') && isPerson(clause.slice(0, w.end + 1));
    const end = fused ? w.end - 1 : runOn ? w.end + 1 : w.end;
    if (!fused && !PREDICATE.test(next.tag) && !/同志$/u.test(w.word)) continue;
    const subject = clause.slice(0, end);
    if (!isPerson(subject)) continue;
    // 甲某与乙某…陪同调研: a second person joined on; the subject goes on past the preposition.
    if (!fused && JOINED.test(next.word)) return null;
    const rest = whole.slice(subject.length);
    // 甲某到会听取… where the segmenter ran the name into the verb (沈健到/x): read from the name's end.
    if (ATTENDED.test(rest) || ATTENDED.test(subject.slice(-1) + rest) || NOT_DONE.test(rest) || SPEECH_AS_SUBJECT.test(rest)) return null;
    const kind = leadlessKind(rest);
    if (!kind && (ATTENDED_ANY.test(rest.split(/[，,；;]/u)[0]!) || SPEECH_ONLY.test(rest))) return null;
    return { subject, kind: kind ?? 'text' };
  }
  return null;
}

/** The first person of a comma list (甲某，) acting with those after it: the list's act. */
function listed(first: string, after: string, isPerson: (subj: string) => boolean): ActorSentence | null {
  const next = titledActor(after, isPerson);
  return next && IN_TURN.test(after.slice(next.subject.length)) ? { subject: first, kind: next.kind } : null;
}
/** 分别 / 等 / 也 after the last person of a list: they all did it. */
const IN_TURN = /^(?:等|分别|分別|先后|先後|依次)/u;
