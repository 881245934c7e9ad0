import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RestoreReport } from '../../../../shared/api';
import { useAppMode } from '../../common/useAppMode';
import { BackupDialog } from './BackupDialog';

/**
 * The top bar's entry to backup and restore. Waits for app:info (the app has native file dialogs,
 * browser mode types paths under the data dir). `onRestored` lets the shell reload the library list.
 */
export function BackupButton({ onRestored }: { onRestored: (report: RestoreReport) => void }) {
  const { t } = useTranslation('backup');
  const mode = useAppMode();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)} disabled={!mode} data-testid="backup-open">
        {t('button')}
      </button>
      {open && mode && <BackupDialog mode={mode} onClose={() => setOpen(false)} onRestored={onRestored} />}
    </>
  );
}
