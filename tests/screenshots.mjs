#!/usr/bin/env node
// `npm run screenshots`: refreshes the documentation images in docs/screenshots by running the e2e
// specs that take them, with BRIEFING_SCREENSHOTS pointing there (tests/e2e/screenshot.ts). The
// ordinary `npm test` writes the same images under test-results/ instead, so it never dirties the tree.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const dir = 'tests/e2e';
const specs = readdirSync(dir)
  .filter((f) => f.endsWith('.spec.ts') && readFileSync(path.join(dir, f), 'utf8').includes('docScreenshot('))
  .map((f) => path.join(dir, f));
const r = spawnSync('npx', ['playwright', 'test', ...specs], {
  stdio: 'inherit',
  env: { ...process.env, BRIEFING_SCREENSHOTS: path.resolve('docs/screenshots') },
  shell: process.platform === 'win32',
});
process.exit(r.status ?? 1);
