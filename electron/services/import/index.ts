export { importFeature, runImport, importError } from './service';
export { readImportFile, MAX_FILE_BYTES, type ReadSource } from './read-file';
export { decodeText, commonShare, looksBinary } from './encoding';
export { loadTerms, saveTerms, termsPath } from './terms-store';
