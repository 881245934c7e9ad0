import type { SectionKind } from '../../model';
import { tagRun } from '../segment';
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
const SUGGESTED = /(?<!所)(?:提出(?!的)|提(?![出的]))(?:了)?[^。；;，,]{0,16}?(?:意见|意見|建议|建議)/u;
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
  const first = GROUP_FIRST.exec(sentence)?.groups?.subj;
  // Without GROUP_FIRST's reading, only a sentence that suggests, judges or deliberates somewhere
  // can pass the test below, which reads the part after the group: a sentence with none of them
  // anywhere is let go before the segmenter is asked (round 45: most sentences, at every lead place).
  if (!first && !ACTS_ANYWHERE.test(sentence)) return null;
  const subj = first ?? taggedGroup(sentence);
  if (!subj || !aGroup(subj)) return null;
  // 各成员方通过…互访，沟通…: 通过 right after the group, with no 了, is the means (by way of), not a vote.
  const rest = sentence.slice(subj.length).replace(MEANS, '');
  // …，会议决定… / …，局长强调…: a stronger verb the group does not own is left to its own reading.
  // 大家一定要认识到…: what someone asks of the group (a modal before its verb) is no act of its own.
  if (OTHERS_STRONGER.test(rest) || ASKED_OF.test(rest)) return null;
  // A group the segmenter found (its first act no word GROUP_DOES knows) is read for its suggestions,
  // judgement or deliberation only: 代表团还成立了…，一致推选… is an account of what it set up.
  if (!first && (ADOPTED.test(rest) || !(SUGGESTED.test(rest) || JUDGED.test(rest) || DELIBERATED.test(rest)))) return null;
  const stronger = strongerThanTopic(rest) ?? (STUDIED.test(rest) ? 'directive' : null);
  if (stronger) return { subject: subj, kind: stronger };
  // 各班子成员依次汇报了…，并就…进行交流和探讨: a report made first is the account (KEYING 18, 21).
  const deliberated = DELIBERATED.exec(rest);
  return deliberated && !REPORTED_FIRST.test(rest.slice(0, deliberated.index).replace(/《[^》]*》/gu, '')) ? { subject: subj, kind: 'topic' } : null;
}
/**
 * SUGGESTED, JUDGED or DELIBERATED anywhere: what matches in a part of the sentence matches in the
 * whole (SUGGESTED's look-behind, 所提, left out, so that a part opening on 提 still counts).
 */
const ACTS_ANYWHERE = new RegExp(`(?:提出(?!的)|提(?![出的]))(?:了)?[^。；;，,]{0,16}?(?:意见|意見|建议|建議)|${JUDGED.source}|${VERB}`, 'u');
const MEANS = new RegExp(`^${MANNER}(?:通过|通過)(?!了)`, 'u');
/** A modal right after the group (要, 应, 必须, 一定要): what the speaker asks of them. */
const ASKED_OF = new RegExp(`^${MANNER}(?:一定|更|更加)?(?:要(?!求)|应当|应该|應當|應該|必须|必須|务必|務必|须|須)`, 'u');
/** Verbs of demanding, deciding or laying out the work: no group's own business (KEYING 12). */
const OTHERS_STRONGER = /决定|決定|部署|强调|強調|要求|指出/u;
/** A report or a speech made before the deliberation (read with 《titles》 taken out: 围绕《工作报告》
 * names the matter, it reports nothing). */
const REPORTED_FIRST = /(?:汇报|匯報|彙報|通报|通報|介绍|介紹|宣读|宣讀)了|(?<![工合创創操写寫制动動])(?:作|做)(?:了)?[^，,]{0,12}?(?:报告|報告|汇报|匯報|发言|發言)/u;

/**
 * The group opening `sentence` as the segmenter reads it, where what it does first is no word
 * GROUP_DOES knows (各参会代表立足工作实际，…建言献策 / 代表们紧扣主题，…提出意见): the words up to a
 * group (crowd.ts's shape) followed by an adverb or preposition (立足, 分别, 积极, 从, 在), the tags
 * saying the noun phrase has ended (村民代表大会审议… ends on 代表大会, a body, not on the people 村民).
 */
