import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHost, type Host } from '../../electron/host/server';
import { createServices, type Services } from '../../electron/services';
import { rawRequest } from '../helpers/raw-http';
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

const request = (rawPath: string, options?: Parameters<typeof rawRequest>[2]) => rawRequest(host.origin, rawPath, options);

describe('browser-mode host', () => {
  it('listens on loopback only; the launch URL trades its secret for an HttpOnly SameSite=Strict cookie', async () => {
    expect(new URL(host.url).hostname).toBe('127.0.0.1');
    const bare = await request('/');
    expect(bare.status).toBe(401);
    expect(bare.body).not.toContain(host.token);
    expect(bare.headers['set-cookie']).toBeUndefined();
    expect((await request('/?token=wrong')).status).toBe(403);
    const launch = await request(`/?token=${host.token}`);
    expect(launch.status).toBe(303);
    expect(launch.headers.location).toBe('/');
    const cookie = launch.headers['set-cookie']![0]!;
    expect(cookie).toMatch(/^briefing_session_\d+=[0-9a-f]{64}; HttpOnly; SameSite=Strict; Path=\/$/);
    expect(cookie).not.toContain(host.token);
    const page = await request('/', { headers: { Cookie: cookie.split(';')[0]! } });
    expect(page.status).toBe(200);
    expect(page.body).not.toContain(host.token);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['content-security-policy']).not.toContain('unsafe-inline');
    const js = await request('/assets/app.js');
    expect(js.headers['content-type']).toContain('javascript');
  });

  it('keeps connections open while idle, so the browser never reuses a socket the host is closing', async () => {
    // Node announces its idle timeout in a Keep-Alive header (timeout=5 by default) and closes the
    // socket then, while Chromium reuses idle sockets for minutes: a save sent at that moment failed
    // with "Failed to fetch". The host keeps them (and closes them all in close()).
    // (a static asset: it needs no session cookie, unlike the page at /)
    const page = await request('/assets/app.js', { headers: { Connection: 'keep-alive' } });
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

  it('refuses a foreign Host header (DNS rebinding) and calls without the right Origin and session', async () => {
    const origin = host.origin;
    const body = JSON.stringify({ channel: 'docs:list', payload: {} });
    const json = { 'Content-Type': 'application/json' };
    const session = (await request(`/?token=${host.token}`)).headers['set-cookie']![0]!.split(';')[0]!;
    const [name, value] = session.split('=') as [string, string];
    expect((await request('/', { headers: { Host: 'evil.example:80' } })).status).toBe(403);
    expect((await request(`/?token=${host.token}`, { headers: { Host: 'evil.example:80' } })).status).toBe(403);
    expect((await request('/api/invoke', { method: 'POST', body, headers: { ...json, Origin: origin } })).status).toBe(403);
    // the old header token and the token itself as a cookie are not the session
    expect((await request('/api/invoke', { method: 'POST', body, headers: { ...json, Origin: origin, 'X-Briefing-Token': host.token } })).status).toBe(403);
    expect((await request('/api/invoke', { method: 'POST', body, headers: { ...json, Origin: origin, Cookie: `${name}=${host.token}` } })).status).toBe(403);
    expect((await request('/api/invoke', { method: 'POST', body, headers: { ...json, Origin: 'null', Cookie: session } })).status).toBe(403);
    expect((await request('/api/invoke', { method: 'POST', body, headers: { ...json, Origin: origin, Cookie: `${name}=${value.replace(/.$/, (c) => (c === 'a' ? 'b' : 'a'))}` } })).status).toBe(403);
    const ok = await request('/api/invoke', { method: 'POST', body, headers: { ...json, Origin: origin, Cookie: `other=1; ${session}` } });
    expect(JSON.parse(ok.body)).toEqual({ ok: true, value: { entries: [] } });
    const broken = await request('/api/invoke', { method: 'POST', body: '{"channel":', headers: { ...json, Origin: origin, Cookie: session } });
    expect(JSON.parse(broken.body)).toMatchObject({ ok: false, error: { code: 'validation' } });
  });
});
