import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TASK_STATUSES, type TaskRow, type TaskStatus } from '../../../../shared/tasks';
import { useApi } from '../../common/api-context';
import { errorMessage } from '../../common/errors';

/**
 * One task: where it comes from, the deadline as written beside the date read from it (which the
 * user may correct), the progress notes (append-only, each with who and when) and the status.
 */
export function TaskDetail({ task, onChanged, onClose, onOpenDocument }: { task: TaskRow; onChanged: (t: TaskRow) => void; onClose: () => void; onOpenDocument: (id: string) => void }) {
  const { t, i18n } = useTranslation('tasks');
  const api = useApi();
  const [note, setNote] = useState('');
  const [by, setBy] = useState('');
  const [status, setStatus] = useState<TaskStatus>(task.status);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  const run = async (update: Parameters<(typeof api)['tasks:update']>[0]) => {
    setBusy(true);
    setError('');
    try {
      const { task: next } = await api['tasks:update'](update);
      onChanged(next);
      setNote('');
    } catch (e) {
      setError(errorMessage(t, e));
    } finally {
      setBusy(false);
    }
  };
  const fmt = (iso: string) => new Date(iso).toLocaleString(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });

  return (
    <aside className="task-detail" aria-label={t('detail.heading')} data-testid="task-detail">
      <header>
        <h2>{t('detail.heading')}</h2>
        <button type="button" onClick={onClose}>
          {t('detail.close')}
        </button>
      </header>
      <p className="task-detail-text">{task.text}</p>
      <dl>
        <dt>{t('columns.number')}</dt>
        <dd data-testid="detail-number">{task.number}</dd>
        <dt>{t('detail.from')}</dt>
        <dd>
          <button type="button" className="link" onClick={() => onOpenDocument(task.documentId)}>
            {task.documentTitle}
          </button>
          {task.meetingDate && ` · ${task.meetingDate}`}
        </dd>
        <dt>{t('columns.lead')}</dt>
        <dd>{task.leadUnits.join('、') || '—'}</dd>
        <dt>{t('columns.units')}</dt>
        <dd>{task.units.filter((u) => !task.leadUnits.includes(u)).join('、') || '—'}</dd>
        <dt>{t('columns.due')}</dt>
        <dd data-testid="detail-due">
          {task.due || t('dueKind.none')}
          {task.dueKind !== 'date' && task.due && <span className="due-kind"> · {t(`dueKind.${task.dueKind}`)}</span>}
        </dd>
        <dt>{t('detail.parsed')}</dt>
        <dd>
          <input
            type="date"
            aria-label={t('detail.correct')}
            value={task.dueDate ?? ''}
            disabled={busy}
            onChange={(e) => void run({ key: task.key, dueOverride: e.target.value })}
            data-testid="detail-due-date"
          />
          {task.dueOverride && (
            <button type="button" onClick={() => void run({ key: task.key, dueOverride: '' })}>
              {t('detail.reset')}
            </button>
          )}
          {task.approximate && !task.dueOverride && <span className="due-kind"> · {t('dueKind.approximate')}</span>}
        </dd>
        <dt>{t('columns.timeState')}</dt>
        <dd>
          <span className={`time-state time-${task.timeState}`}>{t(`timeState.${task.timeState}`)}</span>
        </dd>
      </dl>
      <h3>{t('detail.progress')}</h3>
      {task.notes.length === 0 ? (
        <p className="muted">{t('detail.noNotes')}</p>
      ) : (
        <ol className="task-notes" data-testid="task-notes">
          {task.notes.map((n, i) => (
            <li key={i}>
              <span className="muted">
                {fmt(n.at)}
                {n.by && ` · ${n.by}`}
              </span>
              {n.status && <span className="note-status"> {t('detail.statusChange', { status: t(`status.${n.status}`) })}</span>}
              {n.text && <div>{n.text}</div>}
            </li>
          ))}
        </ol>
      )}
      <form
        className="task-form"
        onSubmit={(e) => {
          e.preventDefault();
          // an unchanged status is not sent: a note on a task not started then moves it to "in progress"
          void run({ key: task.key, note, by, ...(status !== task.status ? { status } : {}) });
        }}
      >
        <label>
          {t('detail.setStatus')}
          <select value={status} onChange={(e) => setStatus(e.target.value as TaskStatus)} data-testid="detail-status">
            {TASK_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`status.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('detail.note')}
          <textarea value={note} onChange={(e) => setNote(e.target.value)} rows={3} maxLength={4000} data-testid="detail-note" />
        </label>
        <label>
          {t('detail.by')}
          <input value={by} onChange={(e) => setBy(e.target.value)} maxLength={100} data-testid="detail-by" />
        </label>
        <button type="submit" disabled={busy || (!note.trim() && status === task.status)} data-testid="detail-save">
          {t('detail.save')}
        </button>
        {error && (
          <p role="alert" className="error">
            {error}
          </p>
        )}
      </form>
    </aside>
  );
}
