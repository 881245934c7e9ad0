// A stand-in for the 'electron' module, for running the BUILT app (out/main/index.js) under plain
// Node where the Electron binary cannot run. It models the behaviour of Electron 45 that the app's
// wiring depends on, not just the names:
// - every BrowserWindow counts for 'window-all-closed', shown or hidden; closing a parent closes
//   its child windows first (BaseWindow::OnWindowClosed); without a 'window-all-closed' listener
//   the app quits; app.quit() closes the windows, then 'will-quit' (preventable), then exits;
// - the ready rules: protocol.registerSchemesAsPrivileged before 'ready', protocol.handle and
//   session.defaultSession after it; a second ipcMain.handle for one channel throws;
// - 'second-instance', 'activate', 'context-menu' and the session's 'will-download' are emitted
//   when the test asks, with Electron's arguments;
// - a window's webContents that loads an app://print page is a real Chromium page (playwright-core):
//   the page is fetched through the app's own protocol handler and webRequest filter (so its CSP
//   applies), executeJavaScript runs the code (Runtime.evaluate, promises awaited), printToPDF
//   prints a real PDF and webContents.debugger speaks the real DevTools protocol.
// The test drives it over the Node IPC channel of the child process (see ../electron-standin.ts).
import { EventEmitter } from 'node:events';
import os from 'node:os';
import path from 'node:path';

const env = process.env;
const record = {
  events: [],
  schemes: [],
  dialogs: [],
  popups: [],
  printed: [],
  pdfOptions: [],
  appMenu: null,
  lockDir: null,
  userDataSetBeforeReady: false,
  quitCalls: 0,
};
const note = (name, detail = {}) => record.events.push({ name, ...detail });

function makeEvent() {
  return {
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true;
    },
  };
}

// ---------------------------------------------------------------- Chromium behind print windows
let browserPromise = null;
async function browser() {
  browserPromise ??= import('playwright-core').then(({ chromium }) => chromium.launch({ ...JSON.parse(env.STANDIN_CHROMIUM ?? '{}'), headless: true }));
  return browserPromise;
}
const HTTP_SUFFIX = '.app-standin.test';
const toHttp = (url) => url.replace(/^app:\/\/([^/]+)/i, (_m, host) => `http://${host}${HTTP_SUFFIX}`);
const toApp = (url) => {
  const m = /^http:\/\/([^/]+)\.app-standin\.test(\/.*)?$/.exec(url);
  return m ? `app://${m[1]}${m[2] ?? '/'}` : null;
};

// ---------------------------------------------------------------- app
let ready = false;
let quitting = false;
let exited = false;
const paths = new Map();
const windows = new Set();
let nextId = 1;

