import { randomBytes, timingSafeEqual } from 'node:crypto';
import { promises as fs } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { MAX_PAYLOAD_CHARS, dispatch, type Api, type Envelope } from '../../shared/api';
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
}

export interface Host {
  url: string;
  token: string;
  close(): Promise<void>;
}

/** Bodies beyond this are refused before parsing (UTF-8 bytes; the contract's limit is in characters). */
const MAX_BODY_BYTES = MAX_PAYLOAD_CHARS * 3 + 1024;

/**
 * Browser mode: the same services behind a loopback HTTP bridge. Only 127.0.0.1, a random port,
 * a per-run token (handed to the page in a meta tag of index.html) and a strict Origin and Host
 * check, so another local web page or a DNS-rebinding site cannot drive the library.
 */
export async function startHost(options: HostOptions): Promise<Host> {
  const token = randomBytes(24).toString('hex');
  let origin = '';
  let hostHeader = '';
  const indexHtml = await fs.readFile(path.join(options.rendererDir, 'index.html'), 'utf8').catch(() => {
    throw new Error(`no built renderer at ${options.rendererDir}: run npm run build:renderer`);
  });
  const page = indexHtml.replace('<head>', `<head>\n    <meta name="briefing-token" content="${token}">`);

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
    const refuse = (status: number, code: 'forbidden' | 'payloadTooLarge', detail: string) =>
      send(status, JSON.stringify({ ok: false, error: { code, detail, params: {} } } satisfies Envelope));

    if (req.headers.host !== hostHeader) return refuse(403, 'forbidden', 'host');
    const url = new URL(req.url ?? '/', origin);

    if (url.pathname === '/api/invoke') {
      if (req.method !== 'POST') return refuse(405 as 403, 'forbidden', 'method');
      if (req.headers.origin !== origin) return refuse(403, 'forbidden', 'origin');
      if (!tokenMatches(req.headers['x-briefing-token'], token)) return refuse(403, 'forbidden', 'token');
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
      req.on('end', async () => {
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
      });
      return;
    }

    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(403, 'forbidden', 'method');
    if (url.pathname === '/' || url.pathname === '/index.html') return send(200, page, 'text/html; charset=utf-8');
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
  return {
    url: `${origin}/`,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function tokenMatches(header: string | string[] | undefined, token: string): boolean {
  if (typeof header !== 'string' || header.length !== token.length) return false;
  return timingSafeEqual(Buffer.from(header), Buffer.from(token));
}
