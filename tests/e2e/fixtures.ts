import path from 'node:path';
import { test as base } from '@playwright/test';
import { startHost, type Host } from '../../electron/host/server';
import { createServices, type Services } from '../../electron/services';
import { tempDir } from '../helpers/tmp';

/**
 * Each test gets its own real data dir, real services and a real loopback host serving the built
 * renderer (npm run build:renderer), driven in Debian Chromium. `host.url` is the launch URL with
 * the per-run secret, as `npm run web` prints it: page.goto(app.host.url) signs the page in.
 */
export const test = base.extend<{ app: { host: Host; services: Services; dataDir: string; restart: () => Promise<void> } }>({
  // Playwright requires the fixtures argument to be destructured, even when it uses none.
  // eslint-disable-next-line no-empty-pattern
  app: async ({}, use) => {
    const { dir, cleanup } = await tempDir('briefing-e2e-');
    const dataDir = path.join(dir, 'data');
    let services = await createServices({ dataDir, mode: 'browser', version: 'e2e' });
    let host = await startHost({ api: services.api, printJobs: services.printJobs, rendererDir: path.resolve('out/renderer') });
    const app = {
      host,
      services,
      dataDir,
      /** Stops and starts the whole back end on the same data dir, as quitting and relaunching would. */
      async restart() {
        const port = Number(new URL(app.host.url).port);
        await app.host.close();
        await app.services.close();
        services = await createServices({ dataDir, mode: 'browser', version: 'e2e' });
        // the same port and secret, as the same launch URL: the open page's session cookie stays good
        host = await startHost({ api: services.api, printJobs: services.printJobs, rendererDir: path.resolve('out/renderer'), port, token: app.host.token });
        app.host = host;
        app.services = services;
      },
    };
    await use(app);
    await app.host.close();
    await app.services.close();
    await cleanup();
  },
});

export { expect } from '@playwright/test';
