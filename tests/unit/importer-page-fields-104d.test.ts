import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';
import { isFurnitureByScore } from '../../shared/importer/cleanup/line-score';
import { hasDateClock, hasPhoneNumber, isPageFieldLine } from '../../shared/importer/cleanup/page-fields';

/**
 * Round 43 (import-104d): furniture the phrase lists named, read by the score's general features
 * instead — a page's fields by their shape, a contact number, a date with its clock, a site word in
 * a line's label, a line that speaks to the reader, a notice label ending the article. Made-up text.
 */
const NOW = new Date('2026-03-05T00:00:00Z');
const outside = { outside: true, repeated: false };
const OPENING = '3月2日上午，石岭镇召开防汛工作会议，镇长王建国主持，副镇长刘小梅、武装部长孙一鸣出席会议。';
const CLOSE = '会议要求，各村各单位要压实防汛责任，扎实做好汛前隐患排查和抢险物资储备，确保全镇安全度汛。';

describe('page fields by their shape', () => {
  it('reads labels whose values a template fills in, whatever the labels say', () => {
    expect(isPageFieldLine('修改日期：2021-05-06 10:20')).toBe(true);
    expect(isPageFieldLine('失效日期： 索 号：')).toBe(true);
    expect(isPageFieldLine('• 收看人次 : 316')).toBe(true);
    expect(isPageFieldLine('時間:2023年4月2日 點閱:58')).toBe(true);
  });

  it("leaves the meeting's own form, a heading over a list and a label with words after it", () => {
    expect(isPageFieldLine('时间：2024年3月5日')).toBe(false);
    expect(isPageFieldLine('时间：3月5日 地点：三楼会议室')).toBe(false);
    expect(isPageFieldLine('市长提示：')).toBe(false);
    expect(isPageFieldLine('会议决定：2024年起执行')).toBe(false);
    expect(isPageFieldLine('主办单位：青禾县委宣传部')).toBe(false);
  });

  it('finds a contact number and a stamp with its clock', () => {
    expect(hasPhoneNumber('咨询：(0731)8456 1234')).toBe(true);
    expect(hasPhoneNumber('联系方式：0731-84561234')).toBe(true);
    expect(hasPhoneNumber('全年完成投资20231234万元')).toBe(false);
    expect(hasDateClock('2021年5月6日 下午3:20')).toBe(true);
    expect(hasDateClock('2021年5月6日')).toBe(false);
  });
});

describe('the score reads what the lists named', () => {
  it('scores such lines as furniture outside the article', () => {
    for (const line of ['修改日期：2021-05-06 10:20', '失效日期： 索 号：', '联系方式：0731-84561234', '祝您阅读愉快！', '录入者：宣传部', '扫码在手机端打开本页'])
      expect(isFurnitureByScore(line, outside), line).toBe(true);
  });

  it("keeps a form's fields and a list's heading", () => {
    for (const line of ['时间：3月5日 地点：三楼会议室', '市长提示：', '出席：王建国、刘小梅']) expect(isFurnitureByScore(line, outside), line).toBe(false);
  });

  it('ends the article above a notice that opens on its label', () => {
    const notice = '免责声明：本文仅代表作者个人观点，与本站无关。其原创性及文中内容未经本站证实，请读者仅作参考并自行核实。';
    const r = importText(['石岭镇召开防汛工作会议', OPENING, CLOSE, '更多精彩资讯，欢迎关注石岭网 sl.example.cn', notice].join('\n'), { now: NOW });
    expect(r.text).not.toContain('免责声明');
    expect(r.text).not.toContain('欢迎关注');
    expect(r.text).toContain('确保全镇安全度汛');
  });
});

describe('the page under the article', () => {
  const under = { outside: true, after: true, beside: true, repeated: false };
  it("reads a line with the site's words, next to the page's chrome under the last paragraph, as the page's", () => {
    expect(isFurnitureByScore('1.石岭在线拥有管理笔名和留言的一切权力。', under)).toBe(true);
    expect(isFurnitureByScore('1.石岭在线拥有管理笔名和留言的一切权力。', { ...under, beside: false })).toBe(false);
    expect(isFurnitureByScore('列席人员：县融媒体中心记者周明。', under)).toBe(false);
  });

  it('drops the notice under the comment box', () => {
    const r = importText(
      ['石岭镇召开防汛工作会议', OPENING, CLOSE, '我要评论 隐藏留言须知', '1.石岭在线拥有管理笔名和留言的一切权力。', '2.您在石岭在线留言板发表的言论，本网有权在网站内转载或引用。'].join('\n'),
      { now: NOW },
    );
    expect(r.text).not.toContain('一切权力');
    expect(r.text).toContain('确保全镇安全度汛');
  });
});

describe("a picture's caption by its make-up", () => {
  it("scores a credit of who took the picture, a scene and a 图为 line as the page's", () => {
    for (const line of ['开幕式现场。 记者 周明 摄', '活动掠影', '图为座谈会会场', '全体参会人员合影留念', '石岭镇召开防汛工作会议。石岭日报记者周明摄', '鎮長王建國出席防汛工作會議。(記者林小禾攝)'])
      expect(isFurnitureByScore(line, outside), line).toBe(true);
  });

  it("keeps a headline and the report's sentence about a scene", () => {
    for (const line of ['会议由副县长周明主持', '县政府召开防汛工作会议', '会议指出，要做好现场管理', '县长督导春耕生产现场']) expect(isFurnitureByScore(line, outside), line).toBe(false);
  });
});
