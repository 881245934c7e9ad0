/**
 * 。此次会议审议通过了… / 。本次会议表决通过了… inside a paragraph: the sitting pointed at (此次/本次/
 * 这次) rather than named is how a speaker or a closing account sums up what the meeting did, not
 * the meeting's next item (bench/KEYING.md 10: the speech going on). TRAIN keys agree: every such
 * lead inside a paragraph (heldout-27 04, -37 08, -48 11) is keyed inside the section before it,
 * while a paragraph opened by one (这次会议研究讨论了…, heldout-9 07) is a section of its own.
 */

import type { Lead, LeadPlace } from './leads';

const POINTED_SITTING = /^(?:此次|本次|这次|這次)(?:会议|會議|大会|大會)/u;

/** Drops the leads after a paragraph's start whose subject is the sitting pointed at. */
export function dropPointedSitting(found: { pos: number; lead: Lead; place: LeadPlace }[]): void {
  for (let i = found.length - 1; i >= 0; i--) {
    const f = found[i]!;
    if (f.pos > 0 && POINTED_SITTING.test(f.lead.text)) found.splice(i, 1);
  }
}
