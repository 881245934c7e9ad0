import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';
import { speechPronounKind } from '../../shared/importer/structure/speech-pronoun';

/**
 * Round 36 (import-76c): a speech announced in a paragraph's first sentence and given in the next
 * one by 他/她 + a verb of saying takes that verb's kind (bench/KEYING.md 9), whatever stands before
 * the speaker or after the speech. Made-up texts.
 */
describe('speechPronounKind', () => {
  it('reads the pronoun verb after a speech announced behind a context clause', () => {
    expect(speechPronounKind('在完成全部议程后，刘长青作了讲话。他指出，这次会议开得很成功。')).toBe('directive');
    expect(speechPronounKind('听完各组汇报后，副院长何明同志作了点评。他肯定了各组的准备工作。')).toBe('directive');
  });

  it('reads a speech named with its title or followed by a joined clause', () => {
    expect(speechPronounKind('孙平作了题为《把握新要求》的总结讲话。他强调，要抓实抓细。')).toBe('requirement');
    expect(speechPronounKind('马良作了总结讲话，并对下步工作作了安排。就做好冬季防火，他要求，各村要落实责任。')).toBe('requirement');
    expect(speechPronounKind('冯云在会上就“深化改革”作中心发言。她表示，改革要蹄疾步稳。')).toBe('directive');
  });

  it('leaves what is no speech given by its speaker', () => {
    for (const p of [
      // welcome and thanks say nothing the meeting decided
      '县长许文作了讲话。他首先对各位来宾表示热烈欢迎。',
      // the report going on is the report, not the pronoun
      '县长许文作政府工作报告。报告指出，今年经济平稳。',
      // no speech announced: thanks for a body (addresses.ts leaves it out too)
      '许文代表县委对大会召开表示祝贺。他说，五年来成绩显著。',
      // the occasion's own account
      '会议期间，许文作专题报告。他指出，形势总体平稳。',
      // a ；-rundown of several people
      '甲局汇报了进展；许文作了讲话。他指出，要抓落实。',
      // how someone spoke
      '许文作了讲话。他说得很简短。',
      // 他 stands for no one when units made the speeches
      '各单位在会上作了发言。他指出，要抓好落实。',
    ])
      expect(speechPronounKind(p), p).toBeNull();
  });

  it('gives the imported section the kind of the pronoun verb', () => {
    const text = [
      '3月5日，平安县政府召开第十次常务会议，县长王明主持会议。',
      '会议听取了县财政局关于一季度财政收支情况的汇报。',
      '在完成各项议程后，王明作了讲话。他指出，一季度全县经济开局良好。',
      '副县长李强作了题为《扛起责任》的总结讲话。他强调，要确保任务落地。',
    ].join('\n');
    const sections = importText(text, { now: new Date('2026-12-05T00:00:00Z') }).draft.sections;
    expect(sections.slice(-2).map((s) => s.kind)).toEqual(['directive', 'requirement']);
  });
});
