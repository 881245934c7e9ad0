import { describe, expect, it } from 'vitest';
import { readHeader } from '../../shared/importer/structure/header';
import { headlineText } from '../../shared/importer/structure/title';

/**
 * What a writer or a portal puts around a name is not the name (KEYING 16): a theme clause before a
 * meeting's name, a note on how it was held after it, a field label before a headline. Made up.
 */
describe('the writer’s frame around a meeting’s name', () => {
  it('drops a theme clause (以“…”为主题的) before the name', () => {
    const h = readHeader('6月3日，以“携手同行 共促发展”为主题的南川省与企业合作座谈会在云州召开，省长韩立主持会议。');
    expect(h.meetingName).toBe('南川省与企业合作座谈会');
  });

  it('drops a note in brackets on how the meeting was held, and keeps a bracket inside the name', () => {
    expect(readHeader('3月2日，2025年全省交通工作会议（视频）召开，副省长马林主持会议。').meetingName).toBe('2025年全省交通工作会议');
    expect(readHeader('5月8日，县教育局召开党组（扩大）会议，局长沈立主持会议。').meetingName).toBe('县教育局党组（扩大）会议');
  });
});

describe('a field label before the headline', () => {
  it('drops a record table’s 名称 cell and a numbered 标题： note', () => {
    expect(headlineText('[ 名 称 ] 县政府召开第八次常务会议')).toBe('县政府召开第八次常务会议');
    expect(headlineText('2.完整新聞標題：東平縣議會定期大會順利閉幕')).toBe('東平縣議會定期大會順利閉幕');
  });

  it('leaves a headline that only talks about a title', () => {
    expect(headlineText('标题党问题专项整治会议召开')).toBe('标题党问题专项整治会议召开');
  });
});
