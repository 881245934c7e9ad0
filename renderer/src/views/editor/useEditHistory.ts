import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { createHistory, record, redo, undo, type History, type Selection, type Transaction } from '../../../../shared/editor';
import type { Briefing } from '../../../../shared/model';
import type { Edit, EditFn, EditOptions, FocusRequest } from '../../common/edit-state';
import type { DocText } from './doc-text';

/**
 * A deferred edit (a keystroke its paragraph already shows) reaches React's state right after the
 * frame that shows it (rAF, then a task): the moment the next keystroke is least likely to come,
 * so the render of the editor, the problems list and the page estimate (about 20 ms on 20 pages,
 * traced) does not stand in its way. In a fast burst that render ran after every key (27 ms of
 * main-thread CPU per keystroke at 25 keys a second); it now runs at most every FLUSH_EVERY_MS,
 * still right after a frame, and keystrokes in between share it.
 */
const FLUSH_EVERY_MS = 200;
/** The latest a deferred edit waits beyond that when no frame comes (a hidden window). */
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
  const lastFlush = useRef(0);
  const timers = useRef<ReturnType<typeof setTimeout>[]>([]);
  const cancelFlush = useCallback(() => {
    for (const t of timers.current) clearTimeout(t);
    timers.current = [];
    flushQueued.current = false;
  }, []);
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
      if (flushQueued.current) return true; // a flush is coming: it takes the latest document
      flushQueued.current = true;
      const flush = () => {
        if (!flushQueued.current) return;
        cancelFlush();
        lastFlush.current = performance.now();
        startTransition(() => setHistory(historyRef.current));
      };
      const afterFrame = () => requestAnimationFrame(() => timers.current.push(setTimeout(flush, 0)));
      const wait = Math.max(0, lastFlush.current + FLUSH_EVERY_MS - performance.now());
      if (wait > 0) timers.current.push(setTimeout(afterFrame, wait));
      else afterFrame();
      // a hidden or minimised window runs no frames: the state must still follow (autosave)
      timers.current.push(setTimeout(flush, wait + FLUSH_LATEST_MS));
      return true;
    },
    [cancelFlush],
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
