import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndexEntry } from '../../../../shared/api';
import type { SearchHit } from '../../../../shared/api/channels/editor';
import { DOCUMENT_KINDS, STATUSES, type DocumentKind, type Status } from '../../../../shared/model';
import { useApi } from '../../common/api-context';
import { ConfirmDialog } from '../../common/Dialog';
import { errorMessage } from '../../common/errors';
import { useFormat } from '../../common/format';
import { Highlight } from '../../common/Highlight';
import { isMod, isTextEntry } from '../../common/keys';
import { useWindowKeydown } from '../../common/use-window-keydown';
import { NewDocumentDialog } from '../../features/templates/NewDocumentDialog';
import { BatchExportButton } from '../../features/export/BatchExport';
import { IssueList } from '../../features/issue-list';

type SortKey = 'relevance' | 'title' | 'meetingDate' | 'kind' | 'status' | 'updatedAt';
const COLUMNS: { key: Exclude<SortKey, 'relevance'>; label: string }[] = [
  { key: 'title', label: 'library.title' },
  { key: 'meetingDate', label: 'library.meetingDate' },
  { key: 'kind', label: 'library.kind' },
  { key: 'status', label: 'library.status' },
  { key: 'updatedAt', label: 'library.updated' },
];

const collator = new Intl.Collator('zh-CN', { numeric: true });

function compare(a: IndexEntry, b: IndexEntry, key: Exclude<SortKey, 'relevance'>): number {
  if (key === 'kind') return DOCUMENT_KINDS.indexOf(a.kind) - DOCUMENT_KINDS.indexOf(b.kind);
  if (key === 'status') return STATUSES.indexOf(a.status) - STATUSES.indexOf(b.status);
  if (key === 'title') return collator.compare(a.title, b.title);
  return a[key].localeCompare(b[key]);
}

