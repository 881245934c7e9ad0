import type { SectionKind } from '../../model';
import { tagRun } from '../segment';
import { ATTENDANCE_MANNER } from './attendance-manner';
import { leadlessKind } from './leadless-kind';
import { OFFICE, parsePerson } from './people';

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
  /** The subject is the meeting itself (会议迅速传达…), not a person or a body. */
  sitting?: boolean;
}

/**
 * The person or persons opening `sentence` (from where it begins to its 。) and the kind of what they
 * do, or null. `isPerson` says whether a run of text names people (a post and a name, or a list of
 * them), as leads.ts reads persons.
 */
export function titledActor(sentence: string, isPerson: (subj: string) => boolean): ActorSentence | null {
  return taggedActor(sentence, isPerson) ?? postedActor(sentence, isPerson) ?? reportingBody(sentence);
}

/** The subject read word by word from the segmenter's tags (nouns, then a predicate). */
function taggedActor(sentence: string, isPerson: (subj: string) => boolean): ActorSentence | null {
  const end = sentence.search(/[。！？!?]/u);
  const whole = end < 0 ? sentence : sentence.slice(0, end);
  if (PRONOUN.test(whole)) return null;
  const sitting = meetingActs(whole);
  if (sitting) return sitting;
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
    // 农业农村局报告/n了…: a word 了 follows is used as a verb whatever its tag (bodies only: the
    // person readings of leads.ts read a person's report verbs).
    if (!fused && !PREDICATE.test(next.tag) && /^了/u.test(clause.slice(next.end))) {
      const body = isPerson(clause.slice(0, w.end)) ? null : bodyActs(clause.slice(0, w.end), whole.slice(w.end));
      if (body) return body;
    }
    if (!fused && !PREDICATE.test(next.tag) && !/同志$/u.test(w.word)) continue;
    const subject = clause.slice(0, end);
    if (!isPerson(subject)) {
      const body = !fused && !runOn && ACTING.test(next.tag) ? bodyActs(subject, whole.slice(subject.length)) : null;
      if (body) return body;
      continue;
    }
    // 甲某与乙某…陪同调研: a second person joined on; the subject goes on past the preposition.
    if (!fused && JOINED.test(next.word)) return null;
    return personDoes(subject, whole);
  }
  return null;
}

/** What the person opening `whole` as `subject` does, unless it only says who came, what will be, or what is. */
function personDoes(subject: string, whole: string): ActorSentence | null {
  const rest = whole.slice(subject.length);
  // 甲某到会听取… where the segmenter ran the name into the verb (沈健到/x): read from the name's end.
  if (ATTENDED.test(rest) || ATTENDED.test(subject.slice(-1) + rest) || NOT_DONE.test(rest) || SPEECH_AS_SUBJECT.test(rest)) return null;
  const kind = leadlessKind(rest);
  if (!kind && (ATTENDED_ANY.test(rest.split(/[，,；;]/u)[0]!) || SPEECH_ONLY.test(rest))) return null;
  return { subject, kind: kind ?? 'text' };
}

/**
 * The person read by the post that names them, where the segmenter's words do not make a run of nouns:
 * a name it cuts apart or tags as something else (馮/nr 建成/v, 周/nr 浩然/a, 方/n 啟明/v, 張/q 縣長),
 * or a post with a count in it (第二总支…主委). A post word (people.ts's OFFICE) ends the title and
 * a name of two to four characters follows it (…主任馮建成), or a surname or name stands before it
 * (張縣長, 周浩然书记, 方啟明主委), 同志 after either; the longest such subject the people readings
 * take as a person, the rest segmented on its own opening on a predicate (a verb, a preposition, an
 * adverb), is the sentence's actor, as the tag walk above reads one.
 */
