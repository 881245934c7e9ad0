import { app, type Session, type WebContents } from 'electron';
import { isAllowedRequestUrl, isAllowedSubframeUrl, isPermissionGranted } from './policy';

/**
 * Locks down the session every window of the app uses: no permission is granted, no request
 * leaves for anything but app:// (and the loopback dev server in development), and the
 * spellchecker stays off because Electron would download its dictionaries from the network.
 */
export function hardenSession(ses: Session, devOrigin: string | null): void {
  ses.setPermissionRequestHandler((_wc, permission, callback) => callback(isPermissionGranted(permission)));
  ses.setPermissionCheckHandler((_wc, permission) => isPermissionGranted(permission));
  ses.setDevicePermissionHandler(() => false);
  ses.setSpellCheckerEnabled(false);
  ses.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequestUrl(details.url, devOrigin) });
  });
  // Nothing in the app downloads through Chromium; exports are written by main.
  ses.on('will-download', (event) => event.preventDefault());
}

/**
 * Applied to every webContents the app ever creates (main window, print window, devtools):
 * no navigation away, no redirects, no new windows, no <webview>.
 */
export function hardenAllWebContents(devOrigin: string | null): void {
  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.on('will-navigate', (event) => event.preventDefault());
    contents.on('will-redirect', (event) => event.preventDefault());
    contents.on('will-frame-navigate', (event) => {
      if (!event.isMainFrame && !isAllowedSubframeUrl(event.url, devOrigin)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
}
