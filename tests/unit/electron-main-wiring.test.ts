import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { lookup } from '../../shared/i18n';
import { createServices } from '../../electron/services';
import { LOCK_NAME } from '../../electron/services/store/lock';

/**
 * Electron cannot run here, so electron/main runs against a recording stand-in for the 'electron'
 * module: the real services, real data dir and real policy, with Electron's objects reduced to
 * what main calls on them. It proves the wiring (what is registered, with which options, and what
 * the handlers do); the Playwright _electron smoke test proves it against real Electron elsewhere.
 */

type Handler = (...args: never[]) => unknown;
const fake = vi.hoisted(() => {
  const state = {
    schemes: [] as unknown[],
    protocolHandler: null as null | ((req: { url: string; method: string }) => Promise<Response>),
    ipc: new Map<string, Handler>(),
    appEvents: new Map<string, Handler[]>(),
    windows: [] as FakeWindow[],
    menus: [] as unknown[],
    dialogs: [] as { message: string; title: string }[],
    session: { permissionRequest: null as Handler | null, permissionCheck: null as Handler | null, beforeRequest: null as Handler | null, spellcheck: true },
    quit: 0,
    exitCode: null as number | null,
    nextRouting: 1,
  };
  class FakeWebContents {
    id = state.nextRouting;
    mainFrame = { processId: 7, routingId: state.nextRouting++, url: '' };
    loaded: string[] = [];
    printed: unknown[] = [];
    async loadURL(url: string) {
      this.loaded.push(url);
      this.mainFrame.url = url;
    }
    on() {
      return this;
    }
    setWindowOpenHandler() {}
    async executeJavaScript() {
      return true;
    }
    async printToPDF(options: unknown) {
      this.printed.push(options);
      return Buffer.from('%PDF-1.7 fake');
    }
  }
  class FakeWindow {
    webContents = new FakeWebContents();
    destroyed = false;
    constructor(public options: { webPreferences: Record<string, unknown>; show?: boolean }) {
      state.windows.push(this);
    }
    loadURL(url: string) {
      return this.webContents.loadURL(url);
    }
    once() {}
    on() {}
    isDestroyed() {
      return this.destroyed;
    }
    destroy() {
      this.destroyed = true;
    }
    isMinimized() {
      return false;
    }
    show() {}
    focus() {}
    restore() {}
  }
  const on = (name: string, fn: Handler) => {
    state.appEvents.set(name, [...(state.appEvents.get(name) ?? []), fn]);
  };
  const electron = {
    app: {
      isPackaged: false,
      requestSingleInstanceLock: () => true,
      whenReady: () => Promise.resolve(),
      getLocale: () => 'zh-CN',
      getPath: () => '/nonexistent-userData',
      getVersion: () => '0.0.0-test',
      on,
      quit: () => {
        state.quit++;
      },
      exit: (code: number) => {
        state.exitCode = code;
      },
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => state.schemes.push(...schemes),
      handle: (_scheme: string, fn: typeof state.protocolHandler) => {
        state.protocolHandler = fn;
      },
    },
    ipcMain: {
      handle: (channel: string, fn: Handler) => state.ipc.set(channel, fn),
      removeHandler: (channel: string) => state.ipc.delete(channel),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (fn: Handler) => (state.session.permissionRequest = fn),
        setPermissionCheckHandler: (fn: Handler) => (state.session.permissionCheck = fn),
        setDevicePermissionHandler: () => {},
        setSpellCheckerEnabled: (on: boolean) => (state.session.spellcheck = on),
        webRequest: { onBeforeRequest: (fn: Handler) => (state.session.beforeRequest = fn) },
        on: () => {},
      },
    },
    Menu: { buildFromTemplate: (t: unknown) => t, setApplicationMenu: (m: unknown) => state.menus.push(m) },
    dialog: {
      showMessageBox: async (...args: unknown[]) => {
        state.dialogs.push(args[args.length - 1] as { message: string; title: string });
        return { response: 0 };
      },
    },
    BrowserWindow: FakeWindow,
  };
  return { state, electron };
});
vi.mock('electron', () => ({ ...fake.electron, default: fake.electron }));

