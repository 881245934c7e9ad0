import os from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, session, type BrowserWindow } from 'electron';
import { ACTION_CHANNEL } from '../../shared/actions/table';
import { lookup, pickLocale } from '../../shared/i18n';
import type { Locale } from '../../shared/model';
import { createServices, type Services } from '../services';
import { userDataDir } from '../services/app-dirs';
import { attachContextMenu } from './context-menu';
import { showAbout, showStartupError } from './dialogs';
import { openWithTakeOver, wasDeclined } from './take-over';
import { bindIpc } from './ipc';
import { mainOnlyApi } from './main-only-api';
import { resolveDataDir } from './launch';
import { loadPolicy } from '../services/policy/load';
import { dataDirUnderPolicy } from '../services/policy/apply';
import { otherDataDirRequested, printWindowHasParent, quitsWhenAllWindowsClosed, windowRequest } from './lifecycle';
import { applyMenu } from './menu';
import { devServerOrigin } from './policy';
import { createElectronPrinter, type ElectronPrinter } from './print-to-pdf';
import { PrintJobs, appPrintUrl } from './print-jobs';
import { handleAppProtocol, registerAppScheme } from './protocol';
import { showOtherDataDir } from './second-instance';
import { hardenAllWebContents, hardenSession } from './session';
import { createMainWindow, focusWindow } from './window';

/**
 * The app's entry: wiring only. Everything that decides something lives in a pure module beside
 * it (policy, launch, menu-template) or in electron/services.
 */

// All three must happen before 'ready', i.e. synchronously here, before the first await.
// userData first: the single-instance lock lives in it, and Electron would otherwise name it after
// productName (简报台) where the CLI looks in `briefing-desk` (a separate folder when unpackaged).
app.setPath('userData', userDataDir({ platform: process.platform, env: process.env, home: os.homedir() }, app.isPackaged));
registerAppScheme();
const primary = app.requestSingleInstanceLock();

const here = fileURLToPath(new URL('.', import.meta.url));
const PRELOAD = join(here, '../preload/index.cjs');
const RENDERER_DIR = join(here, '../renderer');

let mainWindow: BrowserWindow | null = null;
let services: Services | null = null;
let dataDir = '';
/** The UI language: Settings once the services are open, the system's before. */
let uiLocale = async (): Promise<Locale> => pickLocale(app.getLocale());
/** Opens the main window; set once the services are open (a request before that waits for start()). */
let openWindow: (() => Promise<void>) | null = null;

