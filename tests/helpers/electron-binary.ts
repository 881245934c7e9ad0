import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * Path of the Electron binary npm installed, or null: on machines that cannot download Electron
 * (every one of ours) node_modules/electron has no dist/ and no path.txt. Read without
 * require('electron'), which throws when the binary is missing. Used by the Electron smoke test
 * and the Electron typing benchmark.
 */
export function electronBinary(): string | null {
  try {
    const dir = path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
    const pathFile = path.join(dir, 'path.txt');
    if (!existsSync(pathFile)) return null;
    const binary = path.join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
    return existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}
