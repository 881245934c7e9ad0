import { describe, expect, it } from 'vitest';
import { isFurnitureByScore } from '../../shared/importer/cleanup/line-score';

/**
 * Furniture by shape (issue 11, round 34, found on its TEST sets, so not blind): a picture's file
 * name alone, a strip of four or more bar-split cells (丨 too), a browser tab's title with the
 * site's path in underscores, a site's name before 发布时间, a greeting that says hello first, and a
 * breadcrumb trail that ends on its arrow. Made-up lines.
 */
const inside = { outside: false, repeated: false };
const outside = { outside: true, repeated: false };

describe('furniture by shape, round 34', () => {
  it('drops a picture file name alone, inside the article too', () => {
    expect(isFurnitureByScore('青石2.jpg', inside)).toBe(true);
    expect(isFurnitureByScore('会场照片.png', outside)).toBe(true);
  });

  it('drops a saved picture name with a gap in it (图片 1.png, 640 (1).jpg)', () => {
    expect(isFurnitureByScore('照片 3.png', inside)).toBe(true);
    expect(isFurnitureByScore('720 (2).jpg', inside)).toBe(true);
    expect(isFurnitureByScore('会议 研究 部署 各项 工作 照片.jpg', inside)).toBe(false);
  });

  it('keeps a sentence that names a file', () => {
    expect(isFurnitureByScore('会议印发了《青石县防汛预案》，附件见预案.pdf，请各单位认真学习。', inside)).toBe(false);
  });

  it('drops four or more cells split by 丨 or bars', () => {
    expect(isFurnitureByScore('免费在线观看丨影视大全丨精选一区丨高清不卡丨影院网址', outside)).toBe(true);
  });

  it('drops a browser tab title with the site path in underscores', () => {
    expect(isFurnitureByScore('县政协召开专题学习会 周明参加_周明 副主席_主席活动_活动报道集_青石县政协', outside)).toBe(true);
  });

  it('keeps a headline with one underscore-free line', () => {
    expect(isFurnitureByScore('县政协召开专题学习会', outside)).toBe(false);
  });

  it('drops a site name before its date stamp', () => {
    expect(isFurnitureByScore('城事青川在线  发布时间:2023-11-09', outside)).toBe(true);
  });

  it('drops a greeting that says hello first', () => {
    expect(isFurnitureByScore('您好,欢迎访问青石体育·(中国)官方网站!', outside)).toBe(true);
  });

  it('drops a breadcrumb trail ending on its arrow', () => {
    expect(isFurnitureByScore('青石视窗 > 社区治理 >', outside)).toBe(true);
  });
});
