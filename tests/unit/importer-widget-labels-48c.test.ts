import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * A page's weather and date widgets print their label above the article and lose the value in the
 * capture (天气预报: / 日期:), as the clock widget's 现在时间: does. Every text here is made up.
 */
const NOW = { now: new Date('2026-12-05T00:00:00Z') };

describe('widget labels with their values lost', () => {
  it('removes 天气预报: and 日期: standing above the article', () => {
    const text = [
      '天气预报:',
      '县人民医院召开第三届第二次职工代表大会',
      '【发布日期:2021-09-01】 【来源:本站】',
      '本报讯 8月26日下午，县人民医院第三届第二次职工代表大会召开。会议由院党委书记王强主持。',
      '会议听取了工作报告。',
    ].join('\n');
    const r = importText(text, NOW);
    expect(r.text).not.toContain('天气预报');
    expect(r.draft.meeting.chair.name).toBe('王强');
    const other = importText('日期:\n来源:青禾官方发布\n今天(1月9日)，政协青禾区第五届委员会第四次会议举行预备会议。区政协主席王强主持会议。\n会议通过了大会议程。', NOW);
    expect(other.text).not.toMatch(/^日期/mu);
  });

  it('still reads a record’s date whose value stands on the line after its label', () => {
    const r = importText('第五次村民代表会议记录\n日期:\n2024年3月5日\n主持:王强\n出席:李明、张华\n一、讨论通过某某事项。', NOW);
    expect(r.recognized.dateText).toBe('2024年3月5日');
    expect(r.draft.meeting.chair.name).toBe('王强');
  });

  it('keeps a sentence about the weather', () => {
    const r = importText('县防汛指挥部召开会商会议\n6月3日上午，县防汛指挥部召开会商会议。副县长王强主持会议。\n会议听取了县气象局关于天气预报的汇报。', NOW);
    expect(r.text).toContain('天气预报的汇报');
  });
});
