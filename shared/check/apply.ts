import type { Briefing } from '../model';
import type { Diagnostic } from './types';

// Applying and locating fixes, apart from the rules: the renderer imports these, and importing the
// rules would carry OpenCC's dictionaries (1.2 MB, for LNG-02) into its bundle.

/**
 * Whether "fix all" applies a finding's fix. The word layer's warnings (WRD-xx) are guesses the
 * writer confirms one at a time: a place's or coined name read as a slip (湟城 → 皇城 five times in
 * one report) would be rewritten everywhere at one click. So fix-all applies only the word layer's
 * errors; each warning keeps its own fix button. The character rules' fixes are mechanical
 * (half-width → full-width marks, 0 → 〇) and all apply.
 */
export const fixedByFixAll = (d: Diagnostic): boolean => !!d.fix && (!d.rule.startsWith('WRD-') || d.severity === 'error');

/**
 * Applies the fixes of the given diagnostics to a document, last offset first within each field so
 * earlier offsets stay valid; overlapping fixes after the first are skipped. Returns a new document.
 */
export function applyFixes(doc: Briefing, diagnostics: readonly Diagnostic[]): Briefing {
  const next = structuredClone(doc);
  const byField = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    if (!d.fix) continue;
    const key = `${d.location.field}|${d.location.sectionId}|${d.location.paragraph}`;
    byField.set(key, [...(byField.get(key) ?? []), d]);
  }
  for (const list of byField.values()) {
    const loc = list[0]!.location;
    const get = (): string => fieldText(next, loc);
    let text = get();
    let limit = Number.POSITIVE_INFINITY;
    for (const d of [...list].sort((a, b) => b.location.offset - a.location.offset)) {
      const { offset, length } = d.location;
      if (offset + length > limit) continue;
      text = text.slice(0, offset) + d.fix!.replacement + text.slice(offset + length);
      limit = offset;
    }
    setFieldText(next, loc, text);
  }
  return next;
}

export function applyTextFixes(text: string, diagnostics: readonly Diagnostic[]): string {
  const lines = text.split('\n');
  const byLine = new Map<number, Diagnostic[]>();
  for (const d of diagnostics) if (d.fix) byLine.set(d.location.paragraph, [...(byLine.get(d.location.paragraph) ?? []), d]);
  for (const [i, list] of byLine) {
    let line = lines[i] ?? '';
    let limit = Number.POSITIVE_INFINITY;
    for (const d of [...list].sort((a, b) => b.location.offset - a.location.offset)) {
      if (d.location.offset + d.location.length > limit) continue;
      line = line.slice(0, d.location.offset) + d.fix!.replacement + line.slice(d.location.offset + d.location.length);
      limit = d.location.offset;
    }
    lines[i] = line;
  }
  return lines.join('\n');
}

/** The text of the field a diagnostic points into ('' when the field is gone). */
export function fieldText(doc: Briefing, loc: Diagnostic['location']): string {
  if (loc.field === 'title') return doc.title;
  const s = doc.sections.find((x) => x.id === loc.sectionId);
  if (!s) return '';
  if (loc.field === 'lead') return s.lead;
  if (loc.field === 'heading') return s.heading;
  if (loc.field === 'item') return s.items[loc.paragraph]?.text ?? '';
  return s.paragraphs[loc.paragraph] ?? '';
}

function setFieldText(doc: Briefing, loc: Diagnostic['location'], text: string): void {
  if (loc.field === 'title') {
    doc.title = text;
    return;
  }
  const s = doc.sections.find((x) => x.id === loc.sectionId);
  if (!s) return;
  if (loc.field === 'lead') s.lead = text;
  else if (loc.field === 'heading') s.heading = text;
  else if (loc.field === 'item' && s.items[loc.paragraph]) s.items[loc.paragraph]!.text = text;
  else if (loc.field === 'paragraph' && loc.paragraph < s.paragraphs.length) s.paragraphs[loc.paragraph] = text;
}
