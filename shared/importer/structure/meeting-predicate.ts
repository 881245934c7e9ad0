import type { SectionKind } from '../../model';
import { segmenterWordEnds } from '../segment';

/**
 * The kind of an account still plain whose first sentence has the meeting (会议, 大会, 会上) or a
 * body that sits (董事会, 常委会) as its subject, read from the predicates of its clauses as the
 * segmenter tags them rather than from the phrase it opens with. leads.ts and the readers after it
 * know a lead by its shape (会议确定， / 会议审议通过了); where the meeting's verb stands behind a
 * prepositional phrase (会议通过举手表决方式确定了… / 会议对…进行了审核，确定了…), an adverb or a
 * step (会议首先进行了…学习 / 大会对…进行表决), or after a first clause that is no lead (会议结束回顾了
 * …，确定了…), the account stayed `other` while the keys give it the kind of the verb (bench/KEYING.md
 * 9: 确定/同意/决定 → `decision`; 14: 学习 → `directive`, as 传达学习).
 *
 * A clause's predicate is its first verb that heads the clause, as the tags show it:
 * - a prepositional phrase (对/就/通过/围绕 + its object) is passed over to the verb after its noun;
 * - a light verb (进行/作/做/作出/给予) gives way to the verb or verbal noun it carries
 *   (进行表决 → 表决, 进行了…学习 → 学习);
 * - a verb that modifies a noun (表决通过的…项目, 候选项目) or follows 将/拟/要 (still to come) heads
 *   nothing;
 * - a clause with a subject of its own (a person, another body) is that subject's, not the meeting's.
 * The meeting's clauses are the first one and the ones after it with no subject (…，确定了… / …，并
 * 聘任…). A decision anywhere among them is the outcome (KEYING 12's ranking); else studying or
 * passing on a higher level's text is `directive`. Hearing and deliberating (听取/研究/讨论) are not
 * read here: plain accounts the keys leave `other` hold them as often as topics do.
 * Not read: a ；-rundown (KEYING 2: one account of several acts), a context clause (在…后 / 为… /
 * 根据…), verbs inside a quoted or named title.
 */

const DECISION = new Set(['通过', '确定', '决定', '同意', '表决', '审定', '议定', '聘任', '任命', '批准', '确认', '追认', '议决', '选举', '推选', '选出']);
const DIRECTIVE = new Set(['学习', '传达', '领学']);
/** Judging for the meeting (会议认为 / 会议指出 / 并肯定了): `directive` after a weaker lead (KEYING 2, 9). */
const JUDGES = new Set(['指出', '认为', '肯定']);
/** Verbs of saying: the clauses after them hold the words said. */
const SAYING = new Set(['要求', '强调', '指出', '认为', '表示', '号召', '提出', '希望', '说', '称', '说明']);
/** Verbs that, chained after 学习 with no 了, make it an aim (学习贯彻, 学习领会). */
const AIM = new Set(['贯彻', '领会', '落实']);
/** The class verbs as either script writes them: the cheap test before the segmenter is asked, so an
 * ordinary report (会议指出，… / 会议强调，…) never loads it. */
const DECISION_WORDS = /通过|通過|确定|確定|决定|決定|同意|表决|表決|审定|審定|议定|議定|聘任|任命|批准|确认|確認|追认|追認|议决|議決|选举|選舉|推选|推選|选出|選出/u;
const DIRECTIVE_WORDS = /学习|學習|传达|傳達|领学|領學/u;
const JUDGING_WORDS = /指出|认为|認為|肯定/u;
const firstSentence = (text: string): string => text.split(/[。！？!?]/u, 1)[0] ?? '';
/** Light verbs: the verb or verbal noun after them is the act. */
const LIGHT = new Set(['进行', '作', '做', '作出', '做出', '给予', '予以', '加以']);
/** Still to come, or only able: no act done. */
const NOT_DONE = new Set(['将', '拟', '要', '会', '待', '应', '可', '能', '应当', '需要', '须']);
/** The meeting itself, or a body that sits, as the subject. */
const MEETING = /^(?:会议|大会|全会|会上|本次会议|此次会议|[\p{Script=Han}]{0,8}(?:董事会|常委会|理事会|委员会|议会|代表会))$/u;
/** A context clause: what came before or why, not the act (在…后，/ 为贯彻…，/ 根据…，/ 经…，). */
const CONTEXT = /^(?:在|为|為|根据|根據|按照|依照|围绕|圍繞|针对|針對|经过|經過|经|經|受|随着|隨著)|(?:后|後|时|時|之际|之際|期间|期間)$/u;
/** A step word before the act (随后，/ 最后，/ 会上，): no clause of its own. */
const STEP = /^(?:随后|隨後|最后|最後|接着|接著|然后|然後|首先|同时|同時|此外|另外|会上|會上|会议上|會議上)$/u;

