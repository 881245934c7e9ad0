// Stands in for 'chinese-days' in the CLI bundle (tools/build-cli.mjs). The package builds its
// holiday and lunar tables when it is evaluated (~35 ms), and the services import it (through
// shared/tasks/calendar.ts) for every command that opens the library, though only the task register
// and deadlines call it. Its CommonJS build is required on the first call instead, from
// node_modules beside the bundle (through createRequire: a plain require('chinese-days') would be
// resolved by esbuild back to this file).
import { createRequire } from 'node:module';

const load = createRequire(import.meta.url);
let real;

export default new Proxy(
  {},
  {
    get(_, key) {
      real ??= load('chinese-days');
      return real[key];
    },
  },
);
