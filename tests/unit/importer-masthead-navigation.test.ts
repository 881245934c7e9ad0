import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * A portal's chrome around a report: its masthead (site name, slogan) above the breadcrumb, and its
 * own navigation below the report (上一条：… / 下一条：… teasers of other pages, a 与我们联系 box).
 * Every text here is made up.
 */
const NOW = { now: new Date('2026-12-05T00:00:00Z') };

const HEADLINE = '青禾区政府常务会议召开 研究年度重点工作';
const page = (head: string[], tail: string[], headline = HEADLINE): string =>
  [
    ...head,
    '您现在的位置:首页 > 区县动态 > 文字新闻',
    ...(headline ? [headline] : []),
    '发布时间:2024-03-16    来源:青禾区人民政府',
    '',
    '  3月15日上午，青禾区政府常务会议召开，听取关于年度重点工作安排的情况汇报。区长王强主持会议。',
    '',
    '  会议强调，要抓紧抓实各项重点工作，确保按期完成。',
    '',
    ...tail,
  ].join('\n');

describe('a portal masthead and its navigation', () => {
  it('removes the slogan above the breadcrumb, keeping the headline below it', () => {
    const r = importText(page(['建设开放合作平台 服务区域发展大局'], []), NOW);
    expect(r.text).not.toContain('建设开放合作平台');
    expect(r.draft.title).toBe('青禾区政府常务会议召开 研究年度重点工作');
    expect(r.draft.meeting.chair.name).toBe('王强');
  });

  it('keeps a headline printed above the breadcrumb: it carries the meeting’s words', () => {
    const r = importText(page(['青禾区政府召开第五次常务会议'], [], ''), NOW);
    expect(r.draft.title).toBe('青禾区政府召开第五次常务会议');
  });

  it('removes 上一条：/下一条： teasers after the report even when they name a meeting', () => {
    const r = importText(page([], ['上一条:青禾区委常委会举行会议,传达学习全市领导干部会议精神', '下一条:青禾区防汛工作领导小组会议召开', '与我们联系', '  • 联系电话:0512-00000000']), NOW);
    expect(r.text).not.toMatch(/上一条|下一条|与我们联系/u);
    expect(r.draft.sections.map((s) => s.lead)).toContain('会议强调');
    expect(r.draft.sections.flatMap((s) => s.paragraphs).join('')).not.toContain('防汛');
  });

  it('keeps a sentence of the report that happens to open with 下一步', () => {
    const r = importText(page([], []).replace('确保按期完成。', '确保按期完成。\n\n  下一步：各部门要对照任务清单逐项推进，按月报送进展。'), NOW);
    expect(r.text).toContain('各部门要对照任务清单逐项推进');
  });
});
