export {}; // a module: top-level await
/**
 * Child of bench/tasks.ts: opens the register of an existing data dir in a fresh process, the way
 * the app does after a start (services created, tasks.json read, nothing to re-derive), and prints
 * the times as JSON. Module loading is timed apart: it is the whole app's start, not the register's.
 *   tsx bench/tasks-open.ts DATA_DIR
 */
const t0 = performance.now();
const { createServices } = await import('../electron/services');
const t1 = performance.now();
const c0 = process.cpuUsage();
const services = await createServices({ dataDir: process.argv[2]!, mode: 'cli', clock: () => new Date('2025-06-15T09:00:00+08:00') });
const t2 = performance.now();
const opened = await services.api['tasks:list']({});
const t3 = performance.now();
const c = process.cpuUsage(c0);
await services.close();
console.log(JSON.stringify({ importMs: t1 - t0, servicesMs: t2 - t1, openMs: t3 - t2, cpuMs: (c.user + c.system) / 1000, tasks: opened.tasks.length }));
