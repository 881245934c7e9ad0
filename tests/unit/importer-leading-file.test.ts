import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';
import { isFurnitureByScore } from '../../shared/importer/cleanup/line-score';

/** A picture's file name a capture left at the start of a paragraph of prose. Made-up texts. */
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
