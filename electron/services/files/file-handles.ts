import { randomBytes } from 'node:crypto';
import { AppError } from '../../../shared/api/errors';
import { FILE_HANDLE_PATTERN, type FileHandlePurpose } from '../../../shared/api/channels/files';

/** A handle is good for this long after the dialog closed: time to finish the form, not to keep. */
export const HANDLE_TTL_MS = 10 * 60 * 1000;
/** At most this many live handles; the oldest go first (a renderer cannot grow main's memory). */
const MAX_HANDLES = 64;

interface Entry {
  path: string;
  purpose: FileHandlePurpose;
  expires: number;
}

/**
 * The path a native dialog chose stays in main: the renderer gets an opaque, single-use handle
 * bound to what the user chose it for (save a file, open a file, a folder to write into) and
 * valid for a short while. The services redeem it; nothing else turns a handle into a path.
 */
export class FileHandleRegistry {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly clock: () => number = Date.now,
    private readonly newId: () => string = () => `fh_${randomBytes(16).toString('hex')}`,
    private readonly ttlMs = HANDLE_TTL_MS,
  ) {}

  /** Remembers a path the user chose in a native dialog; returns the handle that names it. */
  issue(path: string, purpose: FileHandlePurpose): string {
    this.prune();
    const id = this.newId();
    if (!FILE_HANDLE_PATTERN.test(id)) throw new Error('file handle id does not match FILE_HANDLE_PATTERN');
    this.entries.set(id, { path, purpose, expires: this.clock() + this.ttlMs });
    while (this.entries.size > MAX_HANDLES) this.entries.delete(this.entries.keys().next().value!);
    return id;
  }

  /**
   * The path behind a handle, for the purpose it was issued for: once. An unknown, used or expired
   * handle, or one issued for another purpose, is `handleInvalid` (and is used up all the same).
   */
  redeem(id: string, purpose: FileHandlePurpose): string {
    const entry = this.entries.get(id);
    this.entries.delete(id);
    if (!entry) throw new AppError('handleInvalid', 'unknown or used file handle', { reason: 'unknown' });
    if (entry.expires <= this.clock()) throw new AppError('handleInvalid', 'file handle expired', { reason: 'expired' });
    if (entry.purpose !== purpose) throw new AppError('handleInvalid', `file handle is for ${entry.purpose}, not ${purpose}`, { reason: 'purpose' });
    return entry.path;
  }

  get size(): number {
    return this.entries.size;
  }

  private prune(): void {
    const now = this.clock();
    for (const [id, e] of this.entries) if (e.expires <= now) this.entries.delete(id);
  }
}
