import { softenRepeatedForms } from './consistent-forms';
import type { Briefing, Script } from '../model';
import { detectScript } from '../importer/script';
import { ellipsisAndDash, docNumberBrackets, halfWidthPunctuation, nestedTitleMarks, quotes, titleEnd } from './rules/punctuation';
import { arabicMarker, headingSequence, inlineSequence, markAfterBracket, markerForm, ordinalWordComma } from './rules/sequence';
import { datePadding, estimateComma, fullWidthDigits, shortYear, zeroForms } from './rules/numbers';
import { cjkSpacing, deDiDe, doubled, scriptMixing, terms } from './rules/language';
import { copyNumberAndTerm, docNumberSequence, docNumberYear } from './rules/docnumber';
import { rangeUnits } from './rules/ranges';
import { fixedExpressions, mixedNumerals } from './rules/numerals';
import { attachmentsAndCopies, forwardedTitle } from './rules/attachments';
import { headingHierarchy } from './rules/hierarchy';
import { digitGrouping } from './rules/grouping';
import { DEFAULT_TERMS } from './terms';
import type { CheckContext, Diagnostic, GroupRule, Rule, TermsList, Unit } from './types';
// Type only: the word layer (jieba-wasm, pinyin-pro) is built in Node and handed in.
import type { WordLayer } from './words';

export * from './types';
export * from './terms';
export { applyFixes, applyTextFixes, fieldText, fixedByFixAll } from './apply';
export { termVariants } from './rules/language';

/**
 * Rules in the order their findings are most useful to read.
 *
 * Section C rules not here, and why:
 * - NUM-08 (a number must not break across lines) is a property of the laid-out page, not of the
 *   text: the proofreader sees paragraphs, never lines, so it cannot tell. It belongs to the
 *   layout/export engine (keep digit runs unbreakable there).
 * - PUN-08's first clause (主送机关 ends with a colon): a 纪要 or 简报 has no 主送机关 (a 纪要 lists
 *   出席/列席, a 简报 its 报/送/发 lines), and a half-width colon is PUN-01's. Its other clauses
 *   (附件 names, 抄送/分送 list) are in attachmentsAndCopies.
 * - LAY-xx, DOC-xx and SEQ-08 (fonts) are layout or document-structure checks, outside the text.
 */
export const RULES: readonly Rule[] = [
  halfWidthPunctuation,
  quotes,
  ellipsisAndDash,
  docNumberBrackets,
  docNumberSequence,
  docNumberYear,
  nestedTitleMarks,
  titleEnd,
  forwardedTitle,
  rangeUnits,
  markerForm,
  markAfterBracket,
  arabicMarker,
  ordinalWordComma,
  inlineSequence,
  datePadding,
  shortYear,
  zeroForms,
  fullWidthDigits,
  estimateComma,
  copyNumberAndTerm,
  mixedNumerals,
  fixedExpressions,
  cjkSpacing,
  doubled,
  deDiDe,
  scriptMixing,
  terms,
];
export const GROUP_RULES: readonly GroupRule[] = [headingHierarchy, headingSequence, attachmentsAndCopies, digitGrouping];
export const RULE_IDS: readonly string[] = [...RULES.map((r) => r.id), ...GROUP_RULES.map((r) => r.id)];

const TITLE_RULES: ReadonlySet<string> = new Set(['PUN-05', 'PUN-06']);

export interface CheckOptions {
  terms?: TermsList;
  /** Rule ids switched off (dismissed for this document or by preference). */
  disabled?: readonly string[];
  /** The word layer (WRD-xx). Absent: the character-level rules only. */
  words?: WordLayer;
  /** The office's accepted words: the word layer never flags these. */
  accepted?: readonly string[];
}

/** The document's text as units, in reading order. */
export function documentUnits(doc: Briefing): Unit[] {
  const units: Unit[] = [{ text: doc.title, field: 'title', sectionId: '', paragraph: -1, itemId: '' }];
  for (const s of doc.sections) {
    if (s.heading) units.push({ text: s.heading, field: 'heading', sectionId: s.id, paragraph: -1, itemId: '' });
    if (s.lead) units.push({ text: s.lead, field: 'lead', sectionId: s.id, paragraph: -1, itemId: '' });
    s.paragraphs.forEach((p, i) => units.push({ text: p, field: 'paragraph', sectionId: s.id, paragraph: i, itemId: '' }));
    s.items.forEach((it, i) => units.push({ text: it.text, field: 'item', sectionId: s.id, paragraph: i, itemId: it.id }));
  }
  return units;
}

/** A plain text checked exactly as written: one unit per line. */
export function textUnits(text: string): Unit[] {
  return text.split('\n').map((line, i) => ({ text: line.replace(/\r$/, ''), field: 'text' as const, sectionId: '', paragraph: i, itemId: '' }));
}

