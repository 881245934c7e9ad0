import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Envelope } from '../../shared/api';
import { lookup } from '../../shared/i18n';
import { Briefing } from '../../shared/model';
import { createServices } from '../../electron/services';
import { defaultDataDir } from '../../electron/cli/data-dir';
import { LOCK_NAME } from '../../electron/services/store/lock';
import { PRINT_CSP } from '../../electron/services/static/csp';
import { ensureBuilt, launchBuiltApp, type StandinApp, type StandinState } from '../helpers/electron-standin';
import { embeddedFonts } from '../helpers/pdf-measure';

/**
 * The built app (out/main/index.js) run under Node with a stand-in 'electron' that models what the
 * earlier stand-in did not: hidden windows counted by 'window-all-closed', the quit sequence,
 * second launches, the Dock's 'activate', right-clicks, downloads, and print windows backed by
 * real Chromium (executeJavaScript runs, printToPDF prints, the debugger speaks CDP). Each test
 * is one of issue 14's findings, driven as a user would meet it.
 */
const fixture = Briefing.parse(JSON.parse(readFileSync(path.join(import.meta.dirname, '../fixtures/export/minutes-seed-hans.json'), 'utf8')));
const zh = (key: string, params: Record<string, string | number> = {}) => lookup('zh-CN', key, params, 'shell');

let root = '';
const running: StandinApp[] = [];

