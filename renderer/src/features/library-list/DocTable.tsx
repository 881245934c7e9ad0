import { useWindowVirtualizer, type Virtualizer } from '@tanstack/react-virtual';
import { memo, useLayoutEffect, useState, type KeyboardEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndexEntry } from '../../../../shared/api';
import type { SearchHit } from '../../../../shared/api/channels/editor';
import { useFormat } from '../../common/format';
import { Highlight } from '../../common/Highlight';
import { COLUMNS, type Sort, type SortKey } from './sort';

/** A row's height before it is measured (one line of title, no snippet: 42.5 px in Chromium). */
const ROW_ESTIMATE_PX = 43;
/** A row with a snippet under its title (a body hit: the snippet wraps to three lines at 1280 px). */
const SNIPPET_ROW_ESTIMATE_PX = 100;
/** Rows rendered beyond the window on each side, so arrow keys and short scrolls find them ready. */
const OVERSCAN = 10;

const hasSnippet = (hit: SearchHit | undefined) => !!hit && hit.field !== 'title';

/**
 * A row's height from the ResizeObserver's report, else the size known for that document, else the
 * estimate. The library's default read offsetHeight when a new row's ref attached: one forced
 * layout per new row inside the commit, 50-55 ms for a screen of new search results on a loaded
 * machine (a keystroke typed then waited for it). The observer reports the real height before the
 * frame is painted, so an estimate that was off moves the spacers, never what is seen.
 */
function measureRow(el: Element, entry: ResizeObserverEntry | undefined, v: Virtualizer<Window, Element>): number {
  const box = entry?.borderBoxSize?.[0];
  if (box) return Math.round(box.blockSize);
  const index = v.indexFromElement(el);
  return v.itemSizeCache.get(v.options.getItemKey(index)) ?? v.options.estimateSize(index);
}

export interface DocTableProps {
  rows: IndexEntry[];
  trashed: boolean;
  /** Search hits by document id (snippets and highlights), empty when not searching. */
  hits: ReadonlyMap<string, SearchHit>;
  phrases: readonly string[];
  sort: Sort;
  onSort: (key: SortKey) => void;
  onOpen: (id: string) => void;
  onRowKey: (e: KeyboardEvent<HTMLTableRowElement>, entry: IndexEntry) => void;
  onRestore: (entry: IndexEntry) => void;
  onDuplicate: (entry: IndexEntry) => void;
  onTrash: (entry: IndexEntry) => void;
  bodyRef: RefObject<HTMLTableSectionElement | null>;
}

/**
 * The document table, virtualised against the window's scroll (@tanstack/react-virtual): only the
 * rows in view and a few around them are in the DOM, whatever the library's size. Spacer rows
 * above and below keep the scroll height, so the page scrolls as if every row were there, and
 * aria-rowcount / aria-rowindex tell assistive technology where a row sits in the whole list.
 * Memoised: its props change only when the (deferred) rows, the sort or the answer do, so a
 * keystroke in the search box never renders the rows on the input path.
 */
export const DocTable = memo(function DocTable(props: DocTableProps) {
  const { rows, trashed, hits, phrases, sort, bodyRef } = props;
  const { t } = useTranslation(['common', 'library']);
  const format = useFormat();
  const [offset, setOffset] = useState(0);
  // The rows start below the toolbar, the filters and any notice or error, whose heights change
  // without this table knowing: measured after every render, and set only when it moved (so the
  // second render stops there).
  // eslint-disable-next-line react-hooks/exhaustive-deps
  useLayoutEffect(() => {
    const top = (bodyRef.current?.getBoundingClientRect().top ?? 0) + window.scrollY;
    if (Math.abs(top - offset) > 0.5) setOffset(top);
  });
  const virtualizer = useWindowVirtualizer({
    count: rows.length,
    estimateSize: (i) => (hasSnippet(hits.get(rows[i]!.id)) ? SNIPPET_ROW_ESTIMATE_PX : ROW_ESTIMATE_PX),
    overscan: OVERSCAN,
    scrollMargin: offset,
    getItemKey: (i) => rows[i]!.id,
    measureElement: measureRow,
  });
  const items = virtualizer.getVirtualItems();
  const before = items.length ? items[0]!.start - offset : 0;
  const after = items.length ? virtualizer.getTotalSize() - (items[items.length - 1]!.end - offset) : 0;

  return (
    <table className="doc-table" aria-rowcount={rows.length + 1}>
      <thead>
        <tr aria-rowindex={1}>
          {COLUMNS.map((c) => (
            <th key={c.key} aria-sort={sort.key === c.key ? (sort.desc ? 'descending' : 'ascending') : 'none'}>
              <button type="button" className="sort" onClick={() => props.onSort(c.key)} data-testid={`sort-${c.key}`}>
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
      <tbody ref={bodyRef}>
        {before > 0 && <tr className="virtual-spacer" aria-hidden="true" style={{ height: before }} />}
        {items.map((item) => {
          const e = rows[item.index]!;
          const hit = hits.get(e.id);
          return (
            <tr
              key={e.id}
              ref={virtualizer.measureElement}
              data-index={item.index}
              aria-rowindex={item.index + 2}
              data-testid="doc-row"
              tabIndex={0}
              aria-label={e.title || t('library.untitled')}
              onDoubleClick={() => !trashed && !e.newerSchema && props.onOpen(e.id)}
              onKeyDown={(ev) => props.onRowKey(ev, e)}
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
                  <button type="button" onClick={() => props.onRestore(e)}>
                    {t('actions.restore')}
                  </button>
                ) : (
                  <>
                    <button type="button" disabled={e.newerSchema} onClick={() => props.onOpen(e.id)}>
                      {t('actions.open')}
                    </button>
                    <button type="button" onClick={() => props.onDuplicate(e)}>
                      {t('actions.duplicate')}
                    </button>
                    <button type="button" onClick={() => props.onTrash(e)}>
                      {t('actions.delete')}
                    </button>
                  </>
                )}
              </td>
            </tr>
          );
        })}
        {after > 0 && <tr className="virtual-spacer" aria-hidden="true" style={{ height: after }} />}
      </tbody>
    </table>
  );
});
