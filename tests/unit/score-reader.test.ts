import { describe, expect, it } from 'vitest';
import { scoreSet, type CheckSet } from '../../bench/check-scoring';
import { readerFindings, type Reading } from '../../bench/score-reader';

// A made-up set of two fault sentences and one clean one, read by a made-up reader: the reading is
// scored by the checker's own rules, so a finding counts only on the planted span with the right fix.
const set: CheckSet = {
  faults: [
    { kind: 'misspelling', script: 'hans', text: '各村要做好防汛物资的储背工作。', found: '储背', expected: '储备' },
    { kind: 'de-di', script: 'hans', text: '要认真的核对每一笔支出。', found: '的', at: '认真的核对', expected: '地' },
  ],
  clean: [{ script: 'hans', text: '会议要求各单位按时报送材料。' }],
};

describe('a reader scored by the checker rules', () => {
  it('counts a finding on the planted span, and its fix', () => {
    const readings: Reading[] = [
      { text: set.faults[0]!.text, findings: [{ found: '储背', expected: '储备', sure: true }] },
      { text: set.faults[1]!.text, findings: [{ found: '认真的', expected: '认真得', sure: false }] },
      { text: set.clean[0]!.text, findings: [] },
    ];
    const s = scoreSet(set, (text) => readerFindings(readings, text));
    expect(s.caught).toBe(2);
    expect(s.fixed).toBe(1);
    expect(s.falseErrors + s.falseWarnings).toBe(0);
  });

  it('a sure finding in a clean sentence is a false error, an unsure one a false warning', () => {
    const readings: Reading[] = [
      { text: set.faults[0]!.text, findings: [] },
      { text: set.faults[1]!.text, findings: [] },
      { text: set.clean[0]!.text, findings: [{ found: '报送', expected: '上报', sure: false }] },
    ];
    const s = scoreSet(set, (text) => readerFindings(readings, text));
    expect([s.caught, s.falseErrors, s.falseWarnings]).toEqual([0, 0, 1]);
  });

  it('refuses a reading that does not cover the set or quotes words not in the sentence', () => {
    expect(() => readerFindings([], set.clean[0]!.text)).toThrow(/did not read/);
    expect(() => readerFindings([{ text: set.clean[0]!.text, findings: [{ found: '不在', expected: '在', sure: true }] }], set.clean[0]!.text)).toThrow(/not in/);
  });
});