async function start(): Promise<void> {
  const osLocale = pickLocale(app.getLocale());
  // The administrator's policy (a bad file is ignored whole; the settings panel says why). A
  // locked data folder wins over --data-dir: the office decided where libraries live.
  const policy = await loadPolicy({ platform: process.platform, env: process.env, home: os.homedir() });
  const asked = resolveDataDir(process.argv, process.env, () => '') || undefined;
  dataDir = resolve(dataDirUnderPolicy(policy.policy, asked, () => join(app.getPath('userData'), 'data'), 'usePolicy'));
  const devOrigin = devServerOrigin(process.env.ELECTRON_RENDERER_URL, app.isPackaged);
  const devUrl = devOrigin ? (process.env.ELECTRON_RENDERER_URL ?? null) : null;

  hardenSession(session.defaultSession, devOrigin);
  const printJobs = new PrintJobs();
  handleAppProtocol(RENDERER_DIR, printJobs, devOrigin);
  const printer: ElectronPrinter = createElectronPrinter(printJobs, { parent: () => (printWindowHasParent(process.platform) ? mainWindow : null) });

  try {
    services = await openWithTakeOver(
      (takeOver) =>
        createServices({
          dataDir,
          takeOver,
          printer,
          // one registry: the preview's pages and the print window's, both served by app://print
          printJobs: printJobs.registry,
          printJobUrl: appPrintUrl,
          mode: 'electron',
          policy,
          locale: osLocale,
          version: app.getVersion(),
        }),
      osLocale,
      dataDir,
    );
  } catch (error) {
    if (!wasDeclined(error)) await showStartupError(error, osLocale, dataDir);
    app.exit(1);
    return;
  }
  const api = services.api;

  // The menu follows the language chosen in Settings, falling back to the system's.
  const menuLocale = async (): Promise<Locale> => (await api['settings:get']({}).catch(() => null))?.settings.locale ?? osLocale;
  uiLocale = menuLocale;
  const refreshMenu = async () => {
    const locale = await menuLocale();
    applyMenu({
      locale,
      platform: process.platform,
      dev: !app.isPackaged,
      onAbout: () => void showAbout(mainWindow, locale, app.getVersion()),
      onAction: (id) => mainWindow?.webContents.send(ACTION_CHANNEL, id),
    });
  };
  await refreshMenu();

  bindIpc({
    // the save dialog and the paper printer replace the services' refusals of those channels
    api: { ...api, ...mainOnlyApi({ window: () => mainWindow, locale: menuLocale, printer, handles: services.fileHandles }) },
    window: () => mainWindow,
    devOrigin,
    afterCall: (channel) => {
      if (channel === 'settings:set') void refreshMenu();
    },
  });

  openWindow = async () => {
    const win = createMainWindow({ preloadPath: PRELOAD, title: lookup(await menuLocale(), 'app.name'), devUrl });
    mainWindow = win;
    attachContextMenu(win, menuLocale);
    win.on('closed', () => {
      if (mainWindow === win) mainWindow = null;
      // The hidden print window would keep 'window-all-closed' from firing: the app would stay
      // without a window, holding the data-dir lock and swallowing the next launch.
      printer.releaseWindow();
    });
    // Windows sends no 'will-quit' at shutdown or logoff: release the lock here (best effort;
    // a lock left by a killed process is recognised as stale by the store).
    win.on('session-end', () => void closeServices());
  };
  await openWindow();
}

let opening: Promise<void> | null = null;
/**
 * Brings the main window forward, or opens it again after it was closed (macOS keeps the app).
 * Requests that arrive while a window is being opened (two Dock clicks) share that one window.
 */
async function showWindow(): Promise<void> {
  const request = windowRequest({ started: openWindow !== null, hasWindow: mainWindow !== null && !mainWindow.isDestroyed() });
  if (request === 'focus') focusWindow(mainWindow);
  else if (request === 'create' && openWindow) {
    opening ??= openWindow().finally(() => {
      opening = null;
    });
    await opening;
  }
}

let closing: Promise<void> | null = null;
/** Releases the data-dir lock and the print window (services.close closes the printer); once. */
function closeServices(): Promise<void> {
  if (!services) return Promise.resolve();
  const s = services;
  closing ??= s
    .close()
    .catch(() => undefined)
    .finally(() => {
      services = null;
    });
  return closing;
}

/** Every quit path (menu, last window closed, ⌘Q, app.quit) waits for the lock to be released. */
function closeServicesOnQuit(): void {
  app.on('will-quit', (event) => {
    if (!services) return;
    event.preventDefault();
    void closeServices().then(() => app.quit());
  });
}

if (!primary) {
  // Another 简报台 owns this user's session; it has been told to come forward.
  app.quit();
} else {
  app.on('second-instance', (_event, argv, workingDirectory) => {
    void showWindow().then(async () => {
      const other = openWindow ? otherDataDirRequested(dataDir, argv, workingDirectory) : null;
      if (other && mainWindow && !mainWindow.isDestroyed()) await showOtherDataDir(mainWindow, await uiLocale(), dataDir, other);
    });
  });
  app.on('activate', () => void showWindow());
  app.on('window-all-closed', () => {
    if (quitsWhenAllWindowsClosed(process.platform)) app.quit();
  });
  hardenAllWebContents(devServerOrigin(process.env.ELECTRON_RENDERER_URL, app.isPackaged));
  closeServicesOnQuit();
  app
    .whenReady()
    .then(start)
    .catch(async (error: unknown) => {
      await showStartupError(error, pickLocale(app.getLocale()), '');
      app.exit(1);
    });
}
