import nodePath from 'node:path';

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

/**
 * The renderer's CSP. No 'unsafe-inline' and no 'unsafe-eval': a title such as
 * `<img src=x onerror=alert(1)>` that ever slipped into the DOM as markup could not run.
 * default-src covers frames, workers and media that the list below does not name.
 */
export const RENDERER_CSP_DIRECTIVES: readonly string[] = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
];

export function contentSecurityPolicy(): string {
  return RENDERER_CSP_DIRECTIVES.join('; ');
}

/**
 * Print documents are complete HTML pages with their own inline <style> (@page, the GB/T 9704
 * grid), so they need inline styles; in exchange they may run no script and load nothing but
 * data: images and fonts. They are only ever shown in the hidden print window, never the app's.
 */
export const PRINT_CSP = [
  "default-src 'none'",
  "script-src 'none'",
  "style-src 'unsafe-inline'",
  'img-src data:',
  'font-src data:',
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** Splits an app:// URL into host and raw (still percent-encoded) path, or null if it is not one. */
function splitAppUrl(url: string): { host: string; rawPath: string } | null {
  const m = /^app:\/\/([^/?#]*)(\/[^?#]*)?(?:[?#].*)?$/i.exec(url);
  if (!m) return null;
  return { host: (m[1] ?? '').toLowerCase(), rawPath: m[2] ?? '/' };
}

/**
 * Decodes each path segment of an app:// URL and refuses anything that could leave its folder:
 * `.`/`..` in any spelling (%2e%2e, .%2E), encoded or real separators inside a segment, NUL and
 * other control characters, drive letters, and a `%` left over after one decoding (double encoding).
 * Works on the raw string, before any URL parser has had the chance to normalise dot segments away.
 */
export function safeSegments(rawPath: string): string[] | null {
  const parts = rawPath.split('/').slice(1);
  const out: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const raw = parts[i] ?? '';
    let seg: string;
    try {
      seg = decodeURIComponent(raw);
    } catch {
      return null;
    }
    if (seg === '') {
      // Only a trailing slash (a directory request) may leave an empty segment.
      if (i === parts.length - 1) continue;
      return null;
    }
    if (seg === '.' || seg === '..') return null;
    if (/[/\\%:]/.test(seg)) return null;
    if ([...seg].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f)) return null;
    out.push(seg);
  }
  return out;
}

/**
 * Maps `app://bundle/<path>` to a file inside rendererDir, or null when the URL is not ours or
 * would reach outside it. A directory request (`app://bundle/`) means its index.html.
 * `pathApi` is injectable so the Windows rules are tested on Linux.
 */
export function resolveAppPath(rendererDir: string, url: string, pathApi: typeof nodePath = nodePath): string | null {
  const parts = splitAppUrl(url);
  if (!parts || parts.host !== BUNDLE_HOST) return null;
  const segments = safeSegments(parts.rawPath);
  if (!segments) return null;
  if (segments.length === 0 || parts.rawPath.endsWith('/')) segments.push('index.html');
  const root = pathApi.resolve(rendererDir);
  const resolved = pathApi.resolve(root, ...segments);
  // Belt and braces: whatever the segment rules missed, the result must still be under root.
  const rel = pathApi.relative(root, resolved);
  if (rel === '' || rel.startsWith('..') || pathApi.isAbsolute(rel)) return null;
  return resolved;
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
