import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import type { BriefingBridge } from '../../electron/preload/bridge';
import { createServices } from '../../electron/services';
import { lookup } from '../../shared/i18n';
import { electronBinary } from '../helpers/electron-binary';
import { embeddedFonts, fontDicts } from '../helpers/pdf-measure';

/**
 * The one test that runs the real app: Electron, the sandboxed preload, IPC with its sender
 * check, the app:// protocol and CSP, the store behind them. Everything else is tested without
 * Electron (browser mode e2e, unit tests), because most of our machines cannot run it.
 *
 * Needs `npm run build` (out/main, out/preload, out/renderer) and the Electron binary, which
 * `npm install` downloads into node_modules/electron/dist on machines that have the network.
 */

const MAIN = path.resolve('out/main/index.js');
const t = (key: string) => lookup('zh-CN', key);
const SKIP_REASON =
  'Electron binary not installed (node_modules/electron/dist and path.txt are missing): it cannot be downloaded on this machine, so the Electron smoke test does not run here. Run it where `npm install` can fetch Electron (.github/workflows/electron-smoke.yml).';

function envForApp(): Record<string, string> {
  const env = { ...process.env } as Record<string, string>;
  delete env.ELECTRON_RENDERER_URL; // never the dev server: this is the packaged-style app:// path
  delete env.BRIEFING_DATA_DIR;
  return env;
}

/** Starts the app on a fresh data dir and returns its first window, ready. */
async function launch(dataDir: string): Promise<{ app: ElectronApplication; window: Page }> {
  const app = await electron.launch({ executablePath: electronBinary()!, args: [MAIN, '--data-dir', dataDir, '--lang=zh-CN'], env: envForApp() });
  const window = await app.firstWindow();
  await window.waitForLoadState('domcontentloaded');
  return { app, window };
}

/** The native save dialog cannot be clicked by a test: main answers it with this path instead. */
async function answerSaveDialog(app: ElectronApplication, filePath: string): Promise<void> {
  await app.evaluate(({ dialog }, chosen) => {
    dialog.showSaveDialog = (async () => ({ canceled: false, filePath: chosen })) as typeof dialog.showSaveDialog;
  }, filePath);
}

/** Opens a new 纪要 from the built-in template in the editor. */
async function newMinutes(window: Page, title: string): Promise<void> {
  await window.getByRole('button', { name: t('actions.new') }).click();
  await window.getByTestId('template-builtin-minutes-hans').click();
  await window.getByTestId('title').fill(title);
}

