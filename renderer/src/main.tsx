import './shell/boot/zod-csp';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './shell/App';
import { ApiProvider } from './common/api-context';
import { createApiClient } from './shell/boot/transport';
import { initI18n } from './shell/boot/i18n';
import './styles.css';

async function boot(): Promise<void> {
  const { api, mode } = createApiClient();
  const { settings } = await api['settings:get']({}).catch(() => ({ settings: undefined }));
  const i18n = await initI18n(settings?.locale);
  document.documentElement.lang = i18n.language;
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <ApiProvider api={api} mode={mode}>
          <App initialZoom={settings?.zoom ?? 1} />
        </ApiProvider>
      </I18nextProvider>
    </StrictMode>,
  );
}

void boot();
