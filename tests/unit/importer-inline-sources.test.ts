import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * Inline debris read by its make-up: a bracketed source or sending unit after a sentence's end on any
 * line, a web address glued into prose or opening a line, a gambling advert in Han characters glued
 * in with its brand. Every text here is made up (青岭县, 周海明 stand for any county and leader).
 */
const NOW = new Date('2026-06-01T00:00:00Z');
const cleaned = (text: string) => importText(text, { now: NOW }).text;

describe('bracketed sources after a sentence', () => {
  it('drops （来源：…）, 【信息来源：…】 and （转自：…） on a line that is not the last', () => {
    const t = cleaned(
      '青岭县召开防汛会议。\n会议听取了县水利局的汇报。（来源：县融媒体中心）\n会议研究了河道清障工作。【信息来源：县政府办】\n会议部署了值班工作。(转自:青岭发布)\n会议强调，要落实责任。',
    );
    expect(t).not.toMatch(/来源|转自|融媒体中心|青岭发布/u);
    expect(t).toContain('会议听取了县水利局的汇报。');
  });

  it('drops a bracket that names only the sending unit or says it supplied the item', () => {
    const t = cleaned('青岭县召开防汛会议。\n会议听取了县水利局的汇报。（县政府办公室）\n会议部署了值班工作。（县委宣传部供稿）\n会议强调，要落实责任。');
    expect(t).not.toMatch(/县政府办公室|供稿/u);
  });

  it('keeps an owner unit and an explanation in brackets', () => {
    const t = cleaned('青岭县召开防汛会议。\n会议要求，抓好河道清障工作。（县水利局）\n会议强调，要落实“三个到位”（人员、物资、责任）。\n会议要求抓紧办理。');
    expect(t).toContain('（县水利局）');
    expect(t).toContain('（人员、物资、责任）');
  });
});

describe('web addresses inside prose', () => {
  it('drops an address glued between Han characters', () => {
    const t = cleaned('青岭县召开交通会议。\n会议听取了县交通局www.ky88.com关于道路建设的汇报。\n会议强调，要落实责任。');
    expect(t).toContain('会议听取了县交通局关于道路建设的汇报。');
  });

  it('drops a page address opening a line before the text', () => {
    const t = cleaned('青岭县召开交通会议\nhttps://www.qingling.example/news_1.html 3月5日，县长周海明主持召开交通工作会议。\n会议强调，要落实责任。');
    expect(t).not.toContain('https://');
    expect(t).toContain('3月5日，县长周海明主持召开交通工作会议。');
  });

  it('keeps an address the report points the reader to', () => {
    const t = cleaned('青岭县召开政务公开会议。\n会议要求，办理结果在网址：www.qingling.example公布，群众可登录www.qingling.example查询。\n会议强调，要落实责任。');
    expect(t.match(/www\.qingling\.example/gu)).toHaveLength(2);
  });
});

describe('gambling adverts in Han characters', () => {
  it('drops a brand and a word only adverts use, glued into a sentence', () => {
    const t = cleaned('青岭县召开教育工作会议。\n会议听取了汇报，澳门金沙娱乐城会议要求加快进度。\n县人大代表、新葡京娱乐城校长李明华参加会议。\n会议强调，要落实责任。');
    expect(t).not.toMatch(/娱乐城|金沙|葡京/u);
    expect(t).toContain('会议听取了汇报，会议要求加快进度。');
    expect(t).toContain('县人大代表、校长李明华参加会议。');
  });

  it('keeps the games named by a report about gambling, and ordinary 体育/娱乐 words', () => {
    const t = cleaned('青岭县召开文化市场整治会议。\n会议听取了县文化娱乐市场整治情况的汇报，要求严厉打击六合彩、百家乐等赌博活动。\n县体育局汇报了全民健身工作。\n会议强调，要落实责任。');
    expect(t).toContain('严厉打击六合彩、百家乐等赌博活动');
    expect(t).toContain('县体育局汇报了全民健身工作');
    expect(t).toContain('文化娱乐市场');
  });
});
