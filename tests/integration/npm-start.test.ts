import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, readFileSync, readdirSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../helpers/tmp';

/**
 * The README's first command, from a clean checkout: the project's files (what git tracks or would
 * track, so uncommitted work is tested too) in a temp dir without out/, and a node_modules whose
 * entries link to this one's except `electron`, copied without any downloaded binary (no dist/,
 * no path.txt): exactly what `npm install` leaves since Electron 42 downloads on first use. The
 * copy also keeps a download attempt from writing into this checkout's node_modules.
 */
const repo = path.resolve('.');
let dir: string;
let cleanup: () => Promise<void>;
let clone: string;

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir('briefing-start-'));
  clone = path.join(dir, 'clone');
  const files = spawnSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], { cwd: repo, encoding: 'utf8' });
  if (files.status !== 0) throw new Error(`git ls-files failed: ${files.stderr}`);
  for (const file of files.stdout.split('\0').filter(Boolean)) {
    // a file deleted in the working tree is still listed by --cached
    if (existsSync(path.join(repo, file))) cpSync(path.join(repo, file), path.join(clone, file), { recursive: true });
  }
  const modules = path.join(clone, 'node_modules');
  mkdirSync(modules);
  for (const entry of readdirSync(path.join(repo, 'node_modules'))) {
    if (entry !== 'electron') symlinkSync(path.join(repo, 'node_modules', entry), path.join(modules, entry));
  }
  cpSync(path.join(repo, 'node_modules/electron'), path.join(modules, 'electron'), {
    recursive: true,
    filter: (src) => !['dist', 'path.txt'].includes(path.relative(path.join(repo, 'node_modules/electron'), src)),
  });
});
afterAll(async () => cleanup());

function npmStart(env: Record<string, string>): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn('npm', ['start'], {
      cwd: clone,
      // No ELECTRON_EXEC_PATH from the outer environment: the launcher must find the binary itself.
      env: { ...process.env, ELECTRON_EXEC_PATH: '', ELECTRON_OVERRIDE_DIST_PATH: '', BRIEFING_LANG: 'en', ...env },
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('close', (code) => resolve({ code, out, err }));
  });
}

/** A port nothing listens on: bound once, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  await new Promise<void>((r) => server.close(() => r()));
  return port;
}

describe.skipIf(process.platform === 'win32')('npm start from a clean checkout', () => {
  it('says in one line that Electron cannot be downloaded, without a stack trace, and builds nothing', { timeout: 120_000 }, async () => {
    const cache = path.join(dir, 'empty-cache');
    mkdirSync(cache);
    const r = await npmStart({ ELECTRON_MIRROR: `http://127.0.0.1:${await closedPort()}/`, electron_config_cache: cache });
    expect(r.code).not.toBe(0);
    const ours = r.err.split('\n').filter((l) => l.startsWith('Cannot get the Electron'));
    expect(ours).toHaveLength(1);
    expect(ours[0]).toMatch(/^Cannot get the Electron \d+\.\d+\.\d+ binary \(.*fetch failed.*\)\. .*ELECTRON_MIRROR.*ELECTRON_OVERRIDE_DIST_PATH/);
    expect(r.err).not.toMatch(/^\s+at /m);
    expect(existsSync(path.join(clone, 'node_modules/electron/path.txt'))).toBe(false);
    expect(existsSync(path.join(clone, 'out'))).toBe(false);
  });

  it('builds the app and starts the Electron given by ELECTRON_OVERRIDE_DIST_PATH with it', { timeout: 600_000 }, async () => {
    // The stand-in Electron: records how it was started and checks the entry it was given exists.
    const dist = path.join(dir, 'electron-dist');
    mkdirSync(dist);
    const report = path.join(dir, 'stand-in.json');
    const standIn = path.join(dist, 'electron');
    writeFileSync(
      standIn,
      `#!${process.execPath}
const fs = require('node:fs');
const path = require('node:path');
const main = JSON.parse(fs.readFileSync(path.resolve(process.argv[2], 'package.json'), 'utf8')).main;
fs.writeFileSync(${JSON.stringify(report)}, JSON.stringify({
  args: process.argv.slice(2), cwd: process.cwd(), execPath: process.env.ELECTRON_EXEC_PATH,
  main: path.resolve(process.argv[2], main), mainExists: fs.existsSync(path.resolve(process.argv[2], main)),
}));
`,
    );
    chmodSync(standIn, 0o755);

    const r = await npmStart({ ELECTRON_OVERRIDE_DIST_PATH: dist });
    expect(r.code, r.err).toBe(0);
    const seen = JSON.parse(readFileSync(report, 'utf8')) as { args: string[]; cwd: string; execPath: string; main: string; mainExists: boolean };
    expect(seen.args[0]).toBe('.');
    expect(realpathSync(seen.cwd)).toBe(realpathSync(clone));
    expect(seen.execPath).toBe(standIn);
    expect(seen.main).toBe(path.join(seen.cwd, 'out/main/index.js'));
    expect(seen.mainExists).toBe(true);
    expect(existsSync(path.join(clone, 'out/preload'))).toBe(true);
    expect(existsSync(path.join(clone, 'out/renderer/index.html'))).toBe(true);
    expect(r.err).not.toContain('Electron uninstall');
  });
});
