import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    // the CLI tests run bin/briefing.mjs, which runs the bundle: build it from the current source
    globalSetup: ['tests/helpers/build-cli.ts'],
    // Integration tests start real Chromium and child processes; two workers fit 2 cores.
    pool: 'forks',
    maxWorkers: 2,
    // A ceiling, not a speed check: tests wait on conditions, and on a loaded 2-core machine
    // (load average 18 while this was set) one `node --import tsx` child took 51 s to answer.
    testTimeout: 120_000,
    hookTimeout: 60_000,
  },
});
