/**
 * Typing latency in the editor: a 20-page document open in Debian Chromium (browser mode, the
 * real services behind the loopback host), keystrokes sent by CDP into a paragraph in the middle.
 * For each keystroke the page records the keydown's timestamp and the moment after the next frame
 * (requestAnimationFrame, then a message posted from it: the frame holding the change has been
 * produced). Prints median, p95 and max over 300 keystrokes. Target: median < 16 ms.
 *
 *   npm run build:renderer && npx tsx bench/typing.ts
 */
import path from 'node:path';
import { chromium } from 'playwright-core';
import { startHost } from '../electron/host/server';
import { createServices } from '../electron/services';
import { chromiumLaunchOptions } from '../electron/services/chromium';
import { documentStats } from '../shared/editor';
import { tempDir } from '../tests/helpers/tmp';
import { realisticDocument } from './realistic';
import { figure } from './figures';
import { keystrokeSplit } from './trace-split';

const KEYS = 300;

async function main() {
  const { dir, cleanup } = await tempDir('briefing-typing-bench-');
  const services = await createServices({ dataDir: path.join(dir, 'data'), mode: 'browser' });
  const { doc } = await services.api['docs:create']({ templateId: 'builtin-office-minutes-hans', title: '二十页的会议纪要' });
  const filler = realisticDocument(7)
    .sections.flatMap((s) => s.paragraphs)
    .filter(Boolean);
  const body = doc.sections.filter((s) => s.kind !== 'topic' && s.kind !== 'action-list');
  let i = 0;
  while (documentStats(doc).pages < 20) {
    const s = body[i % body.length]!;
    s.paragraphs.push(filler[i % filler.length]!);
    i++;
  }
  const stats = documentStats(doc);
  await services.api['docs:save']({ doc });
  const host = await startHost({ api: services.api, rendererDir: path.resolve('out/renderer') });
  const browser = await chromium.launch(chromiumLaunchOptions());
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(host.url);
  await page.getByTestId('doc-row').first().dblclick();
  const paragraphs = page.locator('textarea.para');
  await paragraphs.first().waitFor();
  const count = await paragraphs.count();
  const target = paragraphs.nth(Math.floor(count / 2));
  await target.click();
  await target.press('End');
  await page.evaluate(() => {
    const w = window as unknown as { __lat: number[]; __slow: number[] };
    w.__lat = [];
    w.__slow = [];
    // Event Timing: Chromium's own keydown-to-next-paint duration, reported for events of 16 ms or more.
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.name === 'keydown') w.__slow.push(e.duration);
    }).observe({ type: 'event', durationThreshold: 16, buffered: false } as PerformanceObserverInit);
    document.addEventListener(
      'keydown',
      (e) => {
        const t0 = e.timeStamp;
        requestAnimationFrame(() => {
          const ch = new MessageChannel();
          ch.port1.onmessage = () => w.__lat.push(performance.now() - t0);
          ch.port2.postMessage(0);
        });
      },
      true,
    );
  });
  const text = '会议强调要压实责任确保各项工作落到实处推动高质量发展';
  for (let k = 0; k < KEYS; k++) {
    await page.keyboard.insertText(text[k % text.length]!); // an IME commit: one input event, like a typed Han character
    await page.keyboard.press('ArrowRight'); // and a real keydown for the timer (moves nothing at the end)
    await page.waitForTimeout(30);
  }
  // insertText fires no keydown; measure typed Latin keys too (each a keydown + input).
  for (let k = 0; k < KEYS; k++) {
    await page.keyboard.press('a');
    await page.waitForTimeout(30);
  }
  const lat = await page.evaluate(() => (window as unknown as { __lat: number[] }).__lat);
  const latin = lat.slice(-KEYS).sort((a, b) => a - b);
  const q = (xs: number[], p: number) => xs[Math.min(xs.length - 1, Math.floor(p * xs.length))]!;
  const value = await target.inputValue();
  if (!value.endsWith('a'.repeat(10))) throw new Error('keystrokes did not reach the paragraph');
  console.log(`document: ${stats.pages} pages (${stats.chars} 字, ${count} paragraphs); keystrokes: ${latin.length}`);
  console.log(`keystroke -> next frame: median ${q(latin, 0.5).toFixed(1)} ms, p95 ${q(latin, 0.95).toFixed(1)} ms, max ${latin[latin.length - 1]!.toFixed(1)} ms`);
  figure(`${stats.pages}-page document, keystroke -> next frame: median`, q(latin, 0.5), 'ms');
  figure(`${stats.pages}-page document, keystroke -> next frame: p95`, q(latin, 0.95), 'ms');
  figure(`${stats.pages}-page document, keystroke -> next frame: max`, latin[latin.length - 1]!, 'ms');
  // Event Timing (Chromium's own input-to-paint, reported only for events >= 16 ms).
  const slow = await page.evaluate(() => (window as unknown as { __slow: number[] }).__slow);
  const keydowns = KEYS * 2;
  const sorted = [...slow].sort((a, b) => a - b);
  console.log(
    `Event Timing: ${keydowns - slow.length} of ${keydowns} keydowns painted within 16 ms; of the rest median ${sorted.length ? q(sorted, 0.5) : 0} ms, max ${sorted.length ? sorted[sorted.length - 1] : 0} ms`,
  );
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
