import { describe, expect, it } from 'vitest';
import { isFurnitureByScore } from '../../shared/importer/cleanup/line-score';

/** Lines a page leaves around a report, read by what kind of line they are. Every text here is made up. */
const OUT = { outside: true, repeated: false };
const IN = { outside: false, repeated: false };

describe('a portal’s own name on a line', () => {
  it('takes a site’s name with its edition’s, or its home page', () => {
    expect(isFurnitureByScore('青林市議會全球網-中文網', OUT)).toBe(true);
    expect(isFurnitureByScore('青林同鄉聯誼總會網頁', OUT)).toBe(true);
  });
  it('leaves a headline naming a site, and a sentence about one', () => {
    expect(isFurnitureByScore('青林市召开政务网站建设推进会', OUT)).toBe(false);
    expect(isFurnitureByScore('会议要求加快建设青林政务服务网。', OUT)).toBe(false);
  });
});

describe('a picture’s label where the picture stood', () => {
  it('takes a word or two closing on what a picture is', () => {
    for (const label of ['会场', '首圖', '公章图', '政协摄影']) expect(isFurnitureByScore(label, OUT)).toBe(true);
  });
  it('leaves a longer line and a line inside the article', () => {
    expect(isFurnitureByScore('县政协举行书画摄影展开幕式', OUT)).toBe(false);
    expect(isFurnitureByScore('会场', IN)).toBe(false);
  });
});

describe('a code standing alone', () => {
  it('takes a tracking id even inside the article', () => {
    expect(isFurnitureByScore('2038475610bc93fa', IN)).toBe(true);
    expect(isFurnitureByScore('000100200300400500600700', OUT)).toBe(true);
  });
  it('leaves a short number and a line with words', () => {
    expect(isFurnitureByScore('2026', IN)).toBe(false);
    expect(isFurnitureByScore('会议编号2038475610', IN)).toBe(false);
  });
});

describe('a portal’s channels, links, widgets and footer', () => {
  it('takes channel names and links outside the article', () => {
    expect(isFurnitureByScore('信息资讯', OUT)).toBe(true);
    expect(isFurnitureByScore('最新消息', OUT)).toBe(true);
    expect(isFurnitureByScore('詳細內容 »', OUT)).toBe(true);
    expect(isFurnitureByScore('青林县人大常委会欢迎您！ 返回青林县人大常委会门户网站', OUT)).toBe(true);
  });
  it('leaves a headline and the prose that use the same words', () => {
    expect(isFurnitureByScore('青林县召开政务资讯工作会议', OUT)).toBe(false);
    expect(isFurnitureByScore('会议要求，返乡务工人员返回岗位后要做好登记。', IN)).toBe(false);
  });
  it('takes a page count and a type-size switch printed one button a line', () => {
    expect(isFurnitureByScore('本文共2页', OUT)).toBe(true);
    for (const button of ['大][', '中][', '小]']) expect(isFurnitureByScore(button, OUT)).toBe(true);
    expect(isFurnitureByScore('（三）', OUT)).toBe(false);
  });
  it('takes the footer naming who runs the site, outside the article only', () => {
    expect(isFurnitureByScore('主办：青林县人民代表大会常务委员会办公室', OUT)).toBe(true);
    expect(isFurnitureByScore('主办：青林县人民代表大会常务委员会办公室', IN)).toBe(false);
  });
});
