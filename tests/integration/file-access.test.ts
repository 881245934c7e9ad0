import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch, type Envelope } from '../../shared/api';
import { createServices, type ServiceOptions, type Services } from '../../electron/services';
import { tempDir } from '../helpers/tmp';

let root: string;
let cleanup: () => Promise<void>;
let services: Services | null = null;
let dataDir: string;
let exportsDir: string;
let victim: string;

beforeEach(async () => {
  ({ dir: root, cleanup } = await tempDir('briefing-files-'));
  dataDir = path.join(root, 'data');
  exportsDir = path.join(dataDir, 'exports');
  victim = path.join(root, 'outside', 'victim.txt');
  await mkdir(path.dirname(victim), { recursive: true });
  await writeFile(victim, 'precious');
});
afterEach(async () => {
  await services?.close();
  services = null;
  await cleanup();
});

async function open(options: Partial<ServiceOptions> = {}) {
  services = await createServices({ dataDir, mode: 'browser', ...options });
  const { doc } = await services.api['docs:create']({ templateId: 'builtin-minutes-hans', title: '防汛工作会议纪要' });
  // every call as a transport makes it: the raw payload through dispatch (zod first)
  const call = (channel: string, payload: unknown): Promise<Envelope> => dispatch(services!.api, channel, payload);
  return { doc, call };
}

const refusedCode = (e: Envelope) => (e.ok ? 'ok' : e.error.code);

describe('browser mode: files only inside the allowed folders, checked on the real path', () => {
  it('writes into exports/ (and a new subfolder of it), refuses everywhere else, and leaves the victim alone', async () => {
    const { doc, call } = await open();
    expect(refusedCode(await call('export:html', { id: doc.id, path: path.join(exportsDir, 'ok.html') }))).toBe('ok');
    expect(refusedCode(await call('library:backup', { path: path.join(exportsDir, 'usb', 'a.bdbackup') }))).toBe('ok');
    for (const target of [victim, path.join(root, 'new.html'), path.join(dataDir, 'index.json'), path.join(dataDir, 'documents', 'x.json'), path.join(exportsDir, '..', 'index.json')]) {
      for (const channel of ['export:html', 'export:docx', 'export:pdf']) {
        const r = await call(channel, { id: doc.id, path: target, overwrite: true });
        expect(refusedCode(r), `${channel} ${target}`).toBe('pathNotAllowed');
      }
      expect(refusedCode(await call('library:backup', { path: target }))).toBe('pathNotAllowed');
    }
    expect(await readFile(victim, 'utf8')).toBe('precious');
    expect(existsSync(path.join(root, 'new.html'))).toBe(false);
    // the message names the path and the folders that are allowed
    const r = await call('export:html', { id: doc.id, path: victim, overwrite: true });
    expect(r).toMatchObject({ ok: false, error: { code: 'pathNotAllowed', params: { path: victim, allowed: expect.stringContaining(exportsDir) } } });
  });

  it('refuses a symlink inside exports/ that leads out, for a file and for a folder', async () => {
    const { doc, call } = await open();
    await mkdir(exportsDir, { recursive: true });
    await symlink(victim, path.join(exportsDir, 'link.html'));
    await symlink(path.dirname(victim), path.join(exportsDir, 'out'));
    expect(refusedCode(await call('export:html', { id: doc.id, path: path.join(exportsDir, 'link.html'), overwrite: true }))).toBe('pathNotAllowed');
    expect(refusedCode(await call('export:html', { id: doc.id, path: path.join(exportsDir, 'out', 'new.html') }))).toBe('pathNotAllowed');
    expect(refusedCode(await call('library:restore', { path: path.join(exportsDir, 'out', 'victim.txt'), mode: 'merge' }))).toBe('pathNotAllowed');
    expect(refusedCode(await call('export:batchStart', { ids: [doc.id], format: 'html', dir: path.join(exportsDir, 'out') }))).toBe('pathNotAllowed');
    expect(await readFile(victim, 'utf8')).toBe('precious');
    expect(await readdir(path.dirname(victim))).toEqual(['victim.txt']);
  });

  it('refuses to read outside: restore of /etc/hostname says pathNotAllowed, not what the file holds', async () => {
    const { call } = await open();
    const r = await call('library:restore', { path: '/etc/hostname', mode: 'merge' });
    expect(refusedCode(r)).toBe('pathNotAllowed');
    // and import:parse has no path at all any more: the file's bytes travel
    expect(refusedCode(await call('import:parse', { path: '/etc/hostname' }))).toBe('validation');
  });

  it('refuses a batch into any folder but an allowed one', async () => {
    const { doc, call } = await open();
    for (const dir of [path.dirname(victim), dataDir, path.join(dataDir, 'documents')]) {
      expect(refusedCode(await call('export:batchStart', { ids: [doc.id], format: 'html', dir })), dir).toBe('pathNotAllowed');
    }
    expect(refusedCode(await call('export:batchStart', { ids: [doc.id], format: 'html', dir: exportsDir }))).toBe('ok');
  });

  it("takes folders named with --allow, but never the library's own files even when the data dir is named", async () => {
    const extra = path.join(root, 'usb');
    await mkdir(extra);
    const { doc, call } = await open({ allowedDirs: [extra, dataDir] });
    expect(refusedCode(await call('export:html', { id: doc.id, path: path.join(extra, 'a.html') }))).toBe('ok');
    expect(refusedCode(await call('export:html', { id: doc.id, path: path.join(dataDir, 'index.json'), overwrite: true }))).toBe('pathNotAllowed');
    expect(refusedCode(await call('export:html', { id: doc.id, path: path.join(dataDir, 'x.html') }))).toBe('pathNotAllowed');
    expect(refusedCode(await call('export:html', { id: doc.id, path: victim, overwrite: true }))).toBe('pathNotAllowed');
  });

  it('writes a template file into exports/ under a free name, never over another file or out of the folder', async () => {
    const { call } = await open();
    const first = await call('templates:export', { ids: ['builtin-minutes-hans'], fileName: '模板.json' });
    const second = await call('templates:export', { ids: ['builtin-minutes-hans'], fileName: '模板.json' });
    expect(first).toMatchObject({ ok: true, value: { path: path.join(exportsDir, '模板.json'), count: 1 } });
    expect(second).toMatchObject({ ok: true, value: { path: path.join(exportsDir, '模板 (2).json') } });
    expect(JSON.parse(await readFile(path.join(exportsDir, '模板.json'), 'utf8')).format).toBe('briefing-desk/templates');
    for (const fileName of ['..', '.', '../index.json', 'a/b.json', '..\\x.json']) {
      expect(refusedCode(await call('templates:export', { ids: ['builtin-minutes-hans'], fileName })), fileName).toBe('validation');
    }
  });
});

