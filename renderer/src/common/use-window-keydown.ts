import { useLayoutEffect, useRef } from 'react';

/**
 * A window keydown listener that is attached in the same task as the first commit of the view, and
 * stays attached while the handler changes. With useEffect the listener came a task after the view
 * was painted, so a key pressed right after the view appeared (a person on a slow machine, or the
 * e2e suite under load) was silently dropped; re-attaching it on every dependency change reopened
 * that gap each time.
 */
export function useWindowKeydown(handler: (e: KeyboardEvent) => void): void {
  const latest = useRef(handler);
  useLayoutEffect(() => {
    latest.current = handler;
  });
  useLayoutEffect(() => {
    const onKey = (e: KeyboardEvent) => latest.current(e);
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
