import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';
import { isFurnitureByScore } from '../../shared/importer/cleanup/line-score';

/** Round 21 (import-27b): a page's stamp lines scored as furniture. Every text here is made up. */
const NOW = new Date('2026-03-05T00:00:00Z');
const outside = { outside: true, repeated: false };

describe('page stamps', () => {
  it('scores a date with its source or author beside it as the page’s', () => {
    expect(isFurnitureByScore('时间：2022年01月20日来源：市档案馆（市地方志办公室）', outside)).toBe(true);
    expect(isFurnitureByScore('作者：县融媒体中心 发布时间：2024-03-06 08:30', outside)).toBe(true);
  });

  it('scores a unit and a date alone on a line as the page’s', () => {
    expect(isFurnitureByScore('市档案馆（市地方志办公室） 2022年01月20日', outside)).toBe(true);
  });

  it('keeps a headline with a date, and a form’s own time field', () => {
    expect(isFurnitureByScore('县委召开常委会会议 2022年01月20日', outside)).toBe(false);
    expect(isFurnitureByScore('时间：2022年1月20日 地点：县政府三楼会议室', outside)).toBe(false);
  });

  it('dates the meeting by the opening, not by a stamp the page set above it', () => {
    const r = importText(
      [
        '2021年12月大事记',
        '时间：2022年01月20日来源：市档案馆（市地方志办公室）',
        '市档案馆（市地方志办公室） 2022年01月20日',
        '',
        '12月1日 市委副书记、市长聂志明主持召开市政府第120次常务会议，审议有关事项。',
        '会议强调，要抓好落实。',
      ].join('\n'),
      { now: NOW },
    );
    expect(r.recognized.dateText).toBe('12月1日');
    expect(r.text).not.toContain('来源');
  });
});

describe('an outlet’s dateline with no 电 or 讯', () => {
  it('takes off the outlet, place and day set off by a gap before the opening’s own date', () => {
    const r = importText(['西垦兵团召开全委会议', '', '北山网金泉5月27日 5月26日，西垦兵团党委全委会议在金泉召开。兵团党委副书记钱立新主持会议。', '会议强调，要抓好发展。'].join('\n'), { now: NOW });
    expect(r.recognized.dateText).toBe('5月26日');
    expect(r.text).not.toContain('北山网金泉');
  });

  it('keeps a body and a day that open the sentence', () => {
    const r = importText(['县政府召开常务会议', '', '县政府5月27日召开常务会议，研究春耕工作。', '会议强调，要抓好春耕。'].join('\n'), { now: NOW });
    expect(r.text).toContain('县政府5月27日召开');
  });
});

describe('credits closing the article', () => {
  const text = (lines: string[]) => importText(lines.join('\n'), { now: NOW }).text;

  it('peels a credit off a report captured as one line of several sentences', () => {
    expect(text(['4月28日，县委召开动员大会。 会议强调，要抓好落实。 各村第一书记在分会场参会。(供稿:阿依別克)'])).not.toContain('供稿');
  });

  it('takes off a bracket of units spaced apart when an outlet is among them', () => {
    expect(text(['4月28日，县委召开动员大会。', '会议强调，要抓好落实。(融川市委文明办 融川新闻网)'])).not.toContain('融川新闻网');
  });

  it('keeps a bracket of offices with no outlet (a point’s owners)', () => {
    expect(text(['4月28日，县委召开动员大会。', '会议要求，做好排查。(县住建局 县财政局)'])).toContain('县住建局');
  });
});
