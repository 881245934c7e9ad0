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

/** 各成员方 / 与会双方 / 合作各方: the parties to talks speak as one group, as 双方 does (crowd.ts). */
const PARTIES = /^(?:与会|與會|参会|參會)?(?:各|双|雙|多|合作各|合作双|合作雙)(?:成员|成員)?方$/u;
/** The group judging later in the sentence (…进行了审议，一致认为…): its judgement, `directive`. */
const JUDGED = /(?:一致|普遍|纷纷|紛紛)?(?:认为|認為|表示)/u;
/** What decides the meeting's outcome later in the sentence: the discussion ends in a decision. */
const ADOPTED = /(?:一致)?(?:通过|通過|同意|批准|选举|選舉|推选|推選)(?:了)?/u;

/**
 * The lead when `sentence` (from where it begins) is the people present deliberating: the group and
 * its frame word (与会人员就), and the kind: `topic`, or the strongest lead later in the sentence
 * (rule 16): adopting → `decision`, the group's judgement (一致认为) → `directive`. Null otherwise.
 */
export function crowdDeliberates(sentence: string): { phrase: string; kind: 'topic' | 'directive' | 'decision' } | null {
  const m = DELIBERATES.exec(sentence);
  if (!m?.groups) return null;
  const subj = m.groups.subj!;
  // 在代表分组讨论会上 / 会议听取了各小组…: a place or time word, or a verb done, is no group acting.
  if (/^(?:在|于|於|当|當|经|經)|了/u.test(subj)) return null;
  // 各成员方 / 与会各方: the parties to talks speak as one group as 双方 does.
  if (!isCrowd(subj) && !PARTIES.test(subj)) return null;
  // 与会人员要认真讨论… / 召集人要引导委员…讨论: what someone asks of them is a requirement's content,
  // not business done.
  if (/要|应|應|须|須|将|將|拟|擬/u.test(subj)) return null;
  const phrase = subj + m.groups.how! + (m.groups.by ?? '');
  const end = sentence.search(/[。！？]/u);
  const rest = (end < 0 ? sentence : sentence.slice(0, end)).slice(m[0].length);
  return { phrase, kind: ADOPTED.test(rest) ? 'decision' : JUDGED.test(rest) ? 'directive' : 'topic' };
}
