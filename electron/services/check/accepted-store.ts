import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { AppError } from '../../../shared/api';
import { AcceptedWords } from '../../../shared/check/accepted';
import { writeFileDurable } from '../fs-durable';

/**
 * The office's accepted words live beside the library as accepted-words.json, like the terms list:
 * one list for every document, so a word accepted once is never flagged by the word layer again.
 */
const AcceptedFile = z.object({ version: z.literal(1), words: AcceptedWords });

export function acceptedPath(dataDir: string): string {
  return join(dataDir, 'accepted-words.json');
}

export async function loadAccepted(dataDir: string): Promise<string[]> {
  let raw: string;
  try {
    raw = await readFile(acceptedPath(dataDir), 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw new AppError('unwritable', `cannot read accepted words: ${(e as Error).message}`, { path: acceptedPath(dataDir) });
  }
  let json: unknown = null;
  try {
    json = JSON.parse(raw);
  } catch {
    // A damaged file counts as empty: findings show again, nothing of the user's text is lost.
  }
  const parsed = AcceptedFile.safeParse(json);
  return parsed.success ? parsed.data.words : [];
}

/** Durable write (temp file, fsync, rename); duplicates dropped, order kept. */
export async function saveAccepted(dataDir: string, words: readonly string[]): Promise<string[]> {
  const list = AcceptedWords.parse([...new Set(words.map((w) => w.trim()))]);
  await writeFileDurable(acceptedPath(dataDir), `${JSON.stringify({ version: 1, words: list }, null, 1)}\n`, { mode: 0o644 });
  return list;
}
