import type { Diagnostic, Unit } from './types';

/**
 * A form the writer uses again and again is the form meant. The word layer reads one paragraph at a
 * time, so a place or coined name it lacks (湟城 five times in one report, 大埗地区 three times,
 * 智造名城 twice) reads as a slip in every paragraph, each an error that a "fix all" would rewrite.
 * Across the document the evidence turns: a slip of the keyboard or the input method is seldom
 * repeated letter for letter while the word it spoils never appears. So a non-word error (WRD-02)
 * whose written form stands twice or more in the document, and whose correction nowhere, becomes a
 * warning: still shown, never applied unread. One slip typed twice (秸杆 twice in one notice) keeps
 * its finding; only its weight changes. Errors elsewhere stay errors.
 *
 * bench/check-realtext.ts reads whole files, so this is measured there (round 49).
 */
export function softenRepeatedForms(units: readonly Unit[], diagnostics: readonly Diagnostic[]): void {
  const errors = diagnostics.filter((d) => d.rule === 'WRD-02' && d.severity === 'error' && d.fix);
  if (!errors.length) return;
  const textOf = new Map(units.map((u) => [placeKey(u), u.text]));
  const all = units.map((u) => u.text).join('\n');
  const counts = new Map<string, number>();
  const count = (s: string): number => {
    let n = counts.get(s);
    if (n === undefined) {
      n = 0;
      for (let at = all.indexOf(s); at !== -1; at = all.indexOf(s, at + s.length)) n++;
      counts.set(s, n);
    }
    return n;
  };
  for (const d of errors) {
    const text = textOf.get(placeKey(d.location));
    if (text === undefined) continue;
    const written = text.slice(d.location.offset, d.location.offset + d.location.length);
    if (written && count(written) >= 2 && count(d.fix!.replacement) === 0) d.severity = 'warning';
  }
}

/** A unit's place, as the diagnostics' locations name it. */
const placeKey = (u: { field: string; sectionId: string; paragraph: number; itemId: string }): string => `${u.field}\u0000${u.sectionId}\u0000${u.paragraph}\u0000${u.itemId}`;
