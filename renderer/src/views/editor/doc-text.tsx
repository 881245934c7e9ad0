import { createContext, useCallback, useContext, useSyncExternalStore } from 'react';
import type { Briefing } from '../../../../shared/model';

/**
 * The latest document, readable synchronously by one paragraph. The editor's React state follows
 * edits in a transition (so a keystroke never waits for the whole editor, the problems list and
 * the preview); a paragraph reads its own text from here, so the keystroke paints at once, from
 * the same document the next edit will be applied to. Only paragraphs whose text changed render.
 */
export interface DocText {
  subscribe: (listener: () => void) => () => void;
  latest: () => Briefing;
}

export const DocTextContext = createContext<DocText | null>(null);

/** This paragraph's text in the latest document; `fallback` (the rendered document's) when absent. */
export function useParagraphText(sectionId: string, index: number, fallback: string): string {
  const store = useContext(DocTextContext);
  const read = useCallback(() => {
    if (!store) return fallback;
    // A paragraph the latest document no longer has (removed by a structural edit) keeps its
    // rendered text until the tree that still shows it re-renders.
    return store.latest().sections.find((s) => s.id === sectionId)?.paragraphs[index] ?? fallback;
  }, [store, sectionId, index, fallback]);
  return useSyncExternalStore(store?.subscribe ?? noSubscribe, read);
}

const noSubscribe = () => () => {};
