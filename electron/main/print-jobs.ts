import { PrintJobRegistry, type PrintJobOptions } from '../services/export/print-jobs';
import { APP_SCHEME, PRINT_HOST } from './policy';

/** The app:// URL of a print job: served by protocol.ts under the print CSP. */
export function appPrintUrl(id: string): string {
  return `${APP_SCHEME}://${PRINT_HOST}/${id}.html`;
}

/**
 * The shared print-job registry (electron/services/export/print-jobs.ts) as main sees it: the
 * hidden print window's jobs are pinned until printed; preview pages published through the
 * services land in the same registry, so the protocol serves both.
 */
export class PrintJobs {
  constructor(readonly registry: PrintJobRegistry = new PrintJobRegistry()) {}

  add(html: string, options: PrintJobOptions = { pinned: true }): { id: string; url: string } {
    const id = this.registry.add(html, options);
    return { id, url: appPrintUrl(id) };
  }

  get(id: string): string | undefined {
    return this.registry.get(id);
  }

  remove(id: string): void {
    this.registry.remove(id);
  }

  get size(): number {
    return this.registry.size;
  }
}
