import { useMemo } from 'react';
import type { TFunction } from 'i18next';

export type CachedT = (key: string, options?: Record<string, unknown>) => string;

/** Entries one translator keeps; past it the cache starts again (a message's values rarely vary). */
const MAX_ENTRIES = 500;

/** The cache key of a call, or null when an option is not a plain value (then it is not cached). */
function callKey(key: string, options: Record<string, unknown> | undefined): string | null {
  if (!options) return key;
  let k = key;
  for (const name of Object.keys(options)) {
    const v = options[name];
    if (v !== null && (typeof v === 'object' || typeof v === 'function')) return null;
    // the type is part of the key: a count of 1 and the string '1' may pick different plurals
    k += `\u0000${name}\u0001${typeof v}\u0001${String(v)}`;
  }
  return k;
}

/**
 * A `t` whose messages are looked up once per key and values, then read from a map. i18next's
 * lookup (resolve, nesting, interpolation, plurals) costs tens of microseconds a call, and the
 * editor's toolbar, status bar, edited section, edited paragraph and preview bar made some forty
 * such calls after every keystroke (0.65 ms of the editor's render on the 20-page document),
 * nearly all with the same values as the keystroke before.
 */
export function cachedTranslator(translate: TFunction): CachedT {
  const cache = new Map<string, string>();
  return (key, options) => {
    const k = callKey(key, options);
    if (k === null) return translate(key, options);
    let text = cache.get(k);
    if (text === undefined) {
      text = options ? translate(key, options) : translate(key);
      if (cache.size >= MAX_ENTRIES) cache.clear();
      cache.set(k, text);
    }
    return text;
  };
}

/** The cached `t` for a component that re-renders on every edit; new whenever the language changes. */
export function useCachedT(translate: TFunction): CachedT {
  return useMemo(() => cachedTranslator(translate), [translate]);
}
