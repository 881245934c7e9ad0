import type { Api } from '../../shared/api';
import type { ServiceOptions } from './context';
import { createCoreApi } from './core-api';
import { PrintJobRegistry } from './export/print-jobs';
import { FEATURES } from './features';
import { createLazyPrinter } from './printer-lazy';
import { openStore, type DocumentStore } from './store/document-store';

export type { ServiceOptions } from './context';

export interface Services {
  api: Api;
  store: DocumentStore;
  /** Print pages the preview and the print window load; the transport (protocol, host) serves them. */
  printJobs: PrintJobRegistry;
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
  const core = createCoreApi(store, { ...options, clock });
  const features = FEATURES.map((factory) => factory({ store, options, printer: printer.get, clock }));
  const api = Object.assign({}, core, ...features) as Api;
  return {
    api,
    store,
    printJobs,
    async close() {
      await printer.close();
      await store.close();
    },
  };
}
