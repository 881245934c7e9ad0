export { importFeature, runImport, importError } from './service';
export { readImportFile, readImportBytes, MAX_FILE_BYTES, type ReadSource } from './read-file';
export { decodeText, commonShare, looksBinary } from './encoding';
export { loadTerms, saveTerms, termsPath } from './terms-store';
export { importKeeping, type KeepRange } from './keep';
export { createDismissedStore, dismissedPath } from './dismissed-store';
