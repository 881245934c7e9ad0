import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TaskExportFormat } from '../../../../shared/api/channels/tasks';
import type { TaskRow } from '../../../../shared/tasks';
import { errorMessage } from '../../common/errors';
import { useApi } from '../../common/api-context';
import { useAppMode } from '../../common/useAppMode';

const EXT: Record<TaskExportFormat, string> = { xlsx: 'xlsx', pdf: 'pdf', docx: 'docx' };

/**
 * Export the rows shown (the filtered view, in its order) as XLSX, PDF or DOCX, and the 督办通知单 /
 * 催办单 for one unit. The file goes into the data dir's exports/ folder (or another allowed
 * folder typed in the field): the services write it, the page never downloads.
 */
export function RegisterExport({ rows, units }: { rows: TaskRow[]; units: string[] }) {
  const { t } = useTranslation('tasks');
  const api = useApi();
  const mode = useAppMode();
  const [format, setFormat] = useState<TaskExportFormat>('xlsx');
  const [orientation, setOrientation] = useState<'landscape' | 'portrait'>('landscape');
  const [target, setTarget] = useState('');
  const [unit, setUnit] = useState('');
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (!mode?.dataDir) return;
    const sep = mode.dataDir.includes('\\') ? '\\' : '/';
    setTarget(`${mode.dataDir}${sep}exports${sep}${t('export.registerTitle')}-${new Date().toISOString().slice(0, 10)}.${EXT[format]}`);
  }, [mode, format, t]);

  const go = async (work: () => Promise<{ path: string; rows: number }>) => {
    setBusy(true);
    setMessage('');
    try {
      const res = await work();
      setMessage(t('export.done', { rows: res.rows, path: res.path }));
    } catch (e) {
      setMessage(errorMessage(t, e));
    } finally {
      setBusy(false);
    }
  };

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
        {t('export.where')}
        <input className="path" value={target} onChange={(e) => setTarget(e.target.value)} data-testid="tasks-export-path" />
      </label>
      <div className="row">
        <button type="button" disabled={busy || !target || rows.length === 0} data-testid="tasks-export-run"
          onClick={() => void go(() => api['tasks:export']({ format, orientation, keys: rows.map((r) => r.key), path: target, overwrite: true }))}>
          {t('export.run')}
        </button>
        <select value={unit} onChange={(e) => setUnit(e.target.value)} aria-label={t('filter.unit')} data-testid="tasks-notice-unit">
          <option value="">{t('filter.unit')}</option>
          {units.map((u) => <option key={u} value={u}>{u}</option>)}
        </select>
        {(['notice', 'reminder'] as const).map((kind) => (
          <button key={kind} type="button" disabled={busy || !unit || !target}
            onClick={() => void go(() => api['tasks:notice']({ unit, kind, format: format === 'docx' ? 'docx' : 'pdf', path: target.replace(/\.\w+$/, `-${unit}-${kind}.${format === 'docx' ? 'docx' : 'pdf'}`), overwrite: true }))}>
            {t(kind === 'notice' ? 'notice.button' : 'notice.reminder')}
          </button>
        ))}
      </div>
      {message && <p role="status" data-testid="tasks-export-message">{message}</p>}
    </div>
  );
}
