import type { Api } from '../../shared/api';
import { importFeature } from './import';
import type { ServiceOptions } from './context';
import type { FileAccess } from './files/file-access';
import type { PdfPrinter } from './ports/pdf-printer';
import type { DocumentStore } from './store/document-store';

/** What a feature's service factory receives: the open store, the options, and the printer. */
export interface FeatureContext {
  store: DocumentStore;
  options: ServiceOptions;
  /** The PdfPrinter, started lazily on first use (a cold Chromium costs ~3 s). */
  printer: () => Promise<PdfPrinter>;
  clock: () => Date;
  /** Every file a request names goes through here (allowed folders, dialog handles). */
  files: FileAccess;
}

export type FeatureFactory = (ctx: FeatureContext) => Partial<Api>;

/** Each feature's channels. Features add their factory here. */
export const FEATURES: FeatureFactory[] = [importFeature, searchFeature, exportFeature];
import { exportFeature } from './export/service';
import { searchFeature } from './search';