/** The library (or the trash): find, sort, filter, open, duplicate, delete with undo, restore. */
export function LibraryView({ trashed, onOpen, onOpenIssue }: { trashed: boolean; onOpen: (id: string) => void; onOpenIssue?: (id: string) => void }) {
  const { t } = useTranslation(['common', 'library']);
  const api = useApi();
  const format = useFormat();
  const [entries, setEntries] = useState<IndexEntry[] | null>(null);
  const [error, setError] = useState('');
  const [creating, setCreating] = useState(false);
  const [confirmEmpty, setConfirmEmpty] = useState(false);
  const [query, setQuery] = useState('');
  const [search, setSearch] = useState<{ query: string; hits: SearchHit[]; phrases: string[]; total: number } | null>(null);
  const [kind, setKind] = useState<DocumentKind | ''>('');
  const [status, setStatus] = useState<Status | ''>('');
  const [sort, setSort] = useState<{ key: SortKey; desc: boolean }>({ key: 'updatedAt', desc: true });
  const [lastTrashed, setLastTrashed] = useState<IndexEntry | null>(null);
  const searchBox = useRef<HTMLInputElement>(null);
  const table = useRef<HTMLTableSectionElement>(null);

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

  // Results while typing: each keystroke asks the index (a few ms at 5,000 documents); a late
  // answer to an older query is dropped.
  const searching = query.trim() !== '' && !trashed;
  useEffect(() => {
    if (!searching) return;
    let live = true;
    const timer = setTimeout(() => {
      api['docs:search']({ query: query.slice(0, 200), limit: 500 }).then(
        (r) => live && setSearch({ query, hits: r.hits, phrases: r.phrases, total: r.total }),
        (e) => live && setError(errorMessage(t, e)),
      );
    }, 40);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [api, query, searching, t, entries]);

  const hitsById = useMemo(() => new Map((searching && search ? search.hits : []).map((h, i) => [h.id, { hit: h, rank: i }])), [search, searching]);
  const phrases = searching && search ? search.phrases : [];

  const rows = useMemo(() => {
    if (!entries) return [];
    let list = entries.filter((e) => (!kind || e.kind === kind) && (!status || e.status === status));
    if (searching) list = list.filter((e) => hitsById.has(e.id));
    const key = sort.key === 'relevance' && !searching ? 'updatedAt' : sort.key;
    const sorted = [...list].sort((a, b) =>
      key === 'relevance' ? hitsById.get(a.id)!.rank - hitsById.get(b.id)!.rank : compare(a, b, key) * (sort.desc ? -1 : 1),
    );
    return sorted;
  }, [entries, kind, status, searching, hitsById, sort]);

  const act = async (work: () => Promise<unknown>) => {
    try {
      await work();
      await refresh();
    } catch (e) {
      setError(errorMessage(t, e));
    }
  };

  const trash = (entry: IndexEntry) =>
    act(async () => {
      await api['docs:trash']({ id: entry.id });
      setLastTrashed(entry);
    });

  const undoTrash = useCallback(async () => {
    if (!lastTrashed) return;
    const entry = lastTrashed;
    setLastTrashed(null);
    await act(() => api['docs:restore']({ id: entry.id }));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [lastTrashed, api]);

  useEffect(() => {
    if (!lastTrashed) return;
    const timer = setTimeout(() => setLastTrashed(null), 15_000);
    return () => clearTimeout(timer);
  }, [lastTrashed]);

  // Library shortcuts: / or Ctrl+F to search, Alt+N for a new document, Ctrl+Z to undo a delete.
  useWindowKeydown((e) => {
    if (document.querySelector('dialog[open]')) return;
    if ((isMod(e) && e.key.toLowerCase() === 'f') || (e.key === '/' && !isTextEntry(e.target))) {
      e.preventDefault();
      searchBox.current?.focus();
      searchBox.current?.select();
    } else if (e.altKey && !isMod(e) && e.code === 'KeyN' && !trashed) {
      e.preventDefault();
      setCreating(true);
    } else if (isMod(e) && !e.shiftKey && e.key.toLowerCase() === 'z' && !isTextEntry(e.target) && lastTrashed) {
      e.preventDefault();
      void undoTrash();
    }
  });

  const onRowKey = (e: KeyboardEvent<HTMLTableRowElement>, entry: IndexEntry) => {
    if (e.target !== e.currentTarget) return;
    const focusRow = (delta: number) => {
      const all = [...(table.current?.querySelectorAll<HTMLTableRowElement>('tr[data-testid="doc-row"]') ?? [])];
      const at = all.indexOf(e.currentTarget);
      all[Math.max(0, Math.min(all.length - 1, at + delta))]?.focus();
    };
    if (e.key === 'Enter' && !trashed && !entry.newerSchema) onOpen(entry.id);
    else if (e.key === 'ArrowDown') focusRow(1);
    else if (e.key === 'ArrowUp') focusRow(-1);
    else if (e.key === 'Delete' && !trashed) {
      focusRow(1);
      void trash(entry);
    } else if (e.altKey && e.shiftKey && e.code === 'KeyD' && !trashed) void act(() => api['docs:duplicate']({ id: entry.id }));
    else return;
    e.preventDefault();
  };

  const sortBy = (key: SortKey) => setSort((s) => ({ key, desc: s.key === key ? !s.desc : key === 'updatedAt' || key === 'meetingDate' }));

  return (
    <section className="library" aria-label={trashed ? t('nav.trash') : t('nav.library')}>
      <div className="toolbar library-toolbar">
        <h1>{trashed ? t('nav.trash') : t('nav.library')}</h1>
        {entries && (
          <span className="count" data-testid="doc-count">
            {searching && search ? t('library:search.found', { count: rows.length }) : t('library.count', { count: entries.length })}
          </span>
        )}
        <span className="spacer" />
        {!trashed && entries && entries.length > 0 && <BatchExportButton shown={rows} />}
        {!trashed && (
          <button type="button" className="primary" onClick={() => setCreating(true)} aria-keyshortcuts="Alt+N">
            {t('actions.new')}
          </button>
        )}
        {trashed && entries && entries.length > 0 && (
          <button type="button" className="danger" onClick={() => setConfirmEmpty(true)}>
            {t('actions.emptyTrash')}
          </button>
        )}
      </div>
      <div className="filters" role="search">
        {!trashed && (
          <label className="search-field">
            <span className="visually-hidden">{t('library:search.label')}</span>
            <input
              ref={searchBox}
              type="search"
              value={query}
              maxLength={200}
              placeholder={t('library:search.placeholder')}
              onChange={(e) => setQuery(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'ArrowDown') {
                  e.preventDefault();
                  table.current?.querySelector<HTMLTableRowElement>('tr[data-testid="doc-row"]')?.focus();
                } else if (e.key === 'Escape' && query) {
                  e.preventDefault();
                  setQuery('');
                }
              }}
              data-testid="search"
              aria-keyshortcuts="Control+F /"
            />
          </label>
        )}
        <label>
          <span>{t('library:filter.kind')}</span>
          <select value={kind} onChange={(e) => setKind(e.target.value as DocumentKind | '')} data-testid="filter-kind">
            <option value="">{t('library:filter.all')}</option>
            {DOCUMENT_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`kind.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span>{t('library:filter.status')}</span>
          <select value={status} onChange={(e) => setStatus(e.target.value as Status | '')} data-testid="filter-status">
            <option value="">{t('library:filter.all')}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`status.${s}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {entries && entries.length === 0 && <p className="empty">{trashed ? t('library.trashEmpty') : t('library.empty')}</p>}
      {entries && entries.length > 0 && rows.length === 0 && (
        <p className="empty" data-testid="no-results">
          {searching ? t('library:search.none', { query }) : t('library:filter.none')}
        </p>
      )}
      {rows.length > 0 && (
        <table className="doc-table">
          <thead>
            <tr>
              {COLUMNS.map((c) => (
                <th key={c.key} aria-sort={sort.key === c.key ? (sort.desc ? 'descending' : 'ascending') : 'none'}>
                  <button type="button" className="sort" onClick={() => sortBy(c.key)} data-testid={`sort-${c.key}`}>
                    {t(c.label)}
                    <span className="sort-mark" aria-hidden="true">
                      {sort.key === c.key ? (sort.desc ? '▼' : '▲') : ''}
                    </span>
                  </button>
                </th>
              ))}
              <th>
                <span className="visually-hidden">{t('library:actionsColumn')}</span>
              </th>
            </tr>
          </thead>
          <tbody ref={table}>
            {rows.map((e) => {
              const hit = hitsById.get(e.id)?.hit;
              return (
                <tr
                  key={e.id}
                  data-testid="doc-row"
                  tabIndex={0}
                  aria-label={e.title || t('library.untitled')}
                  onDoubleClick={() => !trashed && !e.newerSchema && onOpen(e.id)}
                  onKeyDown={(ev) => onRowKey(ev, e)}
                >
                  <td className="title-cell">
                    {hit ? <Highlight text={e.title || t('library.untitled')} phrases={phrases} /> : e.title || t('library.untitled')}
                    {hit && hit.field !== 'title' && (
                      <div className="snippet" data-testid="snippet">
                        <Highlight text={hit.snippet} phrases={phrases} />
                      </div>
                    )}
                  </td>
                  <td className="nowrap">{format.date(e.meetingDate)}</td>
                  <td>
                    <span className={`kind-tag kind-${e.kind}`}>{t(`kind.${e.kind}`)}</span>
                  </td>
                  <td>
                    <span className={`status-tag status-${e.status}`}>{e.newerSchema ? t('shell.readOnly') : t(`status.${e.status}`)}</span>
                  </td>
                  <td className="nowrap muted">{format.dateTime(trashed ? e.trashedAt || e.updatedAt : e.updatedAt)}</td>
                  <td className="row-actions">
                    {trashed ? (
                      <button type="button" onClick={() => void act(() => api['docs:restore']({ id: e.id }))}>
                        {t('actions.restore')}
                      </button>
                    ) : (
                      <>
                        <button type="button" disabled={e.newerSchema} onClick={() => onOpen(e.id)}>
                          {t('actions.open')}
                        </button>
                        <button type="button" onClick={() => void act(() => api['docs:duplicate']({ id: e.id }))}>
                          {t('actions.duplicate')}
                        </button>
                        <button type="button" onClick={() => void trash(e)}>
                          {t('actions.delete')}
                        </button>
                      </>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {/* issues beside documents, found by the same search words */}
      {!trashed && onOpenIssue && <IssueList query={query} onOpen={onOpenIssue} />}
      {lastTrashed && (
        <div className="toast" role="status" data-testid="trash-toast">
          <span>{t('library:trashed', { title: lastTrashed.title || t('library.untitled') })}</span>
          <button type="button" onClick={() => void undoTrash()} aria-keyshortcuts="Control+Z">
            {t('library:undoTrash')}
          </button>
        </div>
      )}
      {creating && (
        <NewDocumentDialog
          onCancel={() => setCreating(false)}
          onCreated={(id) => {
            setCreating(false);
            onOpen(id);
          }}
        />
      )}
      {confirmEmpty && entries && (
        <ConfirmDialog
          title={t('actions.emptyTrash')}
          message={t('library.confirmEmptyTrash', { count: entries.length })}
          confirmLabel={t('library:emptyTrashConfirm')}
          cancelLabel={t('actions.cancel')}
          danger
          onCancel={() => setConfirmEmpty(false)}
          onConfirm={() => {
            setConfirmEmpty(false);
            void act(() => api['docs:emptyTrash']({}));
          }}
        />
      )}
    </section>
  );
}
