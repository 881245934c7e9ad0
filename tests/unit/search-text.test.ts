import { describe, expect, it } from 'vitest';
import { containsAll, highlightPieces, highlightRanges, parseQuery, searchFields, snippetAround, tokenize } from '../../shared/editor';
import { documentFromTemplate } from '../../shared/model';
import { builtinTemplate } from '../../shared/templates';

describe('search tokenising', () => {
  it('indexes Han text as overlapping bigrams and other text as Segmenter words', () => {
    expect(tokenize('市科技局')).toEqual(['市科', '科技', '技局']);
    expect(tokenize('推进5G建设 GB/T 9704')).toEqual(['推进', '建设', '5g', 'gb', 't', '9704']);
    expect(tokenize('局')).toEqual(['局']);
  });

  it('every bigram of a query phrase is a term of a document holding it, whatever the word boundaries', () => {
    const doc = new Set(tokenize('近日，市科技局党组书记主持召开专题会'));
    for (const t of parseQuery('科技局党组').terms) expect(doc.has(t)).toBe(true);
  });

  it('parses queries into phrases, terms and single-character prefixes', () => {
    expect(parseQuery(' 科技  Ｇｂ ')).toEqual({ phrases: ['科技', 'gb'], terms: ['科技', 'gb'], prefixes: [] });
    expect(parseQuery('局').prefixes).toEqual(['局']);
  });

  it('checks phrases exactly and highlights them', () => {
    expect(containsAll('科技创新与技术局', ['科技局'])).toBe(false);
    expect(containsAll('市科技局', ['科技局'])).toBe(true);
    expect(highlightRanges('科技局和科技', ['科技'])).toEqual([{ start: 0, end: 2 }, { start: 4, end: 6 }]);
    expect(highlightPieces('GB标准', ['gb'])).toEqual([{ text: 'GB', match: true }, { text: '标准', match: false }]);
    expect(highlightRanges('abc', [])).toEqual([]);
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
