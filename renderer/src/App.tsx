import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '../../shared/model';
import { LOCALES } from '../../shared/model';
import { useApi } from './common/api-context';
import { NoticeBar } from './common/NoticeBar';
import { EditorShell } from './editor/EditorShell';
import { LibraryView } from './library/LibraryView';

type Route = { view: 'library' } | { view: 'trash' } | { view: 'editor'; id: string };

/** The shell: a top bar, notices from the store, and the library, trash or an open document. */
export function App() {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const [route, setRoute] = useState<Route>({ view: 'library' });

  const changeLocale = useCallback(
    async (locale: Locale) => {
      await i18n.changeLanguage(locale);
      document.documentElement.lang = locale;
      await api['settings:set']({ settings: { locale } }).catch(() => undefined);
    },
    [api, i18n],
  );

  useEffect(() => {
    document.title = t('app.name');
  }, [t, i18n.language]);

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
        </nav>
        <label className="locale">
          <span>{t('settings.language')}</span>
          <select value={i18n.language} onChange={(e) => void changeLocale(e.target.value as Locale)} data-testid="locale">
            {LOCALES.map((l) => (
              <option key={l} value={l}>
                {t(`locale.${l}`)}
              </option>
            ))}
          </select>
        </label>
      </header>
      <NoticeBar />
      <main>
        {route.view === 'editor' ? (
          <EditorShell id={route.id} onClose={() => setRoute({ view: 'library' })} />
        ) : (
          <LibraryView trashed={route.view === 'trash'} onOpen={(id) => setRoute({ view: 'editor', id })} />
        )}
      </main>
    </div>
  );
}
