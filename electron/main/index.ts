import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, session, type BrowserWindow } from 'electron';
import { lookup, pickLocale } from '../../shared/i18n';
import type { Locale } from '../../shared/model';
import { createServices, type Services } from '../services';
import { showAbout, showStartupError } from './dialogs';
import { openWithTakeOver, wasDeclined } from './take-over';
import { bindIpc } from './ipc';
import { mainOnlyApi } from './main-only-api';
import { resolveDataDir } from './launch';
import { applyMenu } from './menu';
import { devServerOrigin } from './policy';
import { createElectronPrinter } from './print-to-pdf';
import { PrintJobs, appPrintUrl } from './print-jobs';
import { handleAppProtocol, registerAppScheme } from './protocol';
import { hardenAllWebContents, hardenSession } from './session';
import { createMainWindow, focusWindow } from './window';

/**
 * The app's entry: wiring only. Everything that decides something lives in a pure module beside
 * it (policy, launch, menu-template) or in electron/services.
 */

// Both must happen before 'ready', i.e. synchronously here, before the first await.
registerAppScheme();
const primary = app.requestSingleInstanceLock();

const here = fileURLToPath(new URL('.', import.meta.url));
const PRELOAD = join(here, '../preload/index.cjs');
const RENDERER_DIR = join(here, '../renderer');

let mainWindow: BrowserWindow | null = null;
let services: Services | null = null;

async function start(): Promise<void> {
  const osLocale = pickLocale(app.getLocale());
  const dataDir = resolve(resolveDataDir(process.argv, process.env, () => join(app.getPath('userData'), 'data')));
  const devOrigin = devServerOrigin(process.env.ELECTRON_RENDERER_URL, app.isPackaged);
  const devUrl = devOrigin ? (process.env.ELECTRON_RENDERER_URL ?? null) : null;

  hardenSession(session.defaultSession, devOrigin);
  const printJobs = new PrintJobs();
  handleAppProtocol(RENDERER_DIR, printJobs);
  const printer = createElectronPrinter(printJobs);

  try {
    services = await openWithTakeOver((takeOver) => createServices({
      dataDir,
      takeOver,
      printer,
      // one registry: the preview's pages and the print window's, both served by app://print
      printJobs: printJobs.registry,
      printJobUrl: appPrintUrl,
      mode: 'electron',
      locale: osLocale,
      version: app.getVersion(),
    }), osLocale, dataDir);
  } catch (error) {
    if (!wasDeclined(error)) await showStartupError(error, osLocale, dataDir);
    app.exit(1);
    return;
  }
  const api = services.api;

  // The menu follows the language chosen in Settings, falling back to the system's.
  const menuLocale = async (): Promise<Locale> => (await api['settings:get']({}).catch(() => null))?.settings.locale ?? osLocale;
  const refreshMenu = async () => {
    const locale = await menuLocale();
    applyMenu({ locale, platform: process.platform, dev: !app.isPackaged, onAbout: () => void showAbout(mainWindow, locale, app.getVersion()) });
  };
  await refreshMenu();

  bindIpc({
    // the save dialog and the paper printer replace the services' refusals of those channels
    api: { ...api, ...mainOnlyApi({ window: () => mainWindow, locale: menuLocale, printer }) },
    window: () => mainWindow,
    devOrigin,
    afterCall: (channel) => {
      if (channel === 'settings:set') void refreshMenu();
    },
  });

  mainWindow = createMainWindow({ preloadPath: PRELOAD, title: lookup(await menuLocale(), 'app.name'), devUrl });
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

/** Releases the data-dir lock and the print window before the process goes. */
function closeServicesOnQuit(): void {
  let closing: Promise<void> | null = null;
  let closed = false;
  app.on('will-quit', (event) => {
    if (closed || !services) return;
    event.preventDefault();
    const s = services;
    closing ??= s.close().catch(() => undefined).finally(() => {
      closed = true;
      services = null;
      app.quit();
    });
  });
}

if (!primary) {
  // Another 简报台 owns this user's session; it has been told to come forward.
  app.quit();
} else {
  app.on('second-instance', () => focusWindow(mainWindow));
  app.on('window-all-closed', () => app.quit());
  hardenAllWebContents(devServerOrigin(process.env.ELECTRON_RENDERER_URL, app.isPackaged));
  closeServicesOnQuit();
  app.whenReady().then(start).catch(async (error: unknown) => {
    await showStartupError(error, pickLocale(app.getLocale()), '');
    app.exit(1);
  });
}
