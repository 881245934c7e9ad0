import { mkdir, realpath } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../../shared/api/errors';
import type { FileHandlePurpose } from '../../../shared/api/channels/files';
import type { FileHandleRegistry } from './file-handles';

/** The data dir's folders every restricted transport may use. */
export const EXPORTS_DIR = 'exports';
export const IMPORTS_DIR = 'imports';

/** How a request names a file: an absolute path, or a dialog handle (see shared/api/channels/files.ts). */
export interface FileRef {
  path?: string;
  handle?: string;
}

/** A checked file: where to read or write (real path), and what to show the user. */
export interface FileTarget {
  path: string;
  /** The path as the user typed it, or only the file name when it came from a dialog handle. */
  display: string;
  viaHandle: boolean;
}

export interface FileAccessOptions {
  dataDir: string;
  /**
   * The CLI: the user's own shell names any path (true), or reads any path but writes only in the
   * allowed folders ('read': the policy's allowWriteOutsideDataDir false). Everyone else is held
   * to the allowed folders.
   */
  unrestricted: boolean | 'read';
  /** Extra folders named on the command line (`npm run web -- --allow DIR`). */
  allowedDirs?: readonly string[];
  handles: FileHandleRegistry;
}

/**
 * Which files the services may read and write for a request. A dialog handle (the app) names the
 * path the user chose in main; a plain path is accepted only inside the allowed folders, checked
 * on the real path (symlinks followed) of the deepest part that exists, and the path returned for
 * the write is that real path, so a symlink inside exports/ cannot lead a write outside. Inside
 * the data dir only exports/ and imports/ are allowed, whatever --allow says: the library's own
 * files (index.json, documents/ …) are never a target.
 */
export class FileAccess {
  private rootsReady: Promise<{ roots: string[]; dataDir: string; inner: string[] }> | null = null;

  constructor(private readonly options: FileAccessOptions) {}

  /** The allowed folders as given (for messages and the UI). */
  allowedFolders(): string[] {
    const data = path.resolve(this.options.dataDir);
    return [path.join(data, EXPORTS_DIR), path.join(data, IMPORTS_DIR), ...(this.options.allowedDirs ?? []).map((d) => path.resolve(d))];
  }

  get unrestricted(): boolean {
    return this.options.unrestricted === true;
  }

  /** A file to read (restore): handle purpose 'open'. */
  read(ref: FileRef): Promise<FileTarget> {
    return this.check(ref, 'open');
  }

  /** A file to write (export, backup): handle purpose 'save'. */
  write(ref: FileRef): Promise<FileTarget> {
    return this.check(ref, 'save');
  }

  /** A folder to write files into (batch export): handle purpose 'folder'. */
  folder(ref: FileRef): Promise<FileTarget> {
    return this.check(ref, 'folder');
  }

  private async check(ref: FileRef, purpose: FileHandlePurpose): Promise<FileTarget> {
    if (ref.handle !== undefined) {
      const chosen = this.options.handles.redeem(ref.handle, purpose);
      return { path: chosen, display: path.basename(chosen), viaHandle: true };
    }
    const given = ref.path ?? '';
    if (!path.isAbsolute(given)) throw new AppError('validation', `not an absolute path: ${given}`, { path: 'path', reason: 'absolute' });
    if (this.options.unrestricted === true || (this.options.unrestricted === 'read' && purpose === 'open')) return { path: given, display: given, viaHandle: false };
    const real = await realTarget(path.resolve(given));
    const { roots, dataDir, inner } = await this.roots();
    const inRoot = roots.some((r) => within(real, r));
    const inLibrary = within(real, dataDir) && !inner.some((r) => within(real, r));
    if (!inRoot || inLibrary) {
      throw new AppError('pathNotAllowed', `outside the allowed folders: ${given}`, { path: given, allowed: this.allowedFolders().join('; ') });
    }
    return { path: real, display: given, viaHandle: false };
  }

  /** Real paths of the allowed folders; the data dir's exports/ and imports/ are made on first use. */
  private roots() {
    this.rootsReady ??= (async () => {
      const data = path.resolve(this.options.dataDir);
      const own = [path.join(data, EXPORTS_DIR), path.join(data, IMPORTS_DIR)];
      for (const dir of own) await mkdir(dir, { recursive: true, mode: 0o700 });
      const real = async (d: string) => realpath(d).catch(() => null);
      const inner = (await Promise.all(own.map(real))).filter((d): d is string => d !== null);
      // a folder not made yet (the policy's export folder on first use) counts by the real path of
      // its nearest existing parent plus the rest, as a file not yet written does
      const extra = await Promise.all((this.options.allowedDirs ?? []).map((d) => realTarget(path.resolve(d))));
      return { roots: [...inner, ...extra], dataDir: (await real(data)) ?? data, inner };
    })();
    this.rootsReady.catch(() => (this.rootsReady = null));
    return this.rootsReady;
  }
}

/**
 * The real path of TARGET: realpath of the deepest part that can be resolved (the file itself, or
 * the nearest existing folder above a file not yet written, or above a file in the way), with the
 * rest appended. path.resolve has removed every '..', so the appended rest is plain names.
 */
async function realTarget(target: string): Promise<string> {
  const rest: string[] = [];
  for (let at = target; ; at = path.dirname(at)) {
    try {
      return path.join(await realpath(at), ...rest.reverse());
    } catch {
      if (path.dirname(at) === at) return target;
      rest.push(path.basename(at));
    }
  }
}

function within(child: string, root: string): boolean {
  const rel = path.relative(root, child);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}