class App extends EventEmitter {
  isPackaged = env.STANDIN_PACKAGED === '1';
  #name = env.STANDIN_PRODUCT_NAME ?? 'Electron';
  whenReady() {
    return readyPromise;
  }
  isReady() {
    return ready;
  }
  getName() {
    return this.#name;
  }
  setName(name) {
    this.#name = name;
  }
  getLocale() {
    return env.STANDIN_LOCALE ?? 'en-US';
  }
  getVersion() {
    return '0.0.0-standin';
  }
  getPath(name) {
    if (paths.has(name)) return paths.get(name);
    const appData = env.STANDIN_APPDATA ?? path.join(os.homedir(), '.config');
    switch (name) {
      case 'appData':
        return appData;
      case 'userData':
      case 'sessionData':
        // Electron's default: appData/<app name>, and the name of an unpackaged app is package.json's productName
        return path.join(appData, this.#name);
      case 'documents':
        return path.join(env.STANDIN_HOME ?? os.homedir(), 'Documents');
      case 'home':
        return env.STANDIN_HOME ?? os.homedir();
      case 'temp':
        return os.tmpdir();
      default:
        throw new Error(`Failed to get '${name}' path`);
    }
  }
  setPath(name, value) {
    if (!path.isAbsolute(value)) throw new Error(`Path must be absolute: ${value}`);
    paths.set(name, value);
    if (name === 'userData' && !ready) record.userDataSetBeforeReady = true;
  }
  requestSingleInstanceLock() {
    // the lock is a file in userData: where it is taken is what the test checks
    record.lockDir = this.getPath('userData');
    return env.STANDIN_SINGLE_INSTANCE !== 'held';
  }
  quit() {
    record.quitCalls++;
    if (exited) return;
    const before = makeEvent();
    this.emit('before-quit', before);
    if (before.defaultPrevented) return;
    quitting = true;
    if (windows.size === 0) return notifyAndShutdown();
    for (const w of [...windows]) w.close();
  }
  exit(code = 0) {
    shutdown(code);
  }
}
export const app = new App();

let resolveReady;
const readyPromise = new Promise((r) => (resolveReady = r));
setImmediate(() => {
  ready = true;
  note('ready');
  app.emit('ready', makeEvent(), {});
  resolveReady();
});

function notifyAndShutdown() {
  const willQuit = makeEvent();
  app.emit('will-quit', willQuit);
  if (willQuit.defaultPrevented) {
    quitting = false;
    return;
  }
  app.emit('quit', makeEvent(), 0);
  shutdown(0);
}

function lastWindowGone() {
  if (quitting) return notifyAndShutdown();
  note('window-all-closed');
  if (app.listenerCount('window-all-closed') > 0) app.emit('window-all-closed');
  else app.quit();
}

function shutdown(code) {
  if (exited) return;
  exited = true;
  note('exit', { code });
  const done = () => {
    if (process.send) process.send({ type: 'exit', code, record }, () => process.exit(code));
    else process.exit(code);
  };
  if (browserPromise)
    browserPromise
      .then((b) => b.close())
      .catch(() => undefined)
      .finally(done);
  else done();
}

// ---------------------------------------------------------------- session, protocol, ipc
let protocolHandler = null;
class Session extends EventEmitter {
  beforeRequest = null;
  permissionRequest = null;
  permissionCheck = null;
  spellcheck = true;
  webRequest = { onBeforeRequest: (fn) => (this.beforeRequest = fn) };
  setPermissionRequestHandler(fn) {
    this.permissionRequest = fn;
  }
  setPermissionCheckHandler(fn) {
    this.permissionCheck = fn;
  }
  setDevicePermissionHandler() {}
  setSpellCheckerEnabled(on) {
    this.spellcheck = on;
  }
  /** Whether the app's webRequest filter lets a URL through. */
  allows(url) {
    if (!this.beforeRequest) return true;
    let cancel = false;
    this.beforeRequest({ url }, (r) => (cancel = !!r.cancel));
    return !cancel;
  }
}
const defaultSession = new Session();
export const session = {
  get defaultSession() {
    if (!ready) throw new Error('session module can only be used after the app is ready');
    return defaultSession;
  },
};

export const protocol = {
  registerSchemesAsPrivileged(schemes) {
    if (ready) throw new Error('protocol.registerSchemesAsPrivileged should be called before app is ready');
    record.schemes.push(...schemes);
  },
  handle(scheme, handler) {
    if (!ready) throw new Error('protocol.handle can only be used after the app is ready');
    if (!record.schemes.some((s) => s.scheme === scheme)) throw new Error(`scheme ${scheme} was not registered as privileged`);
    protocolHandler = handler;
  },
};

const ipcHandlers = new Map();
export const ipcMain = {
  handle(channel, fn) {
    if (ipcHandlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    ipcHandlers.set(channel, fn);
  },
  removeHandler(channel) {
    ipcHandlers.delete(channel);
  },
};

// ---------------------------------------------------------------- webContents and windows
class WebContents extends EventEmitter {
  constructor(owner) {
    super();
    this.id = nextId++;
    this.owner = owner;
    this.destroyed = false;
    this.loaded = [];
    this.mainFrame = { url: '', processId: 100 + this.id, routingId: 1, parent: null };
    this.page = null;
    this.cdp = null;
    const chromium = () => this.#chromium();
    let attached = false;
    this.debugger = {
      attach() {
        if (attached) throw new Error('Another debugger is already attached to this WebContents');
        attached = true;
      },
      isAttached: () => attached,
      detach() {
        attached = false;
      },
      async sendCommand(method, params = {}) {
        if (!attached) throw new Error('No target available');
        return (await chromium()).cdp.send(method, params);
      },
    };
  }
  #alive() {
    if (this.destroyed) throw new Error('Object has been destroyed');
  }
  async #chromium() {
    this.#alive();
    if (!this.page) {
      const context = await (await browser()).newContext({ javaScriptEnabled: true });
      await context.route('**/*', async (route) => {
        const url = route.request().url();
        if (url.startsWith('data:')) return route.continue();
        const appUrl = toApp(url);
        if (!appUrl || !defaultSession.allows(appUrl) || !protocolHandler) return route.abort();
        const res = await protocolHandler(new Request(appUrl));
        await route.fulfill({ status: res.status, headers: Object.fromEntries(res.headers), body: Buffer.from(await res.arrayBuffer()) });
      });
      this.page = await context.newPage();
      this.cdp = await context.newCDPSession(this.page);
    }
    return { page: this.page, cdp: this.cdp };
  }
  isDestroyed() {
    return this.destroyed;
  }
  setWindowOpenHandler(fn) {
    this.windowOpenHandler = fn;
  }
  getURL() {
    return this.mainFrame.url;
  }
  async loadURL(url) {
    this.#alive();
    this.loaded.push(url);
    this.mainFrame.url = url;
    if (/^app:\/\/print\//i.test(url)) {
      const { page } = await this.#chromium();
      const response = await page.goto(toHttp(url), { waitUntil: 'load' });
      this.#alive();
      if (!response || response.status() >= 400) throw new Error(`ERR_FILE_NOT_FOUND (-6) loading '${url}'`);
    } else if (/^app:\/\//i.test(url) && protocolHandler) {
      const res = await protocolHandler(new Request(url));
      note('bundle-loaded', { url, status: res.status });
    }
    setImmediate(() => {
      if (this.destroyed) return;
      this.emit('did-finish-load');
      this.owner.emit('ready-to-show');
    });
  }
  async executeJavaScript(code) {
    const { cdp } = await this.#chromium();
    const r = await cdp.send('Runtime.evaluate', { expression: code, awaitPromise: true, returnByValue: true });
    if (r.exceptionDetails) throw new Error(r.exceptionDetails.exception?.description ?? r.exceptionDetails.text);
    return r.result.value;
  }
  async printToPDF(options) {
    const { page } = await this.#chromium();
    record.pdfOptions.push(options);
    const pdf = await page.pdf({
      preferCSSPageSize: options.preferCSSPageSize ?? false,
      printBackground: options.printBackground ?? false,
      tagged: options.generateTaggedPDF ?? false,
      outline: options.generateDocumentOutline ?? false,
    });
    this.#alive();
    return Buffer.from(pdf);
  }
  print(options = {}, callback) {
    this.#alive();
    const w = this.owner;
    record.printed.push({ window: w.id, parent: w.parent?.id ?? null, visible: w.visible, url: this.mainFrame.url, options });
    // the system dialog, answered "Print"
    setImmediate(() => callback?.(true, ''));
  }
  destroy() {
    if (this.destroyed) return;
    this.destroyed = true;
    const page = this.page;
    this.page = this.cdp = null;
    if (page)
      void page
        .context()
        .close()
        .catch(() => undefined);
    this.emit('destroyed');
  }
}

