import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SORT_KEYS, TASK_STATUSES, TASK_VIEWS, allUnits, filterTasks, groupTasks, sortTasks, type SortKey, type TaskRow, type TaskStatus, type TaskView } from '../../../../shared/tasks';
import { useApi } from '../../common/api-context';
import { errorMessage } from '../../common/errors';
import { RegisterExport } from './RegisterExport';
import { ProgressImport } from './ProgressImport';
import { TaskDetail } from './TaskDetail';
import './tasks.css';

/**
 * The task register (supervision ledger): every task from the minutes with its own progress. Views
 * (open, by unit, by meeting, due this week, overdue), filters, sort and search all run here over
 * one list from tasks:list (shared/tasks/view.ts; 5,000 tasks filter in a few ms, bench/tasks.ts).
 */
export function TasksView({ onOpenDocument, onChanged }: { onOpenDocument: (id: string) => void; onChanged: () => void }) {
  const { t } = useTranslation('tasks');
  const api = useApi();
  const [tasks, setTasks] = useState<TaskRow[] | null>(null);
  const [today, setToday] = useState('');
  const [error, setError] = useState('');
  const [view, setView] = useState<TaskView>('open');
  const [query, setQuery] = useState('');
  const [unit, setUnit] = useState('');
  const [meeting, setMeeting] = useState('');
  const [status, setStatus] = useState<TaskStatus | ''>('');
  const [sort, setSort] = useState<SortKey>('due');
  const [selected, setSelected] = useState<string | null>(null);
  const [panel, setPanel] = useState<'' | 'export' | 'import'>('');

  const load = useCallback(async () => {
    try {
      const res = await api['tasks:list']({});
      setTasks(res.tasks);
      setToday(res.today);
    } catch (e) {
      setError(errorMessage(t, e));
    }
  }, [api, t]);
  useEffect(() => void load(), [load]);

  const shown = useMemo(() => {
    if (!tasks) return [];
    const base = view === 'byUnit' || view === 'byMeeting' ? 'open' : view;
    return sortTasks(filterTasks(tasks, { view: base, unit, meeting, status, query }, today), sort);
  }, [tasks, view, unit, meeting, status, query, today, sort]);
  const units = useMemo(() => allUnits(tasks ?? []), [tasks]);
  const meetings = useMemo(
    () =>
      groupTasks(
        (tasks ?? []).filter((r) => !r.deletedAt),
        'meeting',
      ),
    [tasks],
  );
  const groups = view === 'byUnit' ? groupTasks(shown, 'unit') : view === 'byMeeting' ? groupTasks(shown, 'meeting') : [{ key: '', label: '', rows: shown }];
  const current = tasks?.find((r) => r.key === selected) ?? null;

  const replace = (next: TaskRow) => {
    setTasks((list) => (list ?? []).map((r) => (r.key === next.key ? next : r)));
    onChanged();
  };

  if (error)
    return (
      <p role="alert" className="error">
        {error}
      </p>
    );
  if (!tasks) return null;

  return (
    <div className="tasks-view">
      <div className="tasks-main">
        <header className="tasks-head">
          <h1>{t('title')}</h1>
          <div className="tasks-actions">
            <button type="button" onClick={() => setPanel(panel === 'export' ? '' : 'export')} aria-pressed={panel === 'export'} data-testid="tasks-export-open">
              {t('export.button')}
            </button>
            <button type="button" onClick={() => setPanel(panel === 'import' ? '' : 'import')} aria-pressed={panel === 'import'} data-testid="tasks-import-open">
              {t('import.button')}
            </button>
          </div>
        </header>
        {panel === 'export' && <RegisterExport rows={shown} units={units} />}
        {panel === 'import' && <ProgressImport onApplied={() => void load().then(onChanged)} />}
        <nav className="tasks-tabs" aria-label={t('title')}>
          {TASK_VIEWS.map((v) => (
            <button key={v} type="button" aria-pressed={view === v} onClick={() => setView(v)} data-testid={`tasks-view-${v}`}>
              {t(`views.${v}`)}
            </button>
          ))}
        </nav>
        <div className="tasks-filters">
          <input type="search" placeholder={t('filter.search')} aria-label={t('filter.search')} value={query} onChange={(e) => setQuery(e.target.value)} data-testid="tasks-search" />
          <select aria-label={t('filter.unit')} value={unit} onChange={(e) => setUnit(e.target.value)} data-testid="tasks-unit">
            <option value="">{t('filter.allUnits')}</option>
            {units.map((u) => (
              <option key={u} value={u}>
                {u}
              </option>
            ))}
          </select>
          <select aria-label={t('filter.meeting')} value={meeting} onChange={(e) => setMeeting(e.target.value)}>
            <option value="">{t('filter.allMeetings')}</option>
            {meetings.map((m) => (
              <option key={m.key} value={m.key}>
                {m.label}
              </option>
            ))}
          </select>
          <select aria-label={t('filter.status')} value={status} onChange={(e) => setStatus(e.target.value as TaskStatus | '')} data-testid="tasks-status">
            <option value="">{t('filter.allStatuses')}</option>
            {TASK_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`status.${s}`)}
              </option>
            ))}
          </select>
          <select aria-label={t('filter.sort')} value={sort} onChange={(e) => setSort(e.target.value as SortKey)} data-testid="tasks-sort">
            {SORT_KEYS.map((k) => (
              <option key={k} value={k}>
                {t(`sort.${k}`)}
              </option>
            ))}
          </select>
          <span className="muted" data-testid="tasks-count">
            {t('count', { count: shown.length })}
          </span>
        </div>
        {shown.length === 0 ? (
          <p className="muted tasks-empty">{t('empty')}</p>
        ) : (
          groups.map((g) => (
            <section key={g.key} className="tasks-group">
              {g.label && <h2>{g.label}</h2>}
              <table className="tasks-table" data-testid="tasks-table">
                <thead>
                  <tr>
                    <th>{t('columns.number')}</th>
                    <th>{t('columns.text')}</th>
                    <th>{t('columns.lead')}</th>
                    <th>{t('columns.due')}</th>
                    <th>{t('columns.dueDate')}</th>
                    <th>{t('columns.status')}</th>
                    <th>{t('columns.timeState')}</th>
                    <th>{t('columns.progress')}</th>
                  </tr>
                </thead>
                <tbody>
                  {g.rows.map((r) => (
                    <tr
                      key={r.key}
                      className={[r.overdue ? 'overdue' : '', r.deletedAt ? 'deleted' : '', r.key === selected ? 'selected' : ''].join(' ')}
                      onClick={() => setSelected(r.key)}
                      data-testid="task-row"
                      data-key={r.key}
                    >
                      <td className="task-number" data-testid="task-number">
                        {r.number}
                      </td>
                      <td className="task-text">
                        <button type="button" className="link" onClick={() => setSelected(r.key)}>
                          {r.text}
                        </button>
                        <div className="muted small">{r.meetingName}</div>
                      </td>
                      <td>{r.leadUnits.join('、')}</td>
                      <td>{r.due || '—'}</td>
                      <td data-testid="task-due-date">{r.dueDate ?? <span className="muted">{t(`dueKind.${r.dueKind === 'date' ? 'unparsed' : r.dueKind}`)}</span>}</td>
                      <td data-testid="task-status">
                        {t(`status.${r.status}`)}
                        {r.deletedAt && <span className="muted small"> · {t('status.deleted')}</span>}
                      </td>
                      {/* Time status (against the deadline): coloured green / yellow / red, and always in words for who cannot tell them apart */}
                      <td data-testid="task-time-state" data-state={r.timeState}>
                        <span className={`time-state time-${r.timeState}`}>{t(`timeState.${r.timeState}`)}</span>
                      </td>
                      <td className="small">{r.notes.filter((n) => n.text).at(-1)?.text ?? ''}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          ))
        )}
      </div>
      {current && <TaskDetail key={current.key + current.notes.length} task={current} onChanged={replace} onClose={() => setSelected(null)} onOpenDocument={onOpenDocument} />}
    </div>
  );
}
