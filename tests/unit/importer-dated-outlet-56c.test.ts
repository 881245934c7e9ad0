import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * A dateline whose outlet has any name (an injected site's too), known by its day, 讯 and a
 * reporter's bracketed byline, then the report's subject with no date of its own (issue 11, round
 * 31, import-56c). Made-up texts.
 */
const NOW = new Date('2026-03-05T00:00:00Z');

describe('a dated outlet of any name before the subject', () => {
  it('takes the dateline and byline off, and the meeting keeps its own name', () => {
    const r = importText('标题一行\n888某某官方中文版2月28日讯（记者 某某某）政协某市第四届委员会第三次会议今天开幕。\n会议指出，要抓好落实。', { now: NOW });
    expect(r.draft.meeting.name).toBe('政协某市第四届委员会第三次会议');
    expect(r.removed.some((c) => c.kind === 'dateline' && c.original.startsWith('888某某官方中文版2月28日讯'))).toBe(true);
  });
});
