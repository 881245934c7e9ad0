import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { test as base, expect } from '@playwright/test';
import { CHANNELS, contract, type Envelope } from '../../shared/api';
import { rawRequest } from '../helpers/raw-http';
import { tempDir } from '../helpers/tmp';

/**
 * Browser mode attacked as another local process would: plain HTTP from Node, no browser, against
 * the host started the way a user starts it (electron/host/cli.ts, what `npm run web` runs after
 * building the renderer), on a real data dir. Then the printed URL, opened in Chromium, works.
 */
const test = base.extend<{ web: { url: string; origin: string; dataDir: string; root: string } }>({
  // eslint-disable-next-line no-empty-pattern
  web: async ({}, use) => {
    const { dir, cleanup } = await tempDir('briefing-web-');
    const dataDir = path.join(dir, 'data');
    const child: ChildProcess = spawn(path.resolve('node_modules/.bin/tsx'), ['electron/host/cli.ts', '--data-dir', dataDir, '--port', '0'], {
      env: { ...process.env, BRIEFING_LANG: 'en' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout!.on('data', (c: Buffer) => {
        out += c.toString();
        const m = /Briefing Desk \(browser mode\): (http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]+)\n/.exec(out);
        if (m) resolve(m[1]!);
      });
      child.stderr!.on('data', (c: Buffer) => (out += c.toString()));
      child.once('exit', (code) => reject(new Error(`host exited (${code}): ${out}`)));
    });
    await use({ url, origin: new URL(url).origin, dataDir, root: dir });
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
    await cleanup();
  },
});

const request = rawRequest;

/** Calls a channel with the Origin the host expects (anyone can send it) and the given extra headers. */
async function invoke(origin: string, channel: string, payload: unknown, headers: Record<string, string> = {}): Promise<{ status: number; envelope: Envelope }> {
  const r = await request(origin, '/api/invoke', {
    method: 'POST',
    body: JSON.stringify({ channel, payload }),
    headers: { 'Content-Type': 'application/json', Origin: origin, Host: new URL(origin).host, ...headers },
  });
  return { status: r.status, envelope: JSON.parse(r.body) as Envelope };
}

const codeOf = (e: Envelope) => (e.ok ? 'ok' : e.error.code);

test('GET / without the printed URL yields nothing the API accepts', async ({ web }) => {
  const page = await request(web.origin, '/');
  expect(page.status).toBe(401);
  expect(page.headers['set-cookie']).toBeUndefined();
  expect(page.body).toContain('npm run web');
  // whatever looks like a secret in what we were given, tried every way the host might take it
  const candidates = [...page.body.matchAll(/[0-9a-f]{24,}/g)].map((m) => m[0]);
  const port = new URL(web.origin).port;
  for (const secret of [...candidates, '']) {
    const tries: Record<string, string>[] = [{ 'X-Briefing-Token': secret }, { Cookie: `briefing_session_${port}=${secret}` }, {}];
    for (const headers of tries) {
      const r = await invoke(web.origin, 'docs:list', {}, headers);
      expect(r.status).toBe(403);
      expect(codeOf(r.envelope)).toBe('forbidden');
    }
  }
  expect((await request(web.origin, '/?token=0123456789abcdef')).status).toBe(403);
  expect((await request(web.origin, '/index.html')).status).toBe(401);
});

