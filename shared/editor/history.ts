/**
 * Undo history over immutable values (the whole document). A step is a reference to a previous
 * value, so a step costs one pointer however big the document is.
 *
 * Typing is coalesced: consecutive edits carrying the same `key` (one field) within `mergeMs`
 * become one step, so Ctrl+Z undoes a burst of typing rather than one character. Saving is not
 * an edit: the history holds content only, so an autosave in between never breaks undo.
 */
export interface History<T> {
  readonly past: readonly T[];
  readonly present: T;
  readonly future: readonly T[];
  /** The coalescing key and time of the last recorded edit ('' after undo/redo or a structural edit). */
  readonly lastKey: string;
  readonly lastAt: number;
}

export const HISTORY_LIMIT = 300;
export const MERGE_MS = 1_000;

export function createHistory<T>(present: T): History<T> {
  return { past: [], present, future: [], lastKey: '', lastAt: 0 };
}

export interface RecordOptions {
  /** Edits with the same non-empty key in a row merge into one step. */
  key?: string;
  /** Time of the edit in ms (injected: the reducer stays pure). */
  at: number;
  mergeMs?: number;
  limit?: number;
}

export function record<T>(h: History<T>, next: T, options: RecordOptions): History<T> {
  if (Object.is(next, h.present)) return h;
  const key = options.key ?? '';
  const mergeMs = options.mergeMs ?? MERGE_MS;
  if (key && key === h.lastKey && options.at - h.lastAt <= mergeMs) {
    return { past: h.past, present: next, future: [], lastKey: key, lastAt: options.at };
  }
  const limit = options.limit ?? HISTORY_LIMIT;
  const past = h.past.length >= limit ? [...h.past.slice(h.past.length - limit + 1), h.present] : [...h.past, h.present];
  return { past, present: next, future: [], lastKey: key, lastAt: options.at };
}

export function canUndo<T>(h: History<T>): boolean {
  return h.past.length > 0;
}

export function canRedo<T>(h: History<T>): boolean {
  return h.future.length > 0;
}

export function undo<T>(h: History<T>): History<T> {
  if (h.past.length === 0) return h;
  const previous = h.past[h.past.length - 1] as T;
  return { past: h.past.slice(0, -1), present: previous, future: [h.present, ...h.future], lastKey: '', lastAt: 0 };
}

export function redo<T>(h: History<T>): History<T> {
  if (h.future.length === 0) return h;
  const [next, ...rest] = h.future as [T, ...T[]];
  return { past: [...h.past, h.present], present: next, future: rest, lastKey: '', lastAt: 0 };
}

/** Replaces the present without a step (e.g. the server's copy after a reload); clears nothing else. */
export function replacePresent<T>(h: History<T>, present: T): History<T> {
  return { ...h, present, lastKey: '' };
}
