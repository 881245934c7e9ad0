import type { SectionKind } from '../../model';
import { SPEECH } from './lead-verbs';

/**
 * The kind of a speaker's account that leads.ts left as a plain account (`other`): a person's speech,
 * statement or report (X代表…作表态发言 / X在…报告中 / X会后向记者 / X在会报结论) says what it is by
 * the first verb of saying in its first sentence (bench/KEYING.md 9: 作讲话 has no kind of its own,
 * the first verb inside the speech gives it; X表示/X说 → `directive`, 强调/要求 → `requirement`).
 *
 * The blind first runs show the shapes vary every batch (作表态发言，他说 / 報告中表示 / 會議後向記者表示
 * / 做明確具體指示 / 作了总结讲话，他指出), so this reads the verb by where it stands, not by the shape
 * of the speech before it:
 * - after a comma, the speaker named again by pronoun (…，他说，/ …，她指出，);
 * - right after the occasion of the speech (…中/时/后/上, …讲话/发言/点评/总结, …向记者), with the
 *   words said after it (表示，/ 指出：);
 * - a directive given (作出明确指示 / 做了具体指示).
 * Not in a ；-rundown (rule 2: the rundown is one account of several people, `other`), and not a
 * verb whose object is thanks or welcome (表示衷心感谢), which says nothing the meeting decided.
 */

// The verbs of saying leads.ts reads (lead-verbs.ts SPEECH: 说, 表示, 讲到, 谈到, 提到 … — KEYING 11, 14),
// one list for both readers, with the lead verbs a speech opens on (指出, 强调, 要求) and 称 (the
// reporter's 说; in lead-verbs.ts only before its comma, as here after the occasion or the pronoun).
const SAYING = `${SPEECH}|指出|强调|強調|要求|称|稱`;
/** …，他说，/ ，她还指出: the speaker going on inside the sentence (not 他说得很简短, how he spoke). */
const PRONOUN_SAYS = new RegExp(`[，,](?:他|她)(?:还|還|也|又|进一步|進一步)?(${SAYING})(?!得|(?:衷心|誠摯|诚挚)?(?:的)?(?:感谢|感謝|欢迎|歡迎|祝贺|祝賀|慰问|慰問))`, 'u');
/** 在报告中表示， / 会后向记者表示， / 讲话时指出： / 点评指出，: the verb right after the occasion of the speech. */
const OCCASION_SAYS = new RegExp(`(?:中|时|時|后|後|上|讲话|講話|发言|發言|点评|點評|总结|總結|结论|結論|致辞|致辭|致詞)(?:向记者|向記者|对记者|對記者)?(${SAYING})[，,：:]`, 'u');
/** 作出明确指示 / 做了具体指示: a directive given (not 所作批示, the instructions someone made, a noun). */
const DIRECTIVE_GIVEN = /(?<!所)(?:作出|做出|作了|做了|作|做)(?:了)?(?:明确|明確|具体|具體|重要|详细|詳細)*(?:的)?(?:指示|批示)/u;

/** The meeting or the occasion as what the account opens with. */
export const MEETING_OR_OCCASION = /^(?:在)?(?:会上|會上|会中|會中|会议|會議|大会|大會|全会|全會|会后|會後|会前|會前)/u;

/** 强调/要求 demand (`requirement`); the other verbs of saying judge or state (`directive`). */
export function kindOfSaying(verb: string): SectionKind {
  return /^(?:强调|強調|要求)$/u.test(verb) ? 'requirement' : 'directive';
}

/**
 * The kind the first sentence of a speaker's account gives it, or null when it names no verb of
 * saying (the account stays `other`). `text` is the section's lead and first paragraph joined.
 */
export function speakerKind(text: string): SectionKind | null {
  // 会上，… / 会议…: the occasion's or the meeting's own account, read by leads.ts (bench/KEYING.md 9:
  // a 会上 rundown is `other` whatever one part says), not one speaker's.
  if (MEETING_OR_OCCASION.test(text)) return null;
  const end = text.search(/[。！？!?]/u);
  const sentence = end < 0 ? text : text.slice(0, end);
  if (/[；;]/u.test(sentence)) return null;
  const found = [PRONOUN_SAYS.exec(sentence), OCCASION_SAYS.exec(sentence)].filter((m): m is RegExpExecArray => m !== null).sort((a, b) => a.index - b.index)[0];
  const given = DIRECTIVE_GIVEN.exec(sentence);
  if (given && (!found || given.index < found.index)) return 'directive';
  return found ? kindOfSaying(found[1]!) : null;
}
