import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Template } from '../../../shared/model';
import { useApi } from '../common/api-context';
import { errorMessage } from '../common/errors';

/** Choose a built-in or user template; the template's own name and description are document text. */
export function NewDocumentDialog({ onCancel, onCreated }: { onCancel: () => void; onCreated: (id: string) => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const [templates, setTemplates] = useState<Template[]>([]);
  const [error, setError] = useState('');
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    dialog.current?.showModal();
    api['templates:list']({}).then((r) => setTemplates(r.templates), (e) => setError(errorMessage(t, e)));
  }, [api, t]);

  const create = async (templateId: string) => {
    try {
      const { doc } = await api['docs:create']({ templateId });
      onCreated(doc.id);
    } catch (e) {
      setError(errorMessage(t, e));
    }
  };

  return (
    <dialog ref={dialog} className="new-dialog" onCancel={onCancel} aria-labelledby="new-doc-heading">
      <h2 id="new-doc-heading">{t('newDoc.heading')}</h2>
      {error && <p className="error" role="alert">{error}</p>}
      <ul className="template-list">
        {templates.map((tpl) => (
          <li key={tpl.id}>
            <button type="button" data-testid={`template-${tpl.id}`} onClick={() => void create(tpl.id)}>
              <strong>{tpl.name}</strong>
              <span className="tag">{t(`script.${tpl.script}`)}</span>
              <span className="desc">{tpl.description}</span>
            </button>
          </li>
        ))}
      </ul>
      <div className="dialog-actions">
        <button type="button" onClick={onCancel}>
          {t('actions.cancel')}
        </button>
      </div>
    </dialog>
  );
}
