/**
 * A person addressing the meeting in a sentence whose own verb gives no section kind, the speech then
 * going on in the next sentence with 他/她 and a lead verb (bench/KEYING.md 9: a speech and its
 * pronoun sentences are one section; 作讲话 has no kind of its own, the first verb inside the speech
 * gives it). leads.ts reads the plain shape (X在会上作重要讲话。他指出，…); these are the shapes that
 * read as a paragraph with no lead on first sight of fresh batches (heldout-20, 21, 27):
 * - words between the person and the speech: who they speak for (X代表兵团党委常委会作重要讲话。) or
 *   when (X在会议结束时作了讲话。, X在闭幕式上致辞。);
 * - the speech named, then a weak verb of its own (X在讲话中总结了…。他指出，…).
 * Thanks said for a body (X代表…对…表示衷心感谢。他说，…) is no speech announced: it is a lead of its
 * own (KEYING 32: a titled person's 感谢/欢迎/祝贺 is `directive`), read by `thanksGoesOn` below.
 * This module only finds the address sentence; leads.ts checks the speaker and the pronoun after it.
 */

import { isPersonRef, isTitle, parsePerson } from './people';

export interface Address {
  /** Who speaks, with where, when and for whom they spoke taken off (罗振国, 马庆华). */
  speaker: string;
  /** Length of the address sentence with its 。. */
  length: number;
}

/** 讲话, 致辞 and their kin: the speech named. */
const SPEECH_NOUN = '(?:讲话|講話|发言|發言|致辞|致辭|致词|致詞)';
/** X…作了重要讲话。 / X…致辞。 : the speech announced, whatever stands between the person and it. */
const ANNOUNCED = new RegExp(
  `^([\\p{Script=Han}、·]{2,40}?)(?:(?:作了|作|做了|做|发表了|發表了|发表|發表)(?:了)?(?:重要|总结|總結|专题|專題|简短|簡短|热情|熱情)?${SPEECH_NOUN}|致(?:了)?(?:开幕|開幕|闭幕|閉幕|欢迎|歡迎)?(?:辞|辭|词|詞))。`,
  'u',
);
/** X在讲话中总结了…。 : the speech named, then a verb that gives no kind (总结, 回顾, 分析, 通报). */
const IN_SPEECH = new RegExp(`^([\\p{Script=Han}、·]{2,24}?)(?:在|於|于)?${SPEECH_NOUN}(?:中|时|時)(?:总结|總結|回顾|回顧|分析|通报|通報|介绍|介紹)(?:了)?[^。！？；;]{1,80}。`, 'u');
/** 代表兵团党委常委会 / 在会议结束时 / 在闭幕式上 after the person: for whom, when or where. */
const BEHALF_TAIL = /(?:同志)?代表[\p{Script=Han}、]{2,24}$/u;
const WHEN_TAIL = /(?:在|於|于)[^，。；,;]{1,14}?(?:时|時|之际|之際|上|中)$/u;

function speakerOf(raw: string): string {
  return raw.replace(WHEN_TAIL, '').replace(BEHALF_TAIL, '').replace(WHEN_TAIL, '');
}

/** The address sentence opening `rest`, or null. Cheap tests first: this runs at sentence starts. */
export function speechAddress(rest: string): Address | null {
  if (!/。(?:他|她)/u.test(rest)) return null;
  const m = ANNOUNCED.exec(rest) ?? IN_SPEECH.exec(rest);
  if (!m) return null;
  const speaker = speakerOf(m[1]!);
  if (speaker.length < 2) return null;
  return { speaker, length: m[0].length };
}

/** 感谢/欢迎/祝贺 as the speaker's verb, not a speech or an event named by it (欢迎词, 欢迎会, 欢迎仪式). */
const COURTESY = /(?:感谢|感謝|欢迎|歡迎|祝贺|祝賀)(?![词詞辞辭会會仪儀宴])/u;
/** 座谈会上， / 會後， / 会议伊始， / 最后，: the occasion or step the sentence opens with, not its subject. */
const OCCASION_FIRST = /^[^，,。！？；;]{0,12}?(?:上|后|後|中|伊始|首先|随后|隨後|最后|最後|接着|接著)[，,]+/u;
/** 他指出 / 陈某表示 / 李会长认为 / 他在讲话中强调: whoever opens a lead, the verb of saying after them. */
const GOES_ON =
  /^(\p{Script=Han}{1,8}?)(?:还|還|也|又|进一步|進一步|同时|同時|首先|最后|最後|随后|隨後)?(?:在讲话中|在講話中)?(?:指出|强调|強調|表示|说|說|要求|认为|認為|希望|提出|谈到|談到|讲到|講到)/u;

