import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * Round 26 (import-36a): X主持/出席会议并讲话。他强调，… on the line right after the opening is the
 * opening's account followed by the speech (bench/KEYING.md 12): the pronoun sentence starts the
 * section, as it does inside the opening paragraph. Made-up texts.
 */
const NOW = { now: new Date('2026-12-05T00:00:00Z') };
const kinds = (text: string) => importText(text, NOW).draft.sections.map((s) => [s.kind, s.lead]);

describe('a speaker sentence on the line after the opening', () => {
  it('starts the section at the pronoun lead, the attendance sentence going to the opening', () => {
    const text = ['11月8日，平安县青石街道召开文明城市建设工作分析会。', '街道党工委书记王明出席会议并作讲话。他强调，要吃透指标，主动作为。', '街道办事处主任李华就下一步工作提出要求。'].join('\n');
    const sections = importText(text, NOW).draft.sections;
    expect(sections[0]!.paragraphs.join('')).toContain('王明出席会议并作讲话');
    expect(sections[1]).toMatchObject({ kind: 'requirement', lead: '他强调' });
  });

  it('reads the chair speaking the same way after a quorum line', () => {
    const text = ['11月24日，平安县第五次党代会预备会议在县城举行。', '应到代表200名，出席预备会议的代表196名，符合规定人数。', '王明主持会议并讲话。他说，开好大会意义重大。'].join('\n');
    expect(kinds(text).slice(1)).toEqual([['directive', '他说']]);
  });

  it('leaves a speech that comes after business in its own section (KEYING 9)', () => {
    const text = ['3月5日，平安县政府召开第十次常务会议，县长王明主持会议。', '会议听取了县水利局的汇报。', '副县长李华出席会议并讲话。他强调，要守住安全底线。'].join('\n');
    const sections = importText(text, NOW).draft.sections;
    expect(sections.map((s) => s.kind)).toEqual(['text', 'topic', 'requirement']);
    expect(sections[2]!.paragraphs.join('')).toContain('李华出席会议并讲话');
  });
});
