import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';
import { leadlessKind } from '../../shared/importer/structure/leadless-kind';

/**
 * Round 44 (import-108b): a paragraph with no lead whose people say something (表示，/ 表示要… / 提到，/
 * 谈到，) is a `directive`, as X表示 and X提到 are where a sentence begins (bench/KEYING.md 9, 11, 12:
 * 大家/与会人员 + 表示) and as rule 19 reads a lead verb after a context clause. Made-up texts.
 */
describe('leadlessKind: verbs of saying with their words after them', () => {
  it('reads 表示， / 表示要 / 提到， / 谈到， as directive', () => {
    expect(leadlessKind('参加座谈的返乡青年在发言中都提到，家乡的变化让他们看到了创业的机会。')).toBe('directive');
    expect(leadlessKind('会上由各村作表态发言，大家纷纷表示要守住底线，按期完成任务。')).toBe('directive');
    expect(leadlessKind('交流环节中，几位青年教师先后分享体会，其中一位教师谈到，培训让课堂更加生动。')).toBe('directive');
    expect(leadlessKind('王会长在年度报告中表示，商会将继续做好会员服务。')).toBe('directive');
  });

  it('leaves 表示 as a noun or with no words after it plain', () => {
    expect(leadlessKind('与会人员观看了展板上的图表示意图。')).toBeNull();
    expect(leadlessKind('随后，各组依次作了汇报。')).toBeNull();
  });
});

describe('importText: a leadless paragraph of the people present saying', () => {
  it('gives it the directive kind', () => {
    const text = '5月6日，青石县召开返乡创业座谈会。副县长陈明主持会议。\n参加座谈的返乡青年在发言中都提到，家乡的变化让他们看到了创业的机会。\n会议要求，各部门要抓好落实。';
    const s = importText(text, { now: new Date('2026-12-07') }).draft.sections.find((x) => x.paragraphs[0]?.startsWith('参加座谈的'));
    expect(s?.kind).toBe('directive');
  });
});
