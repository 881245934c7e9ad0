#!/usr/bin/env node
// `npm test`: typecheck, lint (with the import-boundary rules), vitest, then Playwright e2e in
// Debian Chromium against the built renderer. Stops at the first failing stage and ends with one
// summary line "tests: N passed, N failed, N skipped" counted from the runners' JSON reports.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

// Not under test-results/: Playwright empties that folder when it starts.
const reports = path.resolve('.tmp/test-reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });
const vitestJson = path.join(reports, 'vitest.json');
const playwrightJson = path.join(reports, 'playwright.json');

const stages = [
  ['typecheck', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']],
  ['lint', 'npx', ['eslint', '.']],
  ['unit and integration (vitest)', 'npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`]],
  ['build renderer', 'npm', ['run', 'build:renderer', '--silent']],
  ['e2e (playwright, Debian Chromium)', 'npx', ['playwright', 'test', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightJson }],
];

let passed = 0;
let failed = 0;
let skipped = 0;
let flaky = 0;
let broken = '';

for (const [name, cmd, args, env] of stages) {
  const started = Date.now();
  process.stdout.write(`\n=== ${name}\n`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...(env ?? {}) } });
  process.stdout.write(`=== ${name}: ${r.status === 0 ? 'ok' : `failed (exit ${r.status ?? r.signal})`} in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  if (r.status !== 0) {
    broken = name;
    break;
  }
}

try {
  const v = JSON.parse(readFileSync(vitestJson, 'utf8'));
  passed += v.numPassedTests ?? 0;
  failed += v.numFailedTests ?? 0;
  skipped += (v.numPendingTests ?? 0) + (v.numTodoTests ?? 0);
} catch {
  /* vitest did not run */
}
try {
  const p = JSON.parse(readFileSync(playwrightJson, 'utf8'));
  passed += (p.stats?.expected ?? 0) + (p.stats?.flaky ?? 0);
  failed += p.stats?.unexpected ?? 0;
  flaky = p.stats?.flaky ?? 0;
  skipped += p.stats?.skipped ?? 0;
} catch {
  /* playwright did not run */
}

if (broken) console.log(`\nstage failed: ${broken}`);
if (flaky) console.log(`\n${flaky} e2e test(s) passed only on retry (flaky): see the list above`);
console.log(`\ntests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(broken || failed > 0 ? 1 : 0);
