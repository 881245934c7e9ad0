import { useCallback, useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import type { Selection } from '../../../../shared/editor';
import type { FocusRequest } from '../../common/edit-state';

/**
 * Focus routing for the editor: fields carry a focus key (data-fk); a request names a key and a
 * caret, and is applied once the field exists (after the render that creates it, or a frame
 * later). `readSelection` turns the focused field and its caret back into a Selection.
 */
export function useFocusRouting(root: RefObject<HTMLElement | null>) {
  const pending = useRef<FocusRequest | null>(null);

  const apply = useCallback(() => {
    const req = pending.current;
    if (!req) return;
    const el = root.current?.querySelector<HTMLElement>(`[data-fk="${CSS.escape(req.key)}"]`);
    if (!el) return;
    pending.current = null;
    const active = document.activeElement;
    if (req.ifIdle && active && active !== document.body && root.current?.contains(active)) return;
    el.focus();
    const start = req.caret ?? req.start;
    const end = req.caret ?? req.end ?? start;
    if (start !== undefined && (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement)) el.setSelectionRange(start, end ?? start);
    el.scrollIntoView({ block: 'nearest' });
  }, [root]);

  const focus = useCallback(
    (req: FocusRequest) => {
      pending.current = req;
      requestAnimationFrame(apply);
    },
    [apply],
  );
  useLayoutEffect(apply);

  const readSelection = useCallback((): Selection | null => {
    const active = document.activeElement as HTMLElement | null;
    if (!active || !root.current?.contains(active)) return null;
    const key = active.closest<HTMLElement>('[data-fk]')?.dataset.fk;
    if (!key) return null;
    if (active instanceof HTMLTextAreaElement || active instanceof HTMLInputElement) {
      const { selectionStart: start, selectionEnd: end } = active;
      if (start !== null && end !== null) return { key, start, end };
    }
    return { key };
  }, [root]);

  return { focus, readSelection };
}

/**
 * The caret just before the browser changes a field's text: `beforeinput` fires before the change,
 * `input` (React's onChange, where the edit is recorded) after it, when the caret has moved. The
 * value lives until the task ends, so a beforeinput that produced no edit cannot leak into the next.
 * Returns a function giving the caret before the edit now being recorded.
 */
export function useCaretBefore(root: RefObject<HTMLElement | null>, readSelection: () => Selection | null): () => Selection | null {
  const before = useRef<Selection | null>(null);
  useEffect(() => {
    const el = root.current;
    if (!el) return;
    const onBeforeInput = () => {
      before.current = readSelection();
      setTimeout(() => (before.current = null), 0);
    };
    el.addEventListener('beforeinput', onBeforeInput, true);
    return () => el.removeEventListener('beforeinput', onBeforeInput, true);
  }, [root, readSelection]);
  return useCallback(() => {
    const caret = before.current ?? readSelection();
    before.current = null;
    return caret;
  }, [readSelection]);
}
