import { memo, useMemo, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportWarning } from '../../../../shared/importer';
import { sourcePieces, type ViewChange } from './segments';

/**
 * The source as the user gave it, every character as a text node: what cleanup removed struck
 * through (click to undo, click again to redo), what replaced it after it, damage marked.
 * One click handler on the container reads the change key from the piece, so a source with
 * thousands of changes is still one cheap render.
 */
export const SourcePane = memo(function SourcePane({
  source,
  changes,
  warnings,
  onToggle,
}: {
  source: string;
  changes: readonly ViewChange[];
  warnings: readonly ImportWarning[];
  onToggle: (key: string, undo: boolean) => void;
}) {
  const { t } = useTranslation('importer');
  const pieces = useMemo(() => sourcePieces(source, changes, warnings), [source, changes, warnings]);
  const byKey = useMemo(() => new Map(changes.map((c) => [c.key, c])), [changes]);

  const onClick = (e: MouseEvent<HTMLDivElement>) => {
    const key = (e.target as HTMLElement).closest<HTMLElement>('[data-change]')?.dataset.change;
    const change = key ? byKey.get(key) : undefined;
    if (change) onToggle(change.key, !change.undone);
  };

  return (
    <div className="import-source-text" onClick={onClick} data-testid="import-source">
      {pieces.map((p, i) => {
        if (p.type === 'text')
          return p.flagged ? (
            <mark key={i} className="flag" title={t('view.flagged')}>
              {p.text}
            </mark>
          ) : (
            p.text
          );
        const change = byKey.get(p.change);
        const title = change ? `${t(`change.${change.kind}`)} · ${p.type === 'kept' ? t('view.kept') : t('view.undo')}` : undefined;
        if (p.type === 'inserted')
          return (
            <ins key={i} data-change={p.change} title={title}>
              {p.text}
            </ins>
          );
        return (
          <span key={i} className={`${p.type}${p.flagged ? ' flag' : ''} kind-${change?.kind ?? ''}`} data-change={p.change} title={title}>
            {p.text}
          </span>
        );
      })}
    </div>
  );
});
