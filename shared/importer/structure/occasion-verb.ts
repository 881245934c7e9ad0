import type { SectionKind } from '../../model';
import { leadlessKind } from './leadless-kind';
import { isCrowd } from './crowd';
import { isPersonRef } from './people';

/**
 * The kind of a 会上 account (会上 / 座谈会上 / 学习会上 / 会议期间) that occasion-kind.ts left plain, read
 * from the class of its first sentence's strongest verb, whoever acts in it: bench/KEYING.md 9 keys
 * 会上 `other` only where no stronger lead stands in the same sentence, and the later rules read a
 * lead verb wherever it stands (19: suggestions put forward by any subject → `directive`; 20: 对…表示
 * 欢迎 is an X表示 lead, 提出 a lead wherever it stands; 14: 学习了 → `directive`, as 传达学习).
 *
 * occasion-kind.ts reads the verb only right after one speaker it can parse (no 、, no preposition
 * phrase longer than 30 characters, no comma before the verb), so the accounts whose speaker carries
 * two posts (党委书记、理事长甲首先对…表示衷心的感谢), speaks for a body (甲代表省委、省政府对…表示欢迎),
 * is a group (与会人员…提出了意见建议 / 中心组成员共同学习了《…》) or opens after a context clause
 * (在听取…后，…) stayed `other` whatever they said. The verb's class is what leadless-kind.ts reads
 * for a paragraph with no lead: deciding, demanding, directing (passing on or studying a text,
 * judging, welcome and thanks, suggestions), hearing.
 *
 * Two shapes stay plain, as the keys have them:
 * - a rundown of who did what (rules 2, 9 and 12: one account of several people's acts, whatever one
 *   part says), joined by ； or by commas, two clauses or more opening with a person or a group of
 *   their own (甲部长通报了…，乙副县长解读了…，丙书记领学了… / 甲书记通报了…，老同志们表示，…). Several people doing one act (甲、乙等10位委员先后发言，提出
 *   建议) are one subject: rule 19 reads their verb;
 * - a bare verb right after 会上 with no one doing it (会上，传达了…的情况 / 集中学习了… / 听取了…):
 *   occasion-kind.ts and occasion-agenda.ts read the occasion's own agenda, and what they leave plain
 *   is news or a run of business (KEYING 9), not a lead.
 */

/** Adverbs and manner words that may stand before the bare verb. */
const MANNER = '(?:还|還|也|又|首先|随后|隨後|集中|集体|集體|认真|認真|专题|專題|共同|一起|先后|先後|分别|分別|再次|深入|进一步|進一步)*';
/** A verb or a preposition opening the account: no one acts before it (the occasion's own agenda). */
const BARE = new RegExp(
  `^${MANNER}(?:传达|傳達|学习|學習|领学|領學|听取|聽取|审议|審議|研究|讨论|討論|通报|通報|部署|安排|强调|強調|要求|提出|审定|審定|通过|通過|观看|觀看|宣读|宣讀|对|對|就|围绕|圍繞|针对|針對|结合|結合|进行|進行|开展|開展)`,
  'u',
);

/** A clause opening with a person or a group of its own and the act they do: a part of a rundown. */
const ANOTHER_SPEAKER = new RegExp(
  `^(?<subj>[^，,：:]{2,30}?)(?:首先|还|還|也|则|則|随后|隨後|又)?(?:通报|通報|解读|解讀|领学|領學|传达|傳達|介绍|介紹|汇报|匯報|作了|做了|宣读|宣讀|部署|提出|强调|強調|要求|表示|指出|就|对|對|围绕|圍繞)`,
  'u',
);

function rundown(sentence: string): boolean {
  if (/[；;]/u.test(sentence)) return true;
  const actors = sentence.split(/[，,]/u).filter((clause) => {
    const m = ANOTHER_SPEAKER.exec(clause);
    return !!m?.groups && (isPersonRef(m.groups.subj!) || isCrowd(m.groups.subj!));
  });
  return actors.length >= 2;
}

/** The kind of the 会上 account `body` (what follows the lead) by its verb's class, or null (plain). */
export function occasionVerbKind(body: string): SectionKind | null {
  const text = body.replace(/^[，,：:\s]+/u, '');
  const plain = text.replace(/《[^》]*》|“[^”]*”|「[^」]*」/gu, '《》');
  const end = plain.search(/[。！？!?]/u);
  const sentence = end < 0 ? plain : plain.slice(0, end);
  if (BARE.test(sentence) || rundown(sentence)) return null;
  return leadlessKind(text);
}
