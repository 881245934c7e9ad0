import { spawn } from 'node:child_process';
import { accessSync, constants, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { lookup } from '../../shared/i18n';
import { cliLocale } from '../cli/command';
import { nodeVerdict } from './node-version';
import { resolveElectron } from './resolve-electron';

/**
 * `npm start` (electron-vite preview: build, then start Electron) and `npm run dev`: resolves the
 * Electron binary the way the electron package does (downloading it on first use) and hands it to
 * electron-vite through ELECTRON_EXEC_PATH, the variable electron-vite 6 reads before its own
 * path.txt lookup. Every failure before Electron runs is one line in the user's language.
 */
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const locale = cliLocale(process.env);
const say = (key: string, params: Record<string, string> = {}) => lookup(locale, key, params, 'launcher');

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

function electronVersion(): string {
  try {
    return (JSON.parse(readFileSync(path.join(root, 'node_modules/electron/package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return '';
  }
}

const verdict = nodeVerdict(process.version);
if (verdict === 'too-old') fail(say('nodeTooOld', { version: process.version }));
if (verdict === 'older-than-electron-wants') process.stderr.write(`${say('nodeOldTooling', { version: process.version })}\n`);

const env = { ...process.env };
if (!env.ELECTRON_EXEC_PATH) {
  const binary = resolveElectron(root, env);
  if (!binary.ok) {
    fail(say('downloadFailed', { version: electronVersion(), reason: binary.reason }));
  }
  env.ELECTRON_EXEC_PATH = binary.path;
}
try {
  accessSync(env.ELECTRON_EXEC_PATH, constants.X_OK);
} catch {
  fail(say('notExecutable', { path: env.ELECTRON_EXEC_PATH }));
}

const require = createRequire(path.join(root, 'package.json'));
const cli = path.join(path.dirname(require.resolve('electron-vite/package.json')), 'bin/electron-vite.js');
const child = spawn(process.execPath, [cli, ...process.argv.slice(2)], { cwd: root, env, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