export function runChecks(units: readonly Unit[], script: Script, options: CheckOptions = {}): Diagnostic[] {
  const words = options.words;
  const ctx: CheckContext = { script, terms: options.terms ?? DEFAULT_TERMS, ...(words ? { straddles: (text: string, at: number, length: number) => words.straddles(text, script, at, length) } : {}) };
  const disabled = new Set(options.disabled ?? []);
  const out: Diagnostic[] = [];
  // The findings so far by place (field, section, paragraph): the word layer skips spans a
  // character rule reported there. Filtering every earlier finding per unit was quadratic.
  const byPlace = new Map<string, Diagnostic[]>();
  const accepted = new Set(options.accepted ?? []);
  for (const unit of units) {
    if (!unit.text) continue;
    const here = placeKey(unit);
    const mine = byPlace.get(here) ?? [];
    byPlace.set(here, mine);
    for (const rule of RULES) {
      if (disabled.has(rule.id) || (rule.fields && !rule.fields.includes(unit.field))) continue;
      // Title rules see only the first line of a plain text, which checkText treats as its title.
      if (TITLE_RULES.has(rule.id) && unit.field === 'text' && unit.paragraph !== 0) continue;
      for (const f of rule.check(unit, ctx)) {
        const d = diagnostic(rule.id, rule.severity, unit, f);
        out.push(d);
        mine.push(d);
      }
    }
    if (options.words) {
      const words = wordDiagnostics(unit, script, options.words, accepted, disabled, mine);
      // LNG-01's short lists guess 的/地/得 from two words; the word layer reads the whole clause,
      // so where both speak on the same characters the word layer's finding is kept instead.
      // (Rare: the scan of `out` runs only for a unit where both spoke, so it stays linear in practice.)
      const beaten = new Set(mine.filter((d) => d.rule === 'LNG-01' && words.some((w) => overlaps(w, d))));
      if (beaten.size) for (const list of [out, mine]) for (let k = list.length - 1; k >= 0; k--) if (beaten.has(list[k]!)) list.splice(k, 1);
      out.push(...words);
      mine.push(...words);
    }
  }
  // A non-word the document writes again and again is the form meant (consistent-forms.ts).
  if (words) softenRepeatedForms(units, out);
  for (const rule of GROUP_RULES) {
    if (disabled.has(rule.id)) continue;
    for (const { unit, finding } of rule.check(units, ctx)) out.push(diagnostic(rule.id, rule.severity, unit, finding));
  }
  return out;
}

/**
 * The word layer's findings in one unit, minus the office's accepted words, dismissed rules, and
 * spans a character rule already reported (TERM-01 and the like on the same characters; not LNG-01,
 * which yields to the word layer).
 */
function wordDiagnostics(unit: Unit, script: Script, words: WordLayer, accepted: ReadonlySet<string>, disabled: ReadonlySet<string>, mine: readonly Diagnostic[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const f of words.check(unit.text, script)) {
    if (disabled.has(f.rule) || accepted.has(f.word)) continue;
    // LNG-01 yields to the word layer (runChecks drops it); other character rules' spans are theirs.
    if (mine.some((d) => d.rule !== 'LNG-01' && f.offset < d.location.offset + d.location.length && d.location.offset < f.offset + f.length)) continue;
    const d = diagnostic(f.rule, f.severity, unit, f);
    d.message = `words:rules.${f.rule}`;
    out.push(d);
  }
  return out;
}

export function checkDocument(doc: Briefing, options: CheckOptions = {}): Diagnostic[] {
  return runChecks(documentUnits(doc), doc.script, options);
}

/** Plain text: the script is the text's own (detected), the first line is treated as its title. */
export function checkText(text: string, options: CheckOptions & { script?: Script } = {}): Diagnostic[] {
  const units = textUnits(text);
  if (units[0]) units[0] = { ...units[0], field: 'text' };
  return runChecks(units, options.script ?? detectScript(text), options);
}

/** Whether two findings of one unit cover a character in common. */
const overlaps = (a: Diagnostic, b: Diagnostic): boolean => a.location.offset < b.location.offset + b.location.length && b.location.offset < a.location.offset + a.location.length;

/** Where a finding sits, as wordDiagnostics compares it: field, section and paragraph. */
const placeKey = (u: Unit): string => `${u.field}\u0000${u.sectionId}\u0000${u.paragraph}`;

function diagnostic(rule: string, severity: Diagnostic['severity'], unit: Unit, f: { offset: number; length: number; params?: Record<string, string | number>; replacement?: string }): Diagnostic {
  const d: Diagnostic = {
    rule,
    severity,
    message: `rules.${rule}`,
    params: f.params ?? {},
    location: { field: unit.field, sectionId: unit.sectionId, paragraph: unit.paragraph, itemId: unit.itemId, offset: f.offset, length: f.length },
  };
  if (f.replacement !== undefined) d.fix = { replacement: f.replacement };
  return d;
}
