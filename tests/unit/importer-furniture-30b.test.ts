import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';
import { isFurnitureLine } from '../../shared/importer/cleanup/furniture';

/** Credits, disclaimers, a source address and a breadcrumb around a report. Made-up texts. */
const NOW = new Date('2026-03-05T00:00:00Z');
const opening = '3月6日上午，县政府召开第十次常务会议，县长王强主持会议。';
const business = '会议强调，要做好安全生产工作，确保全年目标任务完成。';
const prose = (lines: string[]) =>
  importText(lines.join('\n'), { now: NOW })
    .draft.sections.flatMap((s) => s.paragraphs)
    .join('\n');

describe('lines that are furniture wherever they stand', () => {
  it.each([
    '声明：本公众号部分图片、文章来源于网络，版权归原作者所有，如有侵权，请联系删除。',
    '文、图：党委办公室',
    '文/图：张明',
    '图文：县融媒体中心',
    '县日报：http://epaper.example.com/xrb/html/2017-12/28/content_2.htm',
    '县新闻社北城分社 • 正文',
  ])('judges %s as furniture', (line) => {
    expect(isFurnitureLine(line, false)).toBe(true);
  });

  it.each(['文化站：要做好群众文化工作，丰富活动内容。', '会议强调，要尊重原作者的版权。', '县长王强作了讲话，正文如下。', '会议强调，如有侵权行为，要依法严肃查处。'])(
    'keeps the prose line %s',
    (line) => {
      expect(isFurnitureLine(line, false)).toBe(false);
    },
  );

  it('takes the breadcrumb above the opening out, so the opening is read', () => {
    const r = importText(['县新闻社北城分社 • 正文', opening, business].join('\n'), { now: NOW });
    expect(r.draft.meeting.name).toBe('县政府第十次常务会议');
    expect(prose(['县新闻社北城分社 • 正文', opening, business])).not.toContain('正文');
  });
});

describe('credits inside the prose', () => {
  it('takes out a bracketed writer and photographer opening the first paragraph', () => {
    const text = prose([`【文/柳白 摄/记者 许立】${opening}`, business]);
    expect(text).not.toContain('柳白');
    expect(text).toContain('3月6日上午');
  });

  it('takes out a two-character name spaced out in brackets closing the article', () => {
    expect(prose([opening, `${business} (苗 青)`])).not.toContain('苗');
  });

  it('keeps a bracket closing the article that holds no names', () => {
    expect(prose([opening, `${business}（试 行）`])).toContain('试 行');
  });
});
