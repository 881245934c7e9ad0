import { startTransition, useCallback, useMemo, useRef, useState } from 'react';
import { createHistory, record, redo, undo, type History, type Selection, type Transaction } from '../../../../shared/editor';
import type { Briefing } from '../../../../shared/model';
import type { Edit, EditFn, EditOptions, FocusRequest } from '../../common/edit-state';
import type { DocText } from './doc-text';

/** The latest a deferred edit waits for React's state when no frame comes (a hidden window). */
const FLUSH_LATEST_MS = 250;

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
  const listeners = useRef(new Set<() => void>());

  // historyRef is the truth, updated synchronously; React state follows it, in a transition when
  // the edit is deferred (a keystroke whose paragraph already shows it), so one keystroke never
  // waits for the whole editor, the problems list and the preview to re-render.
  const flushQueued = useRef(false);
  const commit = useCallback((next: History<Briefing>, deferred = false) => {
    if (next === historyRef.current) return false;
    historyRef.current = next;
    for (const l of listeners.current) l();
    if (!deferred) {
      setHistory(next);
      return true;
    }
    // After the frame that shows the keystroke (rAF, then a task), and then in a transition:
    // React's own scheduler would start the editor's render before that frame. Keystrokes that
    // come before the flush share one render of the latest document.
    if (!flushQueued.current) {
      flushQueued.current = true;
      const flush = () => {
        if (!flushQueued.current) return;
        flushQueued.current = false;
        startTransition(() => setHistory(historyRef.current));
      };
      requestAnimationFrame(() => setTimeout(flush, 0));
      // a hidden or minimised window runs no frames: the state must still follow (autosave)
      setTimeout(flush, FLUSH_LATEST_MS);
    }
    return true;
  }, []);

  const edit: Edit = useCallback(
    (fn: EditFn, key = '', options?: EditOptions) => {
      const h = historyRef.current;
      const before = caretBefore();
      const r = fn(h.present);
      const tx = isTransaction(r) ? r : { doc: r, selection: null };
      // Without a selection from the operation, the caret is where the browser left it (typing).
      const after = tx.selection ?? readSelection();
      if (commit(record(h, tx.doc, { key, at: Date.now(), before, after }), options?.deferred === true) && tx.selection) focus(tx.selection);
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

  // Paragraphs read the latest document from here (see doc-text.tsx).
  const docText: DocText = useMemo(
    () => ({
      subscribe: (l: () => void) => {
        listeners.current.add(l);
        return () => listeners.current.delete(l);
      },
      latest: () => historyRef.current.present,
    }),
    [],
  );

  return { history, historyRef, docText, edit, undo: doUndo, redo: doRedo };
}