test('with the real URL: no channel that takes a path reads or writes outside the allowed folders', async ({ web }) => {
  // every channel whose request names a file: the list below must cover it
  const shapeKeys = (c: (typeof CHANNELS)[number]) => Object.keys((contract[c].request as unknown as { shape: Record<string, unknown> }).shape ?? {});
  const pathChannels = CHANNELS.filter((c) => shapeKeys(c).some((k) => ['path', 'dir', 'handle', 'fileName', 'file'].includes(k)));
  // (dialog:saveFile's fileName is the name the native dialog suggests: main only, forbidden here)
  expect(pathChannels.sort()).toEqual(
    [
      'addressBook:export',
      'addressBook:import',
      'dialog:saveFile',
      'export:batchStart',
      'export:docx',
      'export:html',
      'export:pdf',
      'import:parse',
      'issues:export',
      'library:backup',
      'library:restore',
      'tasks:export',
      'tasks:notice',
      'templates:export',
    ].sort(),
  );

  const launch = await request(web.origin, new URL(web.url).pathname + new URL(web.url).search);
  expect(launch.status).toBe(303);
  const cookie = launch.headers['set-cookie']![0]!.split(';')[0]!;
  const call = (channel: string, payload: unknown) => invoke(web.origin, channel, payload, { Cookie: cookie });

  const created = await call('docs:create', { templateId: 'builtin-minutes-hans', title: '攻击测试' });
  expect(codeOf(created.envelope)).toBe('ok');
  const id = (created.envelope as { value: { doc: { id: string } } }).value.doc.id;
  const victim = path.join(web.root, 'victim.txt');
  writeFileSync(victim, 'precious');
  const index = path.join(web.dataDir, 'index.json');
  const indexBefore = readFileSync(index, 'utf8');

  // reading: /etc/hostname through every channel that reads a file
  const hostname = readFileSync('/etc/hostname', 'utf8').trim();
  for (const [channel, payload] of [
    ['import:parse', { path: '/etc/hostname' }],
    ['library:restore', { path: '/etc/hostname', mode: 'merge' }],
    ['library:restore', { path: '/etc/hostname', mode: 'replace' }],
    ['addressBook:import', { path: '/etc/hostname' }],
    ['library:restore', { path: path.join(web.dataDir, 'exports', '..', '..', '..', '..', 'etc', 'hostname'), mode: 'merge' }],
  ] as const) {
    const r = await call(channel, payload);
    expect(['validation', 'pathNotAllowed'], `${channel} ${JSON.stringify(payload)}`).toContain(codeOf(r.envelope));
    if (hostname) expect(JSON.stringify(r.envelope)).not.toContain(hostname);
  }

  // writing: outside the allowed folders, over a file, into the library's own files
  for (const target of [victim, path.join(web.root, 'new', 'x.bin'), index, '/etc/hostname']) {
    for (const channel of ['export:pdf', 'export:docx', 'export:html']) {
      expect(codeOf((await call(channel, { id, path: target, overwrite: true })).envelope), `${channel} ${target}`).toBe('pathNotAllowed');
    }
    expect(codeOf((await call('library:backup', { path: target })).envelope)).toBe('pathNotAllowed');
    expect(codeOf((await call('addressBook:export', { path: target, overwrite: true })).envelope)).toBe('pathNotAllowed');
    // the target is checked before the issue is looked up: no id needs to exist
    expect(codeOf((await call('issues:export', { id: 'i0000000000', format: 'html', path: target, overwrite: true })).envelope)).toBe('pathNotAllowed');
    // the 督办 register and one unit's notice write through the same file access
    expect(codeOf((await call('tasks:export', { format: 'xlsx', path: target, overwrite: true })).envelope), `tasks:export ${target}`).toBe('pathNotAllowed');
    expect(codeOf((await call('tasks:notice', { unit: '市委办公室', kind: 'notice', format: 'pdf', path: target, overwrite: true })).envelope), `tasks:notice ${target}`).toBe('pathNotAllowed');
  }
  for (const dir of [web.root, web.dataDir, '/tmp']) {
    expect(codeOf((await call('export:batchStart', { ids: [id], format: 'html', dir, overwrite: true })).envelope), dir).toBe('pathNotAllowed');
  }
  for (const fileName of ['../index.json', '..', '/etc/x.json']) {
    expect(codeOf((await call('templates:export', { ids: ['builtin-minutes-hans'], fileName })).envelope), fileName).toBe('validation');
  }
  // a forged dialog handle, and the dialogs themselves (main only)
  expect(codeOf((await call('export:html', { id, handle: `fh_${'0'.repeat(32)}` })).envelope)).toBe('handleInvalid');
  expect(codeOf((await call('dialog:saveFile', { fileName: 'x.pdf', format: 'pdf' })).envelope)).toBe('forbidden');
  expect(codeOf((await call('dialog:openFile', { kind: 'backup' })).envelope)).toBe('forbidden');

  expect(readFileSync(victim, 'utf8')).toBe('precious');
  expect(readFileSync(index, 'utf8')).toBe(indexBefore);
  expect(existsSync(path.join(web.root, 'new'))).toBe(false);

  // and the same session does work inside the allowed folders
  mkdirSync(path.join(web.dataDir, 'exports'), { recursive: true });
  const ok = await call('export:html', { id, path: path.join(web.dataDir, 'exports', 'ok.html') });
  expect(codeOf(ok.envelope)).toBe('ok');
});

test('the printed URL opens the library in a browser, and leaves the address bar without the secret', async ({ web, page }) => {
  await page.goto(web.url);
  await expect(page.getByRole('button', { name: '新建', exact: true })).toBeVisible();
  expect(page.url()).toBe(`${web.origin}/`);
  const token = new URL(web.url).searchParams.get('token')!;
  // the page's own script cannot read the session (HttpOnly)
  expect(await page.evaluate(() => document.cookie)).toBe('');
  expect(await page.content()).not.toContain(token);
});
