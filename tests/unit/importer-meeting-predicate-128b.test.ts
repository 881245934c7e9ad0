import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';
import { meetingPredicateKind } from '../../shared/importer/structure/meeting-predicate';

/**
 * Round 49 (import-128b): an account left plain whose first sentence has the meeting (or a body that
 * sits) as its subject takes the kind of the meeting's own predicate, read from the segmenter's tags
 * past a prepositional phrase, a light verb or a first clause that is no lead (bench/KEYING.md 9, 14).
 * Made-up texts.
 */
describe('meetingPredicateKind', () => {
  it('reads the meeting deciding behind a phrase, a light verb or a first clause', () => {
    for (const p of [
      '会议通过举手表决方式确定了明年的三件民生实事。',
      '会议对，新成员的入会申请进行了审核，确定了下半年发展新成员的重点。',
      '会议结束前回顾了去年的成绩，确定了今年工作的主要目标。',
      '随后，大会对这两份方案进行表决。',
      '“某某促进会”理事会并聘任张某担任秘书长。',
      '會議通過舉手表決方式確定了明年的三件民生實事。',
    ])
      expect(meetingPredicateKind(p), p).toBe('decision');
  });

  it('reads the meeting studying a text as directive', () => {
    expect(meetingPredicateKind('会议首先进行了“第一议题”学习。')).toBe('directive');
  });

  it('leaves what the meeting does not do itself', () => {
    for (const p of [
      // a decision verb inside a relative clause, under the light verb's report
      '会议同时对上次会议表决通过的五个项目进展情况进行了报告。',
      // the words said after a verb of saying
      '会议要求，各村要确定好专题，按期完成。',
      // a context clause, then another subject
      '会议结束后，各小组分别召开组内会议，确定了分工。',
      // a 以…为 frame: its object is no act
      '会议以上级精神为指导，以学习实践活动为主线，努力提升影响力。',
      // a person's act, not the meeting's
      '张局长确定了下一步的工作重点。',
      // a ；-rundown of several acts (KEYING 2)
      '会议听取了汇报；确定了名单；学习了文件。',
      // still to come
      '会议将确定下一步工作重点。',
      // studying as the meeting's aim (学习贯彻 with no 了)
      '会议深入学习贯彻上级会议精神，进一步推动合作。',
    ])
      expect(meetingPredicateKind(p), p).toBeNull();
  });

  it('gives the imported section its kind', () => {
    const text = ['3月5日，平安县青石镇召开镇村干部会议，镇党委书记王明主持会议。', '会议听取了各村的工作汇报。', '会议通过举手表决方式确定了今年的三件民生实事。'].join('\n');
    const sections = importText(text, { now: new Date('2026-12-05T00:00:00Z') }).draft.sections;
    expect(sections[sections.length - 1]!.kind).toBe('decision');
  });
});
