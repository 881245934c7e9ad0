/**
 * Typing latency in the editor: a 20-page document open in Debian Chromium (browser mode, the
 * real services behind the loopback host), keystrokes sent by CDP into a paragraph in the middle.
 * For each keystroke the page records the keydown's timestamp and the moment after the next frame
 * (requestAnimationFrame, then a message posted from it: the frame holding the change has been
 * produced). Prints median, p95 and max over 300 keystrokes. Target: median < 12 ms, p95 < 16 ms.
 *
 *   npm run build:renderer && npx tsx bench/typing.ts
 */
import path from 'node:path';
import { chromium } from 'playwright-core';
import { startHost } from '../electron/host/server';
import { createServices } from '../electron/services';
import { chromiumLaunchOptions } from '../electron/services/chromium';
import { tempDir } from '../tests/helpers/tmp';
import { figure } from './figures';
import { keystrokeSplit } from './trace-split';
import { measureTyping, saveTwentyPages } from './typing-session';

async function main() {
  const { dir, cleanup } = await tempDir('briefing-typing-bench-');
  const services = await createServices({ dataDir: path.join(dir, 'data'), mode: 'browser' });
  const stats = await saveTwentyPages(services);
  const host = await startHost({ api: services.api, rendererDir: path.resolve('out/renderer') });
  const browser = await chromium.launch(chromiumLaunchOptions());
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(host.url);
  await measureTyping(page, stats);
  // Where the time goes: 60 more Latin keys under a trace, split by CPU (holds under load).
  const traceFile = path.join(dir, 'typing-trace.json');
  await browser.startTracing(page, { path: traceFile, categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'input', 'cc', 'benchmark'] });
  for (let k = 0; k < 60; k++) {
    await page.keyboard.press('a');
    await page.waitForTimeout(30);
  }
  await browser.stopTracing();
  const split = keystrokeSplit(traceFile);
  console.log(
    `main-thread CPU per keystroke (median of ${split.keys}, traced): total ${split.total.toFixed(1)} ms = ` +
      `insert ${split.insert.toFixed(1)} (our input handler ${split.handler.toFixed(1)}) + frame ${split.frame.toFixed(1)} + ` +
      `Chrome's autofill tracker ${split.autofill.toFixed(1)} (absent in Electron) + the rest`,
  );
  figure('keystroke main-thread CPU: total', split.total, 'ms');
  figure('keystroke main-thread CPU: Blink insert + input handler', split.insert, 'ms');
  figure('keystroke main-thread CPU: our input handler', split.handler, 'ms');
  figure('keystroke main-thread CPU: frame', split.frame, 'ms');
  figure("keystroke main-thread CPU: Chrome's autofill tracker", split.autofill, 'ms');
  await browser.close();
  await host.close();
  await services.close();
  await cleanup();
}

void main();
