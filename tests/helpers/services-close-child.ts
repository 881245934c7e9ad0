// Child process for tests/integration/services-lifecycle.test.ts: opens the services on a data dir,
// starts a search sync, closes them, and then does nothing more: the process must exit by itself.
// It reports the timers the services armed while opening and how many of them ever ran: closing
// must clear them (a timer that runs after close works on a closed library).
import { createHook } from 'node:async_hooks';
import { writeSync } from 'node:fs';
import { createServices } from '../../electron/services';

const armed = new Set<number>();
let ran = 0;
let watching = true;
createHook({
  init(id, type) {
    if (watching && type === 'Timeout') armed.add(id);
  },
  before(id) {
    if (armed.has(id)) ran++;
  },
}).enable();

const services = await createServices({ dataDir: process.argv[2]!, mode: 'cli' });
watching = false;
const search = services.api['docs:search']({ query: '会议' });
await services.close();
await search;
process.on('exit', () => writeSync(1, `${JSON.stringify({ armed: armed.size, ran })}\n`));
