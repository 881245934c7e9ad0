import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IssueRow } from '../../../../shared/api/channels/issues';
import { newSeries, type Series } from '../../../../shared/model';
import { useApi } from '../../common/api-context';
import { errorMessage } from '../../common/errors';
import { AddressBookPanel } from '../../features/address-book';
import { issueLabel } from '../../features/issue-list';

/**
 * The series page: the list of series, the editor of the chosen one, and its issues by number (the
 * supplements on their own). A new issue starts here: the services give it the next number.
 */
export function SeriesView({ onOpenIssue }: { onOpenIssue: (id: string) => void }) {
  const { t } = useTranslation('issues');
  const { t: tc } = useTranslation('issueCopies');
  const api = useApi();
  const [all, setAll] = useState<Series[]>([]);
  const [showRetired, setShowRetired] = useState(false);
  const [editing, setEditing] = useState<Series | null>(null);
  const [issues, setIssues] = useState<IssueRow[]>([]);
  const [message, setMessage] = useState('');

  const reload = useCallback(async () => {
    const r = await api['series:list']({ retired: true });
    setAll(r.series);
    return r.series;
  }, [api]);
  useEffect(() => {
    reload().catch((e) => setMessage(errorMessage(t, e)));
  }, [reload, t]);
  useEffect(() => {
    if (!editing || !all.some((s) => s.id === editing.id)) return setIssues([]);
    api['issues:list']({ seriesId: editing.id }).then(
      (r) => setIssues(r.issues),
      () => setIssues([]),
    );
  }, [api, editing, all]);

  const save = async () => {
    if (!editing) return;
    try {
      const { series } = await api['series:save']({ series: editing });
      await reload();
      setEditing(series);
      setMessage(t('series.saved'));
    } catch (e) {
      setMessage(errorMessage(t, e));
    }
  };
  const create = async (kind: 'regular' | 'supplement') => {
    if (!editing) return;
    try {
      onOpenIssue((await api['issues:create']({ seriesId: editing.id, kind })).issue.id);
    } catch (e) {
      setMessage(errorMessage(t, e));
    }
  };
  const stored = editing ? all.find((s) => s.id === editing.id) : undefined;
  const set = (patch: Partial<Series>) => setEditing((s) => (s ? { ...s, ...patch } : s));

  return (
    <div className="series-view" data-testid="series-view">
      <aside className="series-list">
        <h2>{t('series.title')}</h2>
        <button
          type="button"
          data-testid="series-add" // a name is required: the placeholder is selected for typing over
          onClick={() => setEditing(newSeries({ name: t('series.untitled'), now: new Date() }))}
        >
          {t('series.add')}
        </button>
        <label>
          <input type="checkbox" checked={showRetired} onChange={(e) => setShowRetired(e.target.checked)} /> {t('series.showRetired')}
        </label>
        {all.length === 0 && <p className="empty">{t('series.none')}</p>}
        <ul>
          {all
            .filter((s) => showRetired || !s.retired)
            .map((s) => (
              <li key={s.id}>
                <button type="button" aria-pressed={editing?.id === s.id} onClick={() => setEditing(s)} data-testid="series-row">
                  {s.name}
                  {s.retired ? `（${t('series.retired')}）` : ''}
                </button>
              </li>
            ))}
        </ul>
      </aside>
      {editing && (
        <section className="series-editor" aria-label={t('series.title')}>
          <label>
            {t('series.name')}
            <input value={editing.name} onChange={(e) => set({ name: e.target.value })} data-testid="series-name" />
          </label>
          <label>
            {t('series.meeting')}
            <input value={editing.meeting} onChange={(e) => set({ meeting: e.target.value })} data-testid="series-meeting" />
          </label>
          <label>
            {t('series.issuer')}
            <input value={editing.issuer} onChange={(e) => set({ issuer: e.target.value })} data-testid="series-issuer" />
          </label>
          <label>
            {t('series.classification')}
            <input value={editing.classification} onChange={(e) => set({ classification: e.target.value })} />
          </label>
          <label>
            {t('series.copies')}
            <input type="number" min={0} value={editing.copies} onChange={(e) => set({ copies: Math.max(0, Number(e.target.value) || 0) })} data-testid="series-copies" />
          </label>
          <label>
            <input type="checkbox" checked={editing.layout.copyNumbers} data-testid="series-copy-numbers" onChange={(e) => set({ layout: { ...editing.layout, copyNumbers: e.target.checked } })} />{' '}
            {tc('seriesControlled')}
          </label>
          {(['resetYearly', 'total', 'supplements'] as const).map((k) => (
            <label key={k}>
              <input type="checkbox" checked={editing.numbering[k]} onChange={(e) => set({ numbering: { ...editing.numbering, [k]: e.target.checked } })} /> {t(`series.${k}`)}
            </label>
          ))}
          <div className="actions">
            <button type="button" onClick={() => void save()} data-testid="series-save">
              {t('series.save')}
            </button>
            {stored && (
              <button
                type="button"
                onClick={() => {
                  api['series:retire']({ id: stored.id, retired: !stored.retired })
                    .then(async ({ series }) => {
                      await reload();
                      setEditing(series);
                    })
                    .catch((e: unknown) => setMessage(errorMessage(t, e)));
                }}
              >
                {stored.retired ? t('series.unretire') : t('series.retire')}
              </button>
            )}
          </div>
          {stored && !stored.retired && (
            <div className="actions">
              <button type="button" onClick={() => void create('regular')} data-testid="issue-new">
                {t('series.newIssue')}
              </button>
              {stored.numbering.supplements && (
                <button type="button" onClick={() => void create('supplement')}>
                  {t('series.newSupplement')}
                </button>
              )}
            </div>
          )}
          {stored && (
            <>
              <h3>{t('series.issues')}</h3>
              {issues.length === 0 && <p className="empty">{t('series.noIssues')}</p>}
              <ul data-testid="series-issues">
                {issues.map((r) => (
                  <li key={r.id}>
                    <button type="button" onClick={() => onOpenIssue(r.id)}>
                      {issueLabel(r, t)} · {r.date} · {t(`list.status.${r.status}`)}
                    </button>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}
      {message && (
        <p role="status" data-testid="series-message">
          {message}
        </p>
      )}
      <AddressBookPanel />
    </div>
  );
}
