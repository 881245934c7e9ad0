import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { createHistory, record, redo, undo, type History, type Selection, type Transaction } from '../../../../shared/editor';
import type { Briefing } from '../../../../shared/model';
import type { Edit, EditFn, EditOptions, FocusRequest } from '../../common/edit-state';
import type { DocText } from './doc-text';

/**
 * A deferred edit (a keystroke its paragraph already shows) reaches React's state when typing
 * pauses for TYPING_PAUSE_MS, and at the latest FLUSH_LATEST_MS after the first unflushed one.
 * The flush re-renders the editor, the problems list, the page estimate and the preview and dirties
 * the page's layout (about 20 ms of main-thread work on 20 pages, traced): done after every
 * keystroke it delayed the next one, so it waits for a pause, as a word processor's spell check does.
 */
const TYPING_PAUSE_MS = 100;
const FLUSH_LATEST_MS = 2000;

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
  const pauseTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const latestTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const cancelFlush = useCallback(() => {
    clearTimeout(pauseTimer.current);
    clearTimeout(latestTimer.current);
    pauseTimer.current = latestTimer.current = undefined;
  }, []);
  const flush = useCallback(() => {
    cancelFlush();
    startTransition(() => setHistory(historyRef.current));
  }, [cancelFlush]);
  useEffect(() => cancelFlush, [cancelFlush]);

  const commit = useCallback(
    (next: History<Briefing>, deferred = false) => {
      if (next === historyRef.current) return false;
      historyRef.current = next;
      for (const l of listeners.current) l();
      if (!deferred) {
        // the state now holds every deferred keystroke too
        cancelFlush();
        setHistory(next);
        return true;
      }
      // Each keystroke pushes the flush back (a pause in typing); a long burst still flushes every
      // FLUSH_LATEST_MS, so the preview and the problems list never fall far behind. Timers, not
      // frames: a hidden or minimised window must still follow (autosave).
      if (pauseTimer.current !== undefined) clearTimeout(pauseTimer.current);
      pauseTimer.current = setTimeout(flush, TYPING_PAUSE_MS);
      if (latestTimer.current === undefined) latestTimer.current = setTimeout(flush, FLUSH_LATEST_MS);
      return true;
    },
    [cancelFlush, flush],
  );

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
