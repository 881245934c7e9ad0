import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Diagnostic } from '../../../../shared/check';
import type { Briefing } from '../../../../shared/model';
import { useApi } from '../../common/api-context';
import { errorMessage } from '../../common/errors';

export interface Checked {
  diagnostics: Diagnostic[];
  /** The document the diagnostics describe: offsets are valid in it, maybe not in the latest one. */
  doc: Briefing | null;
  error: string;
  running: boolean;
  /** The services were still loading the word layer: these findings lack the WRD rules. */
  wordsPending: boolean;
}

/** Quiet time after the last keystroke before a check runs (a check of 20 pages costs ~15 ms). */
export const CHECK_DELAY_MS = 250;
/** Wait before asking again while the services load the word layer (seconds, once per process). */
const WORDS_RETRY_MS = 1000;

/**
 * check:run on the latest document, debounced while the user types; only the answer for the
 * latest request is kept. Typing never waits for it: the editor keeps its own state.
 */
export function useDiagnostics(doc: Briefing, delay = CHECK_DELAY_MS): Checked {
  const { t } = useTranslation('check');
  const api = useApi();
  const [state, setState] = useState<Checked>({ diagnostics: [], doc: null, error: '', running: true, wordsPending: false });
  const seq = useRef(0);

  useEffect(() => {
    const mine = ++seq.current;
    let timer: ReturnType<typeof setTimeout>;
    const run = (): void => {
      setState((s) => (s.running ? s : { ...s, running: true }));
      api['check:run']({ doc }).then(
        (r) => {
          if (mine !== seq.current) return;
          setState({ diagnostics: r.diagnostics, doc, error: '', running: false, wordsPending: r.wordsPending === true });
          // The services were still loading the word layer: ask again for its findings.
          if (r.wordsPending) timer = setTimeout(run, WORDS_RETRY_MS);
        },
        (e) => mine === seq.current && setState((s) => ({ ...s, error: errorMessage(t, e), running: false })),
      );
    };
    timer = setTimeout(run, delay);
    return () => clearTimeout(timer);
  }, [api, doc, delay, t]);

  return state;
}
