import type { LoadedPolicy, Locale } from '../../shared/model';
import type { Timers } from './backup-schedule/scheduler';
import type { PrintJobRegistry } from './export/print-jobs';
import type { FileHandleRegistry } from './files/file-handles';
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
  /** Print pages in memory (preview and print window); created when absent. The transport serves them. */
  printJobs?: PrintJobRegistry;
  /**
   * Take the data dir's lock over even from a holder that looks alive. Only after the user has
   * confirmed the risk (lock.takeOverRisk): the other process's saves would overwrite ours.
   */
  takeOver?: boolean;
  /** Where the transport serves a print job (default `/print/<id>.html` on the loopback host). */
  printJobUrl?: (id: string) => string;
  /**
   * Folders besides the data dir's exports/ and imports/ whose files the services may read and
   * write by path (browser mode's --allow). Only mode 'cli' may use any path (files/file-access.ts).
   */
  allowedDirs?: readonly string[];
  /** The app's dialog handles (electron/main issues them); created when absent. */
  fileHandles?: FileHandleRegistry;
  /** The administrator's policy file as loaded (electron/services/policy/load.ts); none when absent. */
  policy?: LoadedPolicy;
  /** Timers for the automatic backup (tests pass fake ones driven with the fake clock). */
  timers?: Timers;
}