const { state } = fake;
let dir = '';

async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
  if (!check()) throw new Error(`timed out waiting for ${what}`);
}

function emit(name: string, ...args: unknown[]) {
  for (const fn of state.appEvents.get(name) ?? []) (fn as (...a: unknown[]) => unknown)(...args);
}

describe('electron/main wired against a stand-in Electron', () => {
  let dataDir = '';
  const argv = process.argv;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'briefing-main-'));
    dataDir = path.join(dir, 'data');
    process.argv = [...argv, '--data-dir', dataDir];
    await import('../../electron/main/index');
    await until(() => state.windows.length === 1, 'the main window');
  });
  afterAll(async () => {
    process.argv = argv;
    await rm(dir, { recursive: true, force: true });
  });

  it('registers app:// as a standard, secure scheme before ready', () => {
    expect(state.schemes).toEqual([expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) })]);
    expect(JSON.stringify(state.schemes)).not.toMatch(/bypassCSP|corsEnabled/);
  });

  it('opens one isolated, sandboxed window on app://bundle with the CJS preload', () => {
    const win = state.windows[0]!;
    expect(win.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, webviewTag: false, spellcheck: false });
    expect(String(win.options.webPreferences.preload)).toMatch(/[/\\]preload[/\\]index\.cjs$/);
    expect(win.webContents.loaded).toEqual(['app://bundle/index.html']);
  });

  it('locks down the session: no permissions, no spellchecker download, no outside requests', () => {
    const granted: boolean[] = [];
    (state.session.permissionRequest as unknown as (wc: unknown, p: string, cb: (g: boolean) => void) => void)(null, 'media', (g) => granted.push(g));
    expect(granted).toEqual([false]);
    expect((state.session.permissionCheck as unknown as (wc: unknown, p: string) => boolean)(null, 'notifications')).toBe(false);
    expect(state.session.spellcheck).toBe(false);
    const decide = (url: string) => {
      let cancel: boolean | undefined;
      (state.session.beforeRequest as unknown as (d: { url: string }, cb: (r: { cancel: boolean }) => void) => void)({ url }, (r) => (cancel = r.cancel));
      return cancel;
    };
    expect(decide('app://bundle/assets/a.js')).toBe(false);
    expect(decide('https://example.com/')).toBe(true);
    expect(decide('file:///etc/passwd')).toBe(true);
  });

  it('registers the handlers that deny navigation, redirects, new windows and webviews', () => {
    const events: string[] = [];
    let openHandler: (() => { action: string }) | null = null;
    const contents = { on: (e: string) => (events.push(e), contents), setWindowOpenHandler: (fn: () => { action: string }) => (openHandler = fn) };
    emit('web-contents-created', {}, contents);
    expect(events).toEqual(expect.arrayContaining(['will-navigate', 'will-redirect', 'will-frame-navigate', 'will-attach-webview']));
    expect(openHandler!()).toEqual({ action: 'deny' });
  });

  it('serves IPC to the main frame only, through the contract', async () => {
    const handler = state.ipc.get('briefing:invoke') as unknown as (event: unknown, channel: unknown, payload: unknown) => Promise<unknown>;
    const win = state.windows[0]!;
    const frame = (patch: object = {}) => ({ url: 'app://bundle/index.html', parent: null, processId: 7, routingId: win.webContents.mainFrame.routingId, ...patch });
    const event = (patch: object = {}) => ({ sender: { id: win.webContents.id }, senderFrame: frame(patch) });

    const created = (await handler(event(), 'docs:create', { templateId: 'builtin-minutes-hans', title: '主进程接线测试' })) as { ok: boolean; value: { doc: { id: string } } };
    expect(created.ok).toBe(true);
    await expect(handler(event(), 'docs:list', {})).resolves.toMatchObject({ ok: true, value: { entries: [expect.objectContaining({ title: '主进程接线测试' })] } });

    await expect(handler(event({ parent: {} }), 'docs:list', {})).resolves.toMatchObject({ ok: false, error: { code: 'forbidden' } });
    await expect(handler(event({ url: 'https://example.com/' }), 'docs:list', {})).resolves.toMatchObject({ ok: false, error: { code: 'forbidden' } });
    await expect(handler({ sender: { id: 999 }, senderFrame: frame() }, 'docs:list', {})).resolves.toMatchObject({ ok: false, error: { code: 'forbidden' } });
    await expect(handler({ sender: { id: win.webContents.id }, senderFrame: null }, 'docs:list', {})).resolves.toMatchObject({ ok: false, error: { code: 'forbidden' } });
    await expect(handler(event(), 'docs:list', { trashed: 'yes' })).resolves.toMatchObject({ ok: false, error: { code: 'validation' } });
    await expect(handler(event(), 'fs:read', {})).resolves.toMatchObject({ ok: false, error: { code: 'unknownChannel' } });
    await expect(handler(event(), 'docs:create', { templateId: 'x', title: 'y'.repeat(9 * 1024 * 1024) })).resolves.toMatchObject({ ok: false, error: { code: 'payloadTooLarge' } });
  });

  it('labels the menu in the user language', () => {
    expect(JSON.stringify(state.menus.at(-1))).toContain(lookup('zh-CN', 'menu.edit', {}, 'shell'));
  });

  it('refuses app:// traversal at the protocol handler', async () => {
    const res = await state.protocolHandler!({ url: 'app://bundle/%2e%2e/%2e%2e/package.json', method: 'GET' });
    expect(res.status).toBe(404);
    const post = await state.protocolHandler!({ url: 'app://bundle/index.html', method: 'POST' });
    expect(post.status).toBe(405);
  });

  it('closes the services on quit, releasing the data dir', async () => {
    let prevented = false;
    emit('will-quit', { preventDefault: () => (prevented = true) });
    expect(prevented).toBe(true);
    await until(() => state.quit > 0, 'app.quit after closing the services');
    const again = await createServices({ dataDir, mode: 'cli' });
    await again.close();
  });
});

