import { describe, expect, it } from 'vitest';
import { highlightPieces, highlightRanges, parseQuery, searchFields, snippetAround } from '../../shared/editor';
import { documentFromTemplate } from '../../shared/model';
import { builtinTemplate } from '../../shared/templates';

describe('search text', () => {
  it('parses a query into normalised parts, full-width and case folded', () => {
    expect(parseQuery(' 科技  Ｇｂ 科技 ')).toEqual({ phrases: ['科技', 'gb'] });
    expect(parseQuery('　')).toEqual({ phrases: [] });
  });

  it('highlights every occurrence, merged, case-insensitively', () => {
    expect(highlightRanges('科技局和科技', ['科技'])).toEqual([
      { start: 0, end: 2 },
      { start: 4, end: 6 },
    ]);
    expect(highlightPieces('GB标准', ['gb'])).toEqual([
      { text: 'GB', match: true },
      { text: '标准', match: false },
    ]);
    expect(highlightRanges('abc', [])).toEqual([]);
  });

  it('finds Traditional text with a Simplified query and the reverse, highlighting the original characters', () => {
    const text = '會議強調，要落實「百千萬工程」。';
    const { phrases } = parseQuery('会议 工程');
    expect(phrases).toEqual(['会议', '工程']);
    expect(
      highlightPieces(text, phrases)
        .filter((p) => p.match)
        .map((p) => p.text),
    ).toEqual(['會議', '工程']);
    expect(highlightRanges('会议要求', parseQuery('會議').phrases)).toEqual([{ start: 0, end: 2 }]);
    expect(snippetAround(text, parseQuery('强调').phrases, 2)).toBe('會議強調，要…');
  });

  it('cuts a snippet around the first match', () => {
    const text = `${'甲'.repeat(100)}目标${'乙'.repeat(100)}`;
    const s = snippetAround(text, ['目标'], 10);
    expect(s).toBe(`…${'甲'.repeat(10)}目标${'乙'.repeat(18)}…`);
  });

  it('collects title, meeting particulars and body', () => {
    const d = documentFromTemplate(builtinTemplate('builtin-topic-report-hans')!, new Date());
    d.meeting.chair.name = '宋巍';
    const f = searchFields(d);
    expect(f.title).toBe(d.title);
    expect(f.meeting).toContain('宋巍');
    expect(f.body).toContain('会议指出，');
  });
});
