import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { AppError } from '../../../shared/api';
import { writeFileDurable } from '../fs-durable';

/**
 * Proofreading findings dismissed per document (keys `rule|text`), in dismissed.json beside the
 * library. A dismissal is a reviewer's note about the text, not part of the document, so it makes
 * no revision and survives undo.
 */
const DismissedFile = z.object({ version: z.literal(1), docs: z.record(z.string(), z.array(z.string())) });
type DismissedFile = z.infer<typeof DismissedFile>;

export function dismissedPath(dataDir: string): string {
  return join(dataDir, 'dismissed.json');
}

async function load(dataDir: string): Promise<DismissedFile> {
  let raw: string;
  try {
    raw = await readFile(dismissedPath(dataDir), 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { version: 1, docs: {} };
    throw new AppError('unwritable', `cannot read dismissed findings: ${(e as Error).message}`, { path: dismissedPath(dataDir) });
  }
  let json: unknown = null;
  try {
    json = JSON.parse(raw);
  } catch {
    // fall through: a damaged file counts as empty (the findings show again; nothing of the user's text is lost).
  }
  const parsed = DismissedFile.safeParse(json);
  return parsed.success ? parsed.data : { version: 1, docs: {} };
}

/** Reads and writes go through one queue so two quick dismissals never overwrite each other. */
export function createDismissedStore(dataDir: string) {
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(fn: () => Promise<T>): Promise<T> => {
    const next = queue.then(fn, fn);
    queue = next.catch(() => undefined);
    return next;
  };
  return {
    get: (docId: string) => serial(async () => (await load(dataDir)).docs[docId] ?? []),
    set: (docId: string, keys: readonly string[]) =>
      serial(async () => {
        const data = await load(dataDir);
        const unique = [...new Set(keys)];
        if (unique.length) data.docs[docId] = unique;
        else delete data.docs[docId];
        await writeFileDurable(dismissedPath(dataDir), `${JSON.stringify(data, null, 1)}\n`);
        return unique;
      }),
  };
}

/** Unique temp name, fsync, rename over the old file: a crash leaves the old or the new file, never half. */