function postedActor(sentence: string, isPerson: (subj: string) => boolean): ActorSentence | null {
  const end = sentence.search(/[。！？!?]/u);
  const whole = end < 0 ? sentence : sentence.slice(0, end);
  if (PRONOUN.test(whole) || meetingActs(whole)) return null;
  const clause = /^[^，,；;：:。！？“”「」《》]{3,40}/u.exec(whole)?.[0];
  if (!clause) return null;
  const ends = new Set<number>();
  for (const m of clause.matchAll(POST)) {
    const post = m.index + m[0].length;
    // The title is words of a noun phrase: no preposition, adverb, conjunction or particle among them
    // (甲某首先对…领导: the post is inside the predicate's object; 党组织和党员干部: a group).
    if (tagRun(clause.slice(0, post))?.some((w) => NOT_TITLE.test(w.tag))) continue;
    ends.add(post);
    // A name after the post, on the segmenter's word edges, unless the post is the whole subject and
    // its predicate starts right after it (鎮委書記要負起…, 召集人將會…, 委員們的…: no name).
    const words = tagRun(clause.slice(post, post + 8)) ?? [];
    if (!words.length || PREDICATE.test(words[0]!.tag) || NOT_TITLE.test(words[0]!.tag)) continue;
    for (const n of [2, 3, 4]) {
      const name = clause.slice(post, post + n);
      if (post + n <= clause.length && words.some((w) => w.end === n) && !NOT_DONE.test(name) && !MODAL.test(name)) ends.add(post + n);
    }
  }
  for (const at of [...ends].sort((a, b) => b - a)) {
    const subject = clause.slice(0, at) + (clause.startsWith('同志', at) ? '同志' : '');
    if (subject.length < 3 || !named(subject) || !isPerson(subject)) continue;
    const after = whole.slice(subject.length);
    if (/^[，,]/u.test(after)) return listed(subject, after.slice(1), isPerson);
    const first = tagRun(/^[^，,；;：:。！？“”「」《》]{1,12}/u.exec(after)?.[0] ?? '')?.[0];
    if (!first || !PREDICATE.test(first.tag) || JOINED.test(first.word) || MODAL.test(after)) continue;
    return personDoes(subject, whole);
  }
  return null;
}
/** A person with a name (甲某, 张县长), not a post alone (各位政协常委, 召集人): a post names no one actor. */
function named(subject: string): boolean {
  const who = parsePerson(subject.replace(/同志$/u, ''));
  return !!who && who.name.length >= 2 && !/[、，,]/u.test(subject);
}
/** Tags no title or name is made of: prepositions, adverbs, conjunctions, particles, pronouns, suffixes. */
const NOT_TITLE = /^(?:p|d|ad|c|u|uj|ul|uz|ug|uv|ud|r|k|y|f)$/u;
/** A post word anywhere in the first clause (people.ts's list). */
const POST = new RegExp(`(?:${OFFICE})`, 'gu');

/** The first person of a comma list (甲某，) acting with those after it: the list's act. */
function listed(first: string, after: string, isPerson: (subj: string) => boolean): ActorSentence | null {
  const next = titledActor(after, isPerson);
  return next && IN_TURN.test(after.slice(next.subject.length)) ? { subject: first, kind: next.kind } : null;
}
/** 分别 / 等 / 也 after the last person of a list: they all did it. */
const IN_TURN = /^(?:等|分别|分別|先后|先後|依次)/u;

/**
 * The meeting itself as the subject of a sentence inside a paragraph (。会议迅速传达… / 。会上亦修订了…
 * / 。会议向与会代表传达了… / 。会议上还研究审议了…): after a full stop the meeting named again is its
 * next item of business (bench/KEYING.md 2), whatever adverb or prepositional phrase stands between
 * it and its verb. leads.ts reads 会议 + a verb of its lists; here the predicate is known by the
 * segmenter's tags: the first word after the meeting's name that is not an adverb is a verb, or a
 * preposition whose phrase a verb closes within the clause. The lead runs to that verb (and its 了),
 * the kind is the class of the sentence's strongest verb (leadless-kind.ts), else `other`, an act.
 * Not the meeting's own account: how it was held (由…主持, 在…召开, 于…, 历时…), what it will do
 * (将/拟), what it is (是), when (期间, …后/时), how it went (气氛…: no verb).
 */