/**
 * The speaker of a titled person's thanks, welcome or congratulations opening `head` (甲代表县委向…致以
 * 衷心感谢。 / 乙欢迎考察团到访。 / 会后，丙会长致辞，感谢…。), or null. The sentence's first words must
 * name someone with a post, written there or given by the report (`names`: chair, attendees, people named
 * with a post); an untitled resident's thanks is `other` (KEYING 21, 28) and not read here.
 */
export function thanksSpeaker(head: string, names: readonly string[]): string | null {
  const end = head.search(/[。！？]/u);
  if (end < 0) return null;
  const sentence = head.slice(0, end).trim().replace(OCCASION_FIRST, '');
  // The courtesy said by the speaker, outside any quotation they or others are given.
  const said = sentence.replace(/“[^”]*”|「[^」]*」|《[^》]*》/gu, (q) => '　'.repeat(q.length));
  // The longest run of first words naming a person with the courtesy still after it (李某感谢… is 李某,
  // not 李某感谢大家).
  let speaker = '';
  for (let i = 2; i <= Math.min(24, sentence.length); i++) {
    if (/[，,、；;“「《]/u.test(sentence[i - 1]!)) break;
    const run = sentence.slice(0, i);
    if (COURTESY.test(said.slice(i)) && personRun(run, names)) speaker = run;
  }
  return speaker || null;
}

/**
 * A run that names a person and ends on the name or the post (县委书记李某 / 李某会长 / 李某, a name the
 * report gave a post), not one running past them (李某在致辞中首先代表江某省 parses as a "post" and a name).
 */
function personRun(run: string, names: readonly string[]): boolean {
  if (names.includes(run)) return true;
  const p = isPersonRef(run, names) ? parsePerson(run) : null;
  return isTitle(run) || (!!p && (names.includes(p.name) || isTitle(p.title)));
}

/**
 * Whether `leadText`, the lead of the next sentence with a speaker (他指出, 陈某表示, or after a
 * context clause …，李会长认为), is the same speaker going on: 他/她, the speaker's name or post as
 * written, or their surname with the post they end on (李應祥專責會長 → 李會長).
 */
export function sameSpeaker(leadText: string, speaker: string): boolean {
  const said = leadText.slice(Math.max(leadText.lastIndexOf('，'), leadText.lastIndexOf(',')) + 1);
  const who = GOES_ON.exec(said)?.[1];
  if (!who) return false;
  if (/^(?:他|她)$/u.test(who)) return true;
  if (who.length < 2) return false;
  if (speaker.endsWith(who) || (who.length >= 3 && speaker.includes(who))) return true;
  // 李会长 for 李某某专责会长 (the post written with the name) or for 李某某 the report gave a post.
  const name = parsePerson(speaker)?.name || speaker;
  return who.length <= 4 && speaker.includes(who[0]!) && (speaker.endsWith(who.slice(1)) || (name.startsWith(who[0]!) && isTitle(who.slice(1))));
}

/**
 * KEYING 33: a titled speaker's 感谢/欢迎/祝贺 sentence is a lead (KEYING 32: `directive`), and the same
 * speaker's next lead (他指出…, or the name with a lead verb) carries that section on, one `directive`
 * section, as a secretariat drafts the speaker's remarks as one item. `head` is the text before that
 * lead, opening with the thanks sentence.
 */
export function thanksGoesOn(head: string, leadText: string, names: readonly string[]): boolean {
  const speaker = thanksSpeaker(head, names);
  if (!speaker || !sameSpeaker(leadText, speaker)) return false;
  // Sentences between that name no one (是次会议…) or go on by 他/她 (他介绍了…) are the speech going on;
  // one that names the speaker again (甲向客人们介绍了…。他说…) is a titled person's act of its own
  // (KEYING 31), the pronoun after it that act's speech, not the thanks'.
  const between = head.slice(head.search(/[。！？]/u) + 1).split(/[。！？]/u);
  return !between.some((s) => opensWith(s.trim(), speaker));
}

/** The speaker named again at a sentence's start, by name or post as written (陈某向…介绍了…). */
function opensWith(sentence: string, speaker: string): boolean {
  for (let n = Math.min(4, speaker.length); n >= 2; n--) if (sentence.startsWith(speaker.slice(-n))) return true;
  return false;
}