/** Runs `body` against the app started on a fresh data dir in a temp folder, removed afterwards. */
async function withApp(body: (run: { app: ElectronApplication; window: Page; dir: string; dataDir: string }) => Promise<void>): Promise<void> {
  test.skip(electronBinary() === null, SKIP_REASON);
  const dir = await mkdtemp(path.join(os.tmpdir(), 'briefing-electron-'));
  const dataDir = path.join(dir, 'data');
  try {
    await body({ ...(await launch(dataDir)), dir, dataDir });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The data dir can be opened again: the app released its lock when it quit. */
async function expectLockReleased(dataDir: string): Promise<void> {
  const services = await createServices({ dataDir, mode: 'cli', version: 'smoke' });
  await services.close();
}

test('the Electron app starts, creates and saves a document, and quits leaving it on disk', async () => {
  const binary = electronBinary();
  test.skip(binary === null, SKIP_REASON);

  const dir = await mkdtemp(path.join(os.tmpdir(), 'briefing-electron-'));
  const dataDir = path.join(dir, 'data');
  try {
    const { app, window } = await launch(dataDir);

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
        external: await fetch('https://example.com/').then(
          () => 'loaded',
          () => 'blocked',
        ),
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
    await newMinutes(window, title);
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

test('export a PDF (fonts embedded and cut to the page), then close the window: the app quits and releases the data dir', () =>
  withApp(async ({ app, window, dir, dataDir }) => {
    await newMinutes(window, '导出后退出');
    await window.locator('textarea.para').first().fill('会议指出，要抓好科技创新。');
    const pdf = path.join(dir, '导出后退出.pdf');
    await answerSaveDialog(app, pdf);
    await window.getByTestId('export-open').click();
    const dialog = window.getByTestId('export-dialog');
    await dialog.getByTestId('export-submit').click();
    await expect(dialog.getByTestId('export-done')).toBeVisible({ timeout: 30_000 });
    // the font report reached the dialog, as in the CLI
    await expect(dialog.getByTestId('export-fonts')).toBeVisible();
    const bytes = readFileSync(pdf);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    // The fonts, on each OS's own font folders (not testable here): every font a real font, none
    // drawn as Type 3 pictures, and each embedded program cut to the page's characters by our
    // subsetter. Chromium keeps a system font's glyph slots, so an uncut CJK face embeds 10,000+.
    const dicts = await fontDicts(bytes);
    const embedded = await embeddedFonts(bytes);
    console.log('smoke PDF fonts:', JSON.stringify(embedded));
    expect(dicts.filter((d) => d.subtype === 'Type3')).toEqual([]);
    expect(embedded.length).toBeGreaterThan(0);
    for (const f of embedded) expect(f.glyphs, f.name).toBeLessThan(2_000);

    // close the window as the user does; the hidden print window must not keep the app alive
    const closed = app.waitForEvent('close');
    await app.evaluate(({ BrowserWindow }) =>
      BrowserWindow.getAllWindows()
        .find((w) => w.isVisible())
        ?.close(),
    );
    await closed;
    await expectLockReleased(dataDir);
  }));

test('export a user template to a file through the save dialog', () =>
  withApp(async ({ app, window, dir }) => {
    const created = await window.evaluate(async () => {
      const w = window as unknown as { briefing: BriefingBridge };
      const made = (await w.briefing.invoke('docs:create', { templateId: 'builtin-minutes-hans' })) as { ok: true; value: { doc: Record<string, unknown> & { kind: string; script: string } } };
      const d = made.value.doc;
      const template = {
        id: 'user-smoke',
        name: '冒烟模板',
        description: '',
        kind: d.kind,
        script: d.script,
        builtIn: false,
        body: { title: '冒烟模板标题', meeting: d.meeting, masthead: d.masthead, distribution: d.distribution, sections: d.sections },
      };
      return w.briefing.invoke('templates:save', { template });
    });
    expect(created).toMatchObject({ ok: true });
    const file = path.join(dir, '冒烟模板.json');
    await answerSaveDialog(app, file);
    await window.getByRole('button', { name: t('actions.new'), exact: true }).click();
    await window.getByTestId('new-dialog').getByRole('button', { name: '导出', exact: true }).click();
    await expect.poll(() => existsSync(file), { timeout: 15_000 }).toBe(true);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ format: 'briefing-desk/templates' });
    await app.close();
  }));

test('right-click in a paragraph shows the edit menu in the UI language', () =>
  withApp(async ({ app, window }) => {
    // a native menu cannot be read from the page: main records what it would pop up
    await app.evaluate(({ Menu }) => {
      const shown: { role?: string; label: string }[][] = [];
      (globalThis as { __popups?: typeof shown }).__popups = shown;
      Menu.prototype.popup = function popup(this: Electron.Menu) {
        shown.push(this.items.map((i) => ({ role: i.role, label: i.label })));
      };
    });
    await newMinutes(window, '右键菜单');
    const para = window.locator('textarea.para').first();
    await para.fill('会议指出，要抓好科技创新。');
    await para.click({ button: 'right' });
    await expect.poll(() => app.evaluate(() => ((globalThis as { __popups?: unknown[] }).__popups ?? []).length)).toBe(1);
    const items = await app.evaluate(() => (globalThis as { __popups?: { role?: string; label: string }[][] }).__popups![0]!);
    const shell = (key: string) => lookup('zh-CN', `menu.${key}`, {}, 'shell');
    expect(items.filter((i) => i.role).map((i) => i.label)).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'pasteAndMatchStyle', 'selectAll'].map(shell));
    await app.close();
  }));