beforeAll(async () => {
  ensureBuilt();
  root = await mkdtemp(path.join(os.tmpdir(), 'briefing-bundle-'));
}, 240_000);
afterEach(async () => {
  for (const app of running.splice(0)) await app.kill();
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

let n = 0;
async function start(options: { packaged?: boolean; platform?: NodeJS.Platform; env?: Record<string, string>; dataDir?: string | null } = {}) {
  const dir = path.join(root, `run-${++n}`);
  const appData = path.join(dir, 'appdata');
  const home = path.join(dir, 'home');
  const dataDir = options.dataDir === null ? null : (options.dataDir ?? path.join(dir, 'data'));
  const app = launchBuiltApp({ appData, home, packaged: options.packaged, platform: options.platform, env: options.env, args: dataDir ? ['--data-dir', dataDir] : [] });
  running.push(app);
  const state = await app.waitFor((s) => s.windows.some((w) => w.preload && w.visible), 'the main window');
  return { app, dir, appData, home, dataDir, state };
}

async function call<T>(app: StandinApp, channel: string, payload: unknown): Promise<T> {
  const envelope = await app.request<Envelope>('invoke', { channel, payload });
  if (!envelope.ok) throw new Error(`${channel}: ${envelope.error.code} ${envelope.error.detail}`);
  return envelope.value as T;
}

const mainOf = (s: StandinState) => s.windows.find((w) => w.preload);

async function pdfInfo(bytes: Uint8Array): Promise<Record<string, string>> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const d = await pdfjs.getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
  try {
    return ((await d.getMetadata()) as unknown as { info: Record<string, string> }).info;
  } finally {
    await d.destroy();
  }
}

/**
 * Exports a PDF the way the app's renderer does: the native save dialog (answered by the stand-in
 * with `filePath`) returns a single-use handle, and export:pdf writes to that handle; the path
 * itself never crosses IPC.
 */
async function exportPdfTo<T>(app: StandinApp, doc: unknown, filePath: string): Promise<T> {
  await app.request('answerSaveDialog', { filePath });
  const { handle } = await call<{ handle: string | null }>(app, 'dialog:saveFile', { fileName: path.basename(filePath), format: 'pdf' });
  expect(handle).toMatch(/^fh_/);
  return call<T>(app, 'export:pdf', { doc, handle });
}

async function lockReleased(dataDir: string): Promise<void> {
  expect(existsSync(path.join(dataDir, LOCK_NAME))).toBe(false);
  const again = await createServices({ dataDir, mode: 'cli' });
  await again.close();
}

describe('the built app under a stand-in Electron', () => {
  it('exports a PDF, then quits when the main window is closed, releasing the lock', async () => {
    const { app, dir, dataDir } = await start();
    const out = path.join(dir, '纪要.pdf');
    const result = await exportPdfTo<{ pages: number; fonts: unknown[] }>(app, fixture, out);
    expect(result.pages).toBeGreaterThan(0);
    const state = await app.state();
    const main = mainOf(state)!;
    // the hidden print window exists, and is the main window's child
    expect(state.windows.filter((w) => !w.preload)).toEqual([expect.objectContaining({ visible: false, parent: main.id })]);

    await app.request('closeMainWindow');
    const { code, record } = await app.waitForExit('after the main window was closed following an export');
    expect(code).toBe(0);
    expect(record!.events.map((e) => e.name)).toContain('window-all-closed');
    await lockReleased(dataDir!);
  }, 120_000);

  it('writes the same PDF metadata and font report as the CLI printer', async () => {
    const { app, dir } = await start();
    const doc = { ...fixture, meeting: { ...fixture.meeting, name: '科技创新专题会议' } };
    const fromApp = await exportPdfTo<{ fonts: { role: string; family: string; preferred: boolean }[] }>(app, doc, path.join(dir, 'app.pdf'));
    await app.request('quit');
    await app.waitForExit('after quit');

    const cli = await createServices({ dataDir: path.join(dir, 'cli-data'), mode: 'cli' });
    let fromCli: typeof fromApp;
    try {
      fromCli = (await cli.api['export:pdf']({ doc, path: path.join(dir, 'cli.pdf') })) as typeof fromApp;
    } finally {
      await cli.close();
    }
    const [appInfo, cliInfo] = await Promise.all([pdfInfo(await readFile(path.join(dir, 'app.pdf'))), pdfInfo(await readFile(path.join(dir, 'cli.pdf')))]);
    const meta = (i: Record<string, string>) => ({ Title: i.Title, Author: i.Author, Subject: i.Subject, Creator: i.Creator });
    expect(meta(appInfo)).toEqual(meta(cliInfo));
    expect(appInfo).toMatchObject({ Title: '专题会议纪要', Author: '市科技局办公室', Subject: '科技创新专题会议', Creator: 'Briefing Desk' });
    expect(appInfo.CreationDate).toMatch(/^D:\d{14}/);
    // one entry per font role, each naming the family that drew it: the same in both printers
    expect(fromApp.fonts.length).toBeGreaterThan(0);
    expect(fromApp.fonts.every((f) => f.family !== '')).toBe(true);
    expect(fromApp.fonts).toEqual(fromCli.fonts);
    // both printers hand Chromium the page's fonts cut to its characters (electron/services/fonts):
    // a system font file would embed tens of thousands of glyph slots
    const [appFonts, cliFonts] = await Promise.all([embeddedFonts(await readFile(path.join(dir, 'app.pdf'))), embeddedFonts(await readFile(path.join(dir, 'cli.pdf')))]);
    expect(appFonts.length).toBeGreaterThan(0);
    expect(appFonts.map((f) => [f.name.slice(7), f.glyphs < 2_000])).toEqual(cliFonts.map((f) => [f.name.slice(7), true]));
  }, 120_000);

  it('exports the task register as XLSX to the file chosen in the save dialog', async () => {
    const { app, dir } = await start();
    const out = path.join(dir, '督办台账.xlsx');
    await app.request('answerSaveDialog', { filePath: out });
    const { handle } = await call<{ handle: string | null }>(app, 'dialog:saveFile', { fileName: '督办台账.xlsx', format: 'xlsx' });
    expect(handle).toMatch(/^fh_/);
    // the path stays in main: the renderer sends the handle, the services write the file
    const result = await call<{ path: string; rows: number }>(app, 'tasks:export', { format: 'xlsx', handle });
    expect(result).toMatchObject({ path: '督办台账.xlsx', rows: 0 });
    expect(readFileSync(out).subarray(0, 2).toString('latin1')).toBe('PK'); // a zip: the workbook
    const state = await app.state();
    expect(state.dialogs.filter((d) => d.kind === 'save').at(-1)).toMatchObject({ title: lookup('zh-CN', 'export.button', {}, 'tasks') });
  }, 120_000);

  it('opens the system print dialog over the main window', async () => {
    const { app } = await start();
    await expect(call(app, 'print:document', { doc: fixture })).resolves.toEqual({ printed: true });
    const state = await app.state();
    expect(state.printed).toHaveLength(1);
    expect(state.printed[0]).toMatchObject({ parent: mainOf(state)!.id, visible: false, options: { silent: false, duplexMode: 'longEdge' } });
  }, 120_000);

  it('keeps running on macOS when the window closes, and brings a window back on activate and on a second launch', async () => {
    const { app, dataDir } = await start({ platform: 'darwin' });
    await exportPdfTo(app, fixture, path.join(root, 'mac.pdf'));
    // no parent on macOS: AppKit would show a hidden child again when its parent is restored
    expect((await app.state()).windows.filter((w) => !w.preload)).toEqual([expect.objectContaining({ visible: false, parent: null })]);
    await app.request('closeMainWindow');
    // every window is gone (the print window with it), the app is still there, as macOS apps are
    let s = await app.waitFor((st) => st.windows.length === 0, 'all windows closed');
    expect(s.events.map((e) => e.name)).toContain('window-all-closed');
    expect(app.exitCode).toBeUndefined();

    // two clicks on the Dock icon in a row: one window
    await Promise.all([app.request('activate'), app.request('activate')]);
    s = await app.waitFor((st) => st.windows.some((w) => w.preload && w.visible), 'a new main window on activate');
    expect(mainOf(s)!.loaded).toEqual(['app://bundle/index.html']);
    await call(app, 'docs:list', {});
    expect((await app.state()).windows.filter((w) => w.preload)).toHaveLength(1);
    // the new window is served: IPC answers from it
    await expect(call(app, 'docs:list', {})).resolves.toMatchObject({ entries: expect.any(Array) });

    await app.request('closeMainWindow');
    await app.waitFor((st) => st.windows.length === 0, 'the window closed again');
    await app.request('secondInstance', { argv: ['briefing-desk'], cwd: '/' });
    await app.waitFor((st) => st.windows.some((w) => w.preload && w.visible), 'a new main window on a second launch');

    await app.request('quit');
    expect((await app.waitForExit('after ⌘Q')).code).toBe(0);
    await lockReleased(dataDir!);
  }, 120_000);

  it('brings the window forward on a second launch, and says so when it asks for another data dir', async () => {
    const { app, dataDir } = await start();
    const before = mainOf(await app.state())!;
    await app.request('secondInstance', { argv: ['briefing-desk', '--data-dir', dataDir!], cwd: '/' });
    let s = await app.waitFor((st) => mainOf(st)!.focused > before.focused, 'the window focused');
    expect(s.dialogs).toEqual([]);

    const usb = path.join(root, 'usb', '简报库');
    await app.request('secondInstance', { argv: ['briefing-desk', `--data-dir=${usb}`], cwd: '/' });
    s = await app.waitFor((st) => st.dialogs.length > 0, 'the message about the other data dir');
    expect(s.dialogs[0]).toEqual({
      kind: 'message',
      parent: before.id,
      title: zh('dialogs.otherDataDirTitle'),
      message: zh('dialogs.otherDataDir', { current: dataDir!, requested: usb }),
      detail: zh('dialogs.otherDataDirDetail'),
      buttons: [zh('dialogs.ok')],
    });
    expect(s.windows.filter((w) => w.preload)).toHaveLength(1);
  }, 60_000);

  it('shows an edit menu on right-click, in the UI language', async () => {
    const { app } = await start();
    const params = (isEditable: boolean, selectionText: string) => ({
      isEditable,
      selectionText,
      editFlags: { canUndo: false, canRedo: false, canCut: true, canCopy: true, canPaste: true, canSelectAll: true, canEditRichly: true, canDelete: true },
      x: 10,
      y: 10,
      linkURL: '',
      mediaType: 'none',
    });
    await app.request('contextMenu', { params: params(true, '会议') });
    let s = await app.waitFor((st) => st.popups.length === 1, 'the context menu');
    expect(s.popups[0]!.window).toBe(mainOf(s)!.id);
    const items = s.popups[0]!.template.filter((i) => i.role);
    expect(items.map((i) => [i.role, i.label])).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'pasteAndMatchStyle', 'selectAll'].map((r) => [r, zh(`menu.${r}`)]));

    // a bare click on the page: no menu
    await app.request('contextMenu', { params: params(false, '') });
    // the UI language follows Settings
    const { settings } = await call<{ settings: Record<string, unknown> }>(app, 'settings:get', {});
    await call(app, 'settings:set', { settings: { ...settings, locale: 'en' } });
    await app.request('contextMenu', { params: params(false, '纪要') });
    s = await app.waitFor((st) => st.popups.length === 2, 'the second context menu');
    expect(s.popups[1]!.template.map((i) => [i.role, i.label])).toEqual([['copy', 'Copy']]);
  }, 60_000);

  it('cancels every download (exports are written by main)', async () => {
    const { app } = await start();
    await expect(app.request('download')).resolves.toEqual({ prevented: true });
  }, 60_000);
});

