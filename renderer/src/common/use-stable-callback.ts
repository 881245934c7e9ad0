import { useCallback, useLayoutEffect, useRef } from 'react';

/**
 * A function whose identity never changes but which always runs the latest `fn` given. Handlers
 * passed to a memoised child (the library's table) would otherwise be new on every render and undo
 * the memo: each keystroke in the search box re-rendered every visible row on the input path.
 * Safe for event handlers only (never call it during render: the ref is set after commit).
 */
export function useStableCallback<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  const latest = useRef(fn);
  useLayoutEffect(() => {
    latest.current = fn;
  });
  return useCallback((...args: A) => latest.current(...args), []);
}
