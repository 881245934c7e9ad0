import path from 'node:path';
import { parseJsonFile, serialize } from './durable-adapter';
import { DocumentFile, HISTORY_DEPTH, prepareDocumentFile } from './document-file';
import { disk, readText } from '../disk';
import { ensureDir, renameDurable, writeFileDurable } from '../fs-durable';
import type { StorePaths } from './paths';

/** Rolling backups kept per document: independent copies of the last N saved versions. */
export const BACKUPS_PER_DOCUMENT = 5;

function stamp(now: Date): string {
  return now.toISOString().replace(/[:.]/g, '-');
}

/** Moves a damaged file into quarantine/ under a unique name. Never deletes user data. */
export async function quarantineFile(paths: StorePaths, file: string, now: Date): Promise<string> {
  await ensureDir(paths.quarantine);
  const target = path.join(paths.quarantine, `${stamp(now)}-${Math.random().toString(36).slice(2, 8)}-${path.basename(file)}`);
  await renameDurable(file, target);
  return target;
}

/**
 * Backups are ordered by when they were written (a per-document sequence), not by revision: after
 * a replace-restore or a merge, a lower revision can be the newest content, and pruning by
 * revision would delete it at once. Older names `rNNNNNNNNN.json` count as sequence 0.
 */
const BACKUP_NAME = /^(?:b(\d{9})-)?r(\d{9})\.json$/;

function backupOrder(name: string): [number, number] | undefined {
  const m = BACKUP_NAME.exec(name);
  return m ? [Number(m[1] ?? 0), Number(m[2])] : undefined;
}

/** Oldest first. */
export function sortBackups(names: string[]): string[] {
  return names
    .map((n) => ({ n, o: backupOrder(n) }))
    .filter((x): x is { n: string; o: [number, number] } => !!x.o)
    .sort((a, b) => a.o[0] - b.o[0] || a.o[1] - b.o[1])
    .map((x) => x.n);
}

function backupName(sequence: number, revision: number): string {
  return `b${String(sequence).padStart(9, '0')}-r${String(revision).padStart(9, '0')}.json`;
}

/**
 * Writes a copy of the just-saved version into backups/<id>/ and prunes the oldest. The copy is
 * not fsynced: the document itself already is; the backup protects against later damage to that
 * file (a copy, not a hard link, because in-place damage would reach a link too).
 */
export async function writeBackup(paths: StorePaths, id: string, revision: number, data: string, known: string[] | undefined): Promise<string[]> {
  const dir = paths.backupDir(id);
  let names = known;
  if (!names) {
    await ensureDir(dir);
    names = sortBackups(await disk().readdir(dir));
  }
  const last = names.length ? backupOrder(names[names.length - 1]!)![0] : 0;
  const name = backupName(last + 1, revision);
  await disk().writeFile(path.join(dir, name), data, 0o600);
  const next = [...names, name];
  while (next.length > BACKUPS_PER_DOCUMENT) {
    const old = next.shift()!;
    await disk().unlink(path.join(dir, old)).catch(() => undefined);
  }
  return next;
}

/** The newest backup that parses and validates, or undefined. */
export async function latestGoodBackup(paths: StorePaths, id: string): Promise<{ file: DocumentFile; from: string } | undefined> {
  const dir = paths.backupDir(id);
  let names: string[];
  try {
    names = sortBackups(await disk().readdir(dir)).reverse();
  } catch {
    return undefined;
  }
  for (const name of names) {
    const from = path.join(dir, name);
    try {
      const file = parseJsonFile(from, await readText(from), DocumentFile, prepareDocumentFile);
      if (file.doc.id === id) return { file, from };
    } catch {
      /* try the next older one */
    }
  }
  return undefined;
}

/** Restores a document file from a backup copy, durably. */
export async function restoreFromBackup(target: string, file: DocumentFile): Promise<void> {
  await writeFileDurable(target, serialize({ ...file, history: file.history.slice(0, HISTORY_DEPTH) }));
}
