import type { Lead, LeadPlace } from './leads';

/**
 * 会议指出 / 会议认为 opening a paragraph: the meeting's own judgement of what it studied (a higher
 * meeting, a speech, a leader's words). What that studied matter did is told inside the judgement
 * (…第二次代表大会是一次重要会议。大会系统总结了… / …。总书记对我省工作提出的目标要求… /
 * 中央代表团有关领导同志的讲话，对…提出明确要求), and the keys keep it in the judgement's section.
 */
const JUDGEMENT = /^(?:会议|會議)(?:一致)?(?:指出|认为|認為)$/u;
/**
 * The studied matter as a sentence's subject: the assembly studied (大会/全会, not the 会议 that
 * judges it), the central leadership and its leaders, whose words the meeting passes on. A local
 * leader present at the meeting (县委书记X强调) still opens an item of the meeting's own.
 */
const STUDIED = /^(?:大会|大會|全会|全會|(?:习近平|習近平)?(?:总书记|總書記)|(?:党|黨)?中央|国务院|國務院)/u;

/**
 * Drops, in place, the sentence leads inside a judgement paragraph whose subject is the studied
 * matter. Clause leads (after a comma) are left alone: they only give a sentence its kind.
 */
export function dropStudiedMatter(found: { pos: number; lead: Lead; place: LeadPlace }[]): void {
  const first = found[0];
  if (!first || first.pos !== 0 || !JUDGEMENT.test(first.lead.text)) return;
  for (let i = found.length - 1; i > 0; i--) {
    const f = found[i]!;
    if (f.place === 'sentence' && STUDIED.test(f.lead.text)) found.splice(i, 1);
  }
}
