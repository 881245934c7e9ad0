import http from 'node:http';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHost, type Host } from '../../electron/host/server';
import { createServices, type Services } from '../../electron/services';
import { tempDir } from '../helpers/tmp';

let host: Host;
let services: Services;
let cleanup: () => Promise<void>;
let root: string;

beforeAll(async () => {
  const t = await tempDir('briefing-host-');
  cleanup = t.cleanup;
  root = path.join(t.dir, 'renderer');
  await mkdir(path.join(root, 'assets'), { recursive: true });
  await writeFile(path.join(root, 'index.html'), '<!doctype html><html><head><title>t</title></head><body></body></html>');
  await writeFile(path.join(root, 'assets', 'app.js'), 'console.log(1)');
  await writeFile(path.join(t.dir, 'secret.txt'), 'secret');
  services = await createServices({ dataDir: path.join(t.dir, 'data') });
  host = await startHost({ api: services.api, rendererDir: root });
});
afterAll(async () => {
  await host.close();
  await services.close();
  await cleanup();
});

/** A raw request: node's http client sends the path exactly as written (no dot-segment folding). */
function request(rawPath: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  const url = new URL(host.url);
  return new Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }>((resolve, reject) => {
    const req = http.request({ host: url.hostname, port: url.port, path: rawPath, method: options.method ?? 'GET', headers: options.headers }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('browser-mode host', () => {
  it('listens on loopback only and serves the page with the token and a strict CSP', async () => {
    expect(new URL(host.url).hostname).toBe('127.0.0.1');
    const page = await request('/');
    expect(page.status).toBe(200);
    expect(page.body).toContain(`<meta name="briefing-token" content="${host.token}">`);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['content-security-policy']).not.toContain('unsafe-inline');
    const js = await request('/assets/app.js');
    expect(js.headers['content-type']).toContain('javascript');
  });

  it('keeps connections open while idle, so the browser never reuses a socket the host is closing', async () => {
    // Node announces its idle timeout in a Keep-Alive header (timeout=5 by default) and closes the
    // socket then, while Chromium reuses idle sockets for minutes: a save sent at that moment failed
    // with "Failed to fetch". The host keeps them (and closes them all in close()).
    const page = await request('/', { headers: { Connection: 'keep-alive' } });
    expect(page.status).toBe(200);
    expect(page.headers.connection).toBe('keep-alive');
    expect(page.headers['keep-alive']).toBeUndefined();
  });

  it('never serves files outside the renderer folder', async () => {
    for (const p of ['/../secret.txt', '/assets/../../secret.txt', '/%2e%2e/secret.txt', '/assets/%2e%2e%2f%2e%2e%2fsecret.txt', '/..%5csecret.txt']) {
      const r = await request(p);
      expect(r.status, p).toBe(404);
      expect(r.body).not.toContain('secret');
    }
  });

  it('refuses a foreign Host header (DNS rebinding) and calls without the right Origin and token', async () => {
    const origin = host.url.slice(0, -1);
    const body = JSON.stringify({ channel: 'docs:list', payload: {} });
    const json = { 'Content-Type': 'application/json' };
    expect((await request('/', { headers: { Host: 'evil.example:80' } })).status).toBe(403);
    expect((await request('/api/invoke', { method: 'POST', body, headers: { ...json, Origin: origin } })).status).toBe(403);
    expect((await request('/api/invoke', { method: 'POST', body, headers: { ...json, Origin: 'null', 'X-Briefing-Token': host.token } })).status).toBe(403);
    expect((await request('/api/invoke', { method: 'POST', body, headers: { ...json, Origin: origin, 'X-Briefing-Token': host.token.replace(/.$/, 'x') } })).status).toBe(403);
    const ok = await request('/api/invoke', { method: 'POST', body, headers: { ...json, Origin: origin, 'X-Briefing-Token': host.token } });
    expect(JSON.parse(ok.body)).toEqual({ ok: true, value: { entries: [] } });
    const broken = await request('/api/invoke', { method: 'POST', body: '{"channel":', headers: { ...json, Origin: origin, 'X-Briefing-Token': host.token } });
    expect(JSON.parse(broken.body)).toMatchObject({ ok: false, error: { code: 'validation' } });
  });
});
