import { randomBytes } from 'node:crypto';
import { open, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../../shared/api';

/**
 * Writes a file so that PATH holds either its old content or the whole new content, never a
 * half-written export: a unique temp file beside it, fsync, then rename over PATH.
 */
export async function writeFileAtomic(target: string, bytes: Uint8Array | string, opts: { overwrite?: boolean } = {}): Promise<void> {
  const dir = path.dirname(target);
  const info = await stat(dir).catch(() => null);
  if (!info?.isDirectory()) throw new AppError('unwritable', `no such folder: ${dir}`, { path: target });
  if (opts.overwrite === false && (await stat(target).catch(() => null))) {
    throw new AppError('conflict', `file exists: ${target}`, { path: target });
  }
  const temp = path.join(dir, `.${path.basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  let handle;
  try {
    handle = await open(temp, 'wx', 0o644);
    await handle.writeFile(bytes);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await rename(temp, target);
  } catch (e) {
    await handle?.close().catch(() => undefined);
    await rm(temp, { force: true }).catch(() => undefined);
    if (e instanceof AppError) throw e;
    const code = (e as NodeJS.ErrnoException).code ?? '';
    throw new AppError('unwritable', `${code || 'error'} writing ${target}: ${(e as Error).message}`, { path: target });
  }
}
