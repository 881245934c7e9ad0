import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { addSection, canRedo, canUndo, caretAt, documentStats, duplicateSection, moveItem, moveSection, moveSectionTo, removeSection } from '../../../../shared/editor';
import { LIMITS, SECTION_KINDS, STATUSES, type Briefing, type Section, type SectionKind, type Status } from '../../../../shared/model';
import { useApi } from '../../common/api-context';
import { ConfirmDialog } from '../../common/Dialog';
import { errorMessage } from '../../common/errors';
import { useFormat } from '../../common/format';
import { isComposing } from '../../common/keys';
import { useActions } from '../../common/actions';
import { ariaKeys } from '../../../../shared/actions/table';
import { CheckProvider, ProblemsPanel } from '../../features/check';
import { ExportButton } from '../../features/export/ExportButton';
import { EditorWorkspace } from '../../features/preview/PreviewPane';
import { TemplateEditDialog } from '../../features/templates/NewDocumentDialog';
import { templateFromDocument } from '../../features/templates/template-file';
import { MetadataForm } from './MetadataForm';
import { SectionCard } from './SectionCard';
import { fk } from '../../common/edit-state';
import { describeIssue } from './describe-issue';
import { useAutosave, type SaveStatus } from './useAutosave';
import { useSettled } from '../../common/use-settled';
import { useEditHistory } from './useEditHistory';
import { useCachedT } from '../../common/use-cached-t';
import { DocTextContext } from './doc-text';
import { useCaretBefore, useFocusRouting } from './useFocusRouting';

/**
 * The template-driven editor: title, meeting particulars, the body's sections, a status bar with
 * the character count and pages; undo/redo over the whole document; autosave; every action on the
 * keyboard.
 *
 * Typing stays cheap: a keystroke makes a new document sharing every untouched part, memoised
 * sections and the form skip rendering when their part is unchanged, textareas grow by CSS, and
 * the character/page count runs on a deferred copy of the document.
 */
