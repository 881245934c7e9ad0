import { useMemo } from 'react';
import type { TFunction } from 'i18next';

export type CachedT = (key: string, options?: Record<string, unknown>) => string;

/**
 * A `t` whose messages without options are looked up once and then read from a map. i18next's
 * lookup (resolve, nesting, interpolation checks) costs tens of microseconds a call, and the
 * editor's toolbar, add bar and status bar made some twenty such calls per keystroke.
 * Calls with options (counts, values) go to i18next every time.
 */
export function cachedTranslator(translate: TFunction): CachedT {
  const cache = new Map<string, string>();
  return (key, options) => {
    if (options) return translate(key, options);
    let text = cache.get(key);
    if (text === undefined) {
      text = translate(key);
      cache.set(key, text);
    }
    return text;
  };
}

/** The cached `t` for a component that re-renders on every edit; new whenever the language changes. */
export function useCachedT(translate: TFunction): CachedT {
  return useMemo(() => cachedTranslator(translate), [translate]);
}
