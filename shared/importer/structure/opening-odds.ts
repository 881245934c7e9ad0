/**
 * A learned second opinion on a paragraph with no lead: does it open a section of its own, or carry
 * on the one before it? leadless.ts answers by hand-written shapes; this module scores the same
 * paragraph by how often its opening (first characters, the pairs of characters near its start,
 * its length, how the paragraph before it ended) opened a section in the hand-keyed TRAIN reports.
 * The table is derived by tools/derive-opening-odds.ts from TRAIN keys only and shipped in
 * opening-odds-data.ts. The score overrides the rule only when it is far from even (the margin);
 * near even the rule stands, so the table decides only where the keys are of one mind.
 */

import { OPENING_ODDS } from './opening-odds-data';
import { leadlessOpensSection } from './leadless';

/** Log-odds weights per feature, the prior log-odds, and the margin the score must pass. */
export interface OpeningTable {
  prior: number;
  margin: number;
  weights: Readonly<Record<string, number>>;
}

/** Characters that carry no opening of their own (indent, bullets, quotes). */
const LEADING = /^[\s\u3000·•●○■□◆◇▲△※*\-—“”"「」『』]+/u;

/**
 * The features of a paragraph's opening. Kept few and local on purpose: what a keyer sees first
 * (the first one, two and three characters; pairs of characters in the first eight), how long the
 * paragraph is, whether its first clause is short, and how the paragraph before it ended (a colon
 * announces what follows, a missing full stop marks a caption or a headline-like line).
 */
export function openingFeatures(paragraph: string, previous: string): string[] {
  const p = paragraph.replace(LEADING, '');
  const out: string[] = [];
  const head = [...p.slice(0, 8)];
  if (head.length) out.push(`h1:${head[0]}`);
  if (head.length > 1) out.push(`h2:${head.slice(0, 2).join('')}`);
  if (head.length > 2) out.push(`h3:${head.slice(0, 3).join('')}`);
  for (let i = 0; i + 1 < head.length; i++) out.push(`b:${head[i]}${head[i + 1]}`);
  const len = [...p].length;
  out.push(`len:${len < 12 ? 0 : len < 30 ? 1 : len < 80 ? 2 : len < 200 ? 3 : 4}`);
  const clause = p.search(/[，,。；;：:！？]/u);
  out.push(`clause:${clause < 0 ? 'none' : clause < 5 ? 0 : clause < 15 ? 1 : 2}`);
  out.push(`end:${/[。！？!?]$/u.test(p) ? 'stop' : /[：:]$/u.test(p) ? 'colon' : 'open'}`);
  const prev = previous.trim();
  out.push(`prev:${prev === '' ? 'none' : /[：:]$/u.test(prev) ? 'colon' : /[。！？!?”」]$/u.test(prev) ? 'stop' : 'open'}`);
  return out;
}

/** The table's log-odds that the paragraph opens a section (0 = even). */
export function openingScore(table: OpeningTable, paragraph: string, previous: string): number {
  let s = table.prior;
  for (const f of openingFeatures(paragraph, previous)) s += table.weights[f] ?? 0;
  return s;
}

let active: OpeningTable = OPENING_ODDS;

/** Tools (leave-one-batch-out) and tests swap the table; the importer uses the shipped one. */
export function useOpeningTable(table: OpeningTable | null): void {
  active = table ?? OPENING_ODDS;
}

/**
 * The derivation tool listens here to learn which paragraphs reach the decision and what the rule
 * said; nothing else sets it.
 */
export const openingProbe: { record?: (paragraph: string, previous: string, rule: boolean) => void } = {};

/**
 * The decision sections.ts takes for a lead-less paragraph after the opening: the rule's answer,
 * unless the learned score is past the margin either way.
 */
export function leadlessOpens(paragraph: string, previous: string): boolean {
  const rule = leadlessOpensSection(paragraph);
  openingProbe.record?.(paragraph, previous, rule);
  if (active.margin === Infinity) return rule;
  const score = openingScore(active, paragraph, previous);
  if (score > active.margin) return true;
  if (score < -active.margin) return false;
  return rule;
}