export function DocumentEditor({ initial, onClose }: { initial: Briefing; onClose: () => void }) {
  const { t: translate } = useTranslation(['editor', 'common']);
  const t = useCachedT(translate);
  const api = useApi();
  const format = useFormat();
  const root = useRef<HTMLDivElement>(null);
  const { focus, readSelection } = useFocusRouting(root);
  const caretBefore = useCaretBefore(root, readSelection);
  const { history, historyRef, docText, edit, undo: doUndo, redo: doRedo } = useEditHistory(initial, { focus, readSelection, caretBefore });
  const doc = history.present;
  const readLatest = useCallback(() => historyRef.current.present, [historyRef]);
  const { status, savedAt, save, overwrite, isSaved } = useAutosave(api, doc, initial, readLatest);
  const [toast, setToast] = useState<{ message: string; undo?: boolean } | null>(null);
  const [leaving, setLeaving] = useState(false);
  const [savingTemplate, setSavingTemplate] = useState(false);
  const currentSection = useRef<string>('');
  const dragged = useRef<string>('');

  // Opening a document puts the caret in its title, so typing can start at once; a frame later on
  // a busy machine it must not pull the caret out of a field the person already clicked into.
  useEffect(() => focus({ key: fk.title, ifIdle: true }), [focus]);

  const notify = useCallback((message: string) => setToast({ message }), []);
  useEffect(() => {
    if (!toast) return;
    const timer = setTimeout(() => setToast(null), toast.undo ? 12_000 : 8_000);
    return () => clearTimeout(timer);
  }, [toast]);

  const deleteSection = useCallback(
    (s: Section) => {
      const sections = historyRef.current.present.sections;
      const at = sections.findIndex((x) => x.id === s.id);
      const neighbour = sections[at + 1] ?? sections[at - 1];
      edit((d) => ({ doc: removeSection(d, s.id), selection: caretAt(neighbour ? fk.kind(neighbour.id) : fk.addBar) }));
      setToast({ message: t('section.deleted', { kind: t(`common:sectionKind.${s.kind}`), lead: s.lead || s.heading || '' }), undo: true });
    },
    [edit, historyRef, t],
  );

  const add = useCallback(
    (kind: SectionKind) =>
      edit((d) => {
        const r = addSection(d, kind, currentSection.current || undefined);
        if (r.id) currentSection.current = r.id;
        return r;
      }),
    [edit],
  );

  const onDropAt = useCallback(
    (index: number) => {
      const id = dragged.current;
      dragged.current = '';
      if (!id) return;
      edit((d) => {
        const from = d.sections.findIndex((s) => s.id === id);
        return moveSectionTo(d, id, from < index ? index - 1 : index);
      });
    },
    [edit],
  );
  const onDragStart = useCallback((id: string) => (dragged.current = id), []);

  const leave = async () => {
    await save();
    // The status in this closure is from before the save; ask the latest through a state read.
    setLeaving(true);
  };
  useEffect(() => {
    if (!leaving) return;
    if (isSaved) onClose();
  }, [leaving, isSaved, onClose]);

  // Unsaved text in a closing window: the browser asks first (Electron's window does the same).
  useEffect(() => {
    if (isSaved) return;
    const onUnload = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', onUnload);
    return () => window.removeEventListener('beforeunload', onUnload);
  }, [isSaved]);

  // The editor's actions (keys, sheet and menu from shared/actions/table.ts). The focused field
  // says which section or item a section action applies to.
  const focused = () => {
    const active = document.activeElement as HTMLElement | null;
    return {
      sectionId: active?.closest<HTMLElement>('[data-section-id]')?.dataset.sectionId ?? '',
      itemId: active?.closest<HTMLElement>('[data-item-id]')?.dataset.itemId ?? '',
    };
  };
  const move = (delta: number) => {
    const { sectionId, itemId } = focused();
    const back = readSelection();
    if (itemId && sectionId) edit((d) => moveItem(d, sectionId, itemId, delta));
    else edit((d) => moveSection(d, sectionId, delta));
    if (back) focus(back);
  };
  const inSection = () => focused().sectionId !== '';
  const keyAction = useActions('editor', {
    'editor.undo': doUndo,
    'editor.redo': doRedo,
    'editor.save': () => void save(),
    'editor.moveUp': { when: inSection, run: () => move(-1) },
    'editor.moveDown': { when: inSection, run: () => move(1) },
    'editor.duplicateSection': { when: inSection, run: () => edit((d) => duplicateSection(d, focused().sectionId)) },
    'editor.deleteSection': {
      when: inSection,
      run: () => {
        const s = historyRef.current.present.sections.find((x) => x.id === focused().sectionId);
        if (s) deleteSection(s);
      },
    },
    'editor.addSection': () => focus({ key: fk.addBar }),
    'editor.back': () => void leave(),
  });
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (isComposing(e) || !keyAction(e)) return;
    e.preventDefault();
    e.stopPropagation();
  };

  // The checker, problems list and page estimate read the settled copy: no check or count per
  // keystroke. The preview keeps the live document: it only restarts a 60 ms timer per keystroke,
  // and on a slow machine it must follow typing that never pauses for the settle time.
  const settled = useSettled(doc);
  const stats = useMemo(() => documentStats(settled), [settled]);
  const onPreviewSection = useCallback((id: string) => focus({ key: sectionFocusKey(historyRef.current.present, id) }), [focus, historyRef]);
  const [laidOutPages, setLaidOutPages] = useState(0);
  const topicNumbers = useMemo(() => {
    let n = 0;
    return doc.sections.map((s) => (s.kind === 'topic' ? ++n : 0));
  }, [doc.sections]);
  const titleTooLong = doc.title.length > LIMITS.title;

  return (
    <div className="editor" ref={root} onKeyDown={onKeyDown}>
      <div className="editor-bar" role="toolbar" aria-label={t('toolbar')}>
        <button type="button" onClick={() => void leave()} aria-keyshortcuts={ariaKeys('editor.back')}>
          {t('common:actions.back')}
        </button>
        <span className="bar-group">
          <button type="button" onClick={doUndo} disabled={!canUndo(history)} aria-keyshortcuts={ariaKeys('editor.undo')} data-testid="undo">
            {t('undo')}
          </button>
          <button type="button" onClick={doRedo} disabled={!canRedo(history)} aria-keyshortcuts={ariaKeys('editor.redo')} data-testid="redo">
            {t('redo')}
          </button>
        </span>
        <label className="inline-field">
          <span>{t('common:library.status')}</span>
          <select value={doc.status} onChange={(e) => edit((d) => ({ ...d, status: e.target.value as Status }))} data-testid="doc-status">
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`common:status.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <span className="spacer" />
        <SaveIndicator status={status} savedAt={savedAt} onRetry={() => void save()} onOverwrite={() => void overwrite()} formatTime={format.dateTime} />
        <ExportButton doc={doc} />
        <button type="button" onClick={() => setSavingTemplate(true)}>
          {t('saveAsTemplate')}
        </button>
        <button type="button" className="primary" onClick={() => void save()} aria-keyshortcuts={ariaKeys('editor.save')}>
          {t('common:actions.save')}
        </button>
      </div>

      {/* Proofreading: checks as the user types, markers in paragraphs, the problems panel. */}
      <CheckProvider doc={settled} edit={edit}>
        {/* The page preview beside the page; a click on a paragraph there brings its section here. */}
        <EditorWorkspace doc={doc} onSection={onPreviewSection} onPages={setLaidOutPages}>
          <div className="editor-page">
            <label className={`field title-field${titleTooLong ? ' invalid' : ''}`}>
              <span>
                {t('common:shell.titleLabel')}
                <span className={`counter${titleTooLong ? ' over' : ''}`}>
                  {format.number(Array.from(doc.title).length)}/{format.number(LIMITS.title)}
                </span>
              </span>
              <input
                value={doc.title}
                data-fk={fk.title}
                data-testid="title"
                aria-invalid={titleTooLong}
                onChange={(e) => edit((d) => ({ ...d, title: e.target.value.replace(/[\r\n]+/g, ' ') }), fk.title)}
              />
              {titleTooLong && (
                <span className="field-error" role="alert" data-testid="title-error">
                  {t('titleTooLong', { max: format.number(LIMITS.title), count: format.number(doc.title.length) })}
                </span>
              )}
            </label>

            <MetadataForm meeting={doc.meeting} masthead={doc.masthead} kind={doc.kind} script={doc.script} edit={edit} />

            <DocTextContext.Provider value={docText}>
              <div
                className="sections"
                onFocus={(e) => {
                  const id = (e.target as HTMLElement).closest<HTMLElement>('[data-section-id]')?.dataset.sectionId;
                  if (id) currentSection.current = id;
                }}
              >
                {doc.sections.length === 0 && <p className="empty">{t('noSections')}</p>}
                {doc.sections.map((s, i) => (
                  <SectionCard
                    key={s.id}
                    section={s}
                    index={i}
                    count={doc.sections.length}
                    topicNo={topicNumbers[i] ?? 0}
                    script={doc.script}
                    edit={edit}
                    focus={focus}
                    notify={notify}
                    onDelete={deleteSection}
                    onDragStart={onDragStart}
                    onDropAt={onDropAt}
                  />
                ))}
              </div>
            </DocTextContext.Provider>

            <div className="add-bar" role="group" aria-label={t('addSection')}>
              <span className="add-label">{t('addSection')}</span>
              {SECTION_KINDS.map((k, i) => (
                <button
                  key={k}
                  type="button"
                  data-fk={i === 0 ? fk.addBar : undefined}
                  onClick={() => add(k)}
                  data-testid={`add-${k}`}
                  aria-keyshortcuts={i === 0 ? ariaKeys('editor.addSection') : undefined}
                >
                  {t(`common:sectionKind.${k}`)}
                </button>
              ))}
            </div>
          </div>
        </EditorWorkspace>
        <ProblemsPanel doc={settled} />
      </CheckProvider>

      <footer className="status-bar" data-testid="status-bar">
        <span data-testid="char-count">{t('stats.chars', { n: format.number(stats.chars) })}</span>
        {/* The preview's real pagination when it is shown; the 22x28 estimate otherwise. */}
        {laidOutPages > 0 ? (
          <span data-testid="page-count">{t('stats.laidOut', { n: format.number(laidOutPages), count: laidOutPages })}</span>
        ) : (
          <>
            <span data-testid="page-count">{t('stats.pages', { n: format.number(stats.pages), count: stats.pages })}</span>
            <span className="muted">{t('stats.grid')}</span>
          </>
        )}
        <span className="spacer" />
        <span className="muted">{t('common:shell.revision', { revision: doc.revision })}</span>
      </footer>

      {toast && (
        <div className="toast" role="status" data-testid="editor-toast">
          <span>{toast.message}</span>
          {toast.undo && (
            <button type="button" onClick={() => (doUndo(), setToast(null))}>
              {t('undo')}
            </button>
          )}
        </div>
      )}
      {leaving && !isSaved && (
        <ConfirmDialog
          title={t('leave.title')}
          message={t('leave.message', { reason: describeStatus(translate, status) })}
          confirmLabel={t('leave.anyway')}
          cancelLabel={t('leave.stay')}
          danger
          onCancel={() => setLeaving(false)}
          onConfirm={onClose}
        />
      )}
      {savingTemplate && (
        <TemplateEditDialog
          heading={t('saveAsTemplate')}
          template={templateFromDocument({ ...doc, title: doc.title.slice(0, LIMITS.title) }, doc.title.slice(0, 100), '')}
          onClose={() => setSavingTemplate(false)}
          onSave={async (template) => {
            setSavingTemplate(false);
            try {
              await api['templates:save']({ template });
              setToast({ message: t('templateSaved', { name: template.name }) });
            } catch (e) {
              setToast({ message: errorMessage(translate, e) });
            }
          }}
        />
      )}
    </div>
  );
}

/** The field a preview click lands on: a topic's heading, else the section's first paragraph, else its kind. */
function sectionFocusKey(doc: Briefing, id: string): string {
  const s = doc.sections.find((x) => x.id === id);
  if (s?.kind === 'topic' && s.heading) return fk.heading(id);
  if (s && s.paragraphs.length) return fk.paragraph(id, 0);
  return fk.kind(id);
}

function describeStatus(t: ReturnType<typeof useTranslation>['t'], status: SaveStatus): string {
  if (status.kind === 'invalid') return describeIssue(t, status);
  if (status.kind === 'failed') return errorMessage(t, status.error);
  return t('common:shell.unsaved');
}

function SaveIndicator({
  status,
  savedAt,
  onRetry,
  onOverwrite,
  formatTime,
}: {
  status: SaveStatus;
  savedAt: string;
  onRetry: () => void;
  onOverwrite: () => void;
  formatTime: (iso: string) => string;
}) {
  const { t } = useTranslation(['editor', 'common']);
  return (
    <span className="save-indicator" aria-live="polite">
      <span className={`save-state ${status.kind}`} data-testid="save-state" title={status.kind === 'saved' ? t('savedAt', { time: formatTime(savedAt) }) : undefined}>
        {status.kind === 'saved' && t('common:shell.saved')}
        {status.kind === 'dirty' && t('common:shell.unsaved')}
        {status.kind === 'saving' && t('common:shell.saving')}
        {status.kind === 'failed' && t('common:shell.saveFailed', { reason: errorMessage(t, status.error) })}
        {status.kind === 'invalid' && t('notSaved', { reason: describeIssue(t, status) })}
      </span>
      {status.kind === 'failed' && status.retryIn > 0 && <span className="muted">{t('retrying', { seconds: Math.round(status.retryIn / 1000) })}</span>}
      {status.kind === 'failed' && status.code !== 'conflict' && (
        <button type="button" onClick={onRetry}>
          {t('common:actions.retry')}
        </button>
      )}
      {status.kind === 'failed' && status.code === 'conflict' && (
        <button type="button" onClick={onOverwrite} data-testid="overwrite">
          {t('overwrite')}
        </button>
      )}
    </span>
  );
}
