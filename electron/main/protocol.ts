import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { contentTypeFor } from '../services/static/mime';
import { APP_SCHEME, appPrintCsp, contentSecurityPolicy, printJobId, resolveAppPath } from './policy';
import type { PrintJobs } from './print-jobs';

/**
 * Must run before app 'ready' (top level of index.ts). `standard` gives app:// real origins and
 * relative URLs, `secure` makes it a secure context like https; no CSP bypass, no CORS opening.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } }]);
}

const COMMON_HEADERS = { 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-store' };

function notFound(): Response {
  return new Response(null, { status: 404, headers: COMMON_HEADERS });
}

/**
 * Serves app://bundle/* from the built renderer and app://print/<id>.html from pending print jobs
 * (and preview pages). `devOrigin` is the dev server's origin in `npm run dev`, else null.
 * Files are read with fs (asar-aware in Electron), not net.fetch(file://), so no file:// request
 * ever exists for webRequest to let through.
 */
export function handleAppProtocol(rendererDir: string, printJobs: PrintJobs, devOrigin: string | null = null): void {
  const csp = contentSecurityPolicy();
  // print pages may be framed by the dev server's renderer in `npm run dev`, never otherwise
  const printCsp = appPrintCsp(devOrigin);
  protocol.handle(APP_SCHEME, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return new Response(null, { status: 405, headers: COMMON_HEADERS });
    const jobId = printJobId(request.url);
    if (jobId) {
      const html = printJobs.get(jobId);
      if (html === undefined) return notFound();
      return new Response(html, {
        headers: { ...COMMON_HEADERS, 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': printCsp },
      });
    }
    const file = resolveAppPath(rendererDir, request.url);
    if (!file) return notFound();
    try {
      const body = await readFile(file);
      return new Response(new Uint8Array(body), {
        headers: { ...COMMON_HEADERS, 'Content-Type': contentTypeFor(file), 'Content-Security-Policy': csp },
      });
    } catch {
      return notFound();
    }
  });
}
