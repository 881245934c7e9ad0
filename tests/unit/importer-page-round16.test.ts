import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';
import { isFurnitureByScore, isLegalNotice, repeatsItself } from '../../shared/importer/cleanup/line-score';

/**
 * Round 16 (import-20a): page furniture by general signals (browser and privacy notices, credits by
 * role, kana and Latin prose lines, buttons that print their label twice, photo captions, counters
 * and tags) and the month-only date warning. Every text is made up (松林县, 周海明 stand for any
 * county and leader).
 */
const NOW = new Date('2026-06-01T00:00:00Z');
const OPENING = '3月2日，县长周海明主持召开县政府常务会议，研究春耕生产、森林防火和安全生产等工作，副县长林晓东出席会议。';
const BODY = '会议强调，要抓好春耕备耕，确保粮食面积稳定，各乡镇要压实责任、细化措施，把各项工作抓细抓实抓到位。';
const body = (r: ReturnType<typeof importText>) => r.draft.sections.flatMap((s) => s.paragraphs).join('\n');
const page = (above: string[], below: string[] = []) => importText([...above, '松林县召开县政府常务会议', OPENING, BODY, ...below].join('\n'), { now: NOW });

describe('notices a page puts around an article', () => {
  it('drops a browser advice and a privacy consent above the headline', () => {
    const r = page(['為獲得最佳瀏覽效果，建議使用新版 Chrome 或 Edge 瀏覽器。', '本網站使用相關技術改善閱讀體驗，請參閱本站隱私權政策，繼續瀏覽即表示您同意上述規範。']);
    expect(r.text).not.toMatch(/瀏覽器|隱私/u);
    expect(r.draft.title).toBe('松林县召开县政府常务会议');
  });

  it('drops a notice in Japanese and one in English prose', () => {
    const r = page(['このページは中国語の繁体字版です。英語版に移動しますか。', 'This page is also available in English, would you like to switch to the English edition of the site?']);
    expect(r.text).not.toMatch(/ページ|English/u);
  });

  it('keeps a report sentence that speaks of browsers', () => {
    const prose = '会议要求，县大数据中心要在月底前完成政务网站适配工作，确保群众使用各类浏览器都能顺利办理业务。';
    const r = page([], [prose]);
    expect(body(r)).toContain('各类浏览器');
  });
});

describe('credits, counters and buttons', () => {
  it('drops a bracket of credits by role after the article', () => {
    const r = page([], ['（县委办 林小雨/文 宣传部 赵一鸣/摄 组织部 孙海/审）']);
    expect(r.text).not.toContain('赵一鸣');
    expect(isFurnitureByScore('（审核：吴天明 编辑：陈可欣）', { outside: true, repeated: false })).toBe(true);
  });

  it('drops a time stamp with a byline and the counters under the headline', () => {
    expect(isFurnitureByScore('热门搜索:', { outside: true, repeated: false })).toBe(true);
    expect(page(['稿源：县融媒体中心']).text).not.toContain('稿源');
    expect(page(['🔊 听全文', '【纠错】'], ['（完）']).text).not.toMatch(/听全文|纠错|（完）/u);
    const r = page(['2025/04/12 09:30 記者黃小安／松林報導', '人氣：128', '標籤：縣政 會議']);
    expect(r.text).not.toMatch(/黃小安|人氣|標籤/u);
    // Each scores as chrome on its own, not only beside another removed line.
    for (const line of ['2025/04/12 09:30 記者黃小安／松林報導', '人氣：128', '標籤：縣政 會議']) expect(isFurnitureByScore(line, { outside: true, repeated: false })).toBe(true);
  });

  it('drops a button whose label is printed twice, and a bare download button', () => {
    expect(repeatsItself('收藏收藏')).toBe(true);
    expect(repeatsItself('松林新聞APP 圖示松林新聞APP')).toBe(true);
    expect(repeatsItself('县政府召开常务会议')).toBe(false);
    const r = page(['取消收藏取消收藏', '下載']);
    expect(r.text).not.toMatch(/收藏|下載/u);
  });
});

describe('photo captions', () => {
  it('drops a caption that places people in the picture or credits who gave it', () => {
    const r = page([], ['县长周海明（左）与副县长林晓东交谈', '与会人员在会场认真听讲。（县政府办提供）', '会议现场']);
    expect(r.text).not.toMatch(/（左）|县政府办提供|会议现场/u);
    expect(r.draft.title).toBe('松林县召开县政府常务会议');
  });
});

describe('a date with no day', () => {
  it('warns that the meeting date needs its day', () => {
    const r = importText(['松林县召开安全生产工作会议', '3月，县政府召开全县安全生产工作会议，县长周海明主持会议。', BODY].join('\n'), { now: NOW });
    // KEYING 6, 15 (round 42): a month names no day, so no date text either; the warning keeps it.
    expect(r.recognized.dateText).toBe('');
    expect(r.draft.meeting.date).toBe('');
    expect(r.warnings.map((w) => w.code)).toContain('noExactDate');
    expect(r.warnings.find((w) => w.code === 'noExactDate')?.params).toEqual({ date: '3月' });
  });

  it('reads no date from 六月份 or a month and year, but keeps a day word or a day', () => {
    const read = (opening: string) => importText(['松林县召开安全生产工作会议', opening, BODY].join('\n'), { now: NOW }).recognized.dateText;
    expect(read('六月份，县政府召开全县安全生产工作会议，县长周海明主持会议。')).toBe('');
    expect(read('2025年9月，县政府召开全县安全生产工作会议，县长周海明主持会议。')).toBe('');
    expect(read('9月3日，县政府召开全县安全生产工作会议，县长周海明主持会议。')).toBe('9月3日');
  });

  it('does not warn when the day is given', () => {
    const r = importText(['松林县召开安全生产工作会议', OPENING, BODY].join('\n'), { now: NOW });
    expect(r.warnings.map((w) => w.code)).not.toContain('noExactDate');
  });
});

