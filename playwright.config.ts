import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './electron/services/chromium';

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  workers: 2,
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  use: {
    launchOptions: chromiumLaunchOptions(),
    locale: 'zh-CN',
    viewport: { width: 1280, height: 800 },
  },
});
