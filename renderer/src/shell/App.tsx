import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../shared/model';
import { LOCALES } from '../../../shared/model';
import { useApi } from '../common/api-context';
import { useActions, useMenuActions } from '../common/actions';
import { useWindowKeydown } from '../common/use-window-keydown';
import { NoticeBar } from '../common/NoticeBar';
import { ShortcutSheet } from '../common/ShortcutSheet';
import { Editor } from '../views/editor/Editor';
import { LibraryView } from '../views/library/LibraryView';
import { ImportView } from '../views/import';
import { BackupButton } from '../features/backup';
import { useOverdueCount } from '../features/tasks';
import { TasksView } from '../views/tasks/TasksView';
import { LockIcon, usePolicy } from '../features/policy';
import { SettingsButton } from '../views/settings';

import { IssuesView } from '../views/issues';
import { SeriesView } from '../views/series';

type Route = { view: 'library' } | { view: 'trash' } | { view: 'import' } | { view: 'tasks' } | { view: 'editor'; id: string } | { view: 'series' } | { view: 'issues'; id?: string };

const ZOOM_STEPS = [0.8, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2, 2.5, 3];

/** The shell: a top bar, notices from the store, and the library, trash or an open document. */
export function App({ initialZoom = 1 }: { initialZoom?: number }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const [route, setRoute] = useState<Route>({ view: 'library' });
  const [zoom, setZoom] = useState(initialZoom);
  const [sheet, setSheet] = useState(false);
  // bumped after a restore so the library list is read again (it keeps its own state otherwise)
  const [libraryEpoch, setLibraryEpoch] = useState(0);
  // bumped when the register changes progress, so the badge is read again
  const [tasksEpoch, setTasksEpoch] = useState(0);
  const overdue = useOverdueCount(`${route.view}-${libraryEpoch}-${tasksEpoch}`);
  // the administrator's policy: a locked UI language greys the language menu out
  const policy = usePolicy();
  const localeLocked = policy.state?.policy.settings.uiLanguage?.locked === true;

  const changeLocale = useCallback(
    async (locale: Locale) => {
      await i18n.changeLanguage(locale);
      document.documentElement.lang = locale;
      await api['settings:set']({ settings: { locale } }).catch(() => undefined);
    },
    [api, i18n],
  );

  const changeZoom = useCallback(
    (direction: -1 | 0 | 1) => {
      setZoom((z) => {
        const at = ZOOM_STEPS.findIndex((s) => s >= z - 1e-6);
        const next = direction === 0 ? 1 : ZOOM_STEPS[Math.max(0, Math.min(ZOOM_STEPS.length - 1, (at < 0 ? 2 : at) + direction))]!;
        void api['settings:set']({ settings: { zoom: next } }).catch(() => undefined);
        return next;
      });
    },
    [api],
  );

  useEffect(() => {
    document.documentElement.style.setProperty('zoom', String(zoom));
  }, [zoom]);

  useEffect(() => {
    document.title = t('app.name');
  }, [t, i18n.language]);

  // Actions that work everywhere (keys and menu items from shared/actions/table.ts).
  const keyAction = useActions('everywhere', {
    'app.shortcuts': () => setSheet(true),
    'app.zoomIn': () => changeZoom(1),
    'app.zoomOut': () => changeZoom(-1),
    'app.zoomReset': () => changeZoom(0),
  });
  useWindowKeydown((e) => {
    if (keyAction(e)) e.preventDefault();
  });
  useMenuActions();

  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent' }).format(zoom);

  return (
    <div className="app">
      <header className="topbar">
        <span className="brand">{t('app.name')}</span>
        <nav aria-label={t('nav.library')}>
          <button type="button" aria-pressed={route.view === 'library'} onClick={() => setRoute({ view: 'library' })}>
            {t('nav.library')}
          </button>
          <button type="button" aria-pressed={route.view === 'trash'} onClick={() => setRoute({ view: 'trash' })}>
            {t('nav.trash')}
          </button>
          <button type="button" aria-pressed={route.view === 'import'} onClick={() => setRoute({ view: 'import' })} data-testid="nav-import">
            {t('importer:view.title')}
          </button>
          <button type="button" aria-pressed={route.view === 'series'} onClick={() => setRoute({ view: 'series' })} data-testid="nav-series">
            {t('issues:nav.series')}
          </button>
          <button type="button" aria-pressed={route.view === 'issues'} onClick={() => setRoute({ view: 'issues' })} data-testid="nav-issues">
            {t('issues:nav.issues')}
          </button>
          <button type="button" aria-pressed={route.view === 'tasks'} onClick={() => setRoute({ view: 'tasks' })} data-testid="nav-tasks">
            {t('tasks:nav')}
            {overdue > 0 && (
              <span className="overdue-count" title={t('tasks:badge', { count: overdue })} aria-label={t('tasks:badge', { count: overdue })} data-testid="overdue-badge">
                {overdue}
              </span>
            )}
          </button>
        </nav>
        <div className="topbar-tools">
          {/* not beside an open document: a restore must not change the library under the editor */}
          {route.view !== 'editor' && <BackupButton onRestored={() => setLibraryEpoch((n) => n + 1)} />}
          <div className="zoom" role="group" aria-label={t('settings.zoom')}>
            <button type="button" onClick={() => changeZoom(-1)} aria-label={t('library:zoom.out')} title={t('library:zoom.out')}>
              −
            </button>
            <button type="button" className="zoom-value" onClick={() => changeZoom(0)} title={t('library:zoom.reset')} data-testid="zoom">
              {percent}
            </button>
            <button type="button" onClick={() => changeZoom(1)} aria-label={t('library:zoom.in')} title={t('library:zoom.in')}>
              +
            </button>
          </div>
          <label className="locale" title={localeLocked ? t('policy:lockedHint') : undefined}>
            <span>
              {t('settings.language')}
              {localeLocked && <LockIcon />}
            </span>
            <select value={i18n.language} disabled={localeLocked} onChange={(e) => void changeLocale(e.target.value as Locale)} data-testid="locale">
              {LOCALES.map((l) => (
                <option key={l} value={l}>
                  {t(`locale.${l}`)}
                </option>
              ))}
            </select>
          </label>
          <SettingsButton policy={policy.state} onLocale={changeLocale} onOpen={policy.reload} />
          <button type="button" onClick={() => setSheet(true)} title={t('library:shortcuts.title')} data-testid="open-shortcuts">
            {t('library:shortcuts.button')}
          </button>
        </div>
      </header>
      <NoticeBar />
      <main className={route.view === 'editor' ? 'main-editor' : 'main-library'}>
        {route.view === 'editor' ? (
          <Editor key={route.id} id={route.id} onClose={() => setRoute({ view: 'library' })} />
        ) : route.view === 'tasks' ? (
          <TasksView onOpenDocument={(id) => setRoute({ view: 'editor', id })} onChanged={() => setTasksEpoch((n) => n + 1)} />
        ) : route.view === 'series' ? (
          <SeriesView onOpenIssue={(id) => setRoute({ view: 'issues', id })} />
        ) : route.view === 'issues' ? (
          <IssuesView openId={route.id} onOpen={(id) => setRoute({ view: 'issues', id })} />
        ) : route.view === 'import' ? (
          <ImportView onOpen={(id) => setRoute({ view: 'editor', id })} />
        ) : (
          <LibraryView
            key={`${route.view}-${libraryEpoch}`}
            trashed={route.view === 'trash'}
            onOpen={(id) => setRoute({ view: 'editor', id })}
            onOpenIssue={(id) => setRoute({ view: 'issues', id })}
          />
        )}
      </main>
      {sheet && <ShortcutSheet onClose={() => setSheet(false)} />}
    </div>
  );
}