/** A clause ending on its preposition. */
const OPEN_PHRASE = /(?:对|對|就|对于|對於|围绕|圍繞|向|与|與)$/u;

type Word = { word: string; tag: string };

const isVerb = (w: Word | undefined): boolean => !!w && /^v/u.test(w.tag) && w.tag !== 'vn';
const isNominal = (w: Word | undefined): boolean => !!w && /^(?:n|vn|j|m|q|r|x|eng)/u.test(w.tag);

/** A verb followed, across the verbs chained to it, by 的: it modifies the noun after. */
function modifies(words: readonly Word[], i: number): boolean {
  for (let j = i + 1; j < words.length && j <= i + 3; j++) {
    const w = words[j]!;
    if (w.word === '的') return true;
    if (w.word === '了' || !/^(?:v|p|d)/u.test(w.tag)) return false;
  }
  return false;
}

/** Another subject heads the clause: it is no longer the meeting's. */
const OTHER = ['(another subject)'];

/** 通过 after the verb it completes (审议并原则通过了) or before 了 or a title: adopting, not "by way of". */
function adopts(words: readonly Word[], i: number): boolean {
  const w = words[i]!;
  if (w.word !== '通过') return false;
  const next = words[i + 1];
  return !next || next.word === '了' || next.tag === 'x';
}

/** The verbs chained from `i` on (审议并原则通过了 / 听取和审议): one predicate, read by its strongest verb. */
function chain(words: readonly Word[], i: number): string[] {
  const verbs: string[] = [];
  for (let j = i; j < words.length; j++) {
    const w = words[j]!;
    if (isVerb(w) || adopts(words, j)) verbs.push(w.word);
    else if (!/^(?:c|d)$/u.test(w.tag) && w.word !== '原则' && w.word !== '了') break;
  }
  return verbs;
}

/** 会议听取了…汇报并肯定了…: a verb joined by 并 after the first predicate's object is the meeting's too. */
function joined(words: readonly Word[], from: number): string[] {
  const at = words.findIndex((w, j) => j >= from && (w.word === '并' || w.word === '并且') && isVerb(words[j + 1]));
  return at < 0 || modifies(words, at + 1) ? [] : chain(words, at + 1);
}

