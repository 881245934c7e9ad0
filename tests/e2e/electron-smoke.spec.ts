import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import type { BriefingBridge } from '../../electron/preload/bridge';
import { createServices } from '../../electron/services';
import { lookup } from '../../shared/i18n';

/**
 * The one test that runs the real app: Electron, the sandboxed preload, IPC with its sender
 * check, the app:// protocol and CSP, the store behind them. Everything else is tested without
 * Electron (browser mode e2e, unit tests), because most of our machines cannot run it.
 *
 * Needs `npm run build` (out/main, out/preload, out/renderer) and the Electron binary, which
 * `npm install` downloads into node_modules/electron/dist on machines that have the network.
 */

/** Path of the Electron binary without require('electron'), which throws when it is missing. */
function electronBinary(): string | null {
  try {
    const dir = path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
    const pathFile = path.join(dir, 'path.txt');
    if (!existsSync(pathFile)) return null;
    const binary = path.join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
    return existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

const MAIN = path.resolve('out/main/index.js');
const t = (key: string) => lookup('zh-CN', key);

test('the Electron app starts, creates and saves a document, and quits leaving it on disk', async () => {
  const binary = electronBinary();
  test.skip(
    binary === null,
    'Electron binary not installed (node_modules/electron/dist and path.txt are missing): it cannot be downloaded on this machine, so the Electron smoke test does not run here. Run it where `npm install` can fetch Electron.',
  );

  const dir = await mkdtemp(path.join(os.tmpdir(), 'briefing-electron-'));
  const dataDir = path.join(dir, 'data');
  const env = { ...process.env } as Record<string, string>;
  delete env.ELECTRON_RENDERER_URL; // never the dev server: this is the packaged-style app:// path
  delete env.BRIEFING_DATA_DIR;
  try {
    const app = await electron.launch({ executablePath: binary!, args: [MAIN, '--data-dir', dataDir, '--lang=zh-CN'], env });
    const window = await app.firstWindow();
    await window.waitForLoadState('domcontentloaded');

    // The posture the page runs in: our bundle, no Node, only the invoke bridge.
    expect(window.url()).toMatch(/^app:\/\/bundle\//);
    const posture = await window.evaluate(async () => {
      const w = window as unknown as { briefing: BriefingBridge; require?: unknown; process?: unknown };
      return {
        require: typeof w.require,
        process: typeof w.process,
        bridge: Object.keys(w.briefing),
        unknown: await w.briefing.invoke('fs:read', { path: '/etc/passwd' }),
        malformed: await w.briefing.invoke('docs:get', { id: 1, extra: true }),
        external: await fetch('https://example.com/').then(() => 'loaded', () => 'blocked'),
      };
    });
    expect(posture).toMatchObject({
      require: 'undefined',
      process: 'undefined',
      bridge: ['invoke'],
      unknown: { ok: false, error: { code: 'unknownChannel' } },
      malformed: { ok: false, error: { code: 'validation' } },
      external: 'blocked',
    });

    // Create, title and save a document through the UI, as a secretary would.
    const title = '电子版冒烟测试 <b>会议纪要</b>';
    await window.getByRole('button', { name: t('actions.new') }).click();
    await window.getByTestId('template-builtin-minutes-hans').click();
    await window.getByTestId('title').fill(title);
    await window.getByRole('button', { name: t('actions.save') }).click();
    await expect(window.getByTestId('save-state')).toHaveText(t('shell.saved'));
    await window.getByRole('button', { name: t('actions.back') }).click();
    await expect(window.getByRole('cell', { name: title, exact: true })).toBeVisible();

    await app.close();

    // Quitting released the data-dir lock and the save is on disk.
    const services = await createServices({ dataDir, mode: 'cli', version: 'smoke' });
    try {
      const { entries } = await services.api['docs:list']({});
      expect(entries.map((e) => e.title)).toContain(title);
    } finally {
      await services.close();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
