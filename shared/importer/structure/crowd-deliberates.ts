import type { SectionKind } from '../../model';
import { isCrowd } from './crowd';

/**
 * The people present deliberating where a sentence begins: 与会人员就…进行了认真讨论 /
 * 各县参会代表也围绕…展开了热烈的讨论 / 代表们分组讨论了… / 班子成员分别就…开展研讨交流.
 *
 * bench/KEYING.md 17, 21 and 25 read a group of people as the subject of a discussion verb as a lead
 * of its own, `topic`, wherever the sentence stands (rule 2: a lead after 。 opens a section): the
 * sentence says what the meeting did next, the attendees' turn at the business. The group is read by
 * its shape (crowd.ts), the verb by its class: 讨论, 研讨, 探讨, 审议, 协商, 议事, 建言献策 (rule 17's
 * discussion verbs, rule 24's 建言献策, rule 25's 协商/议事). 交流 and 座谈 alone are acts, no lead
 * (rule 21); a pair with a discussion verb (交流探讨) is the discussion (rule 25).
 *
 * Only the sentence's first clause is read: the group, how it went about it (分别, 也, 分组), what it
 * discussed (就/围绕/对/结合…), then the verb, straight or after 进行/展开/开展 and its manner words.
 */

/** Adverbs between the group and its verb or frame: in turn, also, in groups, eagerly. */
const MANNER = '(?:分别|分別|也|还|還|又|都|均|纷纷|紛紛|踊跃|踴躍|积极|積極|分组|分組|集体|集體|共同|一起|先后|先後|依次|随后|隨後|认真|認真|深入|充分|热烈|熱烈|现场|現場)*';
/** The matter framed before the verb: 就…, 围绕…, 对…, 结合…, 针对…. */
const FRAME = '(?:(?<by>就|围绕|圍繞|对|對|针对|針對|结合|結合)[^，,。；;！？：:]{1,60}?)?';
/** The discussion verbs (a class: deliberating together), 交流 only when paired with one of them. */
const VERB = '(?:交流|座谈|座談)?(?:讨论|討論|研讨|研討|探讨|探討|审议|審議|协商|協商|议事|議事|建言献策|建言獻策)';
/** 进行了 / 展开了 / 开展 and a few words of manner (认真, 深入的, 热烈的, 专题) before the verb. */
const CARRIED = '(?:(?:进行|進行|展开|展開|开展|開展)(?:了)?[^，,。；;！？]{0,6}?)?';

const DELIBERATES = new RegExp(`^(?<subj>[^，,。；;！？：:“”「」《》]{2,24}?)(?<how>${MANNER})${FRAME}${MANNER}${CARRIED}${VERB}(?![会會稿题題的])`, 'u');

/**
 * Words that make the text before the verb no group acting: a place, time or object word opening it
 * (在代表分组讨论会上 / 对企业家们…表示感谢), a verb done (会议听取了各小组…), a source (唐某根据工作组…), or a modal (与会人员要认真讨论… /
 * 召集人要引导委员…: what someone asks of them is a requirement's content, not business done).
 */
const NOT_A_GROUP = /^(?:在|于|於|当|當|经|經|对|對|向|(?:与|與)(?!会|會)|给|給|把|被|为|為)|了|根据|根據|按照|依据|依據|通过|通過|要|应|應|须|須|将|將|拟|擬/u;
/**
 * Whether `subj` is a group of the people present (crowd.ts, or the parties to talks, 各成员方 / 与会
 * 双方, who speak as one as 双方 does). Not one person named after a post with 同志 (镇党委副书记甲
 * 同志; 与会同志 and 其他同志 are groups), nor a person speaking for a group (甲校长代表老师们).
 */
function aGroup(subj: string): boolean {
  if (NOT_A_GROUP.test(subj) || /代表(?![们們团團]|$)/u.test(subj)) return false;
  if (/(?:书记|書記|主任|[长長]|主席|委员|委員|经理|經理)\p{Script=Han}{1,3}同志$/u.test(subj)) return false;
  return isCrowd(subj) || PARTIES.test(subj);
}

/** 各成员方 / 与会双方 / 合作各方: the parties to talks speak as one group, as 双方 does (crowd.ts). */
const PARTIES = /^(?:与会|與會|参会|參會)?(?:各|双|雙|多|合作各|合作双|合作雙)(?:成员|成員)?方$/u;
/** The group judging later in the sentence (…进行了审议，一致认为… / 充分肯定了…): `directive` (KEYING 17, 21). */
const JUDGED = /(?:一致|普遍|纷纷|紛紛)?(?:认为|認為|表示)|肯定|高度评价|高度評價/u;
/** What decides the meeting's outcome later in the sentence: the discussion ends in a decision (not
 * the noun 换届选举工作). */
const ADOPTED = /(?:一致)?(?:通过|通過|同意|批准|选举|選舉|推选|推選)(?:了)?(?!工作|办法|辦法|时间|時間|程序|事宜)/u;

