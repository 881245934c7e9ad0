// Runs words-worker.ts from source in a worker thread (tests, the browser host under tsx): tsx's
// loader is registered in this thread first. Built apps run check-words-worker.mjs instead.
import { register } from 'tsx/esm/api';

register();
await import('./words-worker.ts');
