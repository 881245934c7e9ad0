import { randomUUID } from 'node:crypto';

/** What a print job id looks like: a random UUID (122 random bits, so the id is the capability). */
export const PRINT_JOB_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export interface PrintJobOptions {
  /**
   * A pinned job stays until it is removed (the hidden print window's page, removed after
   * printing); unpinned jobs (preview pages) are dropped oldest-first beyond the capacity.
   */
  pinned?: boolean;
}

/**
 * Print HTML waiting to be loaded by a frame: the hidden print window in the app, and the preview
 * beside the editor in the app (app://print/<id>.html) and in browser mode (/print/<id>.html on the
 * loopback host). Held in memory, not in a data: URL (Chromium caps URLs at 2 MB, a long 纪要 with
 * its CSS can exceed that) and not in a temp file (nothing of the user's left on disk). Preview
 * pages are published on every pause in typing, so the unpinned ones are a bounded LRU.
 */
export class PrintJobRegistry {
  private readonly jobs = new Map<string, { html: string; pinned: boolean }>();

  constructor(private readonly capacity = 12) {}

  add(html: string, options: PrintJobOptions = {}): string {
    const id = randomUUID();
    this.jobs.set(id, { html, pinned: options.pinned ?? false });
    this.evict();
    return id;
  }

  get(id: string): string | undefined {
    const job = this.jobs.get(id);
    if (!job) return undefined;
    // a read makes it the most recently used
    this.jobs.delete(id);
    this.jobs.set(id, job);
    return job.html;
  }

  remove(id: string): void {
    this.jobs.delete(id);
  }

  get size(): number {
    return this.jobs.size;
  }

  private evict(): void {
    let unpinned = 0;
    for (const job of this.jobs.values()) if (!job.pinned) unpinned++;
    // Map iterates in insertion order: the first unpinned entries are the least recently used
    for (const [id, job] of this.jobs) {
      if (unpinned <= this.capacity) return;
      if (job.pinned) continue;
      this.jobs.delete(id);
      unpinned--;
    }
  }
}
