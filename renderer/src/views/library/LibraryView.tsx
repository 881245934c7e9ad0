import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndexEntry } from '../../../../shared/api';
import { DOCUMENT_KINDS, STATUSES, type DocumentKind, type Status } from '../../../../shared/model';
import { useApi } from '../../common/api-context';
import { ConfirmDialog } from '../../common/Dialog';
import { errorMessage } from '../../common/errors';
import { isTextEntry } from '../../common/keys';
import { runKeyAction, useActions } from '../../common/actions';
import { ariaKeys } from '../../../../shared/actions/table';
import { useWindowKeydown } from '../../common/use-window-keydown';
import { useStableCallback } from '../../common/use-stable-callback';
import { NewDocumentDialog } from '../../features/templates/NewDocumentDialog';
import { BatchExportButton } from '../../features/export/BatchExport';
import { CountText, DocTable, useLibraryQuery } from '../../features/library-list';
import { IssueList } from '../../features/issue-list';

/** The library (or the trash): find, sort, filter, open, duplicate, delete with undo, restore. */
export function LibraryView({ trashed, onOpen, onOpenIssue }: { trashed: boolean; onOpen: (id: string) => void; onOpenIssue?: (id: string) => void }) {
  const { t } = useTranslation(['common', 'library']);
  const api = useApi();
  // the list, its search, filters and sort (features/library-list); this view adds what is done to documents
  const { entries, error, setError, refresh, query, setQuery, searching, filters, setFilters, sort, sortBy, rows, shownSearch, count } = useLibraryQuery(trashed);
  const { kind, status } = filters;
  const [creating, setCreating] = useState(false);
  const [confirmEmpty, setConfirmEmpty] = useState(false);
  const [lastTrashed, setLastTrashed] = useState<IndexEntry | null>(null);
  // issues the search found below the documents: then "no documents found" is not the whole answer
  const [issueHits, setIssueHits] = useState(0);
  const searchBox = useRef<HTMLInputElement>(null);
  const table = useRef<HTMLTableSectionElement>(null);

  // from the answer the shown rows came from (deferred with them), so the memoised table keeps its props
  const hits = useMemo(() => new Map((shownSearch?.hits ?? []).map((h) => [h.id, h])), [shownSearch]);
  const phrases = useMemo(() => shownSearch?.phrases ?? [], [shownSearch]);

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

  // Library actions (keys, sheet and menu from shared/actions/table.ts).
  const noDialog = () => !document.querySelector('dialog[open]');
  const libraryKey = useActions('library', {
    'library.search': {
      when: noDialog,
      run: () => {
        searchBox.current?.focus();
        searchBox.current?.select();
      },
    },
    'library.new': { when: () => noDialog() && !trashed, run: () => setCreating(true) },
    'library.undoTrash': { when: () => noDialog() && !isTextEntry(document.activeElement) && !!lastTrashed, run: () => void undoTrash() },
  });
  useWindowKeydown((e) => {
    // "/" types itself in a text field; Ctrl+F always searches.
    if (e.key === '/' && isTextEntry(e.target)) return;
    if (libraryKey(e)) e.preventDefault();
  });

  const onRowKey = useStableCallback((e: KeyboardEvent<HTMLTableRowElement>, entry: IndexEntry) => {
    if (e.target !== e.currentTarget) return;
    const row = e.currentTarget;
    const focusRow = (delta: number) => {
      const all = [...(table.current?.querySelectorAll<HTMLTableRowElement>('tr[data-testid="doc-row"]') ?? [])];
      const at = all.indexOf(row);
      all[Math.max(0, Math.min(all.length - 1, at + delta))]?.focus();
    };
    const ran = runKeyAction(e, 'library', {
      'library.open': { when: () => !trashed && !entry.newerSchema, run: () => onOpen(entry.id) },
      'library.nextRow': () => focusRow(1),
      'library.previousRow': () => focusRow(-1),
      'library.trash': {
        when: () => !trashed,
        run: () => {
          focusRow(1);
          void trash(entry);
        },
      },
      'library.duplicate': { when: () => !trashed, run: () => void act(() => api['docs:duplicate']({ id: entry.id })) },
    });
    if (ran) e.preventDefault();
  });
  // The table's handlers keep one identity across renders, so a keystroke does not re-render it.
  const onRestore = useStableCallback((e: IndexEntry) => void act(() => api['docs:restore']({ id: e.id })));
  const onDuplicate = useStableCallback((e: IndexEntry) => void act(() => api['docs:duplicate']({ id: e.id })));
  const onTrash = useStableCallback((e: IndexEntry) => void trash(e));
  const openDoc = useStableCallback(onOpen);

  return (
    <section className="library" aria-label={trashed ? t('nav.trash') : t('nav.library')}>
      <div className="toolbar library-toolbar">
        <h1>{trashed ? t('nav.trash') : t('nav.library')}</h1>
        {entries && (
          <span className="count" data-testid="doc-count">
            {count && <CountText count={count} />}
          </span>
        )}
        <span className="spacer" />
        {!trashed && entries && entries.length > 0 && <BatchExportButton shown={rows} />}
        {!trashed && (
          <button type="button" className="primary" onClick={() => setCreating(true)} aria-keyshortcuts={ariaKeys('library.new')}>
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
              aria-keyshortcuts={ariaKeys('library.search')}
            />
          </label>
        )}
        <label>
          <span>{t('library:filter.kind')}</span>
          <select value={kind} onChange={(e) => setFilters((f) => ({ ...f, kind: e.target.value as DocumentKind | '' }))} data-testid="filter-kind">
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
          <select value={status} onChange={(e) => setFilters((f) => ({ ...f, status: e.target.value as Status | '' }))} data-testid="filter-status">
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
      {entries && entries.length > 0 && rows.length === 0 && !(searching && issueHits > 0) && (
        <p className="empty" data-testid="no-results">
          {searching ? t('library:search.none', { query }) : t('library:filter.none')}
        </p>
      )}
      {rows.length > 0 && (
        <DocTable
          rows={rows}
          trashed={trashed}
          hits={hits}
          phrases={phrases}
          sort={sort}
          onSort={sortBy}
          onOpen={openDoc}
          onRowKey={onRowKey}
          onRestore={onRestore}
          onDuplicate={onDuplicate}
          onTrash={onTrash}
          bodyRef={table}
        />
      )}
      {/* issues beside documents, found by the same search words */}
      {!trashed && onOpenIssue && <IssueList query={query} onOpen={onOpenIssue} onFound={setIssueHits} />}
      {lastTrashed && (
        <div className="toast" role="status" data-testid="trash-toast">
          <span>{t('library:trashed', { title: lastTrashed.title || t('library.untitled') })}</span>
          <button type="button" onClick={() => void undoTrash()} aria-keyshortcuts={ariaKeys('library.undoTrash')}>
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
