import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * A headline that holds a comma, above a first sentence opened by its date or the paper's dateline,
 * is the headline, not a sentence the page wrapped (round 37, import-80d). Every text here is made up.
 */
const NOW = { now: new Date('2026-12-01') };

describe('a headline with a comma above the dated first sentence', () => {
  it('stays the headline when the next line opens with a relative day', () => {
    const text = [
      '同心聚力，共谋发展——青石镇白沙村召开村民代表座谈会',
      '近日，青石镇白沙村召开村民代表座谈会，村党支部书记甲一主持会议。',
      '会议要求，各村民小组要抓好意见收集，把群众提出的道路、饮水和垃圾清运问题逐条登记，限期答复，村两委要定期向村民代表通报办理情况。',
    ].join('\n');
    const r = importText(text, NOW);
    expect(r.draft.title).toBe('同心聚力，共谋发展——青石镇白沙村召开村民代表座谈会');
    expect(r.draft.sections.some((s) => s.paragraphs.some((p) => p.includes('同心聚力')))).toBe(false);
  });

  it("stays the headline when the next line opens with the paper's dateline", () => {
    const text = [
      '平安县人大常委会举行会议，传达省人代会精神',
      '平安日报青州三月四日讯（记者 丙三）平安县人大常委会今天举行会议，传达省人代会精神。主任乙二主持会议。',
      '会议强调，要把会议精神落到实处，各专门委员会要结合各自职责，抓好监督议题的调研和审议，确保全年工作任务按期完成。',
    ].join('\n');
    const r = importText(text, NOW);
    expect(r.draft.title).toBe('平安县人大常委会举行会议，传达省人代会精神');
    expect(r.text).not.toContain('精神平安日报');
  });

  it('still joins a sentence the page wrapped inside the article', () => {
    const text = ['青石镇召开防汛工作会议', '3月5日，青石镇召开防汛工作会议。会议听取了镇水利站的汇报，研究部署了', '汛期各项工作，镇长甲一主持会议。', '会议要求，各村要压实防汛责任。'].join('\n');
    const r = importText(text, NOW);
    expect(r.text).toContain('研究部署了汛期各项工作');
  });
});
