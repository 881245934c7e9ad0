import type { SectionKind } from '../../model';
import { proposedKind } from './proposal-kind';

/**
 * The kind of a paragraph that opens a section with no lead (leadless.ts: someone does the meeting's
 * business in it), read from the class of its first sentence's main verb rather than from the words
 * before it. leads.ts knows a lead by its subject and shape (会议指出，/ X强调，), so a paragraph whose
 * subject it does not read (督导组, 全团会议, 县委宣讲团成员X, 二、) or whose verb stands in another
 * shape (X…给予充分肯定 / X对…提出要求 / 报告指出，) stayed `other`, while the keys give such a
 * paragraph the kind of its verb as they do for 会议's (bench/KEYING.md 9, 12):
 * - deciding: adopting (审议通过 / 讨论通过 / 表决通过, not 通过的, a relative clause), electing
 *   someone to a post (选举/推选/选出 X 为, X 当选为) → `decision`;
 * - demanding: 强调 + its words or 要, 提出…要求 closing the clause, 进行了强调 → `requirement`;
 * - passing a higher level's words on or studying them (传达, 学习了, 宣讲了, 领学了), judging
 *   (认为，/ 指出， with the words said after them, 给予充分肯定, 肯定了) → `directive`; so is a
 *   guest's or host's welcome or thanks said for a body (X代表…对…表示欢迎/表示衷心感谢): TRAIN keys
 *   of such a paragraph say directive 7 times to 2 (one with a 表示祝贺 before it; 致以感谢 and
 *   表示祝贺 alone are left plain, keyed `other` as often as not);
 *   praise (高度评价, 表示充分肯定: round 38, three TRAIN keys, none against) judges too; so do
 *   words said after a verb of saying (大家纷纷表示要… / 都提到，/ 则谈到，: KEYING 9, 11, 12, round 44);
 * - hearing or deliberating a report (听取/审议 + a report, a briefing or a named text), in the
 *   sentence's first clause, or 听取了 opening a later clause of a visit (委员们视察了…，听取了…介绍:
 *   KEYING 20; the older TRAIN keys split 2 to 2) → `topic`; so is a sitting announced by its
 *   stages (本次会议分为…三个阶段 / 共分…四项议程: KEYING 15, three TRAIN keys, none against).
 * Round 39 (import-88c), from round 37's blind batches, where such paragraphs missed three times as
 * often as in older TRAIN: the verb class is read wherever it stands in the first sentence, as the
 * keys read a paragraph that is a section of its own (KEYING 19: its strongest lead verb):
 * - adopted unanimously (…讨论并在表决时一致通过 / 全票通过) is an outcome → `decision`;
 * - a later clause that opens by stressing or requiring with what is to be done (…发言，并强调各方要…
 *   / …表示祝贺，要求各市继续…) → `requirement`;
 * - suggestions, opinions or problems put forward or given by anyone (提出了…意见和建议 / 积极提建议
 *   / 给予了指导性的建议, KEYING 19–20: 提出 is a lead wherever it stands, 建议/意见/问题 →
 *   `directive`; the older batches keyed a few as `other`, before that rule);
 * - hearing others' experience or an introduction on a visit (…参观了…，认真听取了…的经验和做法)
 *   is hearing as a report is.
 * A decision anywhere in the sentence is its outcome; otherwise the strongest class wins by rule 12's
 * ranking (decision over requirement over directive over topic).
 * Not read: a context clause (在…后，/ 在…时，: what was heard before the act), 通过 as "by way of"
 * opening a clause, a verb inside a quoted or named title (《…》, “…”), 进行传达 with no object.
 */

const DECISION = /(?:审议|審議|表决|表決|讨论|討論|并|並|一致|全票)通[过過](?:了)?(?!的)|当选为|當選為|(?:选举|選舉|推选|推選|选出|選出)(?:产生|產生)?(?:了)?[^，。；,;]{1,30}?[为為]/u;
const REQUIREMENT =
  /(?:强调|強調)(?=[，,：:]|要)|(?:^|[，,；;])(?:并|並|还|還|也|同时|同時)?(?:要求(?![了的，,。])[^，,。；;]{2}|(?:强调|強調)(?![了的，,。])[^，,。；;]{1,12}?要(?!求))|(?:进行|進行)了?(?:强调|強調)/u;
