import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * Round 40 (import-92c): a headline says in a few words what the article's opening says at length,
 * so most of its character pairs stand in the opening; the chrome around it (a channel's name, a
 * stamp, a search box, a site's honours) shares almost none. Every text here is made up.
 */
const NOW = new Date('2026-03-05T00:00:00Z');
const bodyText = (r: ReturnType<typeof importText>): string => r.draft.sections.flatMap((s) => s.paragraphs).join('\n');

describe('a headline among the chrome above the article', () => {
  it('is the title though it carries a site word (专题), between a breadcrumb and a stamp', () => {
    const r = importText(
      [
        '首页 > 新闻中心 > 工作动态',
        '区卫健委听取基层医疗服务专题汇报',
        '发布时间：2026-03-02  点击率：',
        '3月2日下午，区卫健委召开主任办公会议，专题听取基层医疗服务能力提升工作汇报。委党组书记、主任王建国主持会议。',
        '会议指出，要把基层医疗服务能力提升作为今年的重点工作抓紧抓实。',
      ].join('\n'),
      { now: NOW },
    );
    expect(r.draft.title).toBe('区卫健委听取基层医疗服务专题汇报');
  });

  it('is the title in Traditional script, a search box’s label above it', () => {
    const r = importText(
      [
        '站內搜尋 :',
        '北港鎮召集防汛整備專題研商',
        '發表時間: 2026-04-01 來源: 北港鎮公所',
        '北港鎮公所4月1日上午召集各里里長進行防汛整備專題研商，由鎮長林志明親自主持，要求各里於汛期前完成側溝清淤。',
        '林志明表示，汛期將至，各里須做好防汛準備。',
      ].join('\n'),
      { now: NOW },
    );
    expect(r.draft.title).toBe('北港鎮召集防汛整備專題研商');
    expect(r.draft.meeting.chair.name).toBe('林志明');
  });

  it('stays after a 快訊 column label and a date, where a list of other headlines would go', () => {
    const r = importText(
      ['最新快訊', '2026.04.01', '北港鎮防汛工作會報', '今年第3號颱風逐漸接近，北港鎮長林志明今天上午在鎮公所主持防汛工作會報，要求各課室做好準備。', '林志明表示，各里須做好防颱準備。'].join('\n'),
      { now: NOW },
    );
    expect(r.draft.title).toBe('北港鎮防汛工作會報');
  });
});

describe('a line the opening does not tell, above the headline', () => {
  it('is the site’s (its name, its honours), and the headline under it is the title', () => {
    const r = importText(
      [
        '南川市卫生健康委员会',
        '市卫健委领导调研市中心医院、市妇幼保健院',
        '3月2日上午，市卫健委党组书记王建国一行先后到市中心医院、市妇幼保健院开展工作调研。',
        '王建国指出，医院要把群众满意作为第一标准，持续改善就医体验。',
      ].join('\n'),
      { now: NOW },
    );
    expect(r.draft.title).toBe('市卫健委领导调研市中心医院、市妇幼保健院');
    expect(bodyText(r)).not.toContain('南川市卫生健康委员会');
  });

  it('leaves a headline’s main line over its subtitle (the subtitle is told, the main line is the title)', () => {
    const r = importText(
      ['凝心聚力谋发展 实干担当开新局', '——南川县召开县委十四届六次全体会议', '3月5日，中共南川县委召开十四届六次全体会议，县委书记王建国主持会议并讲话。', '会议审议通过了全会决议。'].join('\n'),
      { now: NOW },
    );
    expect(r.draft.title).toBe('凝心聚力谋发展 实干担当开新局');
  });
});
