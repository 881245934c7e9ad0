import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AppError } from '../../../shared/api';
import { writeFileDurable } from '../fs-durable';
import { DEFAULT_TERMS, TermsListSchema, type TermsList } from '../../../shared/check';

/** The terms list lives beside the library as terms.json; absent means the default list. */
export function termsPath(dataDir: string): string {
  return join(dataDir, 'terms.json');
}

export async function loadTerms(dataDir: string): Promise<TermsList> {
  let raw: string;
  try {
    raw = await readFile(termsPath(dataDir), 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return DEFAULT_TERMS;
    throw new AppError('unwritable', `cannot read terms list: ${(e as Error).message}`, { path: termsPath(dataDir) });
  }
  const parsed = TermsListSchema.safeParse(safeJson(raw));
  // A damaged terms file must not stop proofreading: the defaults apply and the file stays for repair.
  return parsed.success ? parsed.data : DEFAULT_TERMS;
}

function safeJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return null;
  }
}

/** Durable write: unique temp name, fsync, rename over the old file. */
export async function saveTerms(dataDir: string, terms: TermsList): Promise<TermsList> {
  const list = TermsListSchema.parse(terms);
  const target = termsPath(dataDir);
  await writeFileDurable(target, `${JSON.stringify(list, null, 2)}\n`, { mode: 0o644 });
  return list;
}
