import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';
import { crowdDeliberates, crowdKind, groupSentence } from '../../shared/importer/structure/crowd-deliberates';

/**
 * The people present deliberating where a sentence begins (与会人员就…进行了讨论 / 代表们分组讨论…)
 * open a `topic` section (bench/KEYING.md 17, 21, 25), the group read by its shape (crowd.ts) and the
 * verb by its class. Every text here is made up (names, places, bodies).
 */
const NOW = new Date('2026-06-01T00:00:00Z');
const OPENING = '4月8日，松岗县召开乡村振兴工作推进会，县长林秋白主持会议。';
const leadsOf = (...paragraphs: string[]) =>
  importText([OPENING, ...paragraphs].join('\n'), { now: NOW })
    .draft.sections.slice(1)
    .map((s) => [s.kind, s.lead]);

describe('the people present deliberating (import-104b)', () => {
  it('reads the group, its frame and a discussion verb', () => {
    expect(crowdDeliberates('与会人员就下一步工作进行了认真讨论。')).toEqual({ phrase: '与会人员就', kind: 'topic' });
    expect(crowdDeliberates('各乡镇代表也围绕产业发展展开了热烈的讨论。')).toEqual({ phrase: '各乡镇代表也围绕', kind: 'topic' });
    expect(crowdDeliberates('委员们分组研讨了三项议题。')).toEqual({ phrase: '委员们分组', kind: 'topic' });
    expect(crowdDeliberates('與會代表圍繞規劃草案進行交流探討。')).toEqual({ phrase: '與會代表圍繞', kind: 'topic' });
    expect(crowdDeliberates('合作各方就园区建设进行协商。')).toEqual({ phrase: '合作各方就', kind: 'topic' });
  });

  it('takes the strongest lead later in the sentence', () => {
    expect(crowdDeliberates('与会代表对方案进行了审议，一致通过了该方案。')?.kind).toBe('decision');
    expect(crowdDeliberates('党员们对报告进行了讨论，一致认为报告实事求是。')?.kind).toBe('directive');
  });

  it('reads no act, place, meeting or demand as the group deliberating', () => {
    expect(crowdDeliberates('与会人员分别交流了学习体会。')).toBeNull();
    expect(crowdDeliberates('在代表分组讨论会上，大家畅所欲言。')).toBeNull();
    expect(crowdDeliberates('会议就三项议题进行了讨论。')).toBeNull();
    expect(crowdDeliberates('会议听取了各小组讨论情况的汇报。')).toBeNull();
    expect(crowdDeliberates('召集人要引导委员充分讨论。')).toBeNull();
    expect(crowdDeliberates('林秋白就下一步工作进行了讨论。')).toBeNull();
  });

  it('opens a topic section inside a paragraph, after a step word too', () => {
    expect(leadsOf('会上，县农业局通报了春耕备耕情况。与会人员就存在的问题进行了深入讨论。', '林秋白强调，要压实责任。')).toEqual([
      ['text', '会上'],
      ['topic', '与会人员就'],
      ['requirement', '林秋白强调'],
    ]);
    expect(leadsOf('會上，縣農業局通報了春耕情況。隨後，各村代表圍繞土地流轉展開了熱烈討論。')).toEqual([
      ['text', '會上'],
      ['topic', '隨後，各村代表圍繞'],
    ]);
  });

  it('leaves their judgement to its own reading', () => {
    expect(leadsOf('会上，县农业局通报了春耕备耕情况。与会人员一致认为，准备工作扎实。')).toEqual([
      ['text', '会上'],
      ['directive', '与会人员一致认为'],
    ]);
  });

  it('gives an occasion’s account the people present open their strongest verb', () => {
    expect(crowdKind('，与会代表围绕春耕生产畅所欲言，提出了八条意见和建议。')).toBe('directive');
    expect(crowdKind('，村民代表们就道路拓宽方案进行了热烈讨论，一致通过了该方案。')).toBe('decision');
    expect(crowdKind('，老党员们就镇里的通报进行了讨论，充分肯定了一年来的成绩。')).toBe('directive');
    expect(crowdKind('，參會人員認真學習了上級的重要講話。')).toBe('directive');
    expect(crowdKind('，委員們圍繞《縣政府工作報告》進行了協商討論。')).toBe('topic');
  });

  it('leaves an account the group does not carry to the other readings', () => {
    expect(crowdKind('，各村支书依次汇报了整改情况，并就下步工作进行交流和探讨。')).toBeNull();
    expect(crowdKind('，与会人员进行了讨论，会议决定由县农业局牵头。')).toBeNull();
    expect(crowdKind('，林秋白研究员根据工作组讨论结果，对报告修改作了部署。')).toBeNull();
    expect(crowdKind('，县农业局通报了春耕情况。')).toBeNull();
  });

  it('makes the section of such an account that kind', () => {
    expect(leadsOf('会上，与会代表围绕春耕生产畅所欲言，提出了八条意见和建议。')).toEqual([['directive', '会上']]);
  });

  it('reads a sentence the group opens with any lead verb, as written (KEYING 16)', () => {
    expect(groupSentence('党员们普遍表示要扎实工作。')).toEqual({ subject: '党员们', kind: 'directive' });
    expect(groupSentence('與會全體代表推選林秋白為團長。')).toEqual({ subject: '與會全體代表', kind: 'decision' });
    expect(groupSentence('委员们对重点项目建设予以高度评价。')).toEqual({ subject: '委员们', kind: 'directive' });
    expect(groupSentence('大家在讨论中纷纷表示，要抓好落实。')).toEqual({ subject: '大家', kind: 'directive' });
    expect(groupSentence('对企业家们的建议表示感谢。')).toBeNull();
    expect(groupSentence('林秋白对大家的意见表示感谢。')).toBeNull();
    expect(groupSentence('镇党委副书记林秋白同志对换届选举工作作具体布置。')).toBeNull();
    expect(groupSentence('林秋白老校长代表老师们对学校发展表示充分肯定。')).toBeNull();
    expect(groupSentence('与会领导对所提意见建议逐条回应。')).toBeNull();
    expect(groupSentence('参会的其他同志纷纷表示将助推发展。')).toEqual({ subject: '参会的其他同志', kind: 'directive' });
  });

  it('opens a section at such a sentence inside a paragraph', () => {
    expect(leadsOf('会上，县农业局通报了春耕备耕情况。村民代表们普遍表示要按时完成任务。')).toEqual([
      ['text', '会上'],
      ['directive', '村民代表们'],
    ]);
  });
});
