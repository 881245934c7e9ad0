import type { Api } from '../../shared/api';
import type { ServiceOptions } from './context';
import type { FileAccess } from './files/file-access';
import type { PdfPrinter } from './ports/pdf-printer';
import type { DocumentStore } from './store/document-store';

/**
 * What a feature's service factory receives: the open store, the options, and the printer.
 * Kept apart from the registry (features.ts) so a feature can name its context without importing
 * the registry that imports it back.
 */
export interface FeatureContext {
  store: DocumentStore;
  options: ServiceOptions;
  /** The PdfPrinter, started lazily on first use (a cold Chromium costs ~3 s). */
  printer: () => Promise<PdfPrinter>;
  clock: () => Date;
  /** Every file a request names goes through here (allowed folders, dialog handles). */
  files: FileAccess;
}

/**
 * A running feature: its channels, and how to stop what it started (timers, jobs, files being
 * written). `createServices().close()` disposes every feature in reverse order of creation.
 */
export interface Feature<A extends Partial<Api> = Partial<Api>> {
  api: A;
  dispose?: () => void | Promise<void>;
  /**
   * Runs `fn` (a library restore rewriting this feature's files) with the feature's own writes
   * held off, then forgets what it had read from disk, so nothing is lost to a stale cache.
   */
  exclusive?: <T>(fn: () => Promise<T>) => Promise<T>;
}

export type FeatureFactory<A extends Partial<Api> = Partial<Api>> = (ctx: FeatureContext) => Feature<A>;
