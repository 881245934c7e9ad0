import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Briefing } from '../../../../shared/model';
import { useApi } from '../../common/api-context';
import { errorMessage } from '../../common/errors';
import { DocumentEditor } from './DocumentEditor';

/** Loads a document and hands it to the editor; a document that cannot be read says why. */
export function Editor({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const [doc, setDoc] = useState<Briefing | null>(null);
  const [loadError, setLoadError] = useState('');

  useEffect(() => {
    let live = true;
    api['docs:get']({ id }).then(
      (r) => live && setDoc(r.doc),
      (e) => live && setLoadError(errorMessage(t, e)),
    );
    return () => {
      live = false;
    };
  }, [api, id, t]);

  if (loadError)
    return (
      <div className="editor-error">
        <p className="error" role="alert">
          {loadError}
        </p>
        <button type="button" onClick={onClose}>
          {t('actions.back')}
        </button>
      </div>
    );
  if (!doc) return <p className="loading">{t('shell.loading')}</p>;
  return <DocumentEditor initial={doc} onClose={onClose} />;
}
