import { stat } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../../shared/api';
import { writeFileDurable } from '../fs-durable';

/**
 * Writes a file so that PATH holds either its old content or the whole new content, never a
 * half-written export (writeFileDurable: unique temp file beside it, fsync, rename, directory fsync).
 */
export async function writeFileAtomic(target: string, bytes: Uint8Array | string, opts: { overwrite?: boolean } = {}): Promise<void> {
  const dir = path.dirname(target);
  const info = await stat(dir).catch(() => null);
  if (!info?.isDirectory()) throw new AppError('unwritable', `no such folder: ${dir}`, { path: target });
  if (opts.overwrite === false && (await stat(target).catch(() => null))) {
    throw new AppError('conflict', `file exists: ${target}`, { path: target });
  }
  await writeFileDurable(target, bytes, { mode: 0o644 });
}
