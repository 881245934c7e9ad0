import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';
import { readHeader } from '../../shared/importer/structure/header';

/**
 * The opening read by mechanisms meant to carry to wording no batch has shown (issue 11, round 14,
 * branch import-16a): names the segmenter reads as words, subjects left out, other punctuation,
 * other regions' forms. Every text here is made up.
 */
const NOW = new Date('2026-03-05T00:00:00Z');
const body = '会议强调，各单位要抓好落实，确保各项任务按期完成，切实把工作做细做实做到位。';
const meeting = (lines: string[]) => importText(lines.join('\n'), { now: NOW }).draft.meeting;

describe('the chair', () => {
  it('reads a name then an office alone in the chair’s slot, whatever the segmenter makes of the name', () => {
    const m = meeting(['6月3日，受副市长委托，方军副秘书长主持召开供水保障协调会议。', body]);
    expect(m.chair).toEqual({ name: '方军', title: '副秘书长' });
    expect(m.name).toBe('供水保障协调会议');
  });

  it('carries the subject of a visit on to the clause that chairs, skipping who came along', () => {
    const m = meeting(['4月9日上午，市委书记管仲文到青溪镇调研乡村振兴工作，市委常委、秘书长钱立一同参加。 管仲文一行来到青溪村察看产业园建设，随后在镇政府主持召开座谈会，听取工作汇报。', body]);
    expect(m.chair).toEqual({ name: '管仲文', title: '市委书记' });
    const direct = meeting(['4月9日上午，市委书记管仲文到青溪镇调研，随后来到镇政府主持召开座谈会。', body]);
    expect(direct.chair).toEqual({ name: '管仲文', title: '市委书记' });
  });

  it('does not carry a subject on when the clause opens with no carrying word', () => {
    const m = meeting(['4月9日上午，市委书记管仲文到青溪镇调研。镇政府主持召开座谈会。', body]);
    expect(m.chair.name).not.toBe('管仲文');
  });
});

describe('attendance', () => {
  it('reads a group before 与会 closed by an ASCII comma', () => {
    const h = readHeader('9时接续召开第3次主管会报,县府各单位一、二级主管一同与会,县长听取报告。');
    expect(h.attendees.map((p) => p.name)).toEqual(['县府各单位一、二级主管']);
  });
});
