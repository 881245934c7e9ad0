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
      const light = words.slice(i + 1).some((x) => LIGHT.has(x.word));
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
 * The verbs the meeting's clauses of the first sentence of `text` head, in order; null when the
 * sentence's subject is not the meeting (or it is a ；-rundown, KEYING 2).
 */
export function meetingPredicates(text: string): string[] | null {
  const plain = text.replace(/《[^》]*》|“[^”]*”|「[^」]*」/gu, '《》');
  const end = plain.search(/[。！？!?]/u);
  const sentence = end < 0 ? plain : plain.slice(0, end);
  // The meeting (会议, 大会, 会上, 常委会…) names itself with 会: no other sentence is asked of the segmenter.
  if (/[；;]/u.test(sentence) || !/[会會]/u.test(sentence.split(/[，,：:]/u, 3).join(''))) return null;
  // A clause cut after its preposition (会议对，…: a lead the capture split off) runs on into the next.
  const clauses = sentence
    .split(/[，,：:]/u)
    .map((c) => c.trim())
    .reduce<string[]>((all, c) => {
      const last = all[all.length - 1];
      if (last !== undefined && OPEN_PHRASE.test(last)) all[all.length - 1] = last + c;
      else all.push(c);
      return all;
    }, [])
    .filter((c) => c && !STEP.test(c) && !CONTEXT.test(c));
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