const DIRECTIVE =
  /(?<!进行|進行)(?:传达|傳達)(?:学习|學習)?(?:了)?(?![，。；,;安])|(?:学习|學習|宣讲|宣講|领学|領學)了|(?:认为|認為|指出)[，,：:]|(?:表示|提到|谈到|談到)(?=[，,：:]|要)|(?:[给給]予|表示|表達|表达|予以)(?:了)?(?:充分|高度)?(?:的)?肯定|肯定了|(?:表示|表達|表达)(?:了)?(?:最)?(?:衷心|诚挚|誠摯|热烈|熱烈|真诚|真誠)?(?:的)?(?:欢迎|歡迎|感谢|感謝)|(?:高度|充分)(?:的)?(?:评价|評價|肯定)|提(?:建议|建議|意见|意見)|[给給]予(?:了)?[^，,。；;]{0,8}?(?:建议|建議|意见|意見)/u;
/** 听取/审议 at the head of the first clause (after a subject or a 一、), not 审议通过的 nor a bare 审议 closing it. */
const HEARING = /^(?:[一二三四五六七八九十]+、)?[^，,]{0,20}?(?:听取|聽取|审议|審議|研究了)(?!通[过過]的|$)/u;
/** A visit or a tour going on to hear (委员们视察了…，听取了…介绍 / 一行先后前往…调研，并在随后召开的
 * …会议上听取了…情况): the hearing is the item's business, as 会议听取了… is (KEYING 20). */
const LATER_HEARING = /^(?:并|並|还|還|随后|隨後|同时|同時)?[^，,]{0,30}?(?:听取|聽取)了/u;
/** The sitting announced by its stages or parts (本次会议分为学习、报告和部署三个阶段 / 共分…四项议程):
 * the agenda, a topic with no count (KEYING 15). */
const STAGES = /^[^，,]{0,16}?(?:共分|分(?:为|為|成))[^。；;]{2,120}?(?:阶段|階段|环节|環節|板块|板塊|议程|議程)/u;
/** What a meeting hears: a report, a briefing, an account, an item, a named text. */
const HEARD = /汇报|匯報|彙報|报告|報告|说明|說明|情况|情況|议题|議題|事项|事項|经验|經驗|做法|介绍|介紹|《/u;
/** 在…后 / 在…时 (anywhere in the clause: X在听取…后), 在…中/上/前 opening it, 通过 opening it. */
const CONTEXT = /(?:^|[^存现現实實])在[^，,]*(?:后|後|时|時)$|^(?:在|于|於)[^，,]*(?:中|上|前)$|^(?:通过|通過)/u;
/** A step or time word alone before the act (下午，/ 随后，/ 会上，). */
const SHORT_STEP = 4;

export function leadlessKind(paragraph: string): SectionKind | null {
  const plain = paragraph.replace(/《[^》]*》|“[^”]*”|「[^」]*」/gu, '《》');
  const end = plain.search(/[。！？!?]/u);
  const sentence = end < 0 ? plain : plain.slice(0, end);
  const clauses = sentence.split(/[，,；;]/u).filter((c) => !CONTEXT.test(c));
  if (!clauses.length) return null;
  const text = clauses.join('，');
  if (DECISION.test(text)) return 'decision';
  // 提出 + its object, wherever it stands (proposal-kind.ts): asking → requirement, else directive.
  const proposed = proposedKind(text);
  if (REQUIREMENT.test(text) || proposed === 'requirement') return 'requirement';
  if (DIRECTIVE.test(text) || proposed === 'directive') return 'directive';
  if (STAGES.test(sentence)) return 'topic';
  const first = clauses[0]!.length <= SHORT_STEP && clauses.length > 1 ? clauses[1]! : clauses[0]!;
  if (HEARING.test(first) && HEARD.test(sentence)) return 'topic';
  return clauses.slice(1).some((c) => LATER_HEARING.test(c)) && HEARD.test(sentence) ? 'topic' : null;
}
