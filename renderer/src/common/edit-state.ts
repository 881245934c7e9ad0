import type { Selection, Transaction } from '../../../shared/editor/selection';
import type { Briefing } from '../../../shared/model';

/**
 * The editor's document state is an undo history of whole documents (shared/editor/history).
 * Every change is a pure function of the document (shared/editor/ops), applied synchronously to
 * the latest document so the caller can learn where focus goes, and recorded with a coalescing
 * key for typing. The stored revision is not part of it: saving never creates or breaks a step.
 *
 * An EditFn returns either the new document (the caret stays where the browser put it) or a
 * transaction: the document and the selection that goes with it, which the editor then focuses.
 */
export type EditFn = (doc: Briefing) => Briefing | Transaction<Briefing>;
/**
 * `deferred`: the caller already shows the change itself (a paragraph's own draft), so the rest of
 * the editor may catch up in a React transition, off the keystroke's frame.
 */
export interface EditOptions {
  deferred?: boolean;
}
export type Edit = (fn: EditFn, key?: string, options?: EditOptions) => void;

/** Focus keys live with the selection in shared/editor, so operations can say where the caret goes. */
export { fk } from '../../../shared/editor/selection';

export interface FocusRequest extends Selection {
  /** A collapsed caret (the same as start = end = caret). */
  caret?: number;
  /** Only if the person has not already put the caret somewhere in the editor (opening focus). */
  ifIdle?: boolean;
}
