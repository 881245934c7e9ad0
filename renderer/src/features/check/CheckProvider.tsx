import { createContext, useCallback, useContext, useMemo, type ReactNode } from 'react';
import type { Diagnostic } from '../../../../shared/check';
import type { Briefing } from '../../../../shared/model';
import { fixedByFixAll } from '../../../../shared/check/apply';
import { applyFixesShared, dismissKey, isCurrent } from './fixes';
import { useDiagnostics } from './useDiagnostics';
import { useDismissed } from './useDismissed';
import { acceptedWordOf, useAccepted } from './useAccepted';

export interface CheckContextValue {
  /** The findings not dismissed, in the checker's reading order. */
  diagnostics: Diagnostic[];
  /** The document they were computed on (offsets are valid there). */
  checked: Briefing | null;
  dismissedCount: number;
  running: boolean;
  /** The word layer (WRD rules) is still loading in the services: its findings come later. */
  wordsPending: boolean;
  error: string;
  fix: (d: Diagnostic) => void;
  fixAll: (rule: string) => void;
  dismiss: (d: Diagnostic) => void;
  /** Adds the word a WRD finding flagged to the office's accepted words. */
  accept: (d: Diagnostic) => void;
  restoreDismissed: () => void;
}

const CheckContext = createContext<CheckContextValue | null>(null);

/** Null outside an editor with proofreading (markers then render nothing). */
export function useCheck(): CheckContextValue | null {
  return useContext(CheckContext);
}

type Edit = (fn: (doc: Briefing) => Briefing, key?: string) => void;

/**
 * Proofreading for one open document: runs the checks as the user types, hides dismissed
 * findings, and applies fixes through the editor's own edit (so a fix is one undo step).
 * A fix is applied only where the text still reads as it did when checked. The context value
 * changes only when a check answers (not per keystroke), so markers stay off the typing path.
 */
export function CheckProvider({ doc, edit, children }: { doc: Briefing; edit: Edit; children: ReactNode }) {
  const result = useDiagnostics(doc);
  const { keys, dismiss: dismissKeyed, restoreAll } = useDismissed(doc.id);
  // Its members, not the hook's object (new each render): the context value must keep its identity
  // between keystrokes, or every paragraph's marks re-render.
  const { words: acceptedWords, accept } = useAccepted();
  const checked = result.doc;

  const diagnostics = useMemo(
    () => (checked ? result.diagnostics.filter((d) => !keys.has(dismissKey(d, checked)) && !acceptedWords.has(acceptedWordOf(d) ?? '')) : []),
    [result.diagnostics, checked, keys, acceptedWords],
  );

  const applyNow = useCallback(
    (list: Diagnostic[]) => {
      if (!checked || !list.length) return;
      edit((current) => {
        const safe = list.filter((d) => d.fix && isCurrent(d, checked, current));
        return safe.length ? applyFixesShared(current, safe) : current;
      });
    },
    [checked, edit],
  );

  const value = useMemo<CheckContextValue>(
    () => ({
      diagnostics,
      checked,
      dismissedCount: keys.size,
      running: result.running,
      wordsPending: result.wordsPending,
      error: result.error,
      fix: (d) => applyNow([d]),
      // The word layer's warnings stay for the writer to confirm one by one (shared/check/apply.ts).
      fixAll: (rule) => applyNow(diagnostics.filter((d) => d.rule === rule && fixedByFixAll(d))),
      dismiss: (d) => checked && dismissKeyed(dismissKey(d, checked)),
      accept: (d) => {
        const word = acceptedWordOf(d);
        if (word) accept(word);
      },
      restoreDismissed: restoreAll,
    }),
    [diagnostics, checked, keys.size, result.running, result.wordsPending, result.error, applyNow, dismissKeyed, restoreAll, accept],
  );
  return <CheckContext.Provider value={value}>{children}</CheckContext.Provider>;
}
