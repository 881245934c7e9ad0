import { useCallback, useRef, useState } from 'react';
import { createHistory, record, redo, undo, type History, type Selection, type Transaction } from '../../../../shared/editor';
import type { Briefing } from '../../../../shared/model';
import type { Edit, EditFn, FocusRequest } from '../../common/edit-state';

function isTransaction(r: Briefing | Transaction<Briefing>): r is Transaction<Briefing> {
  return 'doc' in r && 'selection' in r;
}

/**
 * The editor's undo history as a hook. `edit` applies a change to the latest document at once (so
 * callers learn ids), records it with the caret before and after, and focuses the caret a
 * transaction names; undo and redo put the caret back where it belongs with the restored text.
 */
export function useEditHistory(
  initial: Briefing,
  { focus, readSelection, caretBefore }: { focus: (r: FocusRequest) => void; readSelection: () => Selection | null; caretBefore: () => Selection | null },
) {
  const [history, setHistory] = useState<History<Briefing>>(() => createHistory(initial));
  const historyRef = useRef(history);

  const commit = useCallback((next: History<Briefing>) => {
    if (next === historyRef.current) return false;
    historyRef.current = next;
    setHistory(next);
    return true;
  }, []);

  const edit: Edit = useCallback(
    (fn: EditFn, key = '') => {
      const h = historyRef.current;
      const before = caretBefore();
      const r = fn(h.present);
      const tx = isTransaction(r) ? r : { doc: r, selection: null };
      // Without a selection from the operation, the caret is where the browser left it (typing).
      const after = tx.selection ?? readSelection();
      if (commit(record(h, tx.doc, { key, at: Date.now(), before, after })) && tx.selection) focus(tx.selection);
    },
    [commit, focus, readSelection, caretBefore],
  );

  const restore = useCallback(
    (next: History<Briefing>) => {
      if (commit(next) && next.selection) focus(next.selection);
    },
    [commit, focus],
  );
  const doUndo = useCallback(() => restore(undo(historyRef.current)), [restore]);
  const doRedo = useCallback(() => restore(redo(historyRef.current)), [restore]);

  return { history, historyRef, edit, undo: doUndo, redo: doRedo };
}
