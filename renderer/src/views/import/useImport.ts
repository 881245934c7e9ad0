import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Request, Response } from '../../../../shared/api';
import type { Conversion } from '../../../../shared/importer';
import { useApi } from '../../common/api-context';
import { changeKey, type ViewChange } from './segments';
import { importErrorMessage } from './errors';

export type ImportResponse = Response<'import:parse'>;
/** Where the text came from, for the source pane's caption. */
export type Origin = { kind: 'paste' } | { kind: 'file'; name: string };
type SourceRequest = Omit<Request<'import:parse'>, 'convert' | 'keep'>;

export interface ImportState {
  result: ImportResponse | null;
  /** Every cleanup change of the source, the undone ones included (the response lists only the applied ones). */
  changes: ViewChange[];
  origin: Origin;
  busy: boolean;
  error: string;
  notice: string;
}

/**
 * The import view's state: parse a new source, re-run with changes undone (kept as written) or
 * another script conversion. A failed parse keeps the previous result on screen, and only the
 * latest request's answer is shown, so quick clicks never show an older draft.
 */
export function useImport() {
  const { t, i18n } = useTranslation(['importer', 'common']);
  const api = useApi();
  const [state, setState] = useState<ImportState>({ result: null, changes: [], origin: { kind: 'paste' }, busy: false, error: '', notice: '' });
  const [convert, setConvertState] = useState<Conversion>('none');
  const seq = useRef(0);
  const latest = useRef(state);
  // Read by the click handlers (after commit), so toggles see the changes on screen.
  useEffect(() => {
    latest.current = state;
  }, [state]);

  const run = useCallback(
    async (request: Request<'import:parse'>, next: (r: ImportResponse) => Partial<ImportState>) => {
      const mine = ++seq.current;
      setState((s) => ({ ...s, busy: true, error: '', notice: '' }));
      try {
        const r = await api['import:parse'](request);
        if (mine === seq.current) setState((s) => ({ ...s, busy: false, result: r, ...next(r) }));
      } catch (e) {
        const n = new Intl.NumberFormat(i18n.language);
        if (mine === seq.current) setState((s) => ({ ...s, busy: false, error: importErrorMessage(t, e, (x) => n.format(x)) }));
      }
    },
    [api, t, i18n.language],
  );

  /** A new source: every change starts applied. */
  const parse = useCallback(
    (source: SourceRequest, origin: Origin, notice = '') => run({ ...source, convert }, (r) => ({ origin, notice, changes: r.removed.map((c) => ({ ...c, key: changeKey(c), undone: false })) })),
    [run, convert],
  );

  /** Re-run on the same source with these changes undone (or redone), and the chosen conversion. */
  const rerun = useCallback(
    (undone: ReadonlySet<string>, conversion: Conversion) => {
      const { result, changes } = latest.current;
      if (!result) return;
      const kept = changes.filter((c) => undone.has(c.key));
      void run({ text: result.source, convert: conversion, keep: kept.map(({ start, end }) => ({ start, end })) }, (r) => {
        const applied = r.removed.map((c) => ({ ...c, key: changeKey(c), undone: false }));
        const seen = new Set(applied.map((c) => c.key));
        const still = kept.filter((c) => !seen.has(c.key)).map((c) => ({ ...c, undone: true }));
        return { changes: [...applied, ...still].sort((a, b) => a.start - b.start) };
      });
    },
    [run],
  );

  const toggle = useCallback(
    (keys: readonly string[], undo: boolean) => {
      const undone = new Set(latest.current.changes.filter((c) => c.undone).map((c) => c.key));
      for (const k of keys) {
        if (undo) undone.add(k);
        else undone.delete(k);
      }
      rerun(undone, convert);
    },
    [rerun, convert],
  );

  const setConvert = useCallback(
    (c: Conversion) => {
      setConvertState(c);
      rerun(new Set(latest.current.changes.filter((x) => x.undone).map((x) => x.key)), c);
    },
    [rerun],
  );

  /** A message that is not an import result (an empty paste, a file refused before sending): the draft stays. */
  const say = useCallback((kind: 'error' | 'notice', message: string) => setState((s) => ({ ...s, error: kind === 'error' ? message : '', notice: kind === 'notice' ? message : '' })), []);

  return { state, convert, parse, toggle, setConvert, say };
}
