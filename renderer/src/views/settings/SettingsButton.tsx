import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale, Settings } from '../../../../shared/model';
import { useApi } from '../../common/api-context';
import type { PolicyState } from '../../features/policy';
import { SettingsDialog } from './SettingsDialog';

/** The top bar's Settings button: reads the settings and the data dir when opened, then shows the dialog. */
export function SettingsButton({ policy, onLocale, onOpen }: { policy: PolicyState | null; onLocale: (l: Locale) => Promise<void>; onOpen: () => void }) {
  const { t, i18n } = useTranslation('policy');
  const api = useApi();
  const [open, setOpen] = useState<{ settings: Settings; dataDir: string } | null>(null);
  const show = async () => {
    onOpen();
    const [{ settings }, info] = await Promise.all([api['settings:get']({}), api['app:info']({})]);
    setOpen({ settings, dataDir: info.dataDir });
  };
  return (
    <>
      <button type="button" onClick={() => void show()} disabled={!policy} data-testid="settings-open">
        {t('button')}
      </button>
      {open && policy && (
        <SettingsDialog
          policy={policy}
          locale={i18n.language as Locale}
          issuer={open.settings.issuer}
          dataDir={open.dataDir}
          onLocale={onLocale}
          onIssuer={async (issuer) => {
            const { settings } = await api['settings:set']({ settings: { issuer } });
            setOpen((o) => (o ? { ...o, settings } : o));
          }}
          onClose={() => setOpen(null)}
        />
      )}
    </>
  );
}
