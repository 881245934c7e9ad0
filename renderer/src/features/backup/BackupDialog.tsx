import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RestoreReport } from '../../../../shared/api';
import { Dialog } from '../../common/Dialog';
import type { AppMode } from '../../common/useAppMode';
import { BackupSection } from './BackupSection';
import { RestoreSection } from './RestoreSection';
import { isAbsolutePath, joinPath } from './paths';
import './backup.css';

/**
 * Backup and restore of the whole library, for moving to another PC by USB stick. The restore
 * path starts empty and takes the archive just written, so a backup can be checked straight away.
 */
export function BackupDialog({ mode, onClose, onRestored }: { mode: AppMode; onClose: () => void; onRestored: (report: RestoreReport) => void }) {
  const { t } = useTranslation('backup');
  const [source, setSource] = useState('');
  const example = joinPath(joinPath(mode.dataDir, 'exports'), t('file.name', { stamp: '20250301-0930' }));
  return (
    <Dialog label={t('dialog.title')} onClose={onClose} className="backup-dialog" testId="backup-dialog">
      <h2>{t('dialog.title')}</h2>
      <p className="backup-intro">{t('dialog.intro')}</p>
      <BackupSection mode={mode} onBackedUp={(path) => setSource((s) => s || (isAbsolutePath(path) ? path : ''))} />
      <RestoreSection mode={mode} source={source} onSource={setSource} example={example} onRestored={onRestored} />
      <div className="dialog-actions">
        <button type="button" onClick={onClose} data-testid="backup-close">
          {t('dialog.close')}
        </button>
      </div>
    </Dialog>
  );
}
