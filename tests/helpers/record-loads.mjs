// Preloaded with `node --import` by tests/integration/cli-list-loads.test.ts: registers a module
// hook that appends the URL of every module the process loads to the file RECORD_LOADS names, so a
// test can say which of the CLI bundle's files a command really loaded (import()s included).
import { register } from 'node:module';

if (process.env.RECORD_LOADS) register('./record-loads-hook.mjs', import.meta.url, { data: { file: process.env.RECORD_LOADS } });
