#!/usr/bin/env node
// The `briefing` command. Runs the bundle tools/build-cli.mjs makes (dist/cli/briefing.mjs, built
// by `npm install`, `npm run build` and the tests): plain JavaScript, so a run starts in ~0.1 s
// instead of transpiling the TypeScript through tsx each time (0.8 s for `help`).
// A tree where the bundle was never built (or BRIEFING_CLI_SOURCE=1, for working on the CLI
// without rebuilding) runs the TypeScript source through tsx, as before.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const bundle = path.join(root, 'dist/cli/briefing.mjs');

async function load() {
  if (process.env.BRIEFING_CLI_SOURCE !== '1' && existsSync(bundle)) return import(pathToFileURL(bundle).href);
  const { register } = await import('tsx/esm/api');
  register();
  return import(pathToFileURL(path.join(root, 'electron/cli/main.ts')).href);
}

const { main } = await load();
process.exitCode = await main(process.argv.slice(2));