/**
 * The lead when `sentence` (from where it begins) is the people present deliberating: the group and
 * its frame word (与会人员就), and the kind: `topic`, or the strongest lead later in the sentence
 * (rule 16): adopting → `decision`, the group's judgement (一致认为) → `directive`. Null otherwise.
 */
export function crowdDeliberates(sentence: string): { phrase: string; kind: 'topic' | 'directive' | 'decision' } | null {
  const m = DELIBERATES.exec(sentence);
  if (!m?.groups) return null;
  const subj = m.groups.subj!;
  if (!aGroup(subj)) return null;
  const phrase = subj + m.groups.how! + (m.groups.by ?? '');
  const end = sentence.search(/[。！？]/u);
  const rest = (end < 0 ? sentence : sentence.slice(0, end)).slice(m[0].length);
  return { phrase, kind: strongerThanTopic(rest) ?? 'topic' };
}

/** Suggestions put forward (提出了意见和建议, 提建议): `directive` whoever makes them (KEYING 19);
 * not those answered (对所提意见建议逐条回应). */
const SUGGESTED = /(?<!所)(?:提出|提)(?:了)?[^。；;，,]{0,16}?(?:意见|意見|建议|建議)/u;
/** Studying a text (认真学习了…, 集中學習了…): passing a higher level's words on, `directive` (KEYING 14). */
const STUDIED = /(?:学习|學習)了/u;
/** What the group does where it opens the account: a frame, a manner word or one of its verbs. */
const GROUP_DOES = `(?:${MANNER})(?:就|围绕|圍繞|对|對|针对|針對|结合|結合|在|提出|提|一致|普遍|高度|予以|给予|給予|肯定|推选|推選|选举|選舉|表决|表決|同意|认为|認為|表示|学习|學習|畅所欲言|暢所欲言|各抒己见|各抒己見|进行|進行|展开|展開|开展|開展|建言|讨论|討論|研讨|研討|探讨|探討|协商|協商|审议|審議)`;
const GROUP_FIRST = new RegExp(`^(?<subj>[^，,。；;！？：:“”「」《》、]{2,24}?)(?=${GROUP_DOES})`, 'u');
/** Deliberating anywhere in the sentence, as VERB reads it. */
const DELIBERATED = new RegExp(VERB, 'u');

/** The stronger kinds a group's sentence may carry, strongest first (KEYING 12's ranking). */
function strongerThanTopic(rest: string): 'decision' | 'directive' | null {
  if (ADOPTED.test(rest)) return 'decision';
  return JUDGED.test(rest) || SUGGESTED.test(rest) ? 'directive' : null;
}

/**
 * The kind of an occasion's account (会上，… / 会议期间，…) whose first sentence the people present
 * open: their strongest verb in that sentence (KEYING 16: one sentence, its strongest lead; 17, 19, 25
 * for the classes): adopting → `decision`; judging, suggesting or studying → `directive`; deliberating
 * → `topic`. Null when no group opens it or it does none of these.
 */
export function crowdKind(body: string): SectionKind | null {
  return groupSentence(body.replace(/^[，,：:\s]+/u, ''))?.kind ?? null;
}

/**
 * A sentence the people present open (与会人员一致认为… / 党员们普遍表示要… / 与会代表推选甲为团长 /
 * 委员们对…予以高度评价): the group as written and its strongest verb's kind in that sentence, as
 * crowdKind reads it; the lead of a section of its own where the sentence begins (KEYING 16: 与会人员
 * + any lead verb takes that verb's kind; 12's and 17's judgement). Null when no group opens it.
 */
export function groupSentence(text: string): { subject: string; kind: SectionKind } | null {
  const end = text.search(/[。！？]/u);
  const sentence = end < 0 ? text : text.slice(0, end);
  const subj = GROUP_FIRST.exec(sentence)?.groups?.subj;
  if (!subj || !aGroup(subj)) return null;
  const rest = sentence.slice(subj.length);
  // …，会议决定… / …，局长强调…: a stronger verb the group does not own is left to its own reading.
  if (OTHERS_STRONGER.test(rest)) return null;
  const stronger = strongerThanTopic(rest) ?? (STUDIED.test(rest) ? 'directive' : null);
  if (stronger) return { subject: subj, kind: stronger };
  // 各班子成员依次汇报了…，并就…进行交流和探讨: a report made first is the account (KEYING 18, 21).
  const deliberated = DELIBERATED.exec(rest);
  return deliberated && !REPORTED_FIRST.test(rest.slice(0, deliberated.index).replace(/《[^》]*》/gu, '')) ? { subject: subj, kind: 'topic' } : null;
}
/** Verbs of demanding, deciding or laying out the work: no group's own business (KEYING 12). */
const OTHERS_STRONGER = /决定|決定|部署|强调|強調|要求|指出/u;
/** A report or a speech made before the deliberation (read with 《titles》 taken out: 围绕《工作报告》
 * names the matter, it reports nothing). */
const REPORTED_FIRST = /(?:汇报|匯報|彙報|通报|通報|介绍|介紹|宣读|宣讀)了|(?<![工合创創操写寫制动動])(?:作|做)(?:了)?[^，,]{0,12}?(?:报告|報告|汇报|匯報|发言|發言)/u;
