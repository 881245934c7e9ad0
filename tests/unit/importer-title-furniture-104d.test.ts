import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';
import { isFurnitureByScore } from '../../shared/importer/cleanup/line-score';
import { headlineText } from '../../shared/importer/structure/title';

/**
 * Round 43 (import-104d): page furniture that took the headline's place, or the headline taken for
 * furniture — a headline opening on the site's name above it, a headline ending on a unit's word,
 * a forum's buttons, a media tag in square brackets. Every text here is made up.
 */
const NOW = new Date('2026-03-05T00:00:00Z');
const title = (lines: string[]) => importText(lines.join('\n'), { now: NOW }).draft.title;

describe('the headline among the chrome', () => {
  it('keeps a headline that opens on the masthead above it and goes on to convene the meeting', () => {
    const page = [
      '青禾县人民医院',
      '您当前的位置：首页 > 医院新闻',
      '青禾县人民医院召开安全生产工作会议',
      '发布时间：2024-03-02 16:20',
      '3月2日下午，青禾县人民医院在门诊楼三楼会议室召开安全生产工作会议，院长周明主持会议，班子成员及各科室负责人参加。',
      '会议要求，各科室要全面排查消防、用电和危化品安全隐患，落实安全生产责任，确保医院运行安全。',
    ];
    expect(title(page)).toBe('青禾县人民医院召开安全生产工作会议');
  });

  it("keeps a headline the opening tells again though it ends on a unit's word, under a forum's buttons", () => {
    const page = [
      '发新话题',
      '打印',
      '',
      '青禾乡成立防汛应急指挥中心',
      '',
      '6月5日，青禾乡召开专题会议，成立防汛应急指挥中心，乡长李强任总指挥，各村支部书记参加会议。',
      '会议要求，各村要落实值班值守制度，做好防汛物资储备，确保群众安全度汛。',
      '',
      'TOP',
      '',
      '发新话题',
    ];
    expect(title(page)).toBe('青禾乡成立防汛应急指挥中心');
  });

  it("scores a forum's actions as the page's", () => {
    for (const line of ['发新话题', '發表回覆', '只看该作者']) expect(isFurnitureByScore(line, { outside: true, repeated: false }), line).toBe(true);
  });

  it('drops a media tag in square brackets after the headline', () => {
    expect(headlineText('青禾镇召开防汛工作推进会[图]')).toBe('青禾镇召开防汛工作推进会');
    expect(headlineText('青禾鎮召開防汛工作推進會［圖］')).toBe('青禾鎮召開防汛工作推進會');
  });
});
