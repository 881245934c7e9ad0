import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * Convening bodies whose names the ending list missed (issue 11, round 27, import-40b): an office
 * named 室 (研究室), an association's short name in 协, and a body written with its other name in
 * brackets. The 纪要 header names the body with the meeting (bench/KEYING.md 1). Made-up texts.
 */
const NOW = new Date('2026-03-05T00:00:00Z');
const name = (text: string) => importText(text, { now: NOW }).draft.meeting.name;

describe('convening bodies: 室, 协 and a bracketed other name', () => {
  it('prefixes an office named 研究室', () => {
    expect(name('6月2日，市委政策研究室召开理论学习中心组学习（扩大）会议，专题学习全会精神。\n会议指出，要抓好落实。')).toBe('市委政策研究室理论学习中心组学习（扩大）会议');
  });

  it('prefixes an association by its short name in 协', () => {
    expect(name('12月4日下午，省音协召开党组理论学习中心组第5次学习会，传达学习全会精神。\n会议要求，要抓好落实。')).toBe('省音协党组理论学习中心组第5次学习会');
  });

  it('prefixes a body written with its other name in brackets', () => {
    expect(name('12月5日，某学院附属第二医院（某市妇幼保健院）召开党委理论学习中心组（扩大）会议，专题学习全会精神。\n会议指出，要抓好落实。')).toBe(
      '某学院附属第二医院（某市妇幼保健院）党委理论学习中心组（扩大）会议',
    );
  });

  it('does not take a meeting room or a numbered room for a body', () => {
    expect(name('5月6日，调研结束后到三楼会议室召开专题推进会，镇班子成员参加会议。\n会议研究了下一步工作。')).toBe('专题推进会');
    expect(name('5月6日，观摩结束后到办事处317室召开专题推进会，镇班子成员参加会议。\n会议研究了下一步工作。')).toBe('专题推进会');
  });
});