function meetingActs(whole: string): ActorSentence | null {
  const named = SITTING_SUBJECT.exec(whole)?.[0];
  if (!named) return null;
  const rest = whole.slice(named.length);
  const clause = /^[^，,；;：:“”「」]{2,40}/u.exec(rest)?.[0];
  if (!clause || NOT_DONE.test(rest) || MODAL.test(rest) || ATTENDED.test(rest) || HELD.test(rest) || CONTEXT_CLAUSE.test(clause)) return null;
  const words = tagRun(clause);
  if (!words?.length) return null;
  let i = 0;
  while (i < words.length && ADVERB.test(words[i]!.tag)) i++;
  let head = words[i];
  if (!head) return null;
  const kind = leadlessKind(rest);
  // 会议向与会代表传达了… / 会上还对…进行了研究: the preposition's phrase closed by a verb. A
  // preposition of the matter (对, 就, 向, 围绕) or an act of a class (传达) after any other (会议以…
  // 方式召开 / 会议为…奠定了基础: how it was held, what it did for).
  if (head.tag === 'p') {
    if (!kind && !MATTER.test(head.word)) return null;
    // The verb that closes it, not one inside its object (向与会/v人员/n): a verb a noun follows
    // modifies that noun unless 了 marks it done.
    const after = words.slice(i + 1);
    head = after.find((w, k) => VERB.test(w.tag) && w.word.length >= 2 && !NOUN.test(after[k + 1]?.tag ?? ''));
    if (!head) return null;
  } else if (!VERB.test(head.tag)) return null;
  const stop = head.end + (/^了/u.test(clause.slice(head.end)) ? 1 : 0);
  return { subject: named + clause.slice(0, stop), kind: kind ?? 'text', sitting: true };
}

/** Prepositions that bring in what the meeting dealt with or whom it told. */
const MATTER = /^(?:对|對|就|向|围绕|圍繞|针对|針對)$/u;
/** Noun tags: the word after a verb that makes the verb its modifier. */
const NOUN = /^(?:n|nr|nrt|nrfg|ns|nt|nz|ng|j|l)$/u;
/** Tags of the word after a body that start its predicate proper: a verb or an adverb, not a preposition
 * (州人大财经委关于…的报告: a title) nor a word the segmenter reads as a post (省政府参事). */
const ACTING = /^(?:v|vd|d|ad)$/u;

/** The meeting named as the subject: 会议, 会上, 会议上, 大会, 全会, 会中, pointed at or not. */
const SITTING_SUBJECT = /^(?:本次|此次|这次|這次)?(?:会议上|會議上|会议|會議|会上|會上|大会|大會|全会|全會|会中|會中)(?=[^，,；;：:。的])/u;
/** How the meeting was held, not its business: 由…主持, 在…召开/举行, 于/於…, 历时, 为期, 期间, 开始/结束. */
const HELD =
  /^(?:还|還|也|则|則)?(?:由|于|於|历时|歷時|为期|為期|期间|期間|开始|開始|结束|結束|召开|召開|举行|舉行|进行|進行|气氛|氣氛|共|在[^，,；;]{0,30}?(?:召开|召開|举行|舉行|进行|進行|主持|结束|結束|闭幕|閉幕|开幕|開幕))/u;
/** 会议开始后，/ 会议在完成各项议程后，: when, a context clause, not an act. */
const CONTEXT_CLAUSE = /(?:后|後|时|時|前|中)$/u;
/** Adverbs between the meeting and its verb (亦, 还, 迅速, 认真). */
const ADVERB = /^(?:d|ad|zg)$/u;
/** A verb of the predicate (聚焦/v, 讲/v, 深入分析/l: an idiom the segmenter keeps whole). */
const VERB = /^(?:v|vd|vn|l)$/u;

/**
 * A body as the subject (。区住房和建设委员会报告了… / 。學校黨委要求… / 。经科委5组表示，…), read as a
 * person with a post is (KEYING 15, 19): a unit or office doing the meeting's business in a sentence
 * of its own is an item of its own. A body is a run of nouns the segmenter tags, closed by a word
 * that names an organisation; what it does must be one of the meeting's acts (a verb class of
 * leadless-kind.ts, or reporting), not any sentence a unit is the subject of (该社区辖有…).
 */
function bodyActs(subject: string, rest: string): ActorSentence | null {
  if (subject.length < 3 || /[、，,]/u.test(subject) || !BODY.test(subject) || NOT_DONE.test(rest) || ATTENDED.test(rest) || MODAL.test(rest)) return null;
  // The act is the body's own clause's (经科委5组表示，…), not a later clause's subject's.
  const own = /^[^，,；;]*[，,；;]?/u.exec(rest)![0];
  // 省政府参事、原省委…主任甲某作…: the body opens a list of posts, people the readings above take.
  if (/、/u.test(own.slice(0, 12))) return null;
  const kind = leadlessKind(own);
  if (kind) return { subject, kind };
  return REPORTS.test(own) ? { subject, kind: 'text' } : null;
}