describe('where the built app keeps its library', () => {
  it('installed: userData is briefing-desk, named before ready, the folder the CLI uses', async () => {
    const { app, appData, home, state } = await start({ packaged: true, dataDir: null });
    expect(state.userData).toBe(path.join(appData, 'briefing-desk'));
    expect(state.userDataSetBeforeReady).toBe(true);
    expect(state.lockDir).toBe(state.userData);
    const created = await call<{ doc: { id: string } }>(app, 'docs:create', { templateId: 'builtin-minutes-hans', title: '安装版文档' });
    await app.request('quit');
    await app.waitForExit('after quit');
    // the CLI with no --data-dir, on the same machine, finds that document
    const cliDir = defaultDataDir({ XDG_CONFIG_HOME: appData }, 'linux', home);
    expect(cliDir).toBe(path.join(state.userData, 'data'));
    const cli = await createServices({ dataDir: cliDir, mode: 'cli' });
    try {
      expect((await cli.api['docs:list']({})).entries.map((e) => e.id)).toContain(created.doc.id);
    } finally {
      await cli.close();
    }
  }, 60_000);

  it('unpackaged (npm start, npm run dev): a separate briefing-desk-dev folder', async () => {
    const { app, appData, state } = await start({ packaged: false, dataDir: null });
    expect(state.userData).toBe(path.join(appData, 'briefing-desk-dev'));
    expect(state.lockDir).toBe(state.userData);
    await app.waitFor(() => existsSync(path.join(state.userData, 'data', LOCK_NAME)), 'the library opened in the dev folder');
  }, 60_000);
});