export class BrowserWindow extends EventEmitter {
  static getAllWindows() {
    return [...windows];
  }
  constructor(options = {}) {
    super();
    if (!ready) throw new Error('Cannot create BrowserWindow before app is ready');
    this.id = nextId++;
    this.options = options;
    this.visible = options.show !== false;
    this.destroyed = false;
    this.minimized = false;
    this.focused = 0;
    this.parent = options.parent ?? null;
    this.children = new Set();
    if (this.parent) this.parent.children.add(this);
    windows.add(this);
    this.webContents = new WebContents(this);
    note('window-created', { id: this.id, show: this.visible, parent: this.parent?.id ?? null });
    app.emit('browser-window-created', makeEvent(), this);
    app.emit('web-contents-created', makeEvent(), this.webContents);
  }
  #alive() {
    if (this.destroyed) throw new Error('Object has been destroyed');
  }
  loadURL(url) {
    this.#alive();
    return this.webContents.loadURL(url);
  }
  getParentWindow() {
    this.#alive();
    return this.parent;
  }
  getChildWindows() {
    return [...this.children];
  }
  isDestroyed() {
    return this.destroyed;
  }
  isVisible() {
    return this.visible;
  }
  isMinimized() {
    return this.minimized;
  }
  show() {
    this.#alive();
    this.visible = true;
  }
  focus() {
    this.#alive();
    this.focused++;
  }
  restore() {
    this.minimized = false;
  }
  close() {
    if (this.destroyed) return;
    const event = makeEvent();
    this.emit('close', event);
    if (event.defaultPrevented) {
      quitting = false;
      return;
    }
    this.destroy();
  }
  destroy() {
    if (this.destroyed) return;
    // Electron closes the child windows before the parent's 'closed'
    for (const child of [...this.children]) child.destroy();
    this.destroyed = true;
    this.visible = false;
    this.parent?.children.delete(this);
    this.webContents.destroy();
    windows.delete(this);
    note('window-closed', { id: this.id });
    this.emit('closed');
    if (windows.size === 0) lastWindowGone();
  }
}

