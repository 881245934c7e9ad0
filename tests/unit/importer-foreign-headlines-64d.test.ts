import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * Other pages' headlines printed between a report's headline and its opening (a portal's strip of
 * links): a run of headline-shaped lines sharing almost nothing with the prose. Every text here is made up.
 */
const NOW = { now: new Date('2026-12-05T00:00:00Z') };

const HEADLINE = '青林县政协召开十届二十次主席会议';
const OPENING = '3月2日，青林县政协召开十届二十次主席会议。县政协主席林一宁主持。';
const BODY = [
  '会议听取了县政协办公室关于2026年度委员履职情况的汇报，审议了县政协十届五次会议筹备工作方案，研究了县政协2026年重点协商议题。',
  '会议强调，要认真做好全会各项筹备工作，确保会议开得隆重热烈、务实高效。',
];
const STRIP = ['北山水库鱼苗投放超过二十万尾', '某某成长混合基金净值上涨2.15%', '东海港口货物吞吐量再创新高', '南郊花卉市场迎来春节销售旺季'];

describe('other pages’ headlines above the opening', () => {
  it('drops a strip of three or more headlines the report never tells', () => {
    const text = [HEADLINE, '', ...STRIP, OPENING, '', ...BODY].join('\n');
    const r = importText(text, NOW);
    for (const teaser of STRIP) expect(r.text).not.toContain(teaser);
    expect(r.draft.title).toBe(HEADLINE);
    expect(r.draft.meeting.chair.name).toBe('林一宁');
  });

  it('keeps the headline printed twice above the strip, and a deck line the prose retells', () => {
    const deck = '研究县政协十届五次会议筹备工作';
    const text = [HEADLINE, HEADLINE, deck, ...STRIP, OPENING, '', ...BODY].join('\n');
    const r = importText(text, NOW);
    expect(r.draft.title).toBe(HEADLINE);
    expect(r.text + r.draft.title).toContain('筹备工作');
    for (const teaser of STRIP) expect(r.text).not.toContain(teaser);
  });

  it('leaves two such lines alone: a strip is three or more in a row', () => {
    const text = [HEADLINE, '', ...STRIP.slice(0, 2), OPENING, '', ...BODY].join('\n');
    const r = importText(text, NOW);
    expect(r.text).toContain(STRIP[0]);
  });

  it('leaves a 纪要’s form lines and numbered items above the opening', () => {
    // Words the prose never uses, so only their shape keeps them.
    const form = ['地点：东楼第二报告厅', '列席：各乡镇分管负责同志', '一、审定下一季度调研安排', '二、通报近期视察行程'];
    const text = [HEADLINE, ...form, OPENING, '', ...BODY].join('\n');
    const r = importText(text, NOW);
    expect(r.text).toContain('东楼第二报告厅');
    expect(r.text).toContain('审定下一季度调研安排');
  });
});