describe('a site name above a headline found lower down', () => {
  it('goes with the headline', () => {
    const r = importText(['今日松林', '县政府重点工作第12次周调度会议召开', OPENING, BODY].join('\n'), { now: NOW });
    expect(r.draft.title).toBe('县政府重点工作第12次周调度会议召开');
    expect(r.text).not.toContain('今日松林');
  });

  it('a column name goes too, and a longer line above stays', () => {
    const r = importText(['政务要闻', '县政府召开常务会议', OPENING, BODY].join('\n'), { now: NOW });
    expect(r.draft.title).toBe('县政府召开常务会议');
    expect(r.text).not.toContain('政务要闻');
    const kept = importText(['聚焦全县春耕生产一线的新闻报道专栏', '县政府召开常务会议', OPENING, BODY].join('\n'), { now: NOW });
    expect(kept.text).toContain('聚焦全县春耕生产一线');
  });
});

describe('the headline again, captions and word counts', () => {
  const P2 = '会议要求，各乡镇各部门要压实责任，细化工作措施，加强督促检查，确保各项工作落到实处，推动全县经济社会高质量发展。';
  it('drops the headline printed again inside the article', () => {
    const r = importText(['松林县召开县政府常务会议', '【来源：县政府办公室 | 发布时间：2024-03-05】', OPENING, '松林县召开县政府常务会议', BODY, P2].join('\n'), { now: NOW });
    expect(r.draft.title).toBe('松林县召开县政府常务会议');
    expect(r.text).not.toContain('松林县召开县政府常务会议');
  });

  it('drops a caption with a media word in brackets and a word count', () => {
    const r = page([], ['会议现场（图片）', P2, '（本文共计826字）']);
    expect(r.text).not.toMatch(/会议现场|826字/u);
  });
});

describe('credits by role at a paragraph’s end', () => {
  const P2 = '会议要求，各乡镇各部门要压实责任，细化工作措施，加强督促检查，确保各项工作落到实处，推动全县经济社会高质量发展。';
  it('drops an editor’s credit with a wire’s date code after it, last paragraph', () => {
    const r = page([], [`${P2}（編輯：吳天明）1130308`]);
    expect(r.text).not.toMatch(/吳天明|1130308/u);
    expect(body(r)).toContain('推动全县经济社会高质量发展。');
  });

  it('drops a bracket of role credits closing a paragraph inside the text', () => {
    const r = page([], [`${P2}（审稿：县委办 吴天明 编辑：宣传部 陈可欣）`, '会议还研究了其他事项，要求各部门按照职责分工抓好落实，确保各项工作有序推进。']);
    expect(r.text).not.toMatch(/吴天明|陈可欣/u);
  });
});

describe('notice words in a meeting’s own sentences', () => {
  it('a decision that agrees to the above and suggests using funds is no notice', () => {
    expect(isLegalNotice('会议原则同意以上事项，建议使用专项资金解决，同意上述方案。')).toBe(false);
    expect(isLegalNotice('請同意我們的隱私權規範，才能啟用聽新聞的功能。')).toBe(true);
  });

  it('reads a labelled copyright notice that quotes the source it asks for', () => {
    expect(isLegalNotice('版权声明：凡注明“来源：松林在线”的所有作品，版权归松林文化传播有限公')).toBe(true);
    // One kind of these words alone is no notice: a meeting may discuss a copyright statement.
    expect(isLegalNotice('会议审议了出版社拟发布的版权声明，要求进一步完善。')).toBe(false);
  });
});

describe('lines a caption rule must leave', () => {
  it('keeps a headline ending in 现场 that is no meeting’s', () => {
    const r = importText(['县委书记督导防汛现场', OPENING, BODY].join('\n'), { now: NOW });
    expect(r.draft.title).toBe('县委书记督导防汛现场');
  });
});

describe('teasers after the article and the headline with a media word', () => {
  const P2 = '会议要求，各乡镇各部门要压实责任，细化工作措施，加强督促检查，确保各项工作落到实处，推动全县经济社会高质量发展。';
  it('drops dated list items after the article with no heading above them', () => {
    const r = page([], [P2, '· 县政府召开第九次常务会议 2024-02-20', '· 县长周海明调研春耕生产 2024-02-18']);
    expect(r.text).not.toMatch(/第九次|调研春耕/u);
  });

  it('keeps a headline with its date on the first line as the title', () => {
    const r = importText(['松林县召开县政府常务会议 2024-03-05', OPENING, BODY, P2].join('\n'), { now: NOW });
    expect(r.draft.title).toContain('松林县召开县政府常务会议');
  });

  it('drops the headline again with （图） after it', () => {
    const r = importText(['松林县召开县政府常务会议', OPENING, '松林县召开县政府常务会议（图）', BODY, P2].join('\n'), { now: NOW });
    expect(r.text).not.toContain('（图）');
  });
});
