import type { Page } from 'playwright-core';
import type { createServices } from '../electron/services';
import { documentStats } from '../shared/editor';
import { figure } from './figures';
import { realisticDocument } from './realistic';

/**
 * The typing benchmark's document and measurement, shared by the Chromium run (bench/typing.ts)
 * and the real Electron run (bench/typing-electron.ts, on a networked machine).
 */

export const KEYS = 300;

type Services = Awaited<ReturnType<typeof createServices>>;

/** A 纪要 of 20 pages made of realistic paragraphs, saved in the store; its stats. */
export async function saveTwentyPages(services: Services): Promise<ReturnType<typeof documentStats>> {
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
  await services.api['docs:save']({ doc });
  return documentStats(doc);
}

/** The keystroke timer: each keydown's timestamp to the moment after the next frame. */
async function installTimer(page: Page): Promise<void> {
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
        // rAF runs at the start of the frame that holds the change; a message posted from it runs
        // once that frame has been produced.
        requestAnimationFrame(() => {
          const ch = new MessageChannel();
          ch.port1.onmessage = () => w.__lat.push(performance.now() - t0);
          ch.port2.postMessage(0);
        });
      },
      true,
    );
  });
}

/** Han characters committed as by an IME, then Latin keys; the focused field takes them. */
async function typeKeys(page: Page): Promise<void> {
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
}

export interface TypingFigures {
  median: number;
  p95: number;
  max: number;
  /** keydowns whose next paint came within 16 ms (Event Timing), of `keydowns` */
  within16: number;
  keydowns: number;
}

const q = (xs: number[], p: number) => xs[Math.min(xs.length - 1, Math.floor(p * xs.length))]!;

async function collect(page: Page): Promise<TypingFigures> {
  const lat = await page.evaluate(() => (window as unknown as { __lat: number[] }).__lat);
  const latin = lat.slice(-KEYS).sort((a, b) => a - b);
  const slow = await page.evaluate(() => (window as unknown as { __slow: number[] }).__slow);
  return { median: q(latin, 0.5), p95: q(latin, 0.95), max: latin[latin.length - 1]!, within16: KEYS * 2 - slow.length, keydowns: KEYS * 2 };
}

const line = (f: TypingFigures) =>
  `median ${f.median.toFixed(1)} ms, p95 ${f.p95.toFixed(1)} ms, max ${f.max.toFixed(1)} ms; Event Timing: ${f.within16} of ${f.keydowns} keydowns painted within 16 ms`;

/**
 * Opens the document from the library, types into a paragraph in the middle and prints keystroke
 * to next frame (median, p95, max) and Chromium's Event Timing; `prefix` names the figures.
 */
export async function measureTyping(page: Page, stats: ReturnType<typeof documentStats>, prefix = ''): Promise<TypingFigures> {
  await page.getByTestId('doc-row').first().dblclick();
  const paragraphs = page.locator('textarea.para');
  await paragraphs.first().waitFor();
  const count = await paragraphs.count();
  const target = paragraphs.nth(Math.floor(count / 2));
  await target.click();
  await target.press('End');
  await installTimer(page);
  await typeKeys(page);
  const value = await target.inputValue();
  if (!value.endsWith('a'.repeat(10))) throw new Error('keystrokes did not reach the paragraph');
  const f = await collect(page);
  console.log(`${prefix}document: ${stats.pages} pages (${stats.chars} 字, ${count} paragraphs); keystrokes: ${KEYS}`);
  console.log(`${prefix}keystroke -> next frame: ${line(f)}`);
  figure(`${prefix}${stats.pages}-page document, keystroke -> next frame: median`, f.median, 'ms');
  figure(`${prefix}${stats.pages}-page document, keystroke -> next frame: p95`, f.p95, 'ms');
  figure(`${prefix}${stats.pages}-page document, keystroke -> next frame: max`, f.max, 'ms');
  return f;
}

/**
 * The browser's own floor: the same keystrokes and timer on a page holding one empty textarea.
 * What the app adds is the difference; what is left is the browser's frame pipeline (a keystroke
 * that comes just after a frame waits for the next one, up to one 16.7 ms refresh).
 */
export async function measureFloor(page: Page, prefix = ''): Promise<TypingFigures> {
  await page.setContent('<!doctype html><meta charset="utf-8"><textarea style="width:600px;height:200px"></textarea>');
  await page.locator('textarea').click();
  await installTimer(page);
  await typeKeys(page);
  const f = await collect(page);
  console.log(`${prefix}floor (one empty textarea, same keys): ${line(f)}`);
  figure(`${prefix}floor, one empty textarea: median`, f.median, 'ms');
  figure(`${prefix}floor, one empty textarea: p95`, f.p95, 'ms');
  return f;
}
