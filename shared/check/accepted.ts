import { z } from 'zod';

/**
 * The office's accepted words (本单位用词): words the word layer (WRD-xx) must never flag, such as
 * local place names, project names or a term of art that looks like a slip (新质, 增置). Shared by
 * the app (kept beside the library as accepted-words.json) and `briefing check --accept FILE`.
 */
export const MAX_ACCEPTED = 5000;
export const AcceptedWord = z.string().trim().min(1).max(20);
export const AcceptedWords = z.array(AcceptedWord).max(MAX_ACCEPTED);

/** A plain list, one word a line; blank lines and lines starting with # are skipped. */
export function parseAccepted(text: string): string[] {
  const words = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
  return AcceptedWords.parse([...new Set(words)]);
}
