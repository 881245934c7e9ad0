import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';
import { isFurnitureByScore } from '../../shared/importer/cleanup/line-score';

/** Furniture read by its make-up: a picture's file name before prose, a record table. Made-up texts. */
const NOW = new Date('2026-03-05T00:00:00Z');

describe('a picture’s file name before the opening', () => {
  const opening = '青川建築商會日前於海景酒樓召開2025會員大會。會員大會由梁慧敏副會長主持，何志強理事長作理事會報告。';
  const later = '何志強在報告中表示，過去一年商會與政府部門保持緊密溝通，並舉辦多場講座，促進業界交流與合作。';

  it('keeps the prose after the file name, and takes the file name out', () => {
    const r = importText([`IMG_20251114_170439.jpg      ${opening}`, 'IMG_20251114_170506.jpg', later].join('\n'), { now: NOW });
    expect(r.draft.meeting.chair).toEqual({ name: '梁慧敏', title: '副會長' });
    expect(r.draft.meeting.name).toBe('青川建築商會2025會員大會');
    const text = r.draft.sections.flatMap((s) => s.paragraphs).join('\n');
    expect(text).toContain('青川建築商會日前於海景酒樓召開');
    expect(text).not.toMatch(/\.jpg/u);
  });

  it('still judges a file name alone on its line, or a line of links, as furniture', () => {
    expect(isFurnitureByScore('圖片_2025-11-14_170506_892.png', { outside: true, repeated: false })).toBe(true);
    expect(isFurnitureByScore('logo.png 首页 新闻 English', { outside: true, repeated: false })).toBe(true);
  });
});

describe('a record table with spaces for colons', () => {
  const ctx = { outside: true, repeated: false };

  it('judges label value pairs of a portal’s record as furniture, in both scripts', () => {
    expect(isFurnitureByScore('索引号 11330283002979996Q/2022-104417 组配分类 常务会议 主题分类 政务公开', ctx)).toBe(true);
    expect(isFurnitureByScore('發文日期 2022-04-08 成文日期 2022-03-19 發布機構 區政府辦公室', ctx)).toBe(true);
    expect(isFurnitureByScore('公开方式 主动公开 公开范围 面向社会', ctx)).toBe(true);
  });

  it('keeps a headline and a form’s own fields', () => {
    expect(isFurnitureByScore('区政府召开第3次常务会议 俞建根主持', ctx)).toBe(false);
    expect(isFurnitureByScore('时间 3月18日 地点 区政府会议室', ctx)).toBe(false);
  });

  it('takes the table out so the headline under it is the title', () => {
    const r = importText(
      [
        '索引号 1133/2022-104417 组配分类 常务会议 主题分类 政务公开',
        '发文日期 2022-04-08 发布机构 区政府办公室',
        '区政府召开第3次常务会议',
        '2022年3月18日，区长俞建根主持召开区政府第3次常务会议。会议强调，要抓好安全生产。',
      ].join('\n'),
      { now: NOW },
    );
    expect(r.draft.title).toBe('区政府召开第3次常务会议');
  });
});

describe('a picture caption that closes on who supplied the picture', () => {
  it('takes the caption out so the opening keeps its own date', () => {
    const r = importText(
      [
        '政協青河市第五屆委員會第五次會議開幕',
        '開幕會現場。青河市政協供圖',
        '民眾網青河1月16日電 (胡晴)16日上午，政協青河市第五屆委員會第五次會議在人民大會堂開幕。主席龔澤主持會議。',
        '會議聽取了常務委員會工作報告。',
      ].join('\n'),
      { now: NOW },
    );
    expect(r.recognized.dateText).toBe('16日上午');
    expect(r.draft.sections.flatMap((s) => s.paragraphs).join('\n')).not.toContain('供圖');
  });

  it('keeps a sentence of the report that mentions pictures', () => {
    const r = importText(['县档案馆召开工作会议', '3月6日，县档案馆召开工作会议，馆长王海涛主持。会议要求，各科室收集整理老照片，由宣传部门统一供图。'].join('\n'), { now: NOW });
    expect(r.draft.sections.flatMap((s) => s.paragraphs).join('\n')).toContain('统一供图');
  });
});
