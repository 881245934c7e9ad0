import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportChange } from '../../../../shared/api/channels/tasks';
import { useApi } from '../../common/api-context';
import { errorMessage } from '../../common/errors';

function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

/**
 * Progress back from the units: an XLSX of the register's shape. Nothing is applied until the user
 * has seen every change (status moves, notes to append) and the rows that match no task.
 */
export function ProgressImport({ onApplied }: { onApplied: () => void }) {
  const { t } = useTranslation('tasks');
  const api = useApi();
  const [preview, setPreview] = useState<{ changes: ImportChange[]; unknown: { row: number; text: string }[] } | null>(null);
  const [message, setMessage] = useState('');

  const read = async (file: File) => {
    setMessage('');
    setPreview(null);
    try {
      const base64 = toBase64(new Uint8Array(await file.arrayBuffer()));
      setPreview(await api['tasks:import:preview']({ base64 }));
    } catch (e) {
      setMessage(errorMessage(t, e));
    }
  };
  const apply = async () => {
    if (!preview) return;
    try {
      const { applied } = await api['tasks:import:apply']({ changes: preview.changes });
      setPreview(null);
      setMessage(t('import.applied', { count: applied }));
      onApplied();
    } catch (e) {
      setMessage(errorMessage(t, e));
    }
  };
  const status = (s: string) => t(`status.${s}`);

  return (
    <div className="tasks-panel" data-testid="tasks-import">
      <label className="row">
        {t('import.pick')}
        <input type="file" accept=".xlsx" onChange={(e) => e.target.files?.[0] && void read(e.target.files[0])} data-testid="tasks-import-file" />
      </label>
      {preview && (
        <>
          <p>{preview.changes.length ? t('import.preview', { count: preview.changes.length }) : t('import.none')}</p>
          <ul data-testid="tasks-import-changes">
            {preview.changes.map((c) => (
              <li key={c.key}>
                {t('import.row', { row: c.row })} · {c.text}
                {c.statusTo && <> · {t('import.statusChange', { from: status(c.statusFrom), to: status(c.statusTo) })}</>}
                {c.note && <> · {t('import.note', { note: c.note })}</>}
              </li>
            ))}
          </ul>
          {preview.unknown.length > 0 && (
            <>
              <p>{t('import.unknown', { count: preview.unknown.length })}</p>
              <ul data-testid="tasks-import-unknown">
                {preview.unknown.map((u) => (
                  <li key={u.row}>
                    {t('import.row', { row: u.row })} · {u.text}
                  </li>
                ))}
              </ul>
            </>
          )}
          <div className="row">
            <button type="button" disabled={!preview.changes.length} onClick={() => void apply()} data-testid="tasks-import-apply">
              {t('import.apply')}
            </button>
            <button type="button" onClick={() => setPreview(null)}>
              {t('import.cancel')}
            </button>
          </div>
        </>
      )}
      {message && <p role="status">{message}</p>}
    </div>
  );
}
