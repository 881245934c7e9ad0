import { randomBytes } from 'node:crypto';
import { open, readFile, rename, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { AppError } from '../../../shared/api';
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
  const temp = `${target}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    const handle = await open(temp, 'w');
    try {
      await handle.writeFile(`${JSON.stringify(list, null, 2)}\n`, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
  } catch (e) {
    await unlink(temp).catch(() => undefined);
    throw new AppError('unwritable', `cannot write terms list: ${(e as Error).message}`, { path: target });
  }
  return list;
}