describe('print pages in npm run dev', () => {
  const DEV = { ELECTRON_RENDERER_URL: 'http://localhost:5173' };

  it('may be framed by the loopback dev server when unpackaged', async () => {
    const { app, state } = await start({ env: DEV });
    expect(mainOf(state)!.loaded).toEqual(['http://localhost:5173']);
    const { url } = await call<{ url: string }>(app, 'preview:publish', { doc: fixture });
    const page = await app.request<{ status: number; headers: Record<string, string> }>('protocolGet', { url });
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toMatch(/frame-ancestors app: http:\/\/localhost:5173$/);
  }, 60_000);

  it('keep the packaged policy in a packaged app, whatever the environment says', async () => {
    const { app, state } = await start({ packaged: true, env: DEV });
    expect(mainOf(state)!.loaded).toEqual(['app://bundle/index.html']);
    const { url } = await call<{ url: string }>(app, 'preview:publish', { doc: fixture });
    const page = await app.request<{ headers: Record<string, string> }>('protocolGet', { url });
    expect(page.headers['content-security-policy']).toBe(PRINT_CSP);
  }, 60_000);
});

describe('the built app’s security posture under the stand-in', () => {
  let app: StandinApp;
  let state: StandinState;
  beforeAll(async () => {
    const dir = path.join(root, 'posture');
    app = launchBuiltApp({ appData: path.join(dir, 'appdata'), home: path.join(dir, 'home'), args: ['--data-dir', path.join(dir, 'data')] });
    state = await app.waitFor((s) => s.windows.some((w) => w.preload && w.visible), 'the main window');
  }, 60_000);
  afterAll(async () => {
    await app.kill();
  });

  it('registers app:// as a standard, secure scheme before ready, and nothing more', () => {
    expect(state.schemes).toEqual([expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) })]);
    expect(JSON.stringify(state.schemes)).not.toMatch(/bypassCSP|corsEnabled/);
  });

  it('opens one isolated, sandboxed window on app://bundle with the CJS preload', () => {
    const main = mainOf(state)!;
    expect(state.windows).toHaveLength(1);
    expect(main.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false, spellcheck: false });
    expect(String(main.webPreferences.preload)).toMatch(/[/\\]preload[/\\]index\.cjs$/);
    expect(existsSync(String(main.webPreferences.preload))).toBe(true);
    expect(main.loaded).toEqual(['app://bundle/index.html']);
  });

  it('locks down the session and the window: no permissions, no outside requests, no navigation or new windows', async () => {
    const d = await app.request<{
      granted: { permission: string; request: boolean; check: boolean }[];
      requests: { url: string; allowed: boolean }[];
      guards: Record<string, number>;
      windowOpen: { action: string } | null;
      spellcheck: boolean;
    }>('decisions', { permissions: ['media', 'notifications', 'geolocation'], urls: ['app://bundle/assets/a.js', 'https://example.com/', 'file:///etc/passwd', 'data:image/png;base64,AA=='] });
    expect(d.granted.every((g) => g.request === false && g.check === false)).toBe(true);
    expect(Object.fromEntries(d.requests.map((r) => [r.url, r.allowed]))).toEqual({
      'app://bundle/assets/a.js': true,
      'https://example.com/': false,
      'file:///etc/passwd': false,
      'data:image/png;base64,AA==': true,
    });
    expect(d.spellcheck).toBe(false);
    for (const [event, listeners] of Object.entries(d.guards)) expect(listeners, event).toBeGreaterThan(0);
    expect(d.windowOpen).toEqual({ action: 'deny' });
  });

  it('serves IPC to the main frame only, through the contract', async () => {
    const ask = (channel: string, payload: unknown, from: object = {}) => app.request<Envelope>('invoke', { channel, payload, ...from });
    await expect(ask('docs:create', { templateId: 'builtin-minutes-hans', title: '主进程接线测试' })).resolves.toMatchObject({ ok: true });
    await expect(ask('docs:list', {})).resolves.toMatchObject({ ok: true, value: { entries: [expect.objectContaining({ title: '主进程接线测试' })] } });
    const forbidden = { ok: false, error: { code: 'forbidden' } };
    await expect(ask('docs:list', {}, { frame: { parent: {} } })).resolves.toMatchObject(forbidden);
    await expect(ask('docs:list', {}, { frame: { url: 'https://example.com/' } })).resolves.toMatchObject(forbidden);
    await expect(ask('docs:list', {}, { frame: { routingId: 99 } })).resolves.toMatchObject(forbidden);
    await expect(ask('docs:list', {}, { senderId: 9999 })).resolves.toMatchObject(forbidden);
    await expect(ask('docs:list', {}, { frame: null })).resolves.toMatchObject(forbidden);
    await expect(ask('docs:list', { trashed: 'yes' })).resolves.toMatchObject({ ok: false, error: { code: 'validation' } });
    await expect(ask('fs:read', {})).resolves.toMatchObject({ ok: false, error: { code: 'unknownChannel' } });
  });

  it('checks words in its worker thread (out/main/check-words-worker.js): pending at first, then word findings', async () => {
    const doc = structuredClone(fixture);
    doc.sections[0]!.paragraphs = ['会议要求，各单位不能松驰懈怠。。'];
    const check = async () => {
      const r = await app.request<Envelope>('invoke', { channel: 'check:run', payload: { doc } });
      expect(r.ok, JSON.stringify(r)).toBe(true);
      return (r as { value: { diagnostics: { rule: string; fix?: { replacement: string } }[]; wordsPending?: boolean } }).value;
    };
    const first = await check();
    expect(first.diagnostics.map((d) => d.rule)).toContain('DUP-01');
    // Until the worker has loaded jieba-wasm from out/main/node_modules, checks answer without it.
    let r = first;
    while (r.wordsPending) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      r = await check();
    }
    expect(r.diagnostics.filter((d) => d.rule.startsWith('WRD-')).map((d) => d.fix?.replacement)).toEqual(['松弛']);
  }, 120_000);

  it('labels the application menu in the user language, with paste as plain text', () => {
    const menu = JSON.stringify(state.appMenu);
    expect(menu).toContain(zh('menu.edit'));
    expect(menu).toContain(zh('menu.pasteAndMatchStyle'));
  });

  it('serves the built bundle under the CSP and nothing outside it', async () => {
    const get = (url: string, method = 'GET') => app.request<{ status: number; headers: Record<string, string>; body: string }>('protocolGet', { url, method });
    const index = await get('app://bundle/');
    expect(index.status).toBe(200);
    expect(index.headers['content-security-policy']).toMatch(/^default-src 'self'/);
    expect(index.headers['x-content-type-options']).toBe('nosniff');
    for (const url of [
      'app://bundle/../main/index.js',
      'app://bundle/%2e%2e/%2e%2e/package.json',
      'app://bundle/..%2fmain%2findex.js',
      'app://other/index.html',
      'app://bundle/missing.js',
      'app://print/not-a-job.html',
    ]) {
      expect((await get(url)).status, url).toBe(404);
    }
    expect((await get('app://bundle/index.html', 'POST')).status).toBe(405);
  });
});

