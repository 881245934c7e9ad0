import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';
import { attendanceOnly } from '../../shared/importer/structure/sections';

/**
 * Taking part in the meeting's discussion or study session (分别参加讨论 / 参加学习) is attending it, as
 * 参加会议 is: a paragraph that says only that carries the account on, no section of its own (issue 11,
 * round 37, import-80a). Made-up texts.
 */
const NOW = new Date('2026-03-05T00:00:00Z');

describe('attending a discussion or a study session', () => {
  it('is an attendance sentence', () => {
    expect(attendanceOnly('王甲、李乙及赵丙分别参加讨论。')).toBe(true);
    expect(attendanceOnly('周丁参加政协第一讨论组讨论。')).toBe(true);
    expect(attendanceOnly('各支部书记、委员参加学习。（宣传部）')).toBe(true);
  });

  it('is not when business follows it, or the gathering is another one', () => {
    expect(attendanceOnly('王甲参加讨论并提出了三条建议。')).toBe(false);
    expect(attendanceOnly('王甲一行来到镇政府参加座谈会。')).toBe(false);
  });

  it('opens no section after the business', () => {
    const text = '3月2日，某县政协召开常委会议。主席王某主持。\n会议审议通过了年度协商计划。\n王甲、李乙及赵丙分别参加讨论。';
    const sections = importText(text, { now: NOW }).draft.sections.filter((s, i) => !(i === 0 && s.kind === 'text' && !s.lead));
    expect(sections.length).toBe(1);
  });
});