describe('the app: a dialog handle names the file; paths only inside the allowed folders', () => {
  it('writes where the dialog chose, once; a handle for another purpose, a used or a forged one is refused', async () => {
    const { doc, call } = await open({ mode: 'electron' });
    const chosen = path.join(root, 'outside', 'chosen.docx');
    const handle = services!.fileHandles.issue(chosen, 'save');
    const r = await call('export:docx', { id: doc.id, handle });
    // the result names the file only: the path stays in main
    expect(r).toMatchObject({ ok: true, value: { path: 'chosen.docx' } });
    expect((await readFile(chosen)).subarray(0, 2).toString()).toBe('PK');
    expect(refusedCode(await call('export:docx', { id: doc.id, handle }))).toBe('handleInvalid');
    const forOpen = services!.fileHandles.issue(victim, 'open');
    expect(refusedCode(await call('export:html', { id: doc.id, handle: forOpen }))).toBe('handleInvalid');
    expect(refusedCode(await call('export:html', { id: doc.id, handle: `fh_${'a'.repeat(32)}` }))).toBe('handleInvalid');
    expect(refusedCode(await call('export:html', { id: doc.id, handle: '../../etc/passwd' }))).toBe('validation');
    expect(refusedCode(await call('export:html', { id: doc.id, handle, path: chosen }))).toBe('validation');
    expect(refusedCode(await call('export:html', { id: doc.id, path: victim, overwrite: true }))).toBe('pathNotAllowed');
    expect(await readFile(victim, 'utf8')).toBe('precious');
  });

  it('backs up and restores through handles, and batch-exports into a chosen folder showing file names only', async () => {
    const { doc, call } = await open({ mode: 'electron' });
    const archive = path.join(root, 'outside', 'lib.bdbackup');
    expect(await call('library:backup', { handle: services!.fileHandles.issue(archive, 'save') })).toMatchObject({ ok: true, value: { path: 'lib.bdbackup', documents: 1 } });
    expect(await call('library:restore', { handle: services!.fileHandles.issue(archive, 'open'), mode: 'merge' })).toMatchObject({ ok: true, value: { keptLocal: 1 } });
    const folder = path.join(root, 'outside');
    const started = await call('export:batchStart', { ids: [doc.id], format: 'html', handle: services!.fileHandles.issue(folder, 'folder') });
    if (!started.ok) throw new Error(started.error.detail);
    const { jobId } = started.value as { jobId: string };
    await expect.poll(async () => (await services!.api['export:batchStatus']({ jobId })).finished).toBe(true);
    expect((await services!.api['export:batchStatus']({ jobId })).files).toEqual(['防汛工作会议纪要.html']);
    expect(existsSync(path.join(folder, '防汛工作会议纪要.html'))).toBe(true);
  });
});

describe("the CLI: the user's own shell names any path", () => {
  it('writes outside the data dir', async () => {
    const { doc, call } = await open({ mode: 'cli' });
    const target = path.join(root, 'outside', 'cli.html');
    expect(await call('export:html', { id: doc.id, path: target })).toMatchObject({ ok: true, value: { path: target } });
  });
});
