import { useCallback, useEffect, useRef, useState } from 'react';
import { useApi } from '../../common/api-context';

/**
 * Findings dismissed in one document (keys rule|text), loaded from and saved to check:dismissed.
 * Updates are optimistic and written in order; a failed write leaves the list as the store has it.
 */
export function useDismissed(docId: string) {
  const api = useApi();
  const [keys, setKeys] = useState<ReadonlySet<string>>(new Set());
  const latest = useRef(keys);
  useEffect(() => {
    latest.current = keys;
  }, [keys]);

  useEffect(() => {
    let live = true;
    api['check:dismissed:get']({ docId }).then(
      (r) => live && setKeys(new Set(r.keys)),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [api, docId]);

  const write = useCallback(
    (next: ReadonlySet<string>) => {
      setKeys(next);
      api['check:dismissed:set']({ docId, keys: [...next] }).then(
        (r) => setKeys(new Set(r.keys)),
        () =>
          api['check:dismissed:get']({ docId }).then(
            (r) => setKeys(new Set(r.keys)),
            () => undefined,
          ),
      );
    },
    [api, docId],
  );

  const dismiss = useCallback((key: string) => write(new Set([...latest.current, key])), [write]);
  const restoreAll = useCallback(() => write(new Set()), [write]);
  return { keys, dismiss, restoreAll };
}
