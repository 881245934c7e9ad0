import { applyFixes, fieldText } from '../../../../shared/check/apply';
import type { Diagnostic } from '../../../../shared/check';
import type { Briefing } from '../../../../shared/model';

/** A diagnostic still describes `doc` when its field reads as it did when it was checked. */
export function isCurrent(d: Diagnostic, checked: Briefing, doc: Briefing): boolean {
  return checked === doc || fieldText(checked, d.location) === fieldText(doc, d.location);
}

/**
 * What a dismissal remembers: the rule and the text it flagged. Offsets move as the user types;
 * "this use of the preposition yu is intended" stays true, so the same finding stays dismissed
 * wherever it reappears.
 */
export function dismissKey(d: Diagnostic, checked: Briefing): string {
  const found = typeof d.params.found === 'string' ? d.params.found : fieldText(checked, d.location).slice(d.location.offset, d.location.offset + d.location.length);
  return `${d.rule}|${found}`.slice(0, 300);
}

/**
 * Applies fixes and keeps every untouched section the same object, so the editor's memoised
 * sections do not re-render (shared/check's applyFixes clones the whole document).
 */
export function applyFixesShared(doc: Briefing, diagnostics: readonly Diagnostic[]): Briefing {
  const fixed = applyFixes(
    doc,
    diagnostics.filter((d) => d.fix),
  );
  const touched = new Set(diagnostics.map((d) => d.location.sectionId));
  return {
    ...doc,
    title: fixed.title,
    sections: doc.sections.map((s, i) => (touched.has(s.id) ? fixed.sections[i]! : s)),
  };
}
