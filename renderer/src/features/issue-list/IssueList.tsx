import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { IssueRow } from '../../../../shared/api/channels/issues';
import { useApi } from '../../common/api-context';

/** No. 5 / Supplement No. 2 (with the running total number when the issue carries it), in the UI's language. */
export function issueLabel(r: Pick<IssueRow, 'kind' | 'number' | 'totalNumber'>, t: TFunction): string {
  const label = t(r.kind === 'supplement' ? 'issues:label.supplement' : 'issues:label.regular', { number: r.number });
  return r.totalNumber ? t('issues:label.total', { label, total: r.totalNumber }) : label;
}

/** Quiet time after the last keystroke before the issues are searched (the library's own pause). */
const SEARCH_PAUSE_MS = 40;

/**
 * Issues as rows beside the library's documents: all of them, or those a query finds (the same
 * words the library's search box holds). Used by the library and the issues view.
 */
export function IssueList({ query = '', onOpen, onFound }: { query?: string; onOpen: (id: string) => void; onFound?: (count: number) => void }) {
  const { t } = useTranslation('issues');
  const api = useApi();
  const [rows, setRows] = useState<IssueRow[] | null>(null);
  useEffect(() => {
    let live = true;
    const q = query.trim();
    const show = (issues: IssueRow[]) => {
      if (!live) return;
      setRows(issues);
      onFound?.(issues.length);
    };
    const ask = () => {
      void (q ? api['issues:search']({ query: q.slice(0, 200) }) : api['issues:list']({})).then(
        (r) => show(r.issues),
        () => show([]),
      );
    };
    // While typing, ask after a pause (as the document search does): a request and a render per
    // keystroke sat on the search box's input path.
    let timer: ReturnType<typeof setTimeout> | undefined;
    if (q) timer = setTimeout(ask, SEARCH_PAUSE_MS);
    else ask();
    return () => {
      live = false;
      clearTimeout(timer);
    };
    // onFound is the caller's state setter: stable, not a reason to search again
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [api, query]);
  if (!rows) return null;
  if (rows.length === 0) return query.trim() ? null : <p className="empty">{t('list.none')}</p>;
  return (
    <table className="issue-list" data-testid="issue-list">
      <caption>{t('list.title')}</caption>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id} data-testid="issue-row" data-issue-id={r.id}>
            <td>{r.seriesName}</td>
            <td>{issueLabel(r, t)}</td>
            <td>{r.date}</td>
            <td>{t(`list.status.${r.status}`)}</td>
            <td className="titles">
              {r.titles.join('；')}
              {r.staleItems > 0 && <span className="stale"> · {t('list.stale', { count: r.staleItems })}</span>}
            </td>
            <td>
              <button type="button" onClick={() => onOpen(r.id)}>
                {t('list.open')}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
