#!/usr/bin/env node
// The `briefing` command. Runs the TypeScript CLI through tsx so it works from a clean clone
// after `npm install`, with no build step.
import { register } from 'tsx/esm/api';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';

register();
const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const { main } = await import(pathToFileURL(path.join(root, 'electron/cli/main.ts')).href);
process.exitCode = await main(process.argv.slice(2));
