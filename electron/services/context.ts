import type { Locale } from '../../shared/model';
import type { PdfPrinter } from './ports/pdf-printer';

/** What every service factory receives. */
export interface ServiceOptions {
  /** The data directory: one folder holding the whole library. */
  dataDir: string;
  /** Injected so tests control time. */
  clock?: () => Date;
  /** Printing port; absent where no printing is possible (a lazily started Chromium is the default). */
  printer?: PdfPrinter;
  /** Which transport carries the services: shown in app:info. */
  mode?: 'electron' | 'browser' | 'cli';
  /** UI locale for messages produced in Node (file names, CLI output). */
  locale?: Locale;
  /** Version string shown in app:info. */
  version?: string;
}
