import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EXPORT_FORMATS, type BatchStatus, type ExportFormat } from '../../../../shared/api/channels/export';
import { LAYOUT_PRESETS, type LayoutPreset } from '../../../../shared/layout';
import type { IndexEntry } from '../../../../shared/api';
import { STATUSES, type Status } from '../../../../shared/model';
import { useApi } from '../../common/api-context';
import { useChosenFile } from '../../common/useChosenFile';
import { Dialog } from '../../common/Dialog';
import { errorMessage } from '../../common/errors';
import { useAppMode } from '../../common/useAppMode';
import { joinPath } from './choices';
import { exportErrorMessage } from './messages';
import './export.css';

/** How often the progress is asked for while a batch runs. */
const POLL_MS = 200;

type Scope = 'shown' | 'status';

/**
 * Many documents at once: those shown in the library (its search and filters are the selection)
 * or all of one status, in one format, into one folder. Progress and cancel; the services write
 * each file whole or not at all, so a cancelled batch leaves only complete files.
 */
export function BatchExportDialog({ shown, onClose }: { shown: readonly IndexEntry[]; onClose: () => void }) {
  const { t } = useTranslation(['export', 'common']);
  const api = useApi();
  const mode = useAppMode();
  const [scope, setScope] = useState<Scope>('shown');
  const [status, setStatus] = useState<Status>('approved');
  const [format, setFormat] = useState<ExportFormat>('pdf');
  const [layout, setLayout] = useState<LayoutPreset | ''>('');
  const [dir, setDir] = useState('');
  const chosen = useChosenFile();
  const [jobId, setJobId] = useState('');
  const [progress, setProgress] = useState<BatchStatus | null>(null);
  const [error, setError] = useState('');

  useEffect(() => {
    if (mode && !dir) setDir(mode.dataDir ? joinPath(mode.dataDir, 'exports') : '');
  }, [mode, dir]);

  useEffect(() => {
    if (!jobId) return;
    let live = true;
    const poll = async () => {
      try {
        const s = await api['export:batchStatus']({ jobId });
        if (!live) return;
        setProgress(s);
        if (!s.finished) timer = setTimeout(() => void poll(), POLL_MS);
      } catch (e) {
        if (live) setError(errorMessage(t, e));
      }
    };
    let timer = setTimeout(() => void poll(), 0);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [api, jobId, t]);

  const browse = async () => {
    try {
      const name = chosen.keep(await api['dialog:openFile']({ kind: 'folder' }));
      if (name) setDir(name);
    } catch (e) {
      setError(errorMessage(t, e));
    }
  };

  const start = async () => {
    setError('');
    const ids = shown.map((e) => e.id);
    if (scope === 'shown' && ids.length === 0) return setError(t('batch.none'));
    const handle = chosen.handleFor(dir);
    const where = handle ? { handle } : { dir: dir.trim() };
    chosen.forget();
    try {
      const r = await api['export:batchStart']({
        ...(scope === 'shown' ? { ids } : { status }),
        format,
        ...(layout ? { layout } : {}),
        ...where,
      });
      if (r.total === 0) return setError(t('batch.none'));
      setProgress({ done: 0, total: r.total, current: '', errors: [], files: [], finished: false, cancelled: false });
      setJobId(r.jobId);
    } catch (e) {
      setError(exportErrorMessage(t, e, dir.trim(), mode?.dataDir ? joinPath(mode.dataDir, 'exports') : ''));
    }
  };

  const running = !!progress && !progress.finished;
  return (
    <Dialog label={t('batch.title')} onClose={() => !running && onClose()} className="export-dialog" testId="batch-dialog">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void start();
        }}
      >
        <h2>{t('batch.title')}</h2>
        <fieldset className="export-grid" disabled={!!progress}>
          <label>
            {t('batch.scope')}
            <select value={scope} onChange={(e) => setScope(e.target.value as Scope)} data-testid="batch-scope">
              <option value="shown">{t('batch.shown', { count: shown.length })}</option>
              <option value="status">{t('batch.byStatus')}</option>
            </select>
          </label>
          {scope === 'status' ? (
            <label>
              {t('common:library.status')}
              <select value={status} onChange={(e) => setStatus(e.target.value as Status)} data-testid="batch-status">
                {STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {t(`common:status.${s}`)}
                  </option>
                ))}
              </select>
            </label>
          ) : (
            <span />
          )}
          <label>
            {t('dialog.format')}
            <select value={format} onChange={(e) => setFormat(e.target.value as ExportFormat)} data-testid="batch-format">
              {EXPORT_FORMATS.map((f) => (
                <option key={f} value={f}>
                  {t(`format.${f}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('dialog.layout')}
            <select value={layout} onChange={(e) => setLayout(e.target.value as LayoutPreset | '')} data-testid="batch-layout">
              <option value="">{t('batch.ownLayout')}</option>
              {LAYOUT_PRESETS.map((p) => (
                <option key={p} value={p}>
                  {t(`layout.${p}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="wide">
            {t('batch.folder')}
            <input value={dir} maxLength={4096} onChange={(e) => setDir(e.target.value)} spellCheck={false} data-testid="batch-dir" />
          </label>
          {mode?.electron && (
            <button type="button" onClick={() => void browse()} data-testid="batch-dir-browse">
              {t('dialog.choose')}
            </button>
          )}
        </fieldset>
        {progress && (
          <div className="batch-progress" role="status" data-testid="batch-progress">
            <progress max={Math.max(1, progress.total)} value={progress.done} />
            <span>{t('batch.progress', { done: progress.done, total: progress.total })}</span>
            {progress.current && <span className="muted">{t('batch.current', { title: progress.current })}</span>}
          </div>
        )}
        {progress?.finished && (
          <p className="export-done" data-testid="batch-done">
            {progress.cancelled ? t('batch.cancelled', { count: progress.files.length }) : t('batch.finished', { count: progress.files.length, dir: dir.trim() })}
          </p>
        )}
        {progress && progress.errors.length > 0 && (
          <div className="export-error" data-testid="batch-errors">
            <p>{t('batch.errors', { count: progress.errors.length })}</p>
            <ul>
              {progress.errors.map((e) => (
                <li key={e.id}>
                  {e.code === 'conflict' || e.code === 'unwritable' ? t(`batch.error.${e.code}`, { title: e.title, path: e.path }) : t('batch.error.other', { title: e.title, code: e.code })}
                </li>
              ))}
            </ul>
          </div>
        )}
        {error && (
          <p role="alert" className="export-error" data-testid="batch-error">
            {error}
          </p>
        )}
        <div className="dialog-actions">
          {running ? (
            <button type="button" className="danger" onClick={() => void api['export:batchCancel']({ jobId }).then(setProgress)} data-testid="batch-cancel">
              {t('batch.cancel')}
            </button>
          ) : (
            <button type="button" onClick={onClose}>
              {progress?.finished ? t('batch.close') : t('dialog.cancel')}
            </button>
          )}
          {!progress && (
            <button type="submit" className="primary" data-testid="batch-start">
              {t('batch.start')}
            </button>
          )}
        </div>
      </form>
    </Dialog>
  );
}

/** The library toolbar's action. */
export function BatchExportButton({ shown }: { shown: readonly IndexEntry[] }) {
  const { t } = useTranslation('export');
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)} data-testid="batch-open">
        {t('batch.button')}
      </button>
      {open && <BatchExportDialog shown={shown} onClose={() => setOpen(false)} />}
    </>
  );
}
