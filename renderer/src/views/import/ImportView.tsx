import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CONVERSIONS, type Conversion } from '../../../../shared/importer';
import { useApi } from '../../common/api-context';
import { errorMessage } from '../../common/errors';
import { createFromDraft } from './accept';
import { ChangeList } from './ChangeList';
import { DraftPane } from './DraftPane';
import { SourceInput } from './SourceInput';
import { SourcePane } from './SourcePane';
import { useImport } from './useImport';
import './import.css';

const CONVERT_LABEL: Record<Conversion, string> = { none: 'view.convertNone', hans: 'view.convertHans', 'hant-tw': 'view.convertHantTw', 'hant-hk': 'view.convertHantHk' };

/**
 * The import view: text in (paste, file, path), the source with its cleanup on the left, the
 * recognised draft on the right; accepting creates a document and opens it in the editor.
 */
export function ImportView({ onOpen }: { onOpen: (id: string) => void }) {
  const { t, i18n } = useTranslation(['importer', 'common']);
  const api = useApi();
  const { state, convert, parse, toggle, setConvert, say } = useImport();
  const [accepting, setAccepting] = useState(false);
  const { result } = state;
  const n = new Intl.NumberFormat(i18n.language);
  const onToggleOne = useCallback((key: string, undo: boolean) => toggle([key], undo), [toggle]);

  const accept = async () => {
    if (!result) return;
    setAccepting(true);
    try {
      const doc = await createFromDraft(api, result.draft);
      onOpen(doc.id);
    } catch (e) {
      say('error', errorMessage(t, e));
      setAccepting(false);
    }
  };

  return (
    <div className="import-view" data-testid="import-view">
      <div className="import-head">
        <h1>{t('view.title')}</h1>
        <SourceInput parse={parse} say={say} busy={state.busy} />
        <div className="import-options">
          <label className="inline-field">
            <span>{t('view.convert')}</span>
            <select value={convert} onChange={(e) => setConvert(e.target.value as Conversion)} disabled={state.busy} data-testid="import-convert">
              {CONVERSIONS.map((c) => (
                <option key={c} value={c}>
                  {t(CONVERT_LABEL[c])}
                </option>
              ))}
            </select>
          </label>
          <span className="spacer" />
          {state.busy && (
            <span className="muted" role="status">
              {t('view.working')}
            </span>
          )}
          <button type="button" className="primary" disabled={!result || state.busy || accepting} onClick={() => void accept()} data-testid="import-accept">
            {accepting ? t('view.accepting') : t('view.accept')}
          </button>
        </div>
        {state.error && (
          <p className="error" role="alert" data-testid="import-error">
            {state.error}
          </p>
        )}
        {state.notice && (
          <p className="notice" role="status" data-testid="import-notice">
            {state.notice}
          </p>
        )}
      </div>

      {!result ? (
        <p className="empty import-empty">{t('view.empty')}</p>
      ) : (
        <div className="import-panes" aria-busy={state.busy}>
          <section className="import-pane" aria-label={t('view.source')}>
            <header className="pane-head">
              <h2>{t('view.source')}</h2>
              <span className="muted">
                {[
                  state.origin.kind === 'file' ? t('view.fromFile', { name: state.origin.name }) : '',
                  result.encoding ? t('view.encoding', { encoding: result.encoding }) : '',
                  t('view.detected', { script: t(result.detectedScript === 'hans' ? 'view.scriptHans' : 'view.scriptHant') }),
                  t('view.removedCount', { count: state.changes.filter((c) => !c.undone).length, n: n.format(state.changes.length) }),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
            </header>
            <p className="muted hint">{t('view.sourceHint')}</p>
            <SourcePane source={result.source} changes={state.changes} warnings={result.warnings} onToggle={onToggleOne} />
            <ChangeList changes={state.changes} onToggle={toggle} busy={state.busy} />
          </section>
          <section className="import-pane" aria-label={t('view.draft')}>
            <header className="pane-head">
              <h2>{t('view.draft')}</h2>
            </header>
            <DraftPane result={result} />
          </section>
        </div>
      )}
    </div>
  );
}
