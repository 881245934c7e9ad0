import type { Api } from '../../shared/api';
import type { ServiceOptions } from './context';
import { createCoreApi } from './core-api';
import { FEATURES } from './features';
import { createLazyPrinter } from './printer-lazy';
import { openStore, type DocumentStore } from './store/document-store';

export type { ServiceOptions } from './context';

export interface Services {
  api: Api;
  store: DocumentStore;
  /** Releases the data-dir lock and closes the printer. Call on quit. */
  close(): Promise<void>;
}

/**
 * The whole back end in plain Node: opens (and locks) the data dir, builds the Api.
 * The same Services are bound to Electron IPC (main), loopback HTTP (host) and the CLI.
 */
export async function createServices(options: ServiceOptions): Promise<Services> {
  const clock = options.clock ?? (() => new Date());
  const store = await openStore({ dataDir: options.dataDir, clock });
  const printer = createLazyPrinter(options.printer);
  const core = createCoreApi(store, { ...options, clock });
  const features = FEATURES.map((factory) => factory({ store, options, printer: printer.get, clock }));
  const api = Object.assign({}, core, ...features) as Api;
  return {
    api,
    store,
    async close() {
      await printer.close();
      await store.close();
    },
  };
}
