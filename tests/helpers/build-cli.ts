import { spawnSync } from 'node:child_process';
import path from 'node:path';

/**
 * vitest global setup: builds the CLI bundle (tools/build-cli.mjs) before any test runs, so the
 * tests that start `bin/briefing.mjs` run the current source as a user's installed copy would,
 * and a bundling problem fails the tests instead of surfacing on a user's machine.
 */
export default function setup(): void {
  const root = path.resolve(import.meta.dirname, '../..');
  const r = spawnSync(process.execPath, [path.join(root, 'tools/build-cli.mjs')], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`tools/build-cli.mjs failed: ${r.stderr.trim()}`);
}
