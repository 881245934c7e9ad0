import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';
import { isDistributionLine, isDocumentFurniture, isPageMark, joinsAcrossPage } from '../../shared/importer/cleanup/document-furniture';

/**
 * Furniture of printed documents copied out as text (PDF pages, 简报 issues, 会议纪要): page
 * markers, the issuing office and date, the distribution block, a spaced masthead, a contents box.
 * Read by shape, the same in every province. Every text here is made up.
 */
const NOW = new Date('2026-06-01T00:00:00Z');
const OPENING = '3月2日上午，青岭县召开春耕生产工作会议，县长高远山主持会议，各乡镇负责人参加会议。';
const DIRECTION = '会议强调，各乡镇要压实责任，抓好农资供应，确保春耕生产顺利推进。';
const body = (r: ReturnType<typeof importText>) => r.draft.sections.flatMap((s) => s.paragraphs);

describe('page markers', () => {
  it('reads page numbers in their usual shapes, not a bare number or a sentence', () => {
    for (const m of ['- 2 -', '— 3 —', '·4·', '第 1 页 共 3 页', '第2頁', '共3页 第2页', '2/5', 'Page 3 of 5', '－12－']) expect(isPageMark(m)).toBe(true);
    for (const m of ['3', '2025', '第2页的表格列出了项目。', '一是抓落实']) expect(isPageMark(m)).toBe(false);
  });

  it('drops page markers inside the article and joins a sentence the page break cut', () => {
    const r = importText(['- 1 -', OPENING, DIRECTION, '第 1 页 共 2 页', '会议要求，各部门要加强协作，各乡镇要加', '— 2 —', '快进度，确保按时完成。', '2/2'].join('\n'), { now: NOW });
    const text = body(r);
    expect(text.some((p) => /—\s*2\s*—|第\s*1\s*页|^2\/2$/u.test(p))).toBe(false);
    const req = r.draft.sections.find((s) => s.lead === '会议要求');
    expect(req?.paragraphs.join('')).toBe('各部门要加强协作，各乡镇要加快进度，确保按时完成。');
  });

  it('does not join across a page break when the page ended a sentence', () => {
    expect(joinsAcrossPage('会议要求，各部门要加强协作。', '会议强调，要抓好落实。')).toBe(false);
    expect(joinsAcrossPage('会议要求，各部门要加强协作，各乡镇要加', '一、关于春耕')).toBe(false);
  });
});

describe('a document’s own furniture', () => {
  it('reads the issuing office with its date, a spaced masthead, the distribution block', () => {
    expect(isDocumentFurniture('青岭县人民政府办公室        2026年3月5日印发')).toBe(true);
    expect(isDocumentFurniture('县政府办编　　二〇二六年三月五日')).toBe(true);
    expect(isDocumentFurniture('工 作 动 态')).toBe(true);
    expect(isDocumentFurniture('会 议 纪 要')).toBe(false);
    expect(isDocumentFurniture('3月5日，县政府办召开会议。')).toBe(false);
    for (const l of ['抄送：县委办公室，县人大办。', '报：市政府办公室', '发：各乡镇人民政府，县直各部门', '（共印50份）']) expect(isDistributionLine(l)).toBe(true);
    expect(isDistributionLine('会议决定送县委常委会审议。')).toBe(false);
  });

  it('takes a 纪要’s office-and-date line and its closing distribution block out of the sections', () => {
    const r = importText(
      [
        '青岭县人民政府常务会议纪要',
        '青岭县人民政府办公室        2026年3月5日',
        OPENING,
        DIRECTION,
        '分送：各乡镇人民政府，县直各部门。',
        '青岭县人民政府办公室        2026年3月5日印发',
        '（共印30份）',
      ].join('\n'),
      { now: NOW },
    );
    const text = body(r).join('\n');
    for (const bit of ['分送', '印发', '共印', '办公室        2026']) expect(text).not.toContain(bit);
    expect(r.draft.sections.map((s) => s.lead)).toEqual(['', '会议强调']);
  });

  it('drops a 简报’s masthead and contents box but keeps the headline printed above the item', () => {
    const r = importText(
      [
        '政 务 简 报',
        '县政府办编        2026年3月5日',
        '【本期要目】',
        '县政府召开春耕生产工作会议',
        '县领导调研农机合作社',
        '县政府召开春耕生产工作会议',
        OPENING,
        DIRECTION,
        '报：市政府办公室',
        '送：县委办公室，县人大办',
      ].join('\n'),
      { now: NOW },
    );
    expect(r.draft.title).toBe('县政府召开春耕生产工作会议');
    const text = body(r).join('\n');
    for (const bit of ['政 务', '本期要目', '县领导调研', '报：', '送：']) expect(text).not.toContain(bit);
    expect(r.draft.meeting.chair.name).toBe('高远山');
  });
});

describe('a row of one-word buttons outside the article', () => {
  it('drops 上一版  下一版 / 返回 | 顶部 whatever the words, not a headline', () => {
    const r = importText(['青岭日报', '第02版：要闻', '上一版  下一版', '青岭县召开春耕生产工作会议', OPENING, DIRECTION, '返回 | 顶部', '转发  收藏  打印'].join('\n'), { now: NOW });
    const text = body(r).join('\n');
    for (const bit of ['上一版', '顶部', '收藏']) expect(text).not.toContain(bit);
    expect(r.draft.title).toBe('青岭县召开春耕生产工作会议');
    expect(r.draft.sections.map((s) => s.lead)).toEqual(['', '会议强调']);
  });
});
