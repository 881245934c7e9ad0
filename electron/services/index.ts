import type { Api } from '../../shared/api';
import type { ServiceOptions } from './context';
import { createCoreApi } from './core-api';
import { PrintJobRegistry } from './export/print-jobs';
import { disposeAll } from './dispose';
import type { Feature, FeatureContext } from './feature-context';
import { FEATURES, type FeatureApis } from './features';
import { FileAccess } from './files/file-access';
import { FileHandleRegistry } from './files/file-handles';
import { createLazyPrinter } from './printer-lazy';
import { openStore, type DocumentStore } from './store/document-store';
import { policyWriteFolders, seedPolicyDefaults } from './policy/apply';
import { NO_POLICY } from '../../shared/model';

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
  /**
   * Disposes every feature in reverse order (running batch exports cancelled, the search timer
   * cleared), then closes the printer and releases the data-dir lock; each step runs even when an
   * earlier one throws. Call on quit.
   */
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
  // The policy can hold browser mode and the CLI to the data dir (allowWriteOutsideDataDir false):
  // then --allow folders are dropped and the CLI writes only where browser mode may (it still
  // reads any file the user names); the policy's export and backup folders are always allowed.
  const policy = (options.policy ?? NO_POLICY).policy;
  const confined = policy.allowWriteOutsideDataDir?.value === false;
  const unrestricted = options.mode === 'cli' ? (confined ? 'read' : true) : false;
  const allowedDirs = [...(confined ? [] : (options.allowedDirs ?? [])), ...policyWriteFolders(policy)];
  const files = new FileAccess({ dataDir: options.dataDir, unrestricted, allowedDirs, handles: fileHandles });
  try {
    await seedPolicyDefaults(store, policy);
  } catch (e) {
    await store.close().catch(() => undefined);
    throw e;
  }
  const core = createCoreApi(store, { ...options, clock }, files);
  const ctx: FeatureContext = { store, options, printer: printer.get, clock, files };
  const started: Feature[] = [];
  // what close() undoes, last started first: the features, then the printer, then the store's lock
  const close = () => disposeAll([...started.map((f) => () => f.dispose?.()).reverse(), () => printer.close(), () => store.close()]);
  try {
    for (const factory of FEATURES) started.push(factory(ctx));
  } catch (e) {
    await close().catch(() => undefined);
    throw e;
  }
  // One runtime merge of the features' channels; its type is what FEATURES declare, and
  // `satisfies Api` fails the build when a contract channel has no implementation.
  const features = Object.assign({}, ...started.map((f) => f.api)) as FeatureApis;
  // A restore rewrites files the features keep open (the 期号 register, the task register): it
  // runs inside every feature's exclusive section, so none writes meanwhile or keeps a stale copy.
  const restore = core['library:restore'];
  core['library:restore'] = (req) =>
    started.reduce<() => ReturnType<typeof restore>>(
      (inner, f) => (f.exclusive ? () => f.exclusive!(inner) : inner),
      () => restore(req),
    )();
  const api = { ...core, ...features } satisfies Api;
  return { api, store, printJobs, fileHandles, files, close };
}