// ---------------------------------------------------------------- menus and dialogs
const plain = (template) => JSON.parse(JSON.stringify(template, (k, v) => (typeof v === 'function' ? undefined : v)));
export class Menu {
  constructor(template) {
    this.template = template;
  }
  static buildFromTemplate(template) {
    return new Menu(template);
  }
  static setApplicationMenu(menu) {
    record.appMenu = menu ? plain(menu.template) : null;
  }
  popup(options = {}) {
    record.popups.push({ window: options.window?.id ?? null, template: plain(this.template) });
  }
}

const answers = { save: [], open: [] };
function split(args) {
  return args[0] instanceof BrowserWindow ? { parent: args[0].id, options: args[1] } : { parent: null, options: args[0] };
}
export const dialog = {
  async showMessageBox(...args) {
    const { parent, options } = split(args);
    record.dialogs.push({
      kind: 'message',
      parent,
      title: options.title,
      message: options.message,
      detail: options.detail,
      buttons: options.buttons,
      defaultId: options.defaultId,
      cancelId: options.cancelId,
    });
    // The user's click, set per launch (the first dialog can come before any op can be sent).
    return { response: Number(env.STANDIN_MESSAGE_RESPONSE ?? 0), checkboxChecked: false };
  },
  showErrorBox(title, content) {
    record.dialogs.push({ kind: 'error', parent: null, title, message: content });
  },
  async showSaveDialog(...args) {
    const { parent, options } = split(args);
    record.dialogs.push({ kind: 'save', parent, title: options.title });
    const filePath = answers.save.shift();
    return filePath ? { canceled: false, filePath } : { canceled: true, filePath: '' };
  },
  async showOpenDialog(...args) {
    const { parent, options } = split(args);
    record.dialogs.push({ kind: 'open', parent, title: options.title });
    const filePath = answers.open.shift();
    return filePath ? { canceled: false, filePaths: [filePath] } : { canceled: true, filePaths: [] };
  },
};

// Preload-only modules: main must never use them.
const preloadOnly = (name) =>
  new Proxy(
    {},
    {
      get: () => {
        throw new Error(`${name} is not available in the main process`);
      },
    },
  );
