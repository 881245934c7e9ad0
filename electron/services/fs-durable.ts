import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { AppError } from '../../shared/api/errors';
import { disk } from './disk';

/**
 * Durable file writes, for everything that keeps the user's work: the store, the terms list,
 * dismissed findings, exports. lowdb's own TextFile adapter writes `.<name>.tmp` (a fixed name: two
 * writers collide) and never fsyncs (a power cut can leave an empty file after rename). Here:
 * a unique temp name in the same directory, fsync of the data, an optional hook while the old file
 * is still in place (used to hard-link it into the backups), rename, then fsync of the directory
 * so the rename itself is on disk before we acknowledge the save.
 */
export interface DurableWriteOptions {
  /** Called after the new data is durable in the temp file and before it replaces `file`. */
  beforeReplace?: () => Promise<void>;
  /** File mode of a new file: 0o600 for the library (private), 0o644 for exports the user shares. */
  mode?: number;
}

export async function writeFileDurable(file: string, data: string | Uint8Array, options: DurableWriteOptions = {}): Promise<void> {
  const dir = path.dirname(file);
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await disk().open(tmp, 'wx', options.mode ?? 0o600);
    try {
      await handle.write(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await options.beforeReplace?.();
    await disk().rename(tmp, file);
    await fsyncDir(dir);
  } catch (e) {
    await disk()
      .unlink(tmp)
      .catch(() => undefined);
    throw toWriteError(e, file);
  }
}

export async function fsyncDir(dir: string): Promise<void> {
  // Directories cannot be opened for fsync on Windows; there NTFS journals the rename itself.
  if (process.platform === 'win32') return;
  const handle = await disk().open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Appends one line and fsyncs it: the index journal's unit of durability. */
export async function appendLineDurable(file: string, line: string): Promise<void> {
  try {
    const handle = await disk().open(file, 'a', 0o600);
    try {
      await handle.write(line.endsWith('\n') ? line : `${line}\n`);
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch (e) {
    throw toWriteError(e, file);
  }
}

const WRITE_ERRORS = new Set(['EACCES', 'EPERM', 'EROFS', 'ENOSPC', 'ENOTDIR', 'ENOENT', 'EISDIR', 'EDQUOT', 'EBUSY', 'EEXIST']);

export function toWriteError(e: unknown, file: string): Error {
  if (e instanceof AppError) return e;
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code && WRITE_ERRORS.has(code)) return new AppError('unwritable', `${code}: ${file}`, { path: file, reason: code });
  return e instanceof Error ? e : new Error(String(e));
}

/** Removes temp files left by a process that died mid-write: they were never acknowledged. */
export async function removeStaleTemps(dir: string): Promise<number> {
  let removed = 0;
  let names: string[];
  try {
    names = await disk().readdir(dir);
  } catch {
    return 0;
  }
  for (const name of names) {
    if (name.startsWith('.') && name.endsWith('.tmp')) {
      await disk()
        .unlink(path.join(dir, name))
        .catch(() => undefined);
      removed++;
    }
  }
  return removed;
}

/**
 * Creates a private folder (0700: the library is nobody else's business) and makes its name
 * durable by syncing the parent, so a power cut cannot lose the folder under fsynced files.
 */
export async function ensureDir(dir: string): Promise<void> {
  try {
    // Create from the nearest existing ancestor down, syncing each new folder's parent.
    const missing: string[] = [];
    for (let d = path.resolve(dir); ; d = path.dirname(d)) {
      const isDir = await disk()
        .stat(d)
        .then(
          (s) => s.isDirectory(),
          (e: NodeJS.ErrnoException) => {
            if (e.code === 'ENOENT') return undefined;
            throw e;
          },
        );
      if (isDir === false) throw Object.assign(new Error(`ENOTDIR: ${d}`), { code: 'ENOTDIR' });
      if (isDir) break;
      missing.unshift(d);
      if (path.dirname(d) === d) break;
    }
    for (const d of missing) {
      await disk().mkdir(d, 0o700);
      await fsyncDir(path.dirname(d));
    }
  } catch (e) {
    throw toWriteError(e, dir);
  }
}

/**
 * Narrows a folder made by an older version (0755) to 0700. Best effort: on a file system
 * without modes (FAT on a USB stick, Windows) there is nothing to narrow.
 */
export async function makePrivate(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  const stat = await disk()
    .stat(dir)
    .catch(() => undefined);
  if (stat && (stat.mode & 0o077) !== 0)
    await disk()
      .chmod(dir, stat.mode & 0o700)
      .catch(() => undefined);
}

/**
 * A rename that is on disk when it returns: both folders are synced (a rename is a change to the
 * directory, not the file, and the file's own fsync does not cover it). Used by trash, restore
 * from trash, quarantine and set-aside.
 */
export async function renameDurable(from: string, to: string): Promise<void> {
  try {
    await disk().rename(from, to);
    await fsyncDir(path.dirname(to));
    if (path.dirname(from) !== path.dirname(to)) await fsyncDir(path.dirname(from));
  } catch (e) {
    throw toWriteError(e, to);
  }
}