/** The predicate heading a clause from `from` on (its chained verbs), OTHER, or [] (none read). */
function predicate(words: readonly Word[], from: number): string[] {
  let inPhrase = false;
  let sawNoun = false;
  for (let i = from; i < words.length; i++) {
    const w = words[i]!;
    if (NOT_DONE.has(w.word)) return [];
    // 以…为主线 / 以…为指导: the frame's object is no act; the clause goes on after its 为 word.
    if (w.word === '以' && w.tag === 'p') {
      const as = words.findIndex((x, j) => j > i && x.word === '为');
      if (as < 0) return [];
      i = as + 1;
      continue;
    }
    if (w.tag === 'p' && !adopts(words, i)) {
      inPhrase = true;
      sawNoun = false;
      continue;
    }
    if (LIGHT.has(w.word)) {
      const carried = words.slice(i + 1).find((x) => /^(?:v|vn)/u.test(x.tag) && !LIGHT.has(x.word));
      return carried ? [carried.word] : [];
    }
    if (inPhrase && !sawNoun) {
      if (isNominal(w) || w.tag === 'i' || w.tag === 'l') sawNoun = true;
      continue;
    }
    if (isVerb(w) || adopts(words, i) || (w.tag === 'vn' && words[i + 1]?.word === '了')) {
      if (modifies(words, i)) continue;
      // A verb inside the phrase's object (对…会议表决通过的…进行了报告), or one a noun follows before
      // a light verb (选举办法作出修订: the noun phrase is what the light verb's act is done to).
      // 作出的 closes a relative clause inside the object (对…作出的重要贡献): no light verb of the act.
      const light = words.slice(i + 1).some((x, j) => LIGHT.has(x.word) && words[i + 2 + j]?.word !== '的');
      if (light && (inPhrase || isNominal(words[i + 1]))) continue;
      const verbs = chain(words, i);
      // 学习贯彻…精神 / 学习领会… with no 了: the meeting's aim, not a study done (KEYING 31: a purpose
      // sentence is an account).
      if (verbs.some((v) => AIM.has(v)) && !words.slice(i).some((x) => x.word === '了')) return [];
      return [...verbs, ...joined(words, i + 1)];
    }
    if (inPhrase) continue;
    // Adverbs, conjunctions, time words and aspect before the verb (原则同意: 原则 as an adverb).
    if (/^(?:d|c|t|ul|uj|f|x)$/u.test(w.tag) || w.word === '并' || w.word === '还' || w.word === '亦' || w.word === '原则') continue;
    // A noun after the subject starts a clause of another subject's.
    if (isNominal(w)) return OTHER;
  }
  return [];
}

