import { useCallback, useState } from 'react';
import type { DialogChoice } from '../../../shared/api';

/**
 * A file or folder chosen in the app's native dialog. Main keeps the path; the renderer holds only
 * the single-use handle and shows the file's name in the path field. The handle counts as long as
 * the field still shows that name (typing there means a path again), and is used once.
 */
export function useChosenFile() {
  const [chosen, setChosen] = useState<{ handle: string; name: string } | null>(null);
  /** Keeps the dialog's answer; the name to show, or null when the dialog was cancelled. */
  const keep = useCallback((answer: DialogChoice): string | null => {
    if (!answer.handle) return null;
    setChosen({ handle: answer.handle, name: answer.name });
    return answer.name;
  }, []);
  /** The handle if FIELD still shows the chosen name, else null. */
  const handleFor = (field: string): string | null => (chosen && chosen.name === field ? chosen.handle : null);
  /** Forgets the handle: it is about to be used (a handle works once). */
  const forget = useCallback(() => setChosen(null), []);
  return { keep, handleFor, forget };
}
