import { randomUUID } from 'node:crypto';
import { PRINT_HOST, APP_SCHEME } from './policy';

/**
 * Print HTML waiting to be loaded by the hidden print window, served by the app:// protocol as
 * `app://print/<id>.html`. Held in memory, not in a data: URL (Chromium caps URLs at 2 MB, a long
 * 纪要 with its CSS can exceed that) and not in a temp file (nothing of the user's left on disk).
 */
export class PrintJobs {
  private readonly jobs = new Map<string, string>();

  add(html: string): { id: string; url: string } {
    const id = randomUUID();
    this.jobs.set(id, html);
    return { id, url: `${APP_SCHEME}://${PRINT_HOST}/${id}.html` };
  }

  get(id: string): string | undefined {
    return this.jobs.get(id);
  }

  remove(id: string): void {
    this.jobs.delete(id);
  }

  get size(): number {
    return this.jobs.size;
  }
}
