/**
 * Where the caret is, in terms of the document rather than the DOM: the field (a focus key, the
 * same string the editor puts on the field's data-fk) and the offsets in its text. Operations
 * return it beside the new document, the history keeps it beside each step, and the editor turns
 * it back into a focused field with that caret.
 *
 * A key names a paragraph by its section and position; the history restores the exact document
 * the key was taken from, so the position is always the right one.
 */
export interface Selection {
  key: string;
  start?: number;
  end?: number;
}

/** Focus keys: every focusable field of the editor carries one as data-fk. */
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

/** A collapsed caret at `offset` in the field `key`. */
export function caretAt(key: string, offset?: number): Selection {
  return offset === undefined ? { key } : { key, start: offset, end: offset };
}

/** A document after an operation, and where the caret goes in it. */
export interface Transaction<D> {
  doc: D;
  selection: Selection | null;
}
