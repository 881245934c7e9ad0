import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../common/api-context';
import { useChosenFile } from '../../common/useChosenFile';
import type { AppMode } from '../../common/useAppMode';
import { archiveErrorMessage } from './messages';
import { PathField } from './PathField';
import { backupStamp, isAbsolutePath, joinPath } from './paths';

type Phase = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; path: string; documents: number } | { kind: 'failed'; message: string };

/**
 * Back up: the whole library into one archive. The default is a dated file in the data dir's
 * exports/ (an allowed folder; the service creates subfolders), so one click makes a backup.
 * Browse (the app) puts it anywhere, a USB stick say: the native dialog keeps the path in main
 * and hands back a single-use handle, which the field shows by its file name. A typed path must
 * lie in the allowed folders.
 */
export function BackupSection({ mode, onBackedUp }: { mode: AppMode; onBackedUp: (path: string) => void }) {
  const { t } = useTranslation(['backup', 'common']);
  const api = useApi();
  const fileName = () => t('file.name', { stamp: backupStamp(new Date()) });
  const [example] = useState(() => joinPath(joinPath(mode.dataDir, 'exports'), fileName()));
  const [target, setTarget] = useState(example);
  const chosen = useChosenFile();
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });

  const browse = async () => {
    try {
      const name = chosen.keep(await api['dialog:saveFile']({ fileName: fileName(), format: 'backup' }));
      if (name) setTarget(name);
    } catch (e) {
      setPhase({ kind: 'failed', message: archiveErrorMessage(t, e, 'backup', target) });
    }
  };

  const run = async () => {
    const path = target.trim();
    const handle = chosen.handleFor(target);
    chosen.forget();
    if (!handle && (!path || !isAbsolutePath(path))) {
      setPhase({ kind: 'failed', message: path ? t('errors.notAbsolute', { example }) : t('errors.empty') });
      return;
    }
    setPhase({ kind: 'busy' });
    try {
      const result = await api['library:backup'](handle ? { handle } : { path });
      setPhase({ kind: 'done', path: result.path, documents: result.documents });
      onBackedUp(result.path);
    } catch (e) {
      setPhase({ kind: 'failed', message: archiveErrorMessage(t, e, 'backup', path) });
    }
  };

  const busy = phase.kind === 'busy';
  return (
    <section className="backup-part" aria-labelledby="backup-heading" data-testid="backup-part">
      <h3 id="backup-heading">{t('backup.heading')}</h3>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void run();
        }}
      >
        <PathField label={t('backup.where')} value={target} onChange={setTarget} onBrowse={mode.electron ? () => void browse() : undefined} disabled={busy} testId="backup-path">
          <button type="submit" className="primary" disabled={busy} data-testid="backup-run">
            {busy ? t('backup.running') : t('backup.run')}
          </button>
        </PathField>
        <p className="backup-help">{t('backup.hint')}</p>
        {phase.kind === 'failed' && (
          <p role="alert" className="backup-error" data-testid="backup-error">
            {phase.message}
          </p>
        )}
        {phase.kind === 'done' && (
          <p role="status" className="backup-done" data-testid="backup-done">
            {t('backup.done', { count: phase.documents, path: phase.path })}
          </p>
        )}
      </form>
    </section>
  );
}
