import type { Api } from '../../shared/api';
import type { ServiceOptions } from './context';
import { createCoreApi } from './core-api';
import { PrintJobRegistry } from './export/print-jobs';
import { FEATURES } from './features';
import { FileAccess } from './files/file-access';
import { FileHandleRegistry } from './files/file-handles';
import { createLazyPrinter } from './printer-lazy';
import { openStore, type DocumentStore } from './store/document-store';

export type { ServiceOptions } from './context';

export interface Services {
  api: Api;
  store: DocumentStore;
  /** Print pages the preview and the print window load; the transport (protocol, host) serves them. */
  printJobs: PrintJobRegistry;
  /** Dialog handles: electron/main issues them (dialog:saveFile/openFile), the services redeem them. */
  fileHandles: FileHandleRegistry;
  /** Which files requests may name (allowed folders, handles). */
  files: FileAccess;
  /** Releases the data-dir lock and closes the printer. Call on quit. */
  close(): Promise<void>;
}

/**
 * The whole back end in plain Node: opens (and locks) the data dir, builds the Api.
 * The same Services are bound to Electron IPC (main), loopback HTTP (host) and the CLI.
 */
export async function createServices(given: ServiceOptions): Promise<Services> {
  const printJobs = given.printJobs ?? new PrintJobRegistry();
  const options: ServiceOptions = { ...given, printJobs };
  const clock = options.clock ?? (() => new Date());
  const store = await openStore({ dataDir: options.dataDir, clock, takeOver: options.takeOver ?? false });
  const printer = createLazyPrinter(options.printer);
  const fileHandles = options.fileHandles ?? new FileHandleRegistry();
  // Only the CLI (the user's own shell) names any path; the app and browser mode are held to
  // the allowed folders or a dialog handle, so a hostile page or renderer cannot reach other files.
  const files = new FileAccess({ dataDir: options.dataDir, unrestricted: options.mode === 'cli', allowedDirs: options.allowedDirs, handles: fileHandles });
  const core = createCoreApi(store, { ...options, clock }, files);
  const features = FEATURES.map((factory) => factory({ store, options, printer: printer.get, clock, files }));
  const api = Object.assign({}, core, ...features) as Api;
  return {
    api,
    store,
    printJobs,
    fileHandles,
    files,
    async close() {
      await printer.close();
      await store.close();
    },
  };
}
