import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';
import { occasionAgendaKind } from '../../shared/importer/structure/occasion-agenda';

/**
 * Round 26 (import-36a): 会上，then the meeting's own ；-run of bare verbs takes its strongest part's
 * kind (bench/KEYING.md 12); a rundown of who did what stays an account. Made-up texts.
 */
describe('occasionAgendaKind', () => {
  it('ranks the parts: decision, requirement, directive, topic', () => {
    expect(occasionAgendaKind('集体学习了总书记关于安全生产的重要指示精神；通报了近期两起事故的调查情况；专题分析了经济运行态势。')).toBe('directive');
    expect(occasionAgendaKind('审议了年度工作报告，讨论了明年工作计划；通过了增补理事的报告；通报了会员发展情况。')).toBe('decision');
    expect(occasionAgendaKind('听取了各部门工作汇报；审议了《河道保洁办法》。')).toBe('topic');
  });

  it('leaves a rundown of who did what, and a single part, to the other rules', () => {
    expect(occasionAgendaKind('县委书记王某传达了省委全会精神；县长李某通报了经济运行情况。')).toBeNull();
    expect(occasionAgendaKind('集体学习了总书记关于安全生产的重要指示精神。')).toBeNull();
    expect(occasionAgendaKind('大家围绕主题交流发言；审议了工作报告。')).toBeNull();
  });

  it('gives the imported 会上 section that kind', () => {
    const text = ['7月6日，县长王明主持召开县政府党组会议。', '会上，集体学习了总书记关于禁毒工作的重要指示精神；通报了近期两起问题的核查情况；专题分析了全县经济运行态势。'].join('\n');
    const sections = importText(text, { now: new Date('2026-12-05T00:00:00Z') }).draft.sections;
    expect(sections.map((s) => [s.kind, s.lead])).toEqual([
      ['text', ''],
      ['directive', '会上'],
    ]);
  });
});
