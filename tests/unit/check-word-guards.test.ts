import { describe, expect, it } from 'vitest';
import { wordLayer } from '../../electron/services/check/segmenter';
import { checkText } from '../../shared/check';
import type { Script } from '../../shared/model';

// Made-up sentences (none from a check set): right text the word rules once flagged, and the slips
// beside them that the same rules must still find.
const words = wordLayer();
const shown = (text: string, script: Script = 'hans'): string[] =>
  checkText(text, { script, words })
    .filter((d) => d.rule.startsWith('WRD'))
    .map((d) => `${text.slice(d.location.offset, d.location.offset + d.location.length)}→${d.fix?.replacement}`);

describe('a verb + the suffix 者 is no look-alike slip (shape.ts)', () => {
  it('leaves 改者, 违者 alone', () => {
    expect(shown('对屡教不改者，要依法从严处理。')).toEqual([]);
    expect(shown('經勸導仍不改者，依規定處理。', 'hant')).toEqual([]);
  });
  it('still finds a look-alike slip in a word', () => {
    expect(shown('请各单位按时拔打值班电话，确认在岗。')).toContain('拔打→拨打');
  });
});

describe('逐/每/各 + a unit is no rare-word slip (rules.ts rareWord)', () => {
  it('leaves 逐件 alone', () => {
    expect(shown('信访事项要建立台账，逐件销号。')).toEqual([]);
  });
});

describe('look-alike slips of work words, completed across the words they spoil (misspellings.ts)', () => {
  it('finds them in both scripts', () => {
    expect(shown('請各校於開學前撿查消防設備。', 'hant')).toContain('撿查→檢查');
    expect(shown('各村要做好低收入人口模底工作。')).toContain('模底→摸底');
  });
});

describe('a rare word a look-alike of the same reading away in Traditional text (rules.ts rareWord)', () => {
  const rare = (text: string, script: 'hans' | 'hant'): string[] =>
    checkText(text, { script, words })
      .filter((d) => d.rule === 'WRD-03')
      .map((d) => `${text.slice(d.location.offset, d.location.offset + d.location.length)}→${d.fix?.replacement}`);
  it('reads 積 for 績 (they share 責 as written) though jieba counts 績效 under the Traditional floor', () => {
    expect(rare('本所將依各課室的工作積效發給獎金。', 'hant')).toEqual(['積效→績效']);
    expect(rare('本所將依各課室的工作績效發給獎金。', 'hant')).toEqual([]);
  });
  it('leaves an entry jieba tags as a place alone (清陽: 陽 and 揚 share 昜 too)', () => {
    expect(rare('清陽新聞臺今日報導縣長行程。', 'hant')).toEqual([]);
  });
  it('keeps the Traditional floor for a pair alike in Simplified too (Taiwan’s 增置: 置/值 share 直)', () => {
    expect(rare('本處擬增置專員二人，以利業務推動。', 'hant')).toEqual([]);
  });
});
