import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * A pronoun lead after a sentence that is an act, not a speech (KEYING 18 and 21: 回顾 / 分享 /
 * 交流 are acts with no lead; the pronoun lead after them opens its own section), and after the
 * speaker listened to the members' speeches (倾听…发言 is no speech of the speaker's). Round 38's
 * blind batches lost both. Every text here is made up.
 */
const NOW = new Date('2026-03-05T00:00:00Z');
const leads = (text: string): [string, string][] =>
  importText(text, { now: NOW })
    .draft.sections.filter((s) => s.lead)
    .map((s) => [s.kind, s.lead]);
const opening = '3月1日，青州县第十七届人民代表大会第三次会议开幕。';

describe('a pronoun lead after an act', () => {
  it('opens its own section after 回顾', () => {
    expect(leads([opening, '县长甘立人首先回顾了2018年县人民政府工作。他说，2018年是决胜之年。'].join('\n'))).toEqual([
      ['text', '县长甘立人首先回顾了'],
      ['directive', '他说'],
    ]);
  });

  it('opens a section after the speaker listened to the members speak', () => {
    expect(leads([opening, '县长甘立人认真倾听代表们的发言，不时同大家深入交流。他说，过去一年工作很好。'].join('\n'))).toEqual([['directive', '他说']]);
  });

  it('still goes on with a speech the speaker made (作了讲话。他指出…)', () => {
    expect(leads([opening, '县长甘立人作了讲话。他指出，要抓好落实。'].join('\n')).map(([, lead]) => lead)).not.toContain('他指出');
  });
});