describe('a data dir held by another process', () => {
  it('shows the locked message in the user language and exits', async () => {
    vi.resetModules();
    state.windows.length = 0;
    state.dialogs.length = 0;
    state.exitCode = null;
    const heldRoot = await mkdtemp(path.join(os.tmpdir(), 'briefing-held-'));
    const dataDir = path.join(heldRoot, 'data');
    await mkdir(dataDir, { recursive: true });
    // The store's own lock file, naming a live process that is not us (our parent).
    await writeFile(path.join(dataDir, LOCK_NAME), JSON.stringify({ pid: process.ppid, host: os.hostname(), startedAt: new Date().toISOString() }));
    const argv = process.argv;
    process.argv = [...argv, '--data-dir', dataDir];
    try {
      await import('../../electron/main/index');
      await until(() => state.exitCode !== null, 'app.exit');
    } finally {
      process.argv = argv;
      await rm(heldRoot, { recursive: true, force: true });
    }
    expect(state.exitCode).toBe(1);
    expect(state.windows).toHaveLength(0);
    // One dialog: the take-over confirmation (who holds it, what taking over risks), answered Quit.
    expect(state.dialogs).toHaveLength(1);
    expect(state.dialogs[0]!.title).toBe(lookup('zh-CN', 'lock.title'));
    expect(state.dialogs[0]!.message).toBe(lookup('zh-CN', 'errors.locked', { pid: process.ppid, path: dataDir }));
    expect(state.dialogs[0]).toMatchObject({ buttons: [lookup('zh-CN', 'lock.quit'), lookup('zh-CN', 'lock.takeOver')], defaultId: 0, cancelId: 0 });
  });
});

