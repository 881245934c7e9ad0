import { useCallback, useEffect, useRef, useState } from 'react';
import { AppError, type Api, type ErrorCode } from '../../../../shared/api';
import { Briefing } from '../../../../shared/model';

export type SaveStatus =
  | { kind: 'saved' }
  | { kind: 'dirty' }
  | { kind: 'saving' }
  /** The document as it stands breaks a rule (a title too long…): not sent; saved after the next fix. */
  | { kind: 'invalid'; path: PropertyKey[]; message: string; max?: number }
  /** The service refused or could not write: the text stays here and the save is retried. */
  | { kind: 'failed'; error: unknown; code: ErrorCode | ''; retryIn: number };

/** Within one second of the last change (the brief): 700 ms of quiet, then save. */
export const SAVE_DELAY_MS = 700;
const RETRY_MS = [2_000, 5_000, 10_000, 30_000];
/** Retrying cannot help these; the user must act (reload, overwrite, shorten). */
const NO_RETRY: readonly string[] = ['conflict', 'readOnly', 'newerSchema', 'notFound', 'validation', 'payloadTooLarge'];

/**
 * Autosave: watches the document, saves it after a short quiet spell, one save at a time, with
 * the revision the store expects. A failure keeps everything in memory, says why, and retries
 * with back-off; the next change also retries at once.
 */
export function useAutosave(api: Api, present: Briefing, initial: Briefing, readLatest?: () => Briefing) {
  const [status, setStatus] = useState<SaveStatus>({ kind: 'saved' });
  const [savedAt, setSavedAt] = useState(initial.updatedAt);
  const revision = useRef(initial.revision);
  const saved = useRef<Briefing>(initial);
  const latest = useRef(present);
  const inFlight = useRef<Promise<void> | null>(null);
  const again = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const attempts = useRef(0);
  const saveRef = useRef<() => Promise<void>>(async () => undefined);
  const schedule = (ms: number) => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void saveRef.current(), ms);
  };

  useEffect(() => {
    latest.current = present;
  }, [present]);

  const save = useCallback(async (): Promise<void> => {
    clearTimeout(timer.current);
    if (inFlight.current) {
      again.current = true;
      return inFlight.current;
    }
    // The editor's latest document, which may be a keystroke ahead of the rendered one (its
    // state follows after the frame): Ctrl+S right after typing saves what is on screen.
    const doc = readLatest?.() ?? latest.current;
    if (doc === saved.current) {
      setStatus({ kind: 'saved' });
      return;
    }
    const candidate = { ...doc, revision: revision.current };
    const check = Briefing.safeParse(candidate);
    if (!check.success) {
      const issue = check.error.issues[0]!;
      const max = 'maximum' in issue && typeof issue.maximum === 'number' ? issue.maximum : undefined;
      setStatus({ kind: 'invalid', path: issue.path, message: issue.message, ...(max === undefined ? {} : { max }) });
      return;
    }
    setStatus({ kind: 'saving' });
    const run = (async () => {
      try {
        const result = await api['docs:save']({ doc: candidate });
        revision.current = result.doc.revision;
        saved.current = doc;
        attempts.current = 0;
        setSavedAt(result.doc.updatedAt);
        const now = readLatest?.() ?? latest.current;
        setStatus(now === doc ? { kind: 'saved' } : { kind: 'dirty' });
        if (now !== doc) schedule(SAVE_DELAY_MS);
      } catch (e) {
        const code = e instanceof AppError ? e.code : '';
        const retryIn = NO_RETRY.includes(code) ? 0 : RETRY_MS[Math.min(attempts.current, RETRY_MS.length - 1)]!;
        attempts.current++;
        setStatus({ kind: 'failed', error: e, code, retryIn });
        if (retryIn) schedule(retryIn);
      }
    })();
    inFlight.current = run;
    await run;
    inFlight.current = null;
    if (again.current) {
      again.current = false;
      await saveRef.current();
    }
  }, [api, readLatest]);
  useEffect(() => {
    saveRef.current = save;
  }, [save]);

  useEffect(() => {
    if (present === saved.current) return;
    // The same state object when already dirty: a keystroke must not cost a second render.
    setStatus((s) => (s.kind === 'failed' || s.kind === 'saving' || s.kind === 'dirty' ? s : { kind: 'dirty' }));
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void saveRef.current(), SAVE_DELAY_MS);
  }, [present]);

  useEffect(() => () => clearTimeout(timer.current), []);

  /** After a conflict: take the stored revision as the base and save this text over it (the stored one stays in the file's history). */
  const overwrite = useCallback(async () => {
    const { doc } = await api['docs:get']({ id: latest.current.id });
    revision.current = doc.revision;
    saved.current = { ...doc };
    await save();
  }, [api, save]);

  const isSaved = status.kind === 'saved';
  return { status, savedAt, save, overwrite, isSaved };
}
