import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

export type ElectronBinary = { ok: true; path: string } | { ok: false; reason: string };

/**
 * The Electron executable as the electron package itself resolves it (node_modules/electron/
 * index.js): since Electron 42 that is where the binary is downloaded, on first use, honouring
 * ELECTRON_MIRROR, electron_config_cache and ELECTRON_OVERRIDE_DIST_PATH. electron-vite 6 reads
 * path.txt itself and stops with "Electron uninstall" before any download, hence this step.
 *
 * Runs in a child Node so the download's stack trace (printed by electron's install.js) is caught
 * and summarised in one line; the child hands the path back on fd 3 because the download also
 * prints progress on stdout, which the person starting the app should see.
 */
export function resolveElectron(projectRoot: string, env: NodeJS.ProcessEnv): ElectronBinary {
  let entry: string;
  try {
    entry = createRequire(path.join(projectRoot, 'package.json')).resolve('electron');
  } catch {
    return { ok: false, reason: 'node_modules/electron is missing: run npm install' };
  }
  const child = spawnSync(process.execPath, ['-e', `require('node:fs').writeSync(3, require(${JSON.stringify(entry)}))`], {
    cwd: projectRoot,
    env,
    stdio: ['ignore', 'inherit', 'pipe', 'pipe'],
    encoding: 'utf8',
  });
  const written = child.output[3];
  if (child.status === 0 && written) return { ok: true, path: written };
  return { ok: false, reason: downloadFailure(String(child.stderr ?? '')) || `exit ${child.status ?? child.signal}` };
}

/** The first error line of install.js's output (e.g. "TypeError: fetch failed", "HTTPError: ... 404"). */
export function downloadFailure(stderr: string): string {
  const lines = stderr.split('\n').map((l) => l.trim());
  return lines.find((l) => /^\w*Error\b/.test(l) && !/failed to install correctly/.test(l)) ?? lines.find((l) => /Error/.test(l)) ?? '';
}
