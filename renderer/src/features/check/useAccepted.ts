import { useCallback, useState } from 'react';
import type { Diagnostic } from '../../../../shared/check';
import { useApi } from '../../common/api-context';

/** Word-layer rules whose flagged word an office may accept (WRD-05 flags a misused particle de, which is no word to accept). */
export const ACCEPTABLE_RULES: ReadonlySet<string> = new Set(['WRD-01', 'WRD-02', 'WRD-03', 'WRD-04']);

export const acceptedWordOf = (d: Diagnostic): string | null => (ACCEPTABLE_RULES.has(d.rule) && typeof d.params.found === 'string' ? d.params.found : null);

/**
 * "Accept for this office": adds the flagged word to the office's accepted words (check:accepted,
 * one list beside the library for every document). Words accepted here hide at once; the next
 * check leaves them out anyway.
 */
export function useAccepted() {
  const api = useApi();
  const [words, setWords] = useState<ReadonlySet<string>>(new Set());
  const accept = useCallback(
    (word: string) => {
      setWords((w) => new Set([...w, word]));
      void api['check:accepted:get']({}).then(
        (r) => (r.words.includes(word) ? r : api['check:accepted:set']({ words: [...r.words, word] })),
        () => undefined,
      );
    },
    [api],
  );
  // A new object each render: callers depend on `words` and `accept`, each stable until it changes.
  return { words, accept };
}
