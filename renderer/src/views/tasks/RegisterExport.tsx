import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppError } from '../../../../shared/api';
import type { TaskExportFormat } from '../../../../shared/api/channels/tasks';
import type { TaskRow } from '../../../../shared/tasks';
import { errorMessage } from '../../common/errors';
import { useApi } from '../../common/api-context';
import { useAppMode } from '../../common/useAppMode';

const EXT: Record<TaskExportFormat, string> = { xlsx: 'xlsx', pdf: 'pdf', docx: 'docx' };
const baseName = (p: string) => p.split(/[\\/]/).pop() ?? p;

/**
 * Export the rows shown (the filtered view, in its order) as XLSX, PDF or DOCX, and the task notice
 * (supervision notice) / reminder notice for one unit. In the app the native save dialog chooses
 * the file: main keeps the path and the services redeem a single-use handle, so no user-chosen path
 * crosses the renderer. In browser mode the file goes into the data dir's exports/ folder (or
 * another allowed folder typed in the field). Either way the services write it; the page never
 * downloads.
 */
export function RegisterExport({ rows, units }: { rows: TaskRow[]; units: string[] }) {
  const { t } = useTranslation('tasks');
  const api = useApi();
  const mode = useAppMode();
  const native = !!mode?.electron;
  const [format, setFormat] = useState<TaskExportFormat>('xlsx');
  const [orientation, setOrientation] = useState<'landscape' | 'portrait'>('landscape');
  const [target, setTarget] = useState('');
  const [issuer, setIssuer] = useState('');
  const [unit, setUnit] = useState('');
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);

  // Whether the person has typed in the path field: from then on the field is theirs. The default
  // path arrives with the app mode, asynchronously; written over a path being typed, it mixed the two
  // (an e2e run saw the default file name with the typed path glued after it).
  const [typed, setTyped] = useState(false);
  useEffect(() => {
    if (!mode?.dataDir) return;
    const sep = mode.dataDir.includes('\\') ? '\\' : '/';
    const fallback = `${mode.dataDir}${sep}exports${sep}${t('export.registerTitle')}-${new Date().toISOString().slice(0, 10)}.${EXT[format]}`;
    // a typed path keeps its name; a format change still changes its extension
    setTarget((now) => (typed ? now.replace(/\.(xlsx|pdf|docx)$/i, `.${EXT[format]}`) : fallback));
  }, [mode, format, t, typed]);

  /** Where the file goes: the dialog's handle in the app (null when cancelled), else the typed path. */
  const where = async (path: string, fileFormat: TaskExportFormat): Promise<{ handle: string } | { path: string; overwrite: true } | null> => {
    if (!native) return { path, overwrite: true };
    const chosen = await api['dialog:saveFile']({ fileName: baseName(path), format: fileFormat });
    return chosen.handle ? { handle: chosen.handle } : null;
  };

  const go = async (path: string, fileFormat: TaskExportFormat, work: (to: { handle: string } | { path: string; overwrite: true }) => Promise<{ path: string; rows: number }>) => {
    const to = await where(path, fileFormat);
    if (!to) return;
    setBusy(true);
    setMessage('');
    try {
      const res = await work(to);
      setMessage(t('export.done', { rows: res.rows, path: res.path }));
    } catch (e) {
      // a unit with more tasks than one page holds: say so in the register's words
      const tooLong = e instanceof AppError && e.params.reason === 'noticeTooLong';
      setMessage(tooLong ? t('notice.tooLong', { unit: e.params.unit, count: e.params.count }) : errorMessage(t, e));
    } finally {
      setBusy(false);
    }
  };

  const noticeFormat = format === 'docx' ? 'docx' : 'pdf';
  // the file name the dialog proposes when there is no data dir to build a path from
  const named = target || `${t('export.registerTitle')}-${new Date().toISOString().slice(0, 10)}.${EXT[format]}`;
  return (
    <div className="tasks-panel" data-testid="tasks-export">
      <div className="row">
        {(['xlsx', 'pdf', 'docx'] as const).map((f) => (
          <label key={f}>
            <input type="radio" name="task-format" checked={format === f} onChange={() => setFormat(f)} data-testid={`tasks-format-${f}`} /> {t(`export.${f}`)}
          </label>
        ))}
        {format !== 'xlsx' && (
          <select value={orientation} onChange={(e) => setOrientation(e.target.value as 'landscape' | 'portrait')} aria-label={t('export.landscape')}>
            <option value="landscape">{t('export.landscape')}</option>
            <option value="portrait">{t('export.portrait')}</option>
          </select>
        )}
      </div>
      <label className="row">
        {t('notice.issuer')}
        <input value={issuer} maxLength={100} onChange={(e) => setIssuer(e.target.value)} data-testid="tasks-export-issuer" />
      </label>
      {!native && (
        <label className="row">
          {t('export.where')}
          <input
            className="path"
            value={target}
            onChange={(e) => {
              setTyped(true);
              setTarget(e.target.value);
            }}
            data-testid="tasks-export-path"
          />
        </label>
      )}
      <div className="row">
        <button
          type="button"
          disabled={busy || (!native && !target) || rows.length === 0}
          data-testid="tasks-export-run"
          onClick={() => void go(named, format, (to) => api['tasks:export']({ format, orientation, keys: rows.map((r) => r.key), issuer, ...to }))}
        >
          {t('export.run')}
        </button>
        <select value={unit} onChange={(e) => setUnit(e.target.value)} aria-label={t('filter.unit')} data-testid="tasks-notice-unit">
          <option value="">{t('filter.unit')}</option>
          {units.map((u) => (
            <option key={u} value={u}>
              {u}
            </option>
          ))}
        </select>
        {(['notice', 'reminder'] as const).map((kind) => (
          <button
            key={kind}
            type="button"
            disabled={busy || !unit || (!native && !target)}
            data-testid={`tasks-${kind}-run`}
            onClick={() => void go(named.replace(/\.\w+$/, `-${unit}-${kind}.${noticeFormat}`), noticeFormat, (to) => api['tasks:notice']({ unit, kind, format: noticeFormat, issuer, ...to }))}
          >
            {t(kind === 'notice' ? 'notice.button' : 'notice.reminder')}
          </button>
        ))}
      </div>
      {message && (
        <p role="status" data-testid="tasks-export-message">
          {message}
        </p>
      )}
    </div>
  );
}
