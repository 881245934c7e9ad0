import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';
import { isCreditLine } from '../../shared/importer/cleanup/byline';

/**
 * A line that is only a credit, read by its make-up: credit words, the outlets and people they
 * credit, and a publishing stamp. Every text here is made up.
 */
const NOW = { now: new Date('2026-12-05T00:00:00Z') };

describe('a line that is only a credit', () => {
  it('takes a bracketed credit of an outlet, its reporter and correspondent', () => {
    expect(isCreditLine('(青禾新闻·青禾日报 记者 林一宁 通讯员 张博远)')).toBe(true);
    expect(isCreditLine('（南川晚报记者 周敏）')).toBe(true);
  });

  it('takes an outlet with its writer and the page stamp, without a credit word', () => {
    expect(isCreditLine('青禾新闻·青禾日报 林一宁   2026-01-10 06:49:27')).toBe(true);
    expect(isCreditLine('南川晚報 周敏 陳立 2019-03-02')).toBe(true);
  });

  it('refuses sentences, bare names and a stamp with no outlet', () => {
    expect(isCreditLine('(县长王大明主持会议)')).toBe(false);
    expect(isCreditLine('林一宁 张博远')).toBe(false);
    expect(isCreditLine('会议现场 2026-01-10')).toBe(false);
    expect(isCreditLine('记者，林一宁说，要抓好落实。')).toBe(false);
    expect(isCreditLine('县政府办公室 王大明 2026-01-10')).toBe(false);
  });

  it('removes both credit lines of a newspaper page and keeps the report', () => {
    const text =
      '县政府召开常务会议\n\n青禾新闻·青禾日报 林一宁   2026-01-10 06:49:27\n\n1月9日上午，县政府召开第5次常务会议。县长王大明主持会议。\n\n会议强调，要抓好安全生产。\n\n(青禾新闻·青禾日报 记者 林一宁 通讯员 张博远)';
    const r = importText(text, NOW);
    expect(r.text).not.toContain('林一宁');
    expect(r.text).toContain('会议强调');
    expect(r.draft.meeting.chair.name).toBe('王大明');
  });
});
