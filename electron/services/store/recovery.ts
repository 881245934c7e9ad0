import path from 'node:path';
import { parseJsonFile, serialize } from './durable-adapter';
import { DocumentFile, HISTORY_DEPTH, prepareDocumentFile } from './document-file';
import { disk, readText } from '../disk';
import { ensureDir, renameDurable, writeFileDurable } from '../fs-durable';
import type { StorePaths } from './paths';
import { DEFAULT_THINNING, thinSnapshots, type Snapshot } from './thinning';

/** Backups always kept per document (the most recent); older ones are thinned by time (thinning.ts). */
export const BACKUPS_PER_DOCUMENT = DEFAULT_THINNING.recent;

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
 * revision would delete it at once. The name carries sequence, revision and save time:
 * `bNNNNNNNNN-rNNNNNNNNN-tMS.json`. Older names `rNNNNNNNNN.json` count as sequence 0, time 0.
 */
const BACKUP_NAME = /^(?:b(\d{9})-)?r(\d{9})(?:-t(\d{1,15}))?\.json$/;

export function parseBackupName(name: string): { seq: number; revision: number; at: number } | undefined {
  const m = BACKUP_NAME.exec(name);
  return m ? { seq: Number(m[1] ?? 0), revision: Number(m[2]), at: Number(m[3] ?? 0) } : undefined;
}

/** Oldest first. */
export function sortBackups(names: string[]): string[] {
  return names
    .map((n) => ({ n, o: parseBackupName(n) }))
    .filter((x): x is { n: string; o: { seq: number; revision: number; at: number } } => !!x.o)
    .sort((a, b) => a.o.seq - b.o.seq || a.o.revision - b.o.revision)
    .map((x) => x.n);
}

function backupName(sequence: number, revision: number, at: number): string {
  return `b${String(sequence).padStart(9, '0')}-r${String(revision).padStart(9, '0')}-t${Math.max(0, Math.floor(at))}.json`;
}

/** The snapshots in backups/<id>/ (sizes from the disk), for thinning and the revision list. */
export async function listBackups(paths: StorePaths, id: string): Promise<Snapshot[]> {
  const dir = paths.backupDir(id);
  const names = await disk()
    .readdir(dir)
    .catch(() => [] as string[]);
  const out: Snapshot[] = [];
  for (const name of names) {
    const parsed = parseBackupName(name);
    if (!parsed) continue;
    const stat = await disk()
      .stat(path.join(dir, name))
      .catch(() => undefined);
    if (stat) out.push({ name, seq: parsed.seq, at: parsed.at, size: Number(stat.size) });
  }
  return out;
}

/**
 * Writes a copy of the just-saved version into backups/<id>/ and thins the rest (thinning.ts:
 * recent ones, then hourly, then daily, within a size budget). The copy is not fsynced: the
 * document itself already is; the backup protects against later damage to that file (a copy,
 * not a hard link, because in-place damage would reach a link too).
 */
export async function writeBackup(paths: StorePaths, id: string, revision: number, data: string, known: Snapshot[] | undefined, savedAt: number, now: number): Promise<Snapshot[]> {
  const dir = paths.backupDir(id);
  let snapshots = known;
  if (!snapshots) {
    await ensureDir(dir);
    snapshots = await listBackups(paths, id);
  }
  const seq = Math.max(0, ...snapshots.map((s) => s.seq)) + 1;
  const name = backupName(seq, revision, savedAt);
  await disk().writeFile(path.join(dir, name), data, 0o600);
  const all = [...snapshots, { name, seq, at: savedAt, size: Buffer.byteLength(data) }];
  const kept = thinSnapshots(all, now);
  const keptNames = new Set(kept.map((s) => s.name));
  for (const s of all)
    if (!keptNames.has(s.name))
      await disk()
        .unlink(path.join(dir, s.name))
        .catch(() => undefined);
  return kept;
}

/** One backup's document file, if it parses and belongs to `id`. */
export async function readBackup(paths: StorePaths, id: string, name: string): Promise<DocumentFile | undefined> {
  const from = path.join(paths.backupDir(id), name);
  try {
    const file = parseJsonFile(from, await readText(from), DocumentFile, prepareDocumentFile);
    return file.doc.id === id ? file : undefined;
  } catch {
    return undefined;
  }
}

/** The newest backup that parses and validates, or undefined. */
export async function latestGoodBackup(paths: StorePaths, id: string): Promise<{ file: DocumentFile; from: string } | undefined> {
  const names = sortBackups(
    await disk()
      .readdir(paths.backupDir(id))
      .catch(() => [] as string[]),
  ).reverse();
  for (const name of names) {
    const file = await readBackup(paths, id, name); // a damaged one: try the next older
    if (file) return { file, from: path.join(paths.backupDir(id), name) };
  }
  return undefined;
}

/** Restores a document file from a backup copy, durably. */
export async function restoreFromBackup(target: string, file: DocumentFile): Promise<void> {
  await writeFileDurable(target, serialize({ ...file, history: file.history.slice(0, HISTORY_DEPTH) }));
}