export const contextBridge = preloadOnly('contextBridge');
export const ipcRenderer = preloadOnly('ipcRenderer');

export default { app, BrowserWindow, Menu, dialog, ipcMain, protocol, session, contextBridge, ipcRenderer };

// ---------------------------------------------------------------- what the test asks for
function mainWindow() {
  return [...windows].find((w) => w.options.webPreferences?.preload) ?? null;
}
function windowSummary(w) {
  return {
    id: w.id,
    visible: w.visible,
    parent: w.parent?.id ?? null,
    preload: !!w.options.webPreferences?.preload,
    webPreferences: w.options.webPreferences ?? {},
    loaded: w.webContents.loaded,
    focused: w.focused,
  };
}

const ops = {
  state: () => ({
    ready,
    windows: [...windows].map(windowSummary),
    userData: app.getPath('userData'),
    ...record,
    ipcChannels: [...ipcHandlers.keys()],
    spellcheck: defaultSession.spellcheck,
  }),
  /** An IPC call from the main window's main frame, or from the frame/sender the test describes. */
  async invoke({ channel, payload, frame, senderId }) {
    const w = mainWindow();
    if (!w) throw new Error('no main window');
    const handler = ipcHandlers.get('briefing:invoke');
    const wc = w.webContents;
    const senderFrame = frame === null ? null : { ...wc.mainFrame, ...frame };
    return handler({ sender: senderId === undefined ? wc : { id: senderId }, senderFrame }, channel, payload);
  },
  /** What the app's session and webContents handlers decide, asked as Chromium would ask them. */
  decisions({ permissions = [], urls = [] }) {
    const granted = permissions.map((p) => {
      let answer;
      defaultSession.permissionRequest?.(null, p, (g) => (answer = g));
      return { permission: p, request: answer, check: defaultSession.permissionCheck?.(null, p) };
    });
    const wc = mainWindow()?.webContents;
    const guards = Object.fromEntries(['will-navigate', 'will-redirect', 'will-frame-navigate', 'will-attach-webview'].map((e) => [e, wc?.listenerCount(e) ?? 0]));
    return {
      granted,
      requests: urls.map((url) => ({ url, allowed: defaultSession.allows(url) })),
      guards,
      windowOpen: wc?.windowOpenHandler?.({ url: 'https://example.com/' }) ?? null,
      spellcheck: defaultSession.spellcheck,
    };
  },
  closeMainWindow() {
    const w = mainWindow();
    if (!w) throw new Error('no main window');
    w.close();
    return w.id;
  },
  secondInstance({ argv, cwd }) {
    app.emit('second-instance', makeEvent(), argv, cwd, {});
  },
  activate() {
    app.emit(
      'activate',
      makeEvent(),
      [...windows].some((w) => w.visible),
    );
  },
  contextMenu({ params }) {
    const w = mainWindow();
    w.webContents.emit('context-menu', makeEvent(), params);
  },
  download() {
    const event = makeEvent();
    const item = { getURL: () => 'blob:app://bundle/1', getFilename: () => '模板.json', cancel() {} };
    defaultSession.emit('will-download', event, item, mainWindow()?.webContents);
    return { prevented: event.defaultPrevented };
  },
  async protocolGet({ url, method = 'GET' }) {
    const res = await protocolHandler(new Request(url, { method }));
    return { status: res.status, headers: Object.fromEntries(res.headers), body: await res.text() };
  },
  answerSaveDialog({ filePath }) {
    answers.save.push(filePath);
  },
  quit() {
    app.quit();
  },
};

process.on('message', async (msg) => {
  if (!msg || typeof msg.id !== 'number') return;
  try {
    const value = await ops[msg.op](msg.args ?? {});
    process.send({ type: 'reply', id: msg.id, ok: true, value });
  } catch (error) {
    process.send({ type: 'reply', id: msg.id, ok: false, error: String(error?.stack ?? error) });
  }
});
