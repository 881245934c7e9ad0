import { useEffect, useLayoutEffect, useRef, useState } from 'react';

/** Quiet time after the last change before the settled copy follows (about two keystrokes of a fast typist). */
export const SETTLE_MS = 120;

type IdleWindow = Window & {
  requestIdleCallback?: (cb: () => void, opts?: { timeout: number }) => number;
  cancelIdleCallback?: (id: number) => void;
};

/**
 * A copy of `value` that follows it only after `delay` ms without change, and then in the
 * browser's idle time. Whatever reads the settled copy (the preview, the checker, the page
 * estimate, the problems list) does no work on the keystroke itself: the keystroke renders the
 * edited paragraph and nothing else, and the rest catches up when typing pauses.
 *
 * Once a pause has been seen the update is queued for idle time and a later keystroke does not
 * cancel it (it takes the newest value when it runs): on a busy machine, where idle time comes
 * late, a cancel on every keystroke would starve the preview for as long as the typing lasts.
 */
export function useSettled<T>(value: T, delay = SETTLE_MS): T {
  const [settled, setSettled] = useState(value);
  const latest = useRef(value);
  const queued = useRef(0);
  useLayoutEffect(() => {
    latest.current = value;
  });
  useEffect(() => {
    if (queued.current) return;
    const w = window as IdleWindow;
    const timer = setTimeout(() => {
      const apply = () => {
        queued.current = 0;
        setSettled(() => latest.current);
      };
      // A busy machine still gets the settled copy within a quarter second of the pause.
      if (w.requestIdleCallback) queued.current = w.requestIdleCallback(apply, { timeout: 250 });
      else apply();
    }, delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  useEffect(
    () => () => {
      if (queued.current) (window as IdleWindow).cancelIdleCallback?.(queued.current);
    },
    [],
  );
  return settled;
}
