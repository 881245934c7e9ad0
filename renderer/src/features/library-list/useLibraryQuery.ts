import { useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndexEntry } from '../../../../shared/api';
import { prepareHighlight } from '../../../../shared/editor';
import { useApi } from '../../common/api-context';
import { errorMessage } from '../../common/errors';
import { countLine, visibleRows, type CountLine, type Filters, type SearchResult } from './filter';
import { nextSort, sortEntries, type Sort, type SortKey } from './sort';

/** How many hits the search returns at most (the channel's own limit). */
export const SEARCH_LIMIT = 500;
/** Quiet time after the last keystroke before the index is asked. */
const SEARCH_DELAY_MS = 40;

export interface LibraryQuery {
  entries: IndexEntry[] | null;
  error: string;
  setError: (message: string) => void;
  refresh: () => Promise<void>;
  query: string;
  setQuery: (query: string) => void;
  /** The search box holds a query (in the library; the trash is not searched). */
  searching: boolean;
  /** The search answer the rows show (null when not searching or not answered yet). */
  search: SearchResult | null;
  filters: Filters;
  setFilters: (update: (f: Filters) => Filters) => void;
  sort: Sort;
  sortBy: (key: SortKey) => void;
  /** The rows to show, deferred: typing never waits for them to render. */
  rows: IndexEntry[];
  /** The search answer those rows came from (deferred with them, so highlights match the rows). */
  shownSearch: SearchResult | null;
  count: CountLine | null;
}

/**
 * The library's list, its search, filters and sort: everything LibraryView shows, none of what it
 * does to documents. Kept off the input path: the sort runs once per sort change (not per
 * keystroke), filtering is one linear pass, and the rows reach the table through
 * useDeferredValue, so a keystroke paints the search box first and the list follows.
 */
export function useLibraryQuery(trashed: boolean): LibraryQuery {
  const { t } = useTranslation(['common', 'library']);
  const api = useApi();
  const [entries, setEntries] = useState<IndexEntry[] | null>(null);
  const [error, setError] = useState('');
  const [query, setQuery] = useState('');
  const [answer, setAnswer] = useState<SearchResult | null>(null);
  const [filters, setFilters] = useState<Filters>({ kind: '', status: '' });
  const [sort, setSort] = useState<Sort>({ key: 'updatedAt', desc: true });

  const refresh = useCallback(async () => {
    try {
      setEntries((await api['docs:list']({ trashed })).entries);
      setError('');
    } catch (e) {
      setError(errorMessage(t, e));
    }
  }, [api, trashed, t]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  // What highlighting needs is built while the list sits idle, a slice per idle period (the whole
  // table is 30-80 ms), not in the first search's render.
  useEffect(() => {
    let id = 0;
    const step = (deadline: IdleDeadline) => {
      if (!prepareHighlight(Math.max(1, deadline.timeRemaining() - 1))) id = requestIdleCallback(step);
    };
    id = requestIdleCallback(step);
    return () => cancelIdleCallback(id);
  }, []);

  // Results while typing: each pause asks the index (a few ms at 5,000 documents); a late answer
  // to an older query is dropped. Asked again when the list changes (a delete, a duplicate).
  const searching = query.trim() !== '' && !trashed;
  useEffect(() => {
    if (!searching) return;
    let live = true;
    const timer = setTimeout(() => {
      api['docs:search']({ query: query.slice(0, 200), limit: SEARCH_LIMIT }).then(
        (r) => live && setAnswer({ query, hits: r.hits, phrases: r.phrases, total: r.total }),
        (e) => live && setError(errorMessage(t, e)),
      );
    }, SEARCH_DELAY_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [api, query, searching, t, entries]);
  const search = searching ? answer : null;

  const byRelevance = sort.key === 'relevance' && search !== null;
  const column = sort.key === 'relevance' ? 'updatedAt' : sort.key;
  const sorted = useMemo(() => (entries ? sortEntries(entries, column, sort.key === 'relevance' ? true : sort.desc) : []), [entries, column, sort]);
  const rows = useMemo(() => visibleRows(sorted, filters, search, byRelevance), [sorted, filters, search, byRelevance]);
  const count = entries ? countLine(entries.length, search, filters, rows.length) : null;
  // Rows and the answer they show are deferred as one value: a keystroke renders the search box
  // (and the count) first, and the table, memoised on these, renders in a later, interruptible pass.
  const shown = useDeferredValue(useMemo(() => ({ rows, search }), [rows, search]));

  return {
    entries,
    error,
    setError,
    refresh,
    query,
    setQuery,
    searching,
    search,
    filters,
    setFilters,
    sort,
    sortBy: useCallback((key: SortKey) => setSort((s) => nextSort(s, key)), []),
    rows: shown.rows,
    shownSearch: shown.search,
    count,
  };
}
