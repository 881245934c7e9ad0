import { describe, expect, it } from 'vitest';
import type { IndexEntry } from '../../shared/api';
import { countLine, visibleRows, type SearchResult } from '../../renderer/src/features/library-list/filter';
import { nextSort, sortEntries } from '../../renderer/src/features/library-list/sort';
import { lookup } from '../../shared/i18n';

const entry = (i: number, over: Partial<IndexEntry> = {}): IndexEntry =>
  ({
    id: `d${i}`,
    title: `第${i}次会议纪要`,
    kind: i % 2 ? 'minutes' : 'report',
    status: i % 3 ? 'draft' : 'issued',
    meetingDate: `2026-01-${String((i % 28) + 1).padStart(2, '0')}`,
    updatedAt: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(),
    ...over,
  }) as IndexEntry;

const library = Array.from({ length: 5000 }, (_, i) => entry(i));
const hitsFor = (ids: number[], total: number): SearchResult => ({
  query: '会议',
  phrases: ['会议'],
  total,
  hits: ids.map((i) => ({ id: `d${i}`, field: 'title', snippet: '' }) as unknown as SearchResult['hits'][number]),
});

describe('library list: filter, sort and the count line', () => {
  it('sorts once by a column, newest first for dates, and flips on a second click', () => {
    const sorted = sortEntries(library, 'updatedAt', true);
    expect(sorted[0]!.id).toBe('d4999');
    expect(library[0]!.id).toBe('d0'); // a copy: the list from the services is not reordered
    expect(nextSort({ key: 'title', desc: false }, 'meetingDate')).toEqual({ key: 'meetingDate', desc: true });
    expect(nextSort({ key: 'title', desc: false }, 'title')).toEqual({ key: 'title', desc: true });
  });

  it('keeps the search order when sorting by relevance and the column order otherwise', () => {
    const sorted = sortEntries(library, 'updatedAt', true);
    const search = hitsFor([7, 3, 4999], 3);
    expect(visibleRows(sorted, { kind: '', status: '' }, search, true).map((e) => e.id)).toEqual(['d7', 'd3', 'd4999']);
    expect(visibleRows(sorted, { kind: '', status: '' }, search, false).map((e) => e.id)).toEqual(['d4999', 'd7', 'd3']);
    expect(visibleRows(sorted, { kind: 'minutes', status: '' }, search, true).map((e) => e.id)).toEqual(['d7', 'd3', 'd4999']);
    expect(visibleRows(sorted, { kind: 'report', status: '' }, search, true)).toEqual([]);
  });

  it('says how many matched in all when the search capped its answer, in three languages', () => {
    const capped = hitsFor(
      Array.from({ length: 500 }, (_, i) => i),
      5000,
    );
    const none = { kind: '' as const, status: '' as const };
    const rows = visibleRows(library, none, capped, true);
    const line = countLine(5000, capped, none, rows.length);
    expect(line).toEqual({ key: 'capped', total: 5000, shown: 500 });
    expect(lookup('zh-CN', 'capped', { total: '5,000', shown: '500' }, 'libraryList')).toBe('找到 5,000 篇，显示前 500 篇');
    expect(lookup('zh-TW', 'capped', { total: '5,000', shown: '500' }, 'libraryList')).toBe('找到 5,000 篇，顯示前 500 篇');
    expect(lookup('en', 'capped', { total: '5,000', shown: '500' }, 'libraryList')).toBe('5,000 found, showing the first 500');
    const filtered = { kind: 'minutes' as const, status: '' as const };
    expect(countLine(5000, capped, filtered, visibleRows(library, filtered, capped, true).length)).toEqual({ key: 'cappedFiltered', total: 5000, limit: 500, shown: 250 });
    // not capped: the rows shown are all the matches
    expect(countLine(5000, hitsFor([1, 2], 2), none, 2)).toEqual({ key: 'found', count: 2 });
    expect(countLine(5000, null, none, 5000)).toEqual({ key: 'all', count: 5000 });
  });
});
