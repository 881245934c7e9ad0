/**
 * The typing benchmark in the real app: Electron, its sandboxed renderer, the app:// page. Same
 * document and measurement as bench/typing.ts (bench/typing-session.ts); what it adds is the
 * figure without the stand-in browser's own work (Chrome's autofill tracker runs a task after every
 * text change in a field, about 3 ms in front of the keystroke's frame here; Electron has none).
 *
 * NOT RUN HERE: the Electron binary cannot be downloaded on our machines. It runs in
 * .github/workflows/electron-smoke.yml on networked runners; here it says so and exits 0.
 *
 *   npx electron-vite build && npx tsx bench/typing-electron.ts
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { _electron as electron } from 'playwright-core';
import { createServices } from '../electron/services';
import { tempDir } from '../tests/helpers/tmp';
import { measureTyping, saveTwentyPages } from './typing-session';
import { electronBinary } from '../tests/helpers/electron-binary';

async function main() {
  const binary = electronBinary();
  const entry = path.resolve('out/main/index.js');
  if (!binary || !existsSync(entry)) {
    console.log(`typing in Electron: not run (${binary ? 'out/main missing: npx electron-vite build' : 'no Electron binary on this machine'})`);
    return;
  }
  const { dir, cleanup } = await tempDir('briefing-typing-electron-');
  const dataDir = path.join(dir, 'data');
  const services = await createServices({ dataDir, mode: 'cli', version: 'bench' });
  const stats = await saveTwentyPages(services);
  await services.close(); // the app takes the data dir's lock
  const env = { ...process.env } as Record<string, string>;
  delete env.ELECTRON_RENDERER_URL;
  delete env.BRIEFING_DATA_DIR;
  const app = await electron.launch({ executablePath: binary, args: [entry, '--data-dir', dataDir, '--lang=zh-CN'], env });
  try {
    const window = await app.firstWindow();
    await window.waitForLoadState('domcontentloaded');
    await measureTyping(window, stats, 'Electron: ');
  } finally {
    await app.close();
    await cleanup();
  }
}

void main();
