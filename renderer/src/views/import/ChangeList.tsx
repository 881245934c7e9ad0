import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ViewChange } from './segments';

/**
 * The cleanup record grouped by kind: how many of each, undo or redo a whole kind at once, and
 * each change listed (original -> replacement) with its own toggle, for the keyboard.
 */
export function ChangeList({ changes, onToggle, busy }: { changes: readonly ViewChange[]; onToggle: (keys: string[], undo: boolean) => void; busy: boolean }) {
  const { t } = useTranslation('importer');
  const groups = useMemo(() => {
    const map = new Map<string, ViewChange[]>();
    for (const c of changes) map.set(c.kind, [...(map.get(c.kind) ?? []), c]);
    return [...map.entries()];
  }, [changes]);
  if (!changes.length) return null;
  return (
    <section className="import-changes" aria-label={t('view.changes')}>
      <h3>{t('view.changes')}</h3>
      {groups.map(([kind, list]) => {
        const undone = list.filter((c) => c.undone).length;
        return (
          <details key={kind} className="change-group" data-testid={`changes-${kind}`}>
            <summary>
              <span>{t('view.kindCount', { kind: t(`change.${kind}`), count: list.length })}</span>
              {undone < list.length && (
                <KindToggle
                  kind={kind}
                  undo
                  busy={busy}
                  onClick={() =>
                    onToggle(
                      list.map((c) => c.key),
                      true,
                    )
                  }
                />
              )}
              {undone > 0 && (
                <KindToggle
                  kind={kind}
                  undo={false}
                  busy={busy}
                  onClick={() =>
                    onToggle(
                      list.map((c) => c.key),
                      false,
                    )
                  }
                />
              )}
            </summary>
            <ol>
              {list.slice(0, 500).map((c) => (
                <li key={c.key} className={c.undone ? 'undone' : undefined}>
                  <del>{c.original.trim() || ' '}</del>
                  {c.replacement && <ins>{c.replacement}</ins>}
                  <button type="button" disabled={busy} onClick={() => onToggle([c.key], !c.undone)}>
                    {c.undone ? t('view.redo') : t('view.undo')}
                  </button>
                </li>
              ))}
            </ol>
          </details>
        );
      })}
    </section>
  );
}

/** Undo (or redo) every change of one kind; inside <summary>, so the click must not also fold the group. */
function KindToggle({ kind, undo, busy, onClick }: { kind: string; undo: boolean; busy: boolean; onClick: () => void }) {
  const { t } = useTranslation('importer');
  return (
    <button
      type="button"
      disabled={busy}
      onClick={(e) => {
        e.preventDefault();
        onClick();
      }}
      data-testid={`${undo ? 'undo' : 'redo'}-kind-${kind}`}
    >
      {t(undo ? 'view.undoKind' : 'view.redoKind')}
    </button>
  );
}
