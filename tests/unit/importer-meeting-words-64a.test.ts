import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';
import { leadAt } from '../../shared/importer/structure/leads';
import { namedMeetingAt } from '../../shared/importer/structure/named-meeting';

/**
 * Round 33 (import-64a): two readings of 会议 inside a paragraph. An instruction whose object is the
 * meeting's discussion (各部门要认真采纳会议讨论意见) names no sitting, so it opens no section of its own:
 * it carries the judgement before it on. And the meeting adopting something 原则上 (in principle:
 * 会议原则上通过了…) is a decision where a sentence begins, as 原则通过 is. Made-up texts.
 */
const NOW = { now: new Date('2026-12-06T00:00:00Z') };

describe('会议 as an object, and 原则上 as a decision', () => {
  it('reads no sitting in an instruction to take up the meeting discussion', () => {
    expect(namedMeetingAt('各有关单位要认真采纳会议讨论意见，抓紧修改方案。', 0)).toBe(0);
    expect(namedMeetingAt('各镇要根据会议研究讨论的意见，修改完善报告。', 0)).toBe(0);
    expect(namedMeetingAt('县政府党组会议听取了有关汇报。', 0)).toBeGreaterThan(0);
  });

  it('keeps such an instruction in the section before it', () => {
    const text = ['5月6日，青禾县政府召开常务会议。', '会议强调，要抓好防汛工作。各有关单位要认真采纳会议讨论意见，抓紧修改方案。'].join('\n');
    const sections = importText(text, NOW).draft.sections.slice(1);
    expect(sections.map((s) => s.lead)).toEqual(['会议强调']);
  });

  it('reads 会议原则上通过了 as a decision where a sentence begins', () => {
    const p = '会议指出，报告总结全面。会议原则上通过了这两个报告。';
    expect(leadAt(p, 12, 'sentence', [])).toMatchObject({ text: '会议原则上通过了', kind: 'decision' });
    expect(leadAt('会议原则上同意该方案。', 0, 'paragraph', [])?.kind).toBe('decision');
  });
});
