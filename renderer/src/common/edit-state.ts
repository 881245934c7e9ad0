import type { Briefing } from '../../../shared/model';

/**
 * The editor's document state is an undo history of whole documents (shared/editor/history).
 * Every change is a pure function of the document (shared/editor/ops), applied synchronously to
 * the latest document so the caller can learn where focus goes, and recorded with a coalescing
 * key for typing. The stored revision is not part of it: saving never creates or breaks a step.
 */
export type EditFn = (doc: Briefing) => Briefing;
export type Edit = (fn: EditFn, key?: string) => void;

/** Focus keys: every focusable field carries data-fk so focus can follow structural edits. */
export const fk = {
  title: 'title',
  paragraph: (sectionId: string, index: number) => `p:${sectionId}:${index}`,
  heading: (sectionId: string) => `h:${sectionId}`,
  lead: (sectionId: string) => `l:${sectionId}`,
  kind: (sectionId: string) => `k:${sectionId}`,
  handle: (sectionId: string) => `s:${sectionId}`,
  item: (itemId: string, cell: 'text' | 'owner' | 'due' | 'status') => `i:${itemId}:${cell}`,
  addBar: 'add-bar',
};

export interface FocusRequest {
  key: string;
  caret?: number;
  /** Only if the person has not already put the caret somewhere in the editor (opening focus). */
  ifIdle?: boolean;
}