function taggedGroup(sentence: string): string | null {
  const clause = /^[^，,；;：:“”「」《》、]{3,30}/u.exec(sentence)?.[0];
  if (!clause || !PEOPLE_IN.test(clause)) return null;
  const words = tagRun(clause);
  if (!words) return null;
  // A noun phrase: not opened by a verb, adverb or link word (希望各位代表…, 同时…), holding no name
  // (甲同志 is one person) and no 的 (出席大会的全体委员 describes them by a verb).
  if (/^(?:v|vn|d|ad|p|c)$/u.test(words[0]!.tag) || PRONOUN.test(clause)) return null;
  for (let i = 0; i + 1 < words.length && words[i]!.end <= 24; i++) {
    if (/^(?:nr\w*|uj|x)$/u.test(words[i]!.tag)) return null;
    const subj = clause.slice(0, words[i]!.end);
    if (/^(?:d|ad|p)$/u.test(words[i + 1]!.tag) && aGroup(subj)) return subj;
  }
  return null;
}
/** 他们 / 她们 point back at people already named: their section goes on. */
const PRONOUN = /^(?:他们|她们|他們|她們)/u;
/** A head noun of people or 们 somewhere in the clause: the cheap test before the segmenter. */
const PEOPLE_IN = /人员|人員|代表|委员|委員|同志|干部|幹部|党员|黨員|职工|職工|成员|成員|领导|領導|专家|專家|们|們|大家/u;

/**
 * A group's sentence after clauses that frame it and have no subject of their own (就如何修改，
 * 与会人员提出了具体意见 / 在认真研读报告后，专家们一致认为… / 结合各自领域，大家分别提出了建议):
 * bench/KEYING.md 19 and 26 make the group's suggestions or judgement a section of its own, the
 * lead written from the sentence's start; its kind is the group's strongest verb (groupSentence).
 * A clause frames when the segmenter reads its first word as a preposition, adverb or verb (就, 对,
 * 在…后, 针对, 结合, 立足, 围绕): a clause with a subject opens on a noun or a name. At most three
 * such clauses, the whole framing within 60 characters.
 */
export function frontedGroup(text: string): { phrase: string; kind: SectionKind } | null {
  let at = 0;
  for (let n = 0; n < 3; n++) {
    const clause = /^[^，,。；;！？：:“”「」]{2,40}[，,]/u.exec(text.slice(at))?.[0];
    if (!clause || at + clause.length > 60) return null;
    at += clause.length;
    const group = groupSentence(text.slice(at));
    if (!group) continue;
    const end = text.slice(at).search(/[。！？]/u);
    const sentence = end < 0 ? text.slice(at) : text.slice(at, at + end);
    // Only the group's own suggestions or judgement (rule 26); its study or vote after a frame is
    // the account's (此外，按照…要求，大家还一起学习了…) or another reader's.
    const own = group.kind === 'directive' && (SUGGESTED.test(sentence) || JUDGED.test(sentence));
    return own && framing(text.slice(0, at)) ? { phrase: text.slice(0, at) + group.subject, kind: group.kind } : null;
  }
  return null;
}
/** Every clause of `head` opens on a preposition, adverb or verb (no subject of its own). */
function framing(head: string): boolean {
  return head
    .split(/[，,]/u)
    .filter(Boolean)
    .every((clause) => {
      // 会前，/ 会上，/ 会议期间，: the occasion is a lead of its own (leads.ts), no frame.
      if (isCrowd(clause) || /^(?:会议|會議|[会會](?:前|后|後|上|中))/u.test(clause)) return false;
      const first = tagRun(clause)?.[0];
      return first ? /^(?:p|d|v)$/u.test(first.tag) : FRAME_WORD.test(clause);
    });
}
/** Without a segmenter: the frame words a fronted clause opens on. */
const FRAME_WORD = /^(?:就|对|對|针对|針對|关于|關於|围绕|圍繞|结合|結合|立足|根据|根據|按照|在)/u;