describe('app:// protocol and the printToPDF adapter', () => {
  it('serves the bundle with the CSP and print jobs with the print CSP, nothing outside', async () => {
    const { handleAppProtocol } = await import('../../electron/main/protocol');
    const { PrintJobs } = await import('../../electron/main/print-jobs');
    const { contentSecurityPolicy, PRINT_CSP } = await import('../../electron/main/policy');
    const root = await mkdtemp(path.join(os.tmpdir(), 'briefing-proto-'));
    try {
      const rendererDir = path.join(root, 'renderer');
      await mkdir(path.join(rendererDir, 'assets'), { recursive: true });
      await writeFile(path.join(rendererDir, 'index.html'), '<!doctype html><title>简报台</title>');
      await writeFile(path.join(rendererDir, 'assets', 'a.js'), 'export {}');
      await writeFile(path.join(root, 'secret.txt'), 'secret');
      const jobs = new PrintJobs();
      handleAppProtocol(rendererDir, jobs);
      const get = (url: string) => state.protocolHandler!({ url, method: 'GET' });

      const index = await get('app://bundle/');
      expect(index.status).toBe(200);
      expect(await index.text()).toContain('简报台');
      expect(index.headers.get('content-security-policy')).toBe(contentSecurityPolicy());
      expect(index.headers.get('x-content-type-options')).toBe('nosniff');
      expect((await get('app://bundle/assets/a.js')).headers.get('content-type')).toMatch(/^text\/javascript/);
      for (const url of ['app://bundle/../secret.txt', 'app://bundle/%2e%2e/secret.txt', 'app://bundle/..%2fsecret.txt', 'app://other/secret.txt', 'app://bundle/missing.js']) {
        expect((await get(url)).status, url).toBe(404);
      }

      const job = jobs.add('<!doctype html><style>@page{size:A4}</style><p>纪要</p>');
      const printed = await get(job.url);
      expect(await printed.text()).toContain('纪要');
      expect(printed.headers.get('content-security-policy')).toBe(PRINT_CSP);
      jobs.remove(job.id);
      expect((await get(job.url)).status).toBe(404);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  it('prints in one reused hidden window with the CSS page size, and cleans up', async () => {
    const { createElectronPrinter } = await import('../../electron/main/print-to-pdf');
    const { PrintJobs } = await import('../../electron/main/print-jobs');
    const jobs = new PrintJobs();
    const before = state.windows.length;
    const printer = createElectronPrinter(jobs);
    const [a, b] = await Promise.all([printer.print('<p>一</p>'), printer.print('<p>二</p>', { outline: false })]);
    expect(Buffer.from(a!).toString()).toBe('%PDF-1.7 fake');
    expect(b).toBeInstanceOf(Uint8Array);
    expect(state.windows.length).toBe(before + 1);
    const win = state.windows.at(-1)!;
    expect(win.options.show).toBe(false);
    expect(win.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false });
    expect(win.options.webPreferences.preload).toBeUndefined();
    expect(win.webContents.loaded).toHaveLength(2);
    for (const url of win.webContents.loaded) expect(url).toMatch(/^app:\/\/print\/[0-9a-f-]{36}\.html$/);
    expect(win.webContents.printed[0]).toEqual({ preferCSSPageSize: true, printBackground: true, generateTaggedPDF: true, generateDocumentOutline: true });
    expect(win.webContents.printed[1]).toMatchObject({ preferCSSPageSize: true, generateDocumentOutline: false });
    expect(jobs.size).toBe(0);

    const aborted = new AbortController();
    aborted.abort();
    await expect(printer.print('<p>三</p>', { signal: aborted.signal })).rejects.toMatchObject({ name: 'AbortError' });
    await printer.close();
    expect(win.destroyed).toBe(true);
  });
});
