import type { Selection } from './selection';

/**
 * Undo history over immutable values (the whole document) and the selection that goes with each
 * of them. A step is a reference to a previous value, so a step costs one pointer however big the
 * document is.
 *
 * Like a ProseMirror transaction, an edit carries the selection before it and after it; the history
 * keeps both beside each step, so undo puts the caret back where the undone edit began and redo
 * where it ended.
 *
 * Typing is coalesced: consecutive edits carrying the same `key` (one field) within `mergeMs`
 * become one step, so Ctrl+Z undoes a burst of typing rather than one character (and the caret
 * returns to where the burst began). Saving is not an edit: the history holds content only, so an
 * autosave in between never breaks undo.
 */
export interface History<T> {
  readonly past: readonly T[];
  readonly present: T;
  readonly future: readonly T[];
  /** Same length as `past`: the carets of the edit that led away from each past value. */
  readonly pastEdits: readonly StepCarets[];
  /** Same length as `future`: the carets of the edit that leads to each future value. */
  readonly futureEdits: readonly StepCarets[];
  /** The caret that belongs with `present` (after the last edit, undo or redo). */
  readonly selection: Selection | null;
  /** The coalescing key and time of the last recorded edit ('' after undo/redo or a structural edit). */
  readonly lastKey: string;
  readonly lastAt: number;
}

/** The caret just before an edit (restored by undo) and just after it (restored by redo). */
export interface StepCarets {
  readonly before: Selection | null;
  readonly after: Selection | null;
}

export const HISTORY_LIMIT = 300;
export const MERGE_MS = 1_000;

export function createHistory<T>(present: T, selection: Selection | null = null): History<T> {
  return { past: [], present, future: [], pastEdits: [], futureEdits: [], selection, lastKey: '', lastAt: 0 };
}

export interface RecordOptions {
  /** Edits with the same non-empty key in a row merge into one step. */
  key?: string;
  /** Time of the edit in ms (injected: the reducer stays pure). */
  at: number;
  mergeMs?: number;
  limit?: number;
  /** The caret just before the edit (restored by undo). */
  before?: Selection | null;
  /** The caret just after the edit (restored by redo). */
  after?: Selection | null;
}

export function record<T>(h: History<T>, next: T, options: RecordOptions): History<T> {
  if (Object.is(next, h.present)) return h;
  const key = options.key ?? '';
  const mergeMs = options.mergeMs ?? MERGE_MS;
  const after = options.after ?? null;
  const base = { present: next, future: [], futureEdits: [], selection: after, lastKey: key, lastAt: options.at };
  if (key && key === h.lastKey && options.at - h.lastAt <= mergeMs && h.pastEdits.length > 0) {
    // One step for the burst: it began where the first keystroke's caret was, it ends here.
    const last = h.pastEdits[h.pastEdits.length - 1]!;
    return { ...base, past: h.past, pastEdits: [...h.pastEdits.slice(0, -1), { before: last.before, after }] };
  }
  const limit = options.limit ?? HISTORY_LIMIT;
  const before = options.before ?? h.selection;
  const drop = h.past.length >= limit ? h.past.length - limit + 1 : 0;
  return {
    ...base,
    past: [...h.past.slice(drop), h.present],
    pastEdits: [...h.pastEdits.slice(drop), { before, after }],
  };
}

export function canUndo<T>(h: History<T>): boolean {
  return h.past.length > 0;
}

export function canRedo<T>(h: History<T>): boolean {
  return h.future.length > 0;
}

export function undo<T>(h: History<T>): History<T> {
  if (h.past.length === 0) return h;
  const step = h.pastEdits[h.pastEdits.length - 1] ?? { before: null, after: null };
  return {
    past: h.past.slice(0, -1),
    pastEdits: h.pastEdits.slice(0, -1),
    present: h.past[h.past.length - 1] as T,
    selection: step.before,
    future: [h.present, ...h.future],
    futureEdits: [step, ...h.futureEdits],
    lastKey: '',
    lastAt: 0,
  };
}

export function redo<T>(h: History<T>): History<T> {
  if (h.future.length === 0) return h;
  const step = h.futureEdits[0] ?? { before: null, after: null };
  return {
    past: [...h.past, h.present],
    pastEdits: [...h.pastEdits, step],
    present: h.future[0] as T,
    selection: step.after,
    future: h.future.slice(1),
    futureEdits: h.futureEdits.slice(1),
    lastKey: '',
    lastAt: 0,
  };
}

/** Replaces the present without a step (e.g. the server's copy after a reload); clears nothing else. */
export function replacePresent<T>(h: History<T>, present: T): History<T> {
  return { ...h, present, lastKey: '' };
}
