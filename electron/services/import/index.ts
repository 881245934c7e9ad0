export { importFeature, runImport, importError } from './service';
export { readImportFile, readImportBytes, MAX_FILE_BYTES, type ReadSource } from './read-file';
export { decodeText, commonShare, looksBinary } from './encoding';
export { importKeeping, type KeepRange } from './keep';
