/**
 * Answers remembered for the length of one import, keyed by their input. The readers ask the same
 * question many times over one report: the header, the attendance paragraph and every lead parse
 * the same list of people again (on the TRAIN reports, 34,403 calls of parsePerson for 14,854
 * distinct strings, 3,902 of parsePeopleList for 2,161). Each answer depends on its input alone
 * (and on the segmenter, which cannot change within one import), so an import may keep it.
 *
 * The memory lives from the start of `importText` to its end and no longer: outside an import (a
 * test calling a reader directly, a tool swapping a table between imports) every call computes
 * afresh, as before. Callers get their own copy of what is remembered (see `remembered`), so one
 * reader changing a result cannot change another's.
 */
let tables: Map<string, Map<string, unknown>> | null = null;

/** Runs `fn` (one import) with a fresh memory, dropped when it returns or throws. */
export function withImportMemo<T>(fn: () => T): T {
  const outer = tables;
  tables = new Map();
  try {
    return fn();
  } finally {
    tables = outer;
  }
}

/**
 * `compute()`'s answer for `key` in `table`, computed once per import; outside an import, computed
 * every time. `copy` gives each caller its own copy of the remembered answer.
 */
export function remembered<T>(table: string, key: string, compute: () => T, copy: (value: T) => T): T {
  if (!tables) return compute();
  let t = tables.get(table);
  if (!t) tables.set(table, (t = new Map()));
  if (t.has(key)) return copy(t.get(key) as T);
  const value = compute();
  t.set(key, value);
  return copy(value);
}
