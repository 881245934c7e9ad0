import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndexEntry } from '../../../shared/api';
import { useApi } from '../common/api-context';
import { errorMessage } from '../common/errors';
import { NewDocumentDialog } from './NewDocumentDialog';

/** The library (or the trash): every document with title, meeting date, kind, status and last change. */
export function LibraryView({ trashed, onOpen }: { trashed: boolean; onOpen: (id: string) => void }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const [entries, setEntries] = useState<IndexEntry[] | null>(null);
  const [error, setError] = useState('');
  const [creating, setCreating] = useState(false);

  const refresh = useCallback(async () => {
    try {
      setEntries((await api['docs:list']({ trashed })).entries);
    } catch (e) {
      setError(errorMessage(t, e));
    }
  }, [api, trashed, t]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const act = async (work: () => Promise<unknown>) => {
    try {
      await work();
      await refresh();
    } catch (e) {
      setError(errorMessage(t, e));
    }
  };

  const dateFormat = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });

  return (
    <section className="library" aria-label={trashed ? t('nav.trash') : t('nav.library')}>
      <div className="toolbar">
        <h1>{trashed ? t('nav.trash') : t('nav.library')}</h1>
        {entries && <span className="count">{t('library.count', { count: entries.length })}</span>}
        {!trashed && (
          <button type="button" className="primary" onClick={() => setCreating(true)}>
            {t('actions.new')}
          </button>
        )}
        {trashed && entries && entries.length > 0 && (
          <button
            type="button"
            onClick={() => {
              if (window.confirm(t('library.confirmEmptyTrash', { count: entries.length }))) void act(() => api['docs:emptyTrash']({}));
            }}
          >
            {t('actions.emptyTrash')}
          </button>
        )}
      </div>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {entries && entries.length === 0 && <p className="empty">{trashed ? t('library.trashEmpty') : t('library.empty')}</p>}
      {entries && entries.length > 0 && (
        <table className="doc-table">
          <thead>
            <tr>
              <th>{t('library.title')}</th>
              <th>{t('library.meetingDate')}</th>
              <th>{t('library.kind')}</th>
              <th>{t('library.status')}</th>
              <th>{t('library.updated')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr
                key={e.id}
                data-testid="doc-row"
                tabIndex={0}
                onDoubleClick={() => !trashed && !e.newerSchema && onOpen(e.id)}
                onKeyDown={(ev) => ev.key === 'Enter' && !trashed && !e.newerSchema && onOpen(e.id)}
              >
                <td className="title-cell">{e.title || t('library.untitled')}</td>
                <td>{e.meetingDate}</td>
                <td>{t(`kind.${e.kind}`)}</td>
                <td>{e.newerSchema ? t('shell.readOnly') : t(`status.${e.status}`)}</td>
                <td>{e.updatedAt ? dateFormat.format(new Date(e.updatedAt)) : ''}</td>
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
                      <button type="button" onClick={() => void act(() => api['docs:trash']({ id: e.id }))}>
                        {t('actions.delete')}
                      </button>
                    </>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
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
    </section>
  );
}
