import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppError, type IndexEntry } from '../../../../shared/api';
import { blankItem, type AddressEntry, type Issue, type IssueItem, type Series } from '../../../../shared/model';
import { useApi } from '../../common/api-context';
import { errorMessage } from '../../common/errors';
import { useAppMode } from '../../common/useAppMode';
import { joinPath } from '../../features/export/choices';
import { issueLabel } from '../../features/issue-list';
import { bodyText, contentsGroups, moved, withBodyText } from './body-text';
import { Distribution } from './Distribution';
import { NumberedCopies, chosenRange, defaultRangeText, type NumberedChoice } from './NumberedCopies';
import './issues.css';

type Adding = null | 'library' | 'import';

/**
 * The issue composer: number (editable until issued), date, distribution from the series, items
 * from the library / blank / an imported report, reordered by drag or Alt+↑/↓, an editor's note per
 * item, the item's own shortened text, the contents preview, the distribution block and export.
 * Edits stay local until Save (or an action that needs the stored issue), which sends the whole
 * draft with its revision.
 */
export function Composer({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useTranslation('issues');
  const { t: tc } = useTranslation('issueCopies');
  const api = useApi();
  const mode = useAppMode();
  const [issue, setIssue] = useState<Issue | null>(null);
  const [stale, setStale] = useState<string[]>([]);
  const [series, setSeries] = useState<Series | undefined>();
  const [book, setBook] = useState<AddressEntry[]>([]);
  const [dirty, setDirty] = useState(false);
  const [adding, setAdding] = useState<Adding>(null);
  const [docs, setDocs] = useState<IndexEntry[]>([]);
  const [picked, setPicked] = useState<string[]>([]);
  const [importText, setImportText] = useState('');
  const [message, setMessage] = useState('');
  const [numbered, setNumbered] = useState<NumberedChoice>({ on: false, text: '' });
  const dragFrom = useRef<number | null>(null);

  const take = useCallback((r: { issue: Issue; stale: string[] }) => {
    setIssue(r.issue);
    setStale(r.stale);
    setDirty(false);
  }, []);
  useEffect(() => {
    api['issues:get']({ id }).then(
      async (r) => {
        take(r);
        setSeries((await api['series:list']({ retired: true })).series.find((s) => s.id === r.issue.seriesId));
        setBook((await api['addressBook:get']({})).book.entries);
      },
      (e) => setMessage(errorMessage(t, e)),
    );
  }, [api, id, t, take]);

  const fail = (e: unknown) => setMessage(errorMessage(t, e));
  const edit = (patch: Partial<Issue>) => {
    setIssue((i) => (i ? { ...i, ...patch } : i));
    setDirty(true);
  };
  const editItem = (itemId: string, patch: (it: IssueItem) => IssueItem) => {
    setIssue((i) => (i ? { ...i, items: i.items.map((it) => (it.id === itemId ? patch(it) : it)) } : i));
    setDirty(true);
  };
  /** The stored draft, saved first when there are local edits. */
  const stored = async (): Promise<Issue> => {
    if (!issue) throw new Error('no issue');
    if (!dirty) return issue;
    const r = await api['issues:save']({ issue });
    take(r);
    return r.issue;
  };
  /** Runs a step from a click: its failure goes to the status line, never unhandled. */
  const run = (fn: () => Promise<void>): void => {
    setMessage('');
    fn().catch(fail);
  };
  const moveItem = (from: number, to: number) => {
    if (issue) edit({ items: moved(issue.items, from, to) });
  };

  const issueIt = (number: number, flags: { confirmGap?: boolean; confirmReuse?: boolean } = {}): void =>
    run(async (): Promise<void> => {
      const draft = await stored();
      if (!flags.confirmGap && !flags.confirmReuse && !window.confirm(t('composer.confirmIssue', { number }))) return;
      try {
        take(await api['issues:issue']({ id: draft.id, revision: draft.revision, number, ...flags }));
        setMessage(t('composer.issued', { number }));
      } catch (e) {
        const reason = e instanceof AppError ? e.params.reason : undefined;
        const next = e instanceof AppError ? Number(e.params.next) : 0;
        if (reason === 'numberGap' && window.confirm(t('composer.gap', { number, next }))) return issueIt(number, { confirmGap: true });
        if (reason === 'numberReuse' && window.confirm(t('composer.reuse', { number }))) return issueIt(number, { confirmReuse: true });
        if (reason === 'numberTaken') {
          setMessage(t('composer.taken', { number, next }));
          edit({ number: next });
          return;
        }
        throw e;
      }
    });

  // the range field starts at 1…the printed copy count until the user types another (a reprint: 21-40)
  const numberedChoice: NumberedChoice = numbered.text || !issue ? numbered : { ...numbered, text: defaultRangeText(issue, series) };
  const exportAs = (format: 'pdf' | 'docx') =>
    run(async () => {
      // a bad range is refused here, in one line, before a dialog opens or anything is saved
      const copies = series?.layout.copyNumbers ? chosenRange(numberedChoice, tc) : null;
      if (copies && 'error' in copies) return setMessage(copies.error);
      const draft = await stored();
      const suffix = copies ? `-${copies.from}-${copies.to}` : '';
      const fileName = `${series?.name ?? 'issue'}-${issueLabel(draft, t)}${suffix}.${format}`;
      let target: { path: string } | { handle: string };
      if (mode?.electron) {
        const choice = await api['dialog:saveFile']({ fileName, format });
        if (!choice.handle) return;
        target = { handle: choice.handle };
      } else {
        target = { path: joinPath(joinPath(mode?.dataDir ?? '', 'exports'), fileName) };
      }
      const r = await api['issues:export']({ id: draft.id, format, ...target, overwrite: true, ...(copies ? { copies } : {}) });
      setMessage(t('composer.exported', { path: r.path }));
    });

  if (!issue) return <p role="status">{message}</p>;
  const frozen = issue.status !== 'draft';
  const groups = contentsGroups(issue.items);

  return (
    <div className="composer" data-testid="composer">
      <header className="composer-head">
        <button type="button" onClick={onClose}>
          {t('composer.back')}
        </button>
        <h2>
          {series?.name} {issue.kind === 'supplement' ? t('composer.supplement') : ''}
        </h2>
        <label>
          {t('composer.number')}
          <input type="number" min={1} value={issue.number} disabled={frozen} onChange={(e) => edit({ number: Math.max(1, Math.floor(Number(e.target.value) || 1)) })} data-testid="issue-number" />
        </label>
        <label>
          {t('composer.date')}
          <input
            type="date"
            value={issue.date}
            disabled={frozen}
            onChange={(e) => e.target.value && edit({ date: e.target.value, year: Number(e.target.value.slice(0, 4)) })}
            data-testid="issue-date"
          />
        </label>
        <span className={`status status-${issue.status}`} data-testid="issue-status">
          {t(`list.status.${issue.status}`)}
        </span>
        <div className="actions">
          {!frozen && (
            <>
              <button type="button" disabled={!dirty} onClick={() => run(async () => (await stored(), setMessage(t('composer.saved'))))} data-testid="issue-save">
                {t('composer.save')}
              </button>
              <button type="button" disabled={issue.items.length === 0} onClick={() => issueIt(issue.number)} data-testid="issue-issue">
                {t('composer.issueIt')}
              </button>
            </>
          )}
          <NumberedCopies series={series} value={numberedChoice} onChange={setNumbered} />
          <button type="button" onClick={() => void exportAs('pdf')} data-testid="issue-export-pdf">
            {t('composer.exportPdf')}
          </button>
          <button type="button" onClick={() => void exportAs('docx')} data-testid="issue-export-docx">
            {t('composer.exportDocx')}
          </button>
        </div>
      </header>
      {message && (
        <p role="status" className="composer-message" data-testid="composer-message">
          {message}
        </p>
      )}
      {frozen && <p className="frozen">{t('composer.frozen')}</p>}

      <div className="composer-body">
        <section className="items" aria-label={t('composer.items')}>
          {issue.items.length === 0 && <p className="empty">{t('composer.noItems')}</p>}
          <ol>
            {issue.items.map((it, i) => (
              <li
                key={it.id}
                className="item"
                data-testid="issue-item"
                draggable={!frozen}
                onDragStart={() => (dragFrom.current = i)}
                onDragOver={(e) => e.preventDefault()}
                onDrop={(e) => {
                  e.preventDefault();
                  if (dragFrom.current !== null) moveItem(dragFrom.current, i);
                  dragFrom.current = null;
                }}
                onKeyDown={(e) => {
                  if (!frozen && e.altKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
                    e.preventDefault();
                    moveItem(i, i + (e.key === 'ArrowUp' ? -1 : 1));
                  }
                }}
              >
                <div className="item-head">
                  <span className="handle" title={t('composer.drag')} aria-hidden="true">
                    ⠿
                  </span>
                  <input
                    className="item-title"
                    value={it.title}
                    disabled={frozen}
                    aria-label={t('composer.itemTitle')}
                    onChange={(e) => editItem(it.id, (x) => ({ ...x, title: e.target.value }))}
                    data-testid="item-title"
                  />
                  <input
                    className="item-column"
                    value={it.column}
                    disabled={frozen}
                    placeholder={t('composer.column')}
                    aria-label={t('composer.column')}
                    onChange={(e) => editItem(it.id, (x) => ({ ...x, column: e.target.value }))}
                  />
                  <button type="button" disabled={frozen || i === 0} onClick={() => moveItem(i, i - 1)} aria-label={`${t('composer.moveUp')} ${it.title}`} data-testid="item-up">
                    ↑
                  </button>
                  <button
                    type="button"
                    disabled={frozen || i === issue.items.length - 1}
                    onClick={() => moveItem(i, i + 1)}
                    aria-label={`${t('composer.moveDown')} ${it.title}`}
                    data-testid="item-down"
                  >
                    ↓
                  </button>
                  <button type="button" disabled={frozen} onClick={() => edit({ items: issue.items.filter((x) => x.id !== it.id) })}>
                    {t('composer.remove')}
                  </button>
                </div>
                {stale.includes(it.id) && !frozen && (
                  <p className="stale" data-testid="item-stale">
                    {t('composer.stale')}{' '}
                    <button
                      type="button"
                      onClick={() =>
                        run(async () => {
                          const draft = await stored();
                          take(await api['issues:refreshItem']({ id: draft.id, revision: draft.revision, itemId: it.id }));
                        })
                      }
                    >
                      {t('composer.refresh')}
                    </button>
                  </p>
                )}
                <label className="note">
                  {t('composer.note')}
                  <textarea value={it.note} disabled={frozen} rows={2} onChange={(e) => editItem(it.id, (x) => ({ ...x, note: e.target.value }))} data-testid="item-note" />
                </label>
                <label className="body">
                  {t('composer.body')}
                  <textarea value={bodyText(it.sections)} disabled={frozen} rows={5} onChange={(e) => editItem(it.id, (x) => withBodyText(x, e.target.value))} data-testid="item-body" />
                </label>
              </li>
            ))}
          </ol>
          {!frozen && (
            <div className="add-items">
              <button
                type="button"
                data-testid="add-library"
                onClick={() =>
                  run(async () => {
                    setDocs((await api['docs:list']({})).entries);
                    setPicked([]);
                    setAdding('library');
                  })
                }
              >
                {t('composer.addLibrary')}
              </button>
              <button type="button" data-testid="add-blank" onClick={() => edit({ items: [...issue.items, blankItem('')] })}>
                {t('composer.addBlank')}
              </button>
              <button type="button" data-testid="add-import" onClick={() => setAdding('import')}>
                {t('composer.addImport')}
              </button>
            </div>
          )}
          {adding === 'library' && (
            <div className="picker" data-testid="library-picker">
              <ul>
                {docs.map((d) => (
                  <li key={d.id}>
                    <label>
                      <input
                        type="checkbox"
                        checked={picked.includes(d.id)}
                        onChange={(e) => setPicked(e.target.checked ? [...picked, d.id] : picked.filter((x) => x !== d.id))}
                        data-testid="pick-doc"
                      />{' '}
                      {d.title}
                    </label>
                  </li>
                ))}
              </ul>
              <button
                type="button"
                disabled={picked.length === 0}
                data-testid="add-picked"
                onClick={() =>
                  run(async () => {
                    const draft = await stored();
                    take(await api['issues:addFromLibrary']({ id: draft.id, revision: draft.revision, docIds: picked }));
                    setAdding(null);
                  })
                }
              >
                {t('composer.addSelected')}
              </button>
              <button type="button" onClick={() => setAdding(null)}>
                {t('composer.cancel')}
              </button>
            </div>
          )}
          {adding === 'import' && (
            <div className="picker" data-testid="import-picker">
              <label>
                {t('composer.importText')}
                <textarea value={importText} rows={8} onChange={(e) => setImportText(e.target.value)} data-testid="import-text" />
              </label>
              <button
                type="button"
                disabled={!importText.trim()}
                data-testid="import-do"
                onClick={() =>
                  run(async () => {
                    const { draft: doc } = await api['import:parse']({ text: importText });
                    const draft = await stored();
                    take(await api['issues:addImported']({ id: draft.id, revision: draft.revision, doc }));
                    setImportText('');
                    setAdding(null);
                  })
                }
              >
                {t('composer.importDo')}
              </button>
              <button type="button" onClick={() => setAdding(null)}>
                {t('composer.cancel')}
              </button>
            </div>
          )}
          <Distribution value={issue.distribution} book={book} disabled={frozen} onChange={(distribution) => edit({ distribution })} />
          <label className="copies">
            {t('composer.copies')}
            <input type="number" min={0} value={issue.copies} disabled={frozen} onChange={(e) => edit({ copies: Math.max(0, Math.floor(Number(e.target.value) || 0)) })} />
          </label>
        </section>
        <aside className="contents" aria-label={t('composer.contents')} data-testid="issue-contents">
          <h3>{t('composer.contents')}</h3>
          <p className="masthead-preview">
            {series?.name} · {issueLabel(issue, t)} · {issue.date}
          </p>
          {issue.items.length >= 2 && (
            <ol>
              {groups.map((g, gi) => (
                <li key={gi}>
                  {g.column && <strong>【{g.column}】</strong>}
                  <ul>
                    {g.titles.map((title, ti) => (
                      <li key={ti}>{title}</li>
                    ))}
                  </ul>
                </li>
              ))}
            </ol>
          )}
        </aside>
      </div>
    </div>
  );
}
