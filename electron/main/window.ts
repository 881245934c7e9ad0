import { BrowserWindow } from 'electron';
import { APP_ENTRY_URL } from './policy';

export interface MainWindowOptions {
  preloadPath: string;
  title: string;
  /** The loopback dev server in `npm run dev`; otherwise the built bundle on app://. */
  devUrl: string | null;
}

/**
 * The one app window. Every web preference that matters is spelled out rather than left to a
 * default, so a reviewer sees the whole posture here: isolated, sandboxed, no Node, same-origin.
 */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: options.title,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
    },
  });
  win.once('ready-to-show', () => win.show());
  void win.loadURL(options.devUrl ?? APP_ENTRY_URL);
  return win;
}

/** A second launch brings the open window forward instead of starting another app. */
export function focusWindow(win: BrowserWindow | null): void {
  if (!win || win.isDestroyed()) return;
  if (win.isMinimized()) win.restore();
  win.show();
  win.focus();
}
