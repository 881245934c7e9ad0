import type { IndexEntry } from '../../../../shared/api';
import { DOCUMENT_KINDS, STATUSES } from '../../../../shared/model';

export type SortKey = 'relevance' | 'title' | 'meetingDate' | 'kind' | 'status' | 'updatedAt';
export type ColumnKey = Exclude<SortKey, 'relevance'>;
export interface Sort {
  key: SortKey;
  desc: boolean;
}

export const COLUMNS: { key: ColumnKey; label: string }[] = [
  { key: 'title', label: 'library.title' },
  { key: 'meetingDate', label: 'library.meetingDate' },
  { key: 'kind', label: 'library.kind' },
  { key: 'status', label: 'library.status' },
  { key: 'updatedAt', label: 'library.updated' },
];

const collator = new Intl.Collator('zh-CN', { numeric: true });

function compare(a: IndexEntry, b: IndexEntry, key: ColumnKey): number {
  if (key === 'kind') return DOCUMENT_KINDS.indexOf(a.kind) - DOCUMENT_KINDS.indexOf(b.kind);
  if (key === 'status') return STATUSES.indexOf(a.status) - STATUSES.indexOf(b.status);
  if (key === 'title') return collator.compare(a.title, b.title);
  return a[key].localeCompare(b[key]);
}

/** A new array sorted by one column (relevance is the search's own order, not sorted here). */
export function sortEntries(entries: readonly IndexEntry[], key: ColumnKey, desc: boolean): IndexEntry[] {
  const sign = desc ? -1 : 1;
  return [...entries].sort((a, b) => compare(a, b, key) * sign);
}

/** The next sort after a click on a column header: the same column flips, dates start newest first. */
export function nextSort(current: Sort, key: SortKey): Sort {
  return { key, desc: current.key === key ? !current.desc : key === 'updatedAt' || key === 'meetingDate' };
}
