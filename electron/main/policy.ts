import nodePath from 'node:path';
import { resolveUnder } from '../services/static/safe-path';

export { PRINT_CSP, RENDERER_CSP_DIRECTIVES, appPrintCsp, contentSecurityPolicy } from '../services/static/csp';
export { safeSegments } from '../services/static/safe-path';

/**
 * The security policy of the Electron shell as pure functions of plain values. Nothing here
 * imports 'electron', so every rule is unit-tested on machines where Electron cannot run
 * (tests/unit/security-*.test.ts); the adapters in this folder only feed it what Electron reports.
 */

export const APP_SCHEME = 'app';
/** The built renderer (out/renderer) is served from this host. */
export const BUNDLE_HOST = 'bundle';
/** Print jobs (complete print HTML held in memory) are served from this host to the hidden print window. */
export const PRINT_HOST = 'print';
export const APP_ORIGIN = `${APP_SCHEME}://${BUNDLE_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** Splits an app:// URL into host and raw (still percent-encoded) path, or null if it is not one. */
function splitAppUrl(url: string): { host: string; rawPath: string } | null {
  const m = /^app:\/\/([^/?#]*)(\/[^?#]*)?(?:[?#].*)?$/i.exec(url);
  if (!m) return null;
  return { host: (m[1] ?? '').toLowerCase(), rawPath: m[2] ?? '/' };
}

/**
 * Maps `app://bundle/<path>` to a file inside rendererDir, or null when the URL is not ours or
 * would reach outside it. A directory request (`app://bundle/`) means its index.html.
 * `pathApi` is injectable so the Windows rules are tested on Linux.
 */
export function resolveAppPath(rendererDir: string, url: string, pathApi: typeof nodePath = nodePath): string | null {
  const parts = splitAppUrl(url);
  if (!parts || parts.host !== BUNDLE_HOST) return null;
  return resolveUnder(rendererDir, parts.rawPath, pathApi);
}

/** The print job id of `app://print/<id>.html`, or null. Ids are what print-jobs.ts issues. */
export function printJobId(url: string): string | null {
  const parts = splitAppUrl(url);
  if (!parts || parts.host !== PRINT_HOST) return null;
  const m = /^\/([a-z0-9-]{8,64})\.html$/.exec(parts.rawPath);
  return m ? (m[1] ?? null) : null;
}

/**
 * The Vite dev server origin from electron-vite's ELECTRON_RENDERER_URL, honoured only in an
 * unpackaged app and only on loopback: a packaged build never loads anything but app://.
 */
export function devServerOrigin(rendererUrl: string | undefined, isPackaged: boolean): string | null {
  if (isPackaged || !rendererUrl) return null;
  let u: URL;
  try {
    u = new URL(rendererUrl);
  } catch {
    return null;
  }
  if (u.protocol !== 'http:') return null;
  if (!['localhost', '127.0.0.1', '[::1]'].includes(u.hostname)) return null;
  return u.origin;
}

function sameOrigin(url: string, origin: string): boolean {
  try {
    const u = new URL(url);
    const o = new URL(origin);
    // The dev server's HMR socket is ws:// on the same host and port.
    const proto = u.protocol === 'ws:' ? 'http:' : u.protocol;
    return proto === o.protocol && u.host === o.host;
  } catch {
    return false;
  }
}

/**
 * Whether a request may leave the page at all (webRequest). The app makes no network request:
 * only its own app:// files, data: images and fonts, and in development the loopback dev server
 * and the devtools front end.
 */
export function isAllowedRequestUrl(url: string, devOrigin: string | null = null): boolean {
  const lower = url.slice(0, 16).toLowerCase();
  if (lower.startsWith('app://')) return splitAppUrl(url) !== null;
  if (lower.startsWith('data:')) return true;
  if (devOrigin) {
    if (lower.startsWith('devtools://')) return true;
    if (sameOrigin(url, devOrigin)) return true;
  }
  return false;
}

/** Sub-frames (e.g. a preview iframe) may only show our own pages or inert about: documents. */
export function isAllowedSubframeUrl(url: string, devOrigin: string | null = null): boolean {
  if (url === 'about:blank' || url === 'about:srcdoc') return true;
  const parts = splitAppUrl(url);
  if (parts) return parts.host === BUNDLE_HOST || parts.host === PRINT_HOST;
  return devOrigin !== null && sameOrigin(url, devOrigin);
}

/** What main knows about the frame behind an IPC call, as plain values. */
export interface SenderFacts {
  /** The sending webContents is the main window's. */
  sameWebContents: boolean;
  /** event.senderFrame, or null when it has navigated away or been destroyed. */
  frame: { url: string; isMainFrame: boolean; processId: number; routingId: number } | null;
  /** The main window's main frame right now. */
  mainFrame: { processId: number; routingId: number };
}

/**
 * An IPC call is served only when it comes from the main window's own main frame showing our
 * bundle (or, in development, the dev server): never from an iframe, another window or a page
 * that somehow navigated elsewhere.
 */
export function isTrustedSender(facts: SenderFacts, devOrigin: string | null = null): boolean {
  const { frame } = facts;
  if (!facts.sameWebContents || !frame || !frame.isMainFrame) return false;
  if (frame.processId !== facts.mainFrame.processId || frame.routingId !== facts.mainFrame.routingId) return false;
  const parts = splitAppUrl(frame.url);
  if (parts) return parts.host === BUNDLE_HOST;
  return devOrigin !== null && sameOrigin(frame.url, devOrigin);
}

/** Permissions the app grants to web content: none (no camera, geolocation, notifications...). */
export function isPermissionGranted(_permission: string): boolean {
  return false;
}
