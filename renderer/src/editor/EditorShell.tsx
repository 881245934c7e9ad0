import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Briefing, type Briefing as BriefingT, type Section } from '../../../shared/model';
import { useApi } from '../common/api-context';
import { errorMessage } from '../common/errors';

type SaveState = { kind: 'saved' } | { kind: 'dirty' } | { kind: 'saving' } | { kind: 'failed'; reason: string };

/**
 * The foundation's editor: title, meeting name and date, and the paragraphs of each section, saved
 * explicitly (Ctrl+S or the button). A failed save keeps the text on screen and says why.
 */
export function EditorShell({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const [doc, setDoc] = useState<BriefingT | null>(null);
  const [state, setState] = useState<SaveState>({ kind: 'saved' });
  const [loadError, setLoadError] = useState('');

  useEffect(() => {
    api['docs:get']({ id }).then((r) => setDoc(r.doc), (e) => setLoadError(errorMessage(t, e)));
  }, [api, id, t]);

  const edit = (patch: (d: BriefingT) => BriefingT) => {
    setDoc((d) => (d ? patch(d) : d));
    setState({ kind: 'dirty' });
  };

  const save = async () => {
    if (!doc) return;
    const check = Briefing.safeParse(doc);
    if (!check.success) {
      const issue = check.error.issues[0]!;
      setState({ kind: 'failed', reason: `${issue.path.join('.')}: ${t(issue.message, { defaultValue: t('validation.invalid') })}` });
      return;
    }
    setState({ kind: 'saving' });
    try {
      const { doc: saved } = await api['docs:save']({ doc });
      setDoc((current) => (current ? { ...current, revision: saved.revision, updatedAt: saved.updatedAt } : saved));
      setState({ kind: 'saved' });
    } catch (e) {
      setState({ kind: 'failed', reason: errorMessage(t, e) });
    }
  };

  if (loadError) return <p className="error" role="alert">{loadError}</p>;
  if (!doc) return <p>{t('shell.loading')}</p>;

  const setSection = (index: number, next: Section) =>
    edit((d) => ({ ...d, sections: d.sections.map((s, i) => (i === index ? next : s)) }));

  return (
    <section
      className="editor"
      onKeyDown={(e) => {
        if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
          e.preventDefault();
          void save();
        }
      }}
    >
      <div className="toolbar">
        <button type="button" onClick={onClose}>
          {t('actions.back')}
        </button>
        <span className={`save-state ${state.kind}`} data-testid="save-state" role="status">
          {state.kind === 'saved' && t('shell.saved')}
          {state.kind === 'dirty' && t('shell.unsaved')}
          {state.kind === 'saving' && t('shell.saving')}
          {state.kind === 'failed' && t('shell.saveFailed', { reason: state.reason })}
        </span>
        <span className="revision">{t('shell.revision', { revision: doc.revision })}</span>
        <button type="button" className="primary" onClick={() => void save()}>
          {t('actions.save')}
        </button>
      </div>
      <label className="field title-field">
        <span>{t('shell.titleLabel')}</span>
        <input value={doc.title} maxLength={400} onChange={(e) => edit((d) => ({ ...d, title: e.target.value }))} data-testid="title" />
      </label>
      <div className="sections">
        {doc.sections.map((s, i) => (
          <div key={s.id} className={`section section-${s.kind}`}>
            <div className="section-kind">
              {t(`sectionKind.${s.kind}`)}
              {s.lead && <span className="lead">{s.lead}</span>}
            </div>
            {s.kind === 'topic' ? (
              <input value={s.heading} onChange={(e) => setSection(i, { ...s, heading: e.target.value })} />
            ) : (
              s.paragraphs.map((p, k) => (
                <textarea
                  key={k}
                  value={p}
                  rows={3}
                  onChange={(e) => setSection(i, { ...s, paragraphs: s.paragraphs.map((x, j) => (j === k ? e.target.value : x)) })}
                />
              ))
            )}
            {s.items.map((item, k) => (
              <input
                key={item.id}
                className="action-item"
                value={item.text}
                onChange={(e) => setSection(i, { ...s, items: s.items.map((x, j) => (j === k ? { ...x, text: e.target.value } : x)) })}
              />
            ))}
          </div>
        ))}
      </div>
    </section>
  );
}