/** Words closing a body's name: committees, offices, bureaus, groups, units, departments, leaders. */
const BODY =
  /(?:委员会|委員會|委|局|办|辦|厅|廳|部|部门|部門|组|組|街道|党委|黨委|党组|黨組|支部|总支|總支|单位|單位|领导|領導|政府|公司|集团|集團|联谊会|聯誼會|常委会|常委會|[市县縣区區镇鎮乡鄉])$/u;
/** 要 / 应 / 须: what a body is to do, the words of a demand, not an act. */
const MODAL = /^(?:也|还|還|都)?(?:要|应|應|须|須|必须|必須|务必|務必|可以|能)/u;
/** A report made: 报告了 / 汇报 / 通报了 / 介绍了, after how it was made (分别, 围绕…). */
const REPORTS = /(?:汇报|匯報|彙報|报告|報告|通报|通報|介绍|介紹)(?!的)/u;

/**
 * A body or a group reporting (。区住房和建设委员会报告了… / 。江南路街道报告属地…情况 / 。11个县市汇报了… /
 * 。两所学校的工程建设负责人分别汇报了… / 。各讨论组代表反馈了…): a unit or the people of units doing one
 * of the meeting's acts in a sentence of its own, an item of its own (bench/KEYING.md 13, 15), as
 * bodyActs reads one. The segmenter tags the report verbs as nouns (报告/n, 通报/n, 汇报/nz), so the
 * noun walk above runs the verb into the subject, and a subject holding a count (11个县市), a 的
 * (两所学校的…负责人) or a 和 (住房和建设) stops it. Here the verb is found first, by the word, and
 * what stands before it is read by the tags as one noun phrase: nouns, counts, 各, 的 and 和/与/及
 * between nouns, then manner adverbs (分别, 也); the phrase closes on a word naming a unit or the
 * people of one. The kind is the sentence's strongest verb's class, else `other`.
 */
function reportingBody(sentence: string): ActorSentence | null {
  const end = sentence.search(/[。！？!?]/u);
  const whole = end < 0 ? sentence : sentence.slice(0, end);
  if (PRONOUN.test(whole)) return null;
  const m = REPORT_HEAD.exec(/^[^，,；;：:“”「」《》]{3,40}/u.exec(whole)?.[0] ?? '');
  if (!m) return null;
  const before = whole.slice(0, m.index).replace(IN_TURN_TAIL, '');
  if (before.length < 2) return null;
  const words = tagRun(before);
  if (!words?.length || !(NOMINAL.test(words[0]!.tag) || COUNTED.test(words[0]!.tag) || POINTER_FIRST.test(words[0]!.word))) return null;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (NOMINAL.test(w.tag) || COUNTED.test(w.tag) || POINTER_FIRST.test(w.word)) continue;
    // 三/m 所/c: one character after a count is its measure word, whatever the tag.
    if (i > 0 && words[i - 1]!.tag === 'm' && w.word.length === 1) continue;
    // 和/与/及/的 only between nouns (住房和建设委员会: 建设 is tagged vn, a noun's modifier here).
    if (/^(?:c|uj)$/u.test(w.tag) && /^(?:和|与|與|及|的)$/u.test(w.word) && i > 0 && i + 1 < words.length) continue;
    if ((w.tag === 'vn' || w.tag === 'l') && i > 0 && i + 1 < words.length) continue;
    return null;
  }
  if (!REPORTER.test(before)) return null;
  const rest = whole.slice(before.length);
  return { subject: before, kind: leadlessKind(rest) ?? 'text' };
}
/** A report verb as the sentence's first act (not 报告的 / 报告会 / 汇报人: nouns). */
const REPORT_HEAD = /(?:汇报|匯報|彙報|报告|報告|通报|通報|反馈|反饋)(?![的会會人稿书書厅廳])/u;
/** How the reports were made, between the reporters and the verb (分别, 先后, 也, 还 …). */
const IN_TURN_TAIL = /(?:分别|分別|先后|先後|依次|逐一|也|还|還|均|都|又|交流)+$/u;
/** Counts and their measure words inside the phrase (11个县市, 两所学校). */
const COUNTED = /^(?:m|q|mq)$/u;
/** The phrase names a unit or the people of units. */
const REPORTER =
  /(?:委员会|委員會|委|局|办|辦|厅|廳|部门|部門|街道|党委|黨委|党组|黨組|支部|总支|總支|单位|單位|政府|公司|集团|集團|县市|縣市|市县|市縣|区县|區縣|乡镇|鄉鎮|镇街|鎮街|负责人|負責人|负责同志|負責同志|代表|成员|成員)$/u;
