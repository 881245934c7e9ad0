import type { IndexEntry } from '../../../../shared/api';
import type { SearchHit } from '../../../../shared/api/channels/editor';
import type { DocumentKind, Status } from '../../../../shared/model';

export interface Filters {
  kind: DocumentKind | '';
  status: Status | '';
}

/** What the search answered for one query: the hits in relevance order and how many matched in all. */
export interface SearchResult {
  query: string;
  hits: SearchHit[];
  phrases: string[];
  /** Every document that matched; more than hits.length when the search capped its answer. */
  total: number;
}

/**
 * The rows to show: the sorted library filtered by kind and status and, while searching, by the
 * search's hits (in relevance order when sorting by relevance). Linear in the library's size: the
 * sort itself happens once per sort change (sortEntries), not per keystroke.
 */
export function visibleRows(sorted: readonly IndexEntry[], filters: Filters, search: SearchResult | null, byRelevance: boolean): IndexEntry[] {
  const keep = (e: IndexEntry) => (!filters.kind || e.kind === filters.kind) && (!filters.status || e.status === filters.status);
  if (!search) return sorted.filter(keep);
  if (byRelevance) {
    const byId = new Map(sorted.map((e) => [e.id, e]));
    return search.hits.flatMap((h) => {
      const e = byId.get(h.id);
      return e && keep(e) ? [e] : [];
    });
  }
  const hit = new Set(search.hits.map((h) => h.id));
  return sorted.filter((e) => hit.has(e.id) && keep(e));
}

/** The count line's message: honest about a capped search ("5,000 found, the first 500 shown"). */
export type CountLine =
  { key: 'all'; count: number } | { key: 'found'; count: number } | { key: 'capped'; total: number; shown: number } | { key: 'cappedFiltered'; total: number; limit: number; shown: number };

export function countLine(entries: number, search: SearchResult | null, filters: Filters, shown: number): CountLine {
  if (!search) return { key: 'all', count: entries };
  if (search.total <= search.hits.length) return { key: 'found', count: shown };
  return filters.kind || filters.status ? { key: 'cappedFiltered', total: search.total, limit: search.hits.length, shown } : { key: 'capped', total: search.total, shown };
}
