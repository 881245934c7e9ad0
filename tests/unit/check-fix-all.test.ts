import { describe, expect, it } from 'vitest';
import { fixedByFixAll, type Diagnostic } from '../../shared/check';

// Round 49: "fix all" on a word rule rewrote every finding of the rule, warnings too: a place's name
// the near-miss search reads as a slip (five times in one real report) would have been rewritten at one click.
describe('fix all', () => {
  const d = (rule: string, severity: Diagnostic['severity'], fix?: string): Diagnostic => ({
    rule,
    severity,
    message: '',
    params: {},
    location: { field: 'text', sectionId: '', paragraph: 0, itemId: '', offset: 0, length: 2 },
    ...(fix ? { fix: { replacement: fix } } : {}),
  });
  it("applies the word layer's errors and every character rule's fix, never a word warning", () => {
    expect(fixedByFixAll(d('WRD-02', 'error', '皇城'))).toBe(true);
    expect(fixedByFixAll(d('WRD-02', 'warning', '皇城'))).toBe(false);
    expect(fixedByFixAll(d('WRD-05', 'warning', '地'))).toBe(false);
    expect(fixedByFixAll(d('PUN-01', 'warning', '，'))).toBe(true);
    expect(fixedByFixAll(d('PUN-01', 'error'))).toBe(false);
  });
});
