import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RestoreReport } from '../../../../shared/api';
import { useApi } from '../../common/api-context';
import { useChosenFile } from '../../common/useChosenFile';
import type { AppMode } from '../../common/useAppMode';
import { archiveErrorMessage, reportLines } from './messages';
import { PathField } from './PathField';
import { isAbsolutePath } from './paths';

type RestoreMode = 'merge' | 'replace';
type Phase = { kind: 'idle' } | { kind: 'confirm' } | { kind: 'busy' } | { kind: 'done'; report: RestoreReport } | { kind: 'failed'; message: string };

/**
 * Restore: an archive merged into the library (the default: nothing is deleted) or replacing it
 * (asked first, in place; the old library is set aside by the service, and the report says where). The
 * service checks the whole archive before it changes anything, so a failure here means the
 * library is as it was.
 */
export function RestoreSection({
  mode,
  source,
  onSource,
  example,
  onRestored,
}: {
  mode: AppMode;
  source: string;
  onSource: (path: string) => void;
  /** A full path to show when the one typed is not. */
  example: string;
  onRestored: (report: RestoreReport) => void;
}) {
  const { t } = useTranslation(['backup', 'common']);
  const api = useApi();
  const [how, setHow] = useState<RestoreMode>('merge');
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const chosen = useChosenFile();

  const browse = async () => {
    try {
      const name = chosen.keep(await api['dialog:openFile']({ kind: 'backup' }));
      if (name) onSource(name);
    } catch (e) {
      setPhase({ kind: 'failed', message: archiveErrorMessage(t, e, 'restore', source) });
    }
  };

  type Source = { handle: string } | { path: string };
  const checkedPath = (): Source | null => {
    const handle = chosen.handleFor(source);
    if (handle) return { handle };
    const path = source.trim();
    if (path && isAbsolutePath(path)) return { path };
    setPhase({ kind: 'failed', message: path ? t('errors.notAbsolute', { example }) : t('errors.empty') });
    return null;
  };

  const run = async (from: Source, restoreMode: RestoreMode) => {
    const path = 'path' in from ? from.path : source;
    if ('handle' in from) chosen.forget();
    setPhase({ kind: 'busy' });
    try {
      const report = await api['library:restore']({ ...from, mode: restoreMode });
      setPhase({ kind: 'done', report });
      onRestored(report);
    } catch (e) {
      setPhase({ kind: 'failed', message: archiveErrorMessage(t, e, 'restore', path) });
    }
  };

  const submit = () => {
    const path = checkedPath();
    if (!path) return;
    if (how === 'replace') setPhase({ kind: 'confirm' });
    else void run(path, 'merge');
  };

  const confirmReplace = () => {
    const path = checkedPath();
    if (path) void run(path, 'replace');
  };

  const busy = phase.kind === 'busy';
  return (
    <section className="backup-part" aria-labelledby="restore-heading" data-testid="restore-part">
      <h3 id="restore-heading">{t('restore.heading')}</h3>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <PathField label={t('restore.from')} value={source} onChange={onSource} onBrowse={mode.electron ? () => void browse() : undefined} disabled={busy} testId="restore-path" />
        <fieldset className="restore-modes" disabled={busy}>
          <legend>{t('restore.mode')}</legend>
          {(['merge', 'replace'] as const).map((m) => (
            <label key={m} className="restore-mode">
              <input type="radio" name="restore-mode" value={m} checked={how === m} onChange={() => setHow(m)} data-testid={`restore-${m}`} />
              <span>
                <strong>{t(`restore.${m}`)}</strong>
                <span className="backup-help">{t(`restore.${m}Help`)}</span>
              </span>
            </label>
          ))}
        </fieldset>
        {phase.kind === 'confirm' ? (
          // Asked here, not in a second modal: Escape on a modal inside this one would close both.
          <div role="alertdialog" aria-labelledby="restore-confirm-title" className="restore-confirm" data-testid="restore-confirm">
            <strong id="restore-confirm-title">{t('restore.confirmTitle')}</strong>
            <p>{t('restore.confirmMessage')}</p>
            <div className="backup-run">
              <button type="button" autoFocus onClick={() => setPhase({ kind: 'idle' })} data-testid="restore-confirm-cancel">
                {t('restore.cancel')}
              </button>
              <button type="button" className="danger" onClick={confirmReplace} data-testid="restore-confirm-replace">
                {t('restore.confirm')}
              </button>
            </div>
          </div>
        ) : (
          <div className="backup-run">
            <button type="submit" className={how === 'replace' ? 'danger' : 'primary'} disabled={busy} data-testid="restore-run">
              {busy ? t('restore.running') : t('restore.run')}
            </button>
          </div>
        )}
        {phase.kind === 'failed' && (
          <p role="alert" className="backup-error" data-testid="restore-error">
            {phase.message}
          </p>
        )}
        {phase.kind === 'done' && (
          <div role="status" className="backup-done" data-testid="restore-report">
            <p>{t('report.title')}</p>
            <ul>
              {reportLines(t, phase.report).map((line) => (
                <li key={line.key} className={line.key === 'previousLibrary' ? 'wide' : undefined} data-testid={`report-${line.key}`}>
                  {line.text}
                </li>
              ))}
            </ul>
          </div>
        )}
      </form>
    </section>
  );
}
