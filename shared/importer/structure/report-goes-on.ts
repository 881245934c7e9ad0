import type { SectionKind } from '../../model';
import { leadlessKind } from './leadless-kind';
import { isPersonRef, looksLikeName } from './people';

/**
 * The kind of a person's report that leads.ts left as a plain account (`other`) when the same person
 * goes on, later in the same sentence, to a verb that is a lead of its own: 葛某首先通报了…工作，同时
 * 充分肯定了… / 甲副主席通报了…，并听取了…汇报 / 乙校长回顾了…，认为…. bench/KEYING.md 9 keys a report
 * to the meeting (介绍/通报/汇报/述职/解读) `other` only where no stronger lead follows in the same
 * sentence (介绍了…，重点传达了… → `directive`); rule 15 gives several lead verbs of one subject in one
 * sentence the strongest kind; rule 21 keeps 回顾/分享/交流 acts with no kind of their own.
 *
 * leads.ts stops at the report verb (REPORT_VERB: the lead is the person and the verb), so the verb
 * class is read from the rest of the first sentence as leadless-kind.ts reads a paragraph with no lead
 * (deciding, demanding, directing — passing on, judging, praise, welcome and thanks, suggestions —
 * hearing), and a bare 认为 opening a later clause is the person's judgement (`directive`, KEYING 9).
 * Only for one person (a name, a post, or both: not a body, a group, the meeting or a step word, whose
 * accounts the older keys read otherwise) and not for a ；-rundown or people acting 分别 (rule 2: one
 * account of several people).
 */

/** The person, an adverb or a 向… phrase, then the report or act verb that closes the lead. */
const REPORT_LEAD =
  /^(?<subj>[^，,：:]{2,30}?)(?:首先|还|還|也|随后|隨後|又|向[^，,]{1,12}?)?(?:通报|通報|介绍|介紹|汇报|匯報|彙報|述职|述職|解读|解讀|宣读|宣讀|说明|說明|回顾|回顧|总结|總結|分享|交流)(?:了)?$/u;
/** A later clause opening on the person's bare judgement (，认为… / ，并认为…), not 认为的 (a noun phrase). */
const THEN_JUDGED = /[，,](?:并|並|还|還|同时|同時)?(?:认为|認為)(?!的)/u;

/** The kind the rest of a person's report sentence gives it, or null (the account stays `other`). */
export function reportGoesOnKind(lead: string, text: string, names: readonly string[]): SectionKind | null {
  const subj = REPORT_LEAD.exec(lead)?.groups?.subj;
  if (!subj || !(isPersonRef(subj, names) || looksLikeName(subj))) return null;
  const end = text.search(/[。！？!?]/u);
  const sentence = end < 0 ? text : text.slice(0, end);
  if (/[；;]|分别|分別/u.test(sentence)) return null;
  return leadlessKind(sentence) ?? (THEN_JUDGED.test(sentence.replace(/《[^》]*》|“[^”]*”/gu, '《》')) ? 'directive' : null);
}
