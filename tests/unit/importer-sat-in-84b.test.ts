import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * Round 38 (import-84b): 列席 (to sit in without a vote) says nothing but who was present. A closing
 * paragraph whose sentence ends on it is the account of who attended, whatever short word names the
 * sitting (列席党委会, 列席民主生活会, a spun text's 列席集会), not an item of business of its own.
 * The people or list the meeting dealt with (审议通过了列席人员名单) stay business. Made-up texts.
 */
const NOW = { now: new Date('2026-12-06T00:00:00Z') };
const leads = (text: string) => importText(text, NOW).draft.sections.map((s) => [s.kind, s.lead]);
const report = (closing: string) => ['5月6日，县委书记周平主持召开县委理论学习中心组学习会，专题学习全会精神。', '周平强调，要把学习成果转化为工作实效。', closing].join('\n');

describe('a closing 列席 sentence', () => {
  it('is attendance, not an item, whatever names the sitting', () => {
    for (const sitting of ['党委会', '民主生活会', '集会']) {
      expect(leads(report(`县直各部门主要负责人、各乡镇党委书记列席${sitting}。`))).toEqual([
        ['text', ''],
        ['requirement', '周平强调'],
      ]);
    }
  });

  it('leaves the meeting dealing with who sits in as business', () => {
    expect(leads(report('会议审议通过了列席人员名单。'))).toEqual([
      ['text', ''],
      ['requirement', '周平强调'],
      ['decision', '会议审议通过了'],
    ]);
  });
});
