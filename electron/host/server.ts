import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { promises as fs } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { MAX_PAYLOAD_CHARS, dispatch, type Api, type Envelope } from '../../shared/api';
import { escapeHtml } from '../../shared/layout/escape';
import { lookup } from '../../shared/i18n';
import type { PrintJobRegistry } from '../services/export/print-jobs';
import { HOST_PRINT_CSP, contentSecurityPolicy, contentTypeFor, printJobIdOfPath, resolveStaticPath } from './static-policy';

const HOST_CSP = contentSecurityPolicy();

export interface HostOptions {
  api: Api;
  /** The built renderer (out/renderer). */
  rendererDir: string;
  /** 0 picks a random free port. */
  port?: number;
  /** Print pages for the preview frame (Services.printJobs), served at /print/<id>.html. */
  printJobs?: PrintJobRegistry;
  /** The per-run secret; a fresh random one when absent (a restart on the same port may keep it). */
  token?: string;
}

export interface Host {
  /** The launch URL, secret included (`http://127.0.0.1:PORT/?token=…`): printed for the user only. */
  url: string;
  /** `http://127.0.0.1:PORT`: the only Origin the API accepts. */
  origin: string;
  token: string;
  close(): Promise<void>;
}

/** Bodies beyond this are refused before parsing (UTF-8 bytes; the contract's limit is in characters). */
const MAX_BODY_BYTES = MAX_PAYLOAD_CHARS * 3 + 1024;

/**
 * Browser mode: the same services behind a loopback HTTP bridge, guarded the way notebook servers
 * are. The per-run secret travels only in the launch URL that `npm run web` prints; opening it
 * trades the secret for an HttpOnly, SameSite=Strict session cookie and redirects to `/`, so the
 * secret leaves the address bar. Every API call needs that cookie, the exact Host header (no DNS
 * rebinding) and the exact Origin (no other page); a process that merely asks for `/` gets a page
 * with nothing secret in it. Only 127.0.0.1, a random port.
 */
