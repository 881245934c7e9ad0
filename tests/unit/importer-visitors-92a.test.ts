import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * A visiting leader who goes (赴, 到) to a place to do the visit's work attends the talk held there,
 * and so do those who accompany them, also when a line of its own says so (KEYING 11, 18). Every
 * text here is made up.
 */
const NOW = new Date('2026-03-05T00:00:00Z');
const people = (lines: string[]) => importText(lines.join('\n'), { now: NOW }).draft.meeting.attendees.map((p) => `${p.title}|${p.name}`);

describe('visitors who go to a place and those who accompany them', () => {
  it('reads a leader who 赴 a place to 指导 as attending', () => {
    const got = people(['3月4日上午，市政协副主席陈立新赴清河社区指导工作并看望困难群众。', '清河社区负责人就社区工作作了汇报。', '陈立新充分肯定清河社区的工作。']);
    expect(got).toContain('市政协副主席|陈立新');
  });

  it('reads a leader who 到 a place to 考察调研 as attending, in either script', () => {
    const got = people(['5月9日，區委書記李建華到東山中學考察調研，區教育局局長王海濤陪同考察。', '李建華指出，要辦好人民滿意的教育。']);
    expect(got).toEqual(['區委書記|李建華', '區教育局局長|王海濤']);
  });

  it('reads a closing line of who accompanied the visit', () => {
    const got = people(['6月2日，市人大副主任周海峰到青石镇调研农村供水工作。', '周海峰指出，要保障群众饮水安全。', '县水利局局长赵国平陪同。']);
    expect(got).toEqual(['市人大副主任|周海峰', '县水利局局长|赵国平']);
  });

  it('leaves 分别陪同调研或 out of the last name of the roll', () => {
    const got = people([
      '按照省政协安排，7月1日，省政协副主席吴文华率调研组到我市调研。',
      '市委书记郑国强，市长何立平，市政协主席孙建明分别陪同调研或参加座谈。',
      '座谈会上，吴文华指出，要加快产业升级。',
    ]);
    expect(got).toContain('市政协主席|孙建明');
    expect(got.some((p) => p.includes('陪同'))).toBe(false);
  });
});