/** The meeting's subject at the head of the clause, returning where its predicate starts, or -1. */
function meetingSubject(words: readonly Word[]): number {
  let i = 0;
  while (i < words.length && words[i]!.word !== '会上' && (words[i]!.tag === 'x' || /^(?:d|c|t)$/u.test(words[i]!.tag))) i++;
  let subject = '';
  let j = i;
  for (; j < words.length && j < i + 5; j++) {
    const w = words[j]!;
    if (!/^(?:n|nt|nz|ns|j|x)/u.test(w.tag) && !(w.word === '会上' && w.tag === 't')) break;
    subject += w.word;
    if (MEETING.test(subject.replace(/[“”"「」]/gu, ''))) return j + 1;
  }
  return -1;
}

/**
 * A sentence cut at its commas and colons, a clause cut after its preposition (会议对，…: a lead the
 * capture split off) run on into the next.
 */
function joinedClauses(sentence: string): string[] {
  return sentence
    .split(/[，,：:]/u)
    .map((c) => c.trim())
    .reduce<string[]>((all, c) => {
      const last = all[all.length - 1];
      if (last !== undefined && OPEN_PHRASE.test(last)) all[all.length - 1] = last + c;
      else all.push(c);
      return all;
    }, []);
}

/**
 * The verbs the meeting's clauses of the first sentence of `text` head, in order; null when the
 * sentence's subject is not the meeting (or it is a ；-rundown, KEYING 2).
 */
export function meetingPredicates(text: string): string[] | null {
  const plain = text.replace(/《[^》]*》|“[^”]*”|「[^」]*」/gu, '《》');
  const end = plain.search(/[。！？!?]/u);
  const sentence = end < 0 ? plain : plain.slice(0, end);
  // The meeting (会议, 大会, 会上, 常委会…) names itself with 会: no other sentence is asked of the segmenter.
  if (/[；;]/u.test(sentence) || !/[会會]/u.test(sentence.split(/[，,：:]/u, 3).join(''))) return null;
  const clauses = joinedClauses(sentence).filter((c) => c && !STEP.test(c) && !CONTEXT.test(c));
  if (!clauses.length) return null;
  const verbs: string[] = [];
  for (const [n, clause] of clauses.entries()) {
    // Words as the dictionary spells them (Simplified), so the verb classes read either script.
    const words = segmenterWordEnds(clause);
    if (!words) break;
    // The meeting named again at a later clause's head (…，会议指出，) goes on as its subject.
    const subject = meetingSubject(words);
    if (n === 0 && subject < 0) return null;
    const heads = predicate(words, Math.max(subject, 0));
    // Another subject takes the sentence on (…，各项目组分别召开…): the meeting's clauses end.
    if (heads === OTHER) break;
    verbs.push(...heads);
    // 会议要求，… / 会议号召，…: what follows a verb of saying is the words said, not the meeting's acts.
    if (heads.some((v) => SAYING.has(v))) break;
  }
  return verbs;
}

/**
 * The kind of a plain account (`other`) the meeting's own predicates give: a decision anywhere among
 * them, else studying or passing a text on (`directive`); null when they give none.
 */
export function meetingPredicateKind(text: string): SectionKind | null {
  const sentence = firstSentence(text);
  if (!DECISION_WORDS.test(sentence) && !DIRECTIVE_WORDS.test(sentence)) return null;
  const verbs = meetingPredicates(text) ?? [];
  if (verbs.some((v) => DECISION.has(v))) return 'decision';
  if (verbs.some((v) => DIRECTIVE.has(v))) return 'directive';
  return null;
}

const RANK: readonly SectionKind[] = ['decision', 'requirement', 'directive', 'topic'];

/**
 * The kind of a section a weaker lead gave (会议传达学习了… → `directive`, 会议听取… → `topic`) once the
 * meeting's predicates of that sentence are read on, by KEYING 12's ranking (decision over requirement
 * over directive over topic):
 * - deciding anywhere (…，审议并原则通过了… / …，决定于…召开… / 听取和审定了… / …，随后…选举产生了…): a
 *   bare decision verb stays in its sentence's section (KEYING 11) and is its outcome;
 * - judging after hearing (…汇报并肯定了… / …，会议指出，…): `directive`, the stronger, later lead
 *   (KEYING 2's weak lead).
 * Passing a text on or studying after hearing (会议听取了…，传达了…) is not read here: read so in round 49
 * it lifted the even TRAIN half by one check and lowered the odd half by two, so it is no general reading.
 */
export function meetingKindAfterLead(kind: SectionKind, text: string): SectionKind {
  if (!RANK.includes(kind)) return kind;
  const sentence = firstSentence(text);
  if (!DECISION_WORDS.test(sentence) && !(kind === 'topic' && JUDGING_WORDS.test(sentence))) return kind;
  const verbs = meetingPredicates(text) ?? [];
  const found = verbs.flatMap((v): SectionKind[] => (DECISION.has(v) ? ['decision'] : JUDGES.has(v) ? ['directive'] : []));
  const best = RANK.find((k) => found.includes(k));
  return best && RANK.indexOf(best) < RANK.indexOf(kind) ? best : kind;
}

/**
 * A titled speaker's own predicate (bench/KEYING.md 9, 20, 26, 32): the first sentence's subject is a
 * person with a post, or one the report gives a post (`titled`, the caller's reading), and the verb heading their
 * clause, read by the segmenter's tags as the meeting's is above (past 代表…, 在讲话中, 向…/对… and
 * adverbs), is a speaker's courtesy or judgement: thanks, welcome, congratulations, greetings, hope,
 * encouragement, praise, or a verb of saying. KEYING 32 settles it: a titled person's 感谢/欢迎/希望 with
 * no 表示 is `directive`, as 表示感谢 is (26: 对…表达了祝贺 is 表示). A speech made (致辞, 讲话, 发言)
 * has no kind of its own: the speaker's later clauses in the sentence give it (KEYING 9, 16: 甲致欢迎词
 * 时，对…提出了要求). leads.ts, speaker-kind.ts and leadless-kind.ts read such verbs by the shapes
 * they stand in (表示…感谢, 对…表示欢迎) and left the bare verb (甲感谢…, 乙首先热烈欢迎…, 丙代表党委向…致以
 * 慰问) plain.
 * Not read: a report, visit or other act first (介绍, 汇报, 看望: `other`, KEYING 13, 24: a 表示 after
 * it carries the act on), a ；-rundown (KEYING 2), an untitled resident or guest (KEYING 28).
 */
const COURTESY = /感谢|欢迎|祝贺|庆贺|慰问|祝福|祝愿|致以|致敬|表达|希望|期望|勉励|鼓励|寄语|肯定|表示|讲到|谈到|提到|指出|认为/u;
/** The cheap test before the segmenter is asked, either script. */
const COURTESY_WORDS =
  /感谢|感謝|欢迎|歡迎|祝贺|祝賀|庆贺|慶賀|慰问|慰問|祝福|祝愿|祝願|致以|致敬|表达|表達|希望|期望|勉励|勉勵|鼓励|鼓勵|寄语|寄語|肯定|表示|讲到|講到|谈到|談到|提到|指出|认为|認為|要求|强调|強調/u;
const ASKING = /要求|强调/u;
/** A speech made: no kind of its own. */
const SPEECH_MADE = /^(?:致|致辞|致词|讲话|发言|发表|讲)$/u;
/** 座谈会上 / 致辞中 / 慶祝大會上: the occasion alone, no clause of the speaker's. */
const OCCASION = /^[^，,]{1,8}(?:上|中)$/u;

/** A speaker's predicate read as a kind: courtesy or saying → `directive`, asking → `requirement`. */
function speakerClass(heads: readonly string[]): SectionKind | null {
  const run = heads.join('');
  // Asking heads the clause (要求各单位… / 强调，…), not a verb the segmenter found inside a phrase's
  // object (从…实践要求三个方面阐释了).
  if (ASKING.test(heads[0]!)) return 'requirement';
  return COURTESY.test(run) ? 'directive' : null;
}

/** Words as tagged, a verb of courtesy inside an idiom or a noun the segmenter made of it (热烈欢迎/i,
 * 衷心感谢/n) read as that verb, and 代表 (…代表党委向…) as the preposition it is there. */
function speakerWords(clause: string): (Word & { end: number })[] | null {
  const tagged = segmenterWordEnds(clause);
  if (!tagged) return null;
  // 许峥皓作/x: a name the segmenter does not know run into the one-character verb after it.
  const words = tagged.flatMap((w) =>
    w.tag === 'x' && w.word.length >= 3 && /[作做致讲]$/u.test(w.word)
      ? [
          { ...w, word: w.word.slice(0, -1), end: w.end - 1 },
          { word: w.word.slice(-1), tag: 'v', end: w.end },
        ]
      : [w],
  );
  // 就…作了强调 / 就…进行部署: 就 the segmenter tags as an adverb is the preposition of the light verb after it.
  const light = words.some((w) => LIGHT.has(w.word) || w.word === '提出');
  const read = words.map((w) => {
    if (w.word === '代表' || (w.word === '就' && light)) return { ...w, tag: 'p' };
    const verb = !/^v/u.test(w.tag) && w.word.length > 2 ? COURTESY.exec(w.word)?.[0] : undefined;
    return verb ? { ...w, word: verb, tag: 'v' } : w;
  });
  // 热忱/n 欢迎 / 诚挚/a 感谢: the manner before a verb of courtesy, an adverb whatever its tag — not a
  // noun closing a phrase's object or a subject (向…人士致以 / 会长感谢).
  const manner = (i: number): boolean => {
    const [before, w, after] = [read[i - 1], read[i]!, read[i + 1]];
    return /^(?:n|a|an)$/u.test(w.tag) && w.word.length === 2 && after?.tag === 'v' && COURTESY.test(after.word) && !!before && !/^(?:p|n|vn|j|s|ns|nt|nz|b|r|m|q)/u.test(before.tag);
  };
  return read.map((w, i) => (manner(i) ? { ...w, tag: 'd' } : w));
}

/** 作了总结讲话 / 发表致辞 / 作医院工作报告: a speech named with the verb that makes it. */
const SPEECH_NAMED = /(?:作|做|发表|發表)(?:了)?[^，,]{0,16}?(?:讲话|講話|致辞|致辭|致词|致詞|发言|發言|报告|報告)$/u;

/** 报告回顾了… / 讲话指出…: the speech, not its speaker, as a clause's subject. */
const SPEECH_AS_SUBJECT = /^(?:该|該|这个|這個)?(?:报告|報告|讲话|講話|致辞|致辭|发言|發言)/u;

/** A sentence's clauses, a clause cut after its preposition run on into the next, steps, context and
 * the occasion alone left out. */
function clausesOf(sentence: string): string[] {
  return joinedClauses(sentence).filter((c) => c && !STEP.test(c) && !CONTEXT.test(c) && !OCCASION.test(c));
}

/** The predicate of a clause the speaker goes on in (…，对…表示祝贺 / 他希望…), skipping `who` (他/她, or
 * the speaker named again) at its head; null when another subject takes the clause. */
function goesOn(clause: string, who: readonly string[] = []): string[] | null {
  const named = who.find((w) => w && clause.startsWith(w));
  const words = speakerWords(named ? clause.slice(named.length) : clause);
  if (!words) return null;
  // A clause with no subject of its own opens on its verb, whatever the tag (分析/vn 医院面临的形势).
  if (words[0]?.tag === 'vn') words[0] = { ...words[0], tag: 'v' };
  const heads = predicate(words, /^(?:他|她)$/u.test(words[0]?.word ?? '') ? 1 : 0);
  return heads === OTHER ? null : heads;
}

export function speakerPredicateKind(text: string, titled: (subject: string) => boolean): SectionKind | null {
  const plain = text.replace(/《[^》]*》|“[^”]*”|「[^」]*」/gu, '《》');
  const end = plain.search(/[。！？!?]/u);
  const sentence = end < 0 ? plain : plain.slice(0, end);
  const next = end < 0 ? '' : (plain.slice(end + 1).split(/[。！？!?]/u, 1)[0] ?? '');
  if (/[；;]/u.test(sentence) || !COURTESY_WORDS.test(`${sentence}。${next}`)) return null;
  const clauses = clausesOf(sentence);
  const words = clauses[0] ? speakerWords(clauses[0]) : null;
  if (!words) return null;
  // The subject: the longest run of words before the first verb, preposition or adverb that names a person.
  let subject = -1;
  for (let i = 0; i < words.length && !/^(?:v|p|d|ad|c)$/u.test(words[i]!.tag); i++) {
    // The run as the clause writes it (Traditional names stay Traditional, as `titled` reads them).
    if (titled(clauses[0]!.slice(0, words[i]!.end))) subject = i + 1;
  }
  if (subject < 0) return null;
  const heads = predicate(words, subject);
  if (heads === OTHER) return null;
  const kind = heads.length ? speakerClass(heads) : null;
  if (kind) return kind;
  // 甲致闭幕词，对大会圆满成功表示祝贺 / 乙作工作报告，总结…。他指出，…: a speech has no kind of its own; the
  // speaker's verbs after it in the sentence, then in the next one (by 他/她, by name or left out, after
  // 在讲话中，) give it (KEYING 9, 16, 18).
  if (!SPEECH_MADE.test(heads[0] ?? '') && !SPEECH_NAMED.test(clauses[0]!)) return null;
  for (const clause of clauses.slice(1)) {
    // The speech itself as the subject (…报告，报告全面总结了…，高度赞扬…): what it says is its content,
    // not the speaker's lead (KEYING 9: X代表党委报告工作。报告回顾了… is `other`).
    if (SPEECH_AS_SUBJECT.test(clause)) return null;
    // A clause read as another's (总结/n 工作成绩: a verb the segmenter tags as a noun) gives no kind.
    const then = goesOn(clause);
    const found = then?.length ? speakerClass(then) : null;
    if (found) return found;
  }
  const who = clauses[0]!.slice(0, words[subject - 1]!.end);
  const spoken = clausesOf(next)[0];
  const then = spoken ? goesOn(spoken, [who, who.slice(-3), who.slice(-2)]) : null;
  return then ? speakerClass(then) : null;
}