describe('a data dir held by another process', () => {
  it('shows the locked message in the user language and exits, opening no window', async () => {
    const dataDir = path.join(root, 'held', 'data');
    const holder = await createServices({ dataDir, mode: 'cli' });
    try {
      const app = launchBuiltApp({ appData: path.join(root, 'held', 'appdata'), home: path.join(root, 'held', 'home'), args: ['--data-dir', dataDir] });
      running.push(app);
      const { code, record } = await app.waitForExit('after the locked message');
      expect(code).toBe(1);
      expect(record!.events.filter((e) => e.name === 'window-created')).toEqual([]);
      // One dialog: the take-over confirmation (who holds it, what taking over risks), answered Quit.
      expect(record!.dialogs).toHaveLength(1);
      expect(record!.dialogs[0]!.title).toBe(lookup('zh-CN', 'lock.title'));
      expect(record!.dialogs[0]!.message).toBe(lookup('zh-CN', 'errors.locked', { pid: process.pid, path: dataDir }));
      expect(record!.dialogs[0]).toMatchObject({ buttons: [lookup('zh-CN', 'lock.quit'), lookup('zh-CN', 'lock.takeOver')], defaultId: 0, cancelId: 0 });
      expect(existsSync(path.join(dataDir, LOCK_NAME))).toBe(true);
    } finally {
      await holder.close();
    }
  }, 60_000);

  it('takes the data dir over only after the user confirms, and opens the window', async () => {
    const dataDir = path.join(root, 'taken', 'data');
    const holder = await createServices({ dataDir, mode: 'cli' });
    try {
      const app = launchBuiltApp({
        appData: path.join(root, 'taken', 'appdata'),
        home: path.join(root, 'taken', 'home'),
        args: ['--data-dir', dataDir],
        env: { STANDIN_MESSAGE_RESPONSE: '1' },
      });
      running.push(app);
      const s = await app.waitFor((st) => st.windows.some((w) => w.preload), 'the main window after taking over');
      expect(s.dialogs).toEqual([expect.objectContaining({ title: lookup('zh-CN', 'lock.title') })]);
      await app.request('quit');
      expect((await app.waitForExit('after quit')).code).toBe(0);
    } finally {
      await holder.close().catch(() => undefined);
    }
  }, 60_000);
});
