import { useEffect, useState } from 'react';

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
 */
export function useSettled<T>(value: T, delay = SETTLE_MS): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (Object.is(value, settled)) return;
    const w = window as IdleWindow;
    let idle = 0;
    const timer = setTimeout(() => {
      // A busy machine still gets the settled copy within a quarter second of the pause.
      if (w.requestIdleCallback) idle = w.requestIdleCallback(() => setSettled(() => value), { timeout: 250 });
      else setSettled(() => value);
    }, delay);
    return () => {
      clearTimeout(timer);
      if (idle) w.cancelIdleCallback?.(idle);
    };
  }, [value, settled, delay]);
  return settled;
}