export async function startHost(options: HostOptions): Promise<Host> {
  const token = options.token ?? randomBytes(24).toString('hex');
  // derived from the token, so a restart that keeps the token keeps open pages working
  const session = createHash('sha256').update(`briefing-session:${token}`).digest('hex');
  let origin = '';
  let hostHeader = '';
  let cookieName = '';
  const page = await fs.readFile(path.join(options.rendererDir, 'index.html'), 'utf8').catch(() => {
    throw new Error(`no built renderer at ${options.rendererDir}: run npm run build:renderer`);
  });
  const askForUrl = `<!doctype html><html><head><meta charset="utf-8"><title>Briefing Desk</title></head><body>${(['zh-CN', 'zh-TW', 'en'] as const)
    .map((l) => `<p lang="${l}">${escapeHtml(lookup(l, 'host.openPrintedUrl'))}</p>`)
    .join('')}</body></html>`;

  const server = http.createServer((req, res) => {
    const send = (status: number, body: string | Buffer, type = 'application/json; charset=utf-8', csp = HOST_CSP) => {
      res.writeHead(status, {
        'Content-Type': type,
        'Content-Security-Policy': csp,
        'X-Content-Type-Options': 'nosniff',
        'Referrer-Policy': 'no-referrer',
        'Cache-Control': 'no-store',
      });
      res.end(body);
    };
    const refuse = (status: number, code: 'forbidden' | 'payloadTooLarge', detail: string) => send(status, JSON.stringify({ ok: false, error: { code, detail, params: {} } } satisfies Envelope));

    if (req.headers.host !== hostHeader) return refuse(403, 'forbidden', 'host');
    const url = new URL(req.url ?? '/', origin);

    const hasSession = secretMatches(cookieValue(req.headers.cookie, cookieName), session);

    if (url.pathname === '/api/invoke') {
      if (req.method !== 'POST') return refuse(405 as 403, 'forbidden', 'method');
      if (req.headers.origin !== origin) return refuse(403, 'forbidden', 'origin');
      if (!hasSession) return refuse(403, 'forbidden', 'session');
      const chunks: Buffer[] = [];
      let size = 0;
      let aborted = false;
      req.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > MAX_BODY_BYTES && !aborted) {
          aborted = true;
          refuse(413, 'payloadTooLarge', `${size} bytes`);
          req.destroy();
          return;
        }
        if (!aborted) chunks.push(chunk);
      });
      // dispatch answers every failure with an envelope; the catch is for a bug in that promise,
      // which would otherwise be an unhandled rejection that ends browser mode
      const answer = async (): Promise<void> => {
        if (aborted) return;
        const text = Buffer.concat(chunks).toString('utf8');
        let body: { channel?: unknown; payload?: unknown };
        try {
          body = JSON.parse(text) as typeof body;
        } catch {
          return send(400, JSON.stringify({ ok: false, error: { code: 'validation', detail: 'body is not JSON', params: { path: '' } } }));
        }
        const envelope = await dispatch(options.api, body?.channel, body?.payload, text.length);
        send(200, JSON.stringify(envelope));
      };
      req.on('end', () => {
        answer().catch(() => {
          if (!res.headersSent) send(500, JSON.stringify({ ok: false, error: { code: 'internal', params: {} } }));
        });
      });
      return;
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(403, 'forbidden', 'method');
    if (url.pathname === '/' || url.pathname === '/index.html') {
      const given = url.searchParams.get('token');
      if (given !== null) {
        if (!secretMatches(given, token)) return send(403, askForUrl, 'text/html; charset=utf-8');
        // the launch URL: the secret becomes a cookie the page's script cannot read, and leaves the address bar
        res.writeHead(303, {
          Location: '/',
          'Set-Cookie': `${cookieName}=${session}; HttpOnly; SameSite=Strict; Path=/`,
          'Cache-Control': 'no-store',
          'Referrer-Policy': 'no-referrer',
        });
        return res.end();
      }
      return hasSession ? send(200, page, 'text/html; charset=utf-8') : send(401, askForUrl, 'text/html; charset=utf-8');
    }
    // A print page for the preview frame: built by the services from a document, served under the
    // print CSP (its inline styles, its two scripts by hash, nothing fetched). The random id is the
    // capability; the Host check above already keeps other sites out.
    const jobId = printJobIdOfPath(url.pathname);
    if (jobId !== null) {
      const html = options.printJobs?.get(jobId);
      if (html === undefined) return send(404, 'not found', 'text/plain; charset=utf-8');
      return send(200, html, 'text/html; charset=utf-8', HOST_PRINT_CSP);
    }
    // The raw path, not url.pathname: the URL parser would fold away '..' before we could refuse it.
    const file = resolveStaticPath(options.rendererDir, (req.url ?? '/').split(/[?#]/)[0] ?? '/');
    if (!file) return send(404, 'not found', 'text/plain; charset=utf-8');
    fs.readFile(file).then(
      (bytes) => send(200, bytes, contentTypeFor(file)),
      () => send(404, 'not found', 'text/plain; charset=utf-8'),
    );
  });

  // No idle timeout on kept-alive connections: Node closed them after 5 s while Chromium keeps
  // reusing idle sockets for minutes, and a request sent as Node closed its socket failed in the
  // page with "Failed to fetch" (a save or an export lost, seen in the e2e suite under load).
  // The host serves one local browser; close() ends every connection.
  server.keepAliveTimeout = 0;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  hostHeader = `127.0.0.1:${port}`;
  origin = `http://${hostHeader}`;
  // cookies are not kept apart by port: one name per port, so two hosts never overwrite each other's
  cookieName = `briefing_session_${port}`;
  return {
    url: `${origin}/?token=${token}`,
    origin,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function secretMatches(given: string | null | undefined, secret: string): boolean {
  if (typeof given !== 'string' || given.length !== secret.length) return false;
  return timingSafeEqual(Buffer.from(given), Buffer.from(secret));
}

/** One cookie's value from a Cookie header, or null. */
function cookieValue(header: string | undefined, name: string): string | null {
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return null;
}
