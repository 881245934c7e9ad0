import { readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumLaunchOptions } from '../../electron/services/chromium';
import { PRINT_SCRIPT_HASHES, scriptHash } from '../../electron/services/static/csp';
import { LINE_PITCH_PT, PAGE, PX_PER_PT, buildIssuePrintHtml, buildPrintHtml, previewBridgeScript, settleScript, type BuildOptions } from '../../shared/layout';
import { PREVIEW_BRIDGE_SCRIPT, SETTLE_SCRIPT } from '../../shared/layout/page/generated';
import { Briefing, type Section } from '../../shared/model';
import { threeReportIssue } from '../helpers/issue-fixture';
// @ts-expect-error a plain .mjs tool without types
import { GENERATED, pageScriptsModule } from '../../tools/build-page-scripts.mjs';

/**
 * The print page's scripts are TypeScript (shared/layout/page/) built into one checked-in string
 * each. These tests hold the string to its source, and run it in Debian Chromium.
 */

const fixture = (name: string) => Briefing.parse(JSON.parse(readFileSync(path.join(__dirname, '../fixtures/export', name), 'utf8')));
/** The settle script as it was before it measured through a window (a string template then). */
const BEFORE_WINDOW = readFileSync(path.join(__dirname, '../fixtures/layout/settle-before-window.js'), 'utf8');

/** The seed minutes' topics repeated: a long document whose 督办 tables cross pages. */
function longMinutes(topics: number): Briefing {
  const seed = fixture('minutes-seed-hans.json');
  const body = seed.sections.filter((s) => s.kind !== 'text');
  const sections: Section[] = [seed.sections[0]!];
  for (let t = 0; t < topics; t++) {
    for (const s of body) sections.push({ ...structuredClone(s), id: `${s.id}-${t}`, items: s.items.map((i) => ({ ...i, id: `${i.id}-${t}` })) });
  }
  return { ...seed, sections };
}

describe('the generated page scripts', () => {
  it('are what tools/build-page-scripts.mjs makes from the TypeScript now (run it after a change)', async () => {
    const fresh = (await pageScriptsModule()) as string;
    expect(readFileSync(GENERATED as string, 'utf8') === fresh, 'shared/layout/page/generated.ts is stale: run node tools/build-page-scripts.mjs').toBe(true);
  });

  it('are the strings the HTML inlines and the print CSP allows by hash', () => {
    expect(settleScript()).toBe(SETTLE_SCRIPT);
    expect(previewBridgeScript()).toBe(PREVIEW_BRIDGE_SCRIPT);
    expect(PRINT_SCRIPT_HASHES).toEqual([scriptHash(SETTLE_SCRIPT), scriptHash(PREVIEW_BRIDGE_SCRIPT)]);
    const { html } = buildPrintHtml(fixture('minutes-seed-hans.json'));
    expect(html).toContain(`<script>${SETTLE_SCRIPT}</script>`);
    expect(html).toContain(`<script>${PREVIEW_BRIDGE_SCRIPT}</script>`);
    // no helper of a TypeScript loader or bundler that only exists where it was transformed
    for (const s of [SETTLE_SCRIPT, PREVIEW_BRIDGE_SCRIPT]) {
      expect(s).not.toMatch(/__name|__require|import\(|\bexport\b/);
      expect(s).not.toMatch(/<\/script|<!--/i);
    }
  });
});

interface Settled {
  flow: string;
  pages: string | null;
  marks: string;
  width: string;
  ready: string | null;
}

describe('the settle script in Chromium', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await chromium.launch({ ...chromiumLaunchOptions(), headless: true });
    page = await browser.newPage();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  async function settled(html: string): Promise<Settled> {
    await page.setContent(html, { waitUntil: 'load' });
    await page.waitForFunction(() => document.documentElement.getAttribute('data-layout') === 'ready');
    return page.evaluate(() => ({
      flow: document.getElementById('flow')!.innerHTML,
      pages: document.documentElement.getAttribute('data-pages'),
      marks: document.querySelector('.preview-marks')!.innerHTML,
      width: document.body.style.getPropertyValue('--preview-width'),
      ready: document.documentElement.getAttribute('data-layout'),
    }));
  }

  const print =
    (doc: Briefing, options: BuildOptions = {}) =>
    () =>
      buildPrintHtml(doc, undefined, options).html;
  const CASES: [string, () => string][] = [
    ['minutes (hans)', print(fixture('minutes-seed-hans.json'))],
    ['report (hant)', print(fixture('report-seed-hant.json'))],
    ['briefing (hans), watermark', print(fixture('briefing-hans.json'), { watermark: '征求意见稿' })],
    ['19 pages of minutes, tables split across pages', print(longMinutes(6))],
    ['minutes, 版记 after the text', print(longMinutes(2), { imprintAtFoot: false })],
    ['a 简报 issue of three reports (snapped item titles, 报尾)', () => buildIssuePrintHtml(threeReportIssue()).html],
  ];

  for (const [name, build] of CASES) {
    it(`${name}: leaves the same page as the script before the window pass`, async () => {
      const html = build();
      const now = await settled(html);
      const before = await settled(html.replace(`<script>${SETTLE_SCRIPT}</script>`, () => `<script>${BEFORE_WINDOW}</script>`));
      expect(now.ready).toBe('ready');
      expect(Number(now.pages)).toBeGreaterThan(0);
      expect(now).toEqual(before);
    });
  }

  it('repeats the 督办 header where a table runs onto a new page, at the top of that page', async () => {
    const { html } = buildPrintHtml(longMinutes(6));
    await settled(html);
    const tops = await page.evaluate(
      ([periodPx]) => {
        const flow = document.getElementById('flow')!.getBoundingClientRect();
        return [...document.querySelectorAll('table.duban.continued')].map((t) => {
          const r = t.getBoundingClientRect();
          return { top: r.top - flow.top, offset: (r.left - flow.left) / periodPx!, head: !!(t as HTMLTableElement).tHead };
        });
      },
      [(PAGE.widthMm * 96) / 25.4],
    );
    expect(tops.length).toBeGreaterThan(2);
    for (const t of tops) {
      expect(t.head).toBe(true);
      expect(Math.abs(t.top)).toBeLessThan(1);
      expect(Math.abs(t.offset - Math.round(t.offset))).toBeLessThan(0.01);
    }
  });

  it('puts the 版记 on the foot of the last page', async () => {
    const { html } = buildPrintHtml(longMinutes(3));
    const { pages } = await settled(html);
    const foot = await page.evaluate(() => {
      const flow = document.getElementById('flow')!.getBoundingClientRect();
      const rects = document.getElementById('imprint')!.getClientRects();
      const last = rects[rects.length - 1]!;
      return { bottom: last.bottom - flow.top, left: last.left - flow.left };
    });
    expect(Math.round(foot.bottom / (LINE_PITCH_PT * PX_PER_PT))).toBe(22);
    expect(Math.round(foot.left / ((PAGE.widthMm * 96) / 25.4)) + 1).toBe(Number(pages));
  });
});

describe('the preview bridge in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({ ...chromiumLaunchOptions(), headless: true });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('tells the parent the page count once settled, and shows the grid when asked', async () => {
    const page = await browser.newPage();
    const { html } = buildPrintHtml(longMinutes(2));
    await page.setContent('<!doctype html><body></body>');
    const ready = page.evaluate(
      (srcdoc) =>
        new Promise<{ type: string; pages: number; tag: string }>((resolve) => {
          window.addEventListener('message', (e) => resolve(e.data as { type: string; pages: number; tag: string }));
          const frame = document.createElement('iframe');
          frame.srcdoc = srcdoc;
          document.body.appendChild(frame);
        }),
      html,
    );
    const message = await ready;
    expect(message).toMatchObject({ tag: 'briefing-preview', type: 'ready' });
    const frame = page.frames()[1]!;
    expect(message.pages).toBe(Number(await frame.evaluate(() => document.documentElement.getAttribute('data-pages'))));
    await page.evaluate(() => document.querySelector('iframe')!.contentWindow!.postMessage({ tag: 'briefing-preview', type: 'grid', on: true }, '*'));
    await frame.waitForFunction(() => document.documentElement.getAttribute('data-grid') === 'on');
    // a message from the frame itself, not its parent, changes nothing
    await frame.evaluate(() => window.postMessage({ tag: 'briefing-preview', type: 'grid', on: false }, '*'));
    await page.waitForTimeout(100);
    expect(await frame.evaluate(() => document.documentElement.getAttribute('data-grid'))).toBe('on');
    await page.close();
  });

  it('in a frame its parent has not laid out yet, waits for a layout and then counts the pages', async () => {
    const page = await browser.newPage();
    const { html } = buildPrintHtml(fixture('minutes-seed-hans.json'));
    await page.setContent(html, { waitUntil: 'load' });
    await page.waitForFunction(() => document.documentElement.getAttribute('data-layout') === 'ready');
    const alone = Number(await page.evaluate(() => document.documentElement.getAttribute('data-pages')));
    expect(alone).toBeGreaterThan(1);

    await page.setContent('<!doctype html><body></body>');
    // A new preview frame is display:none to its own process until the app lays the <iframe> out,
    // which a busy main thread does late: the page must not settle (and report) before that.
    const first = page.evaluate(
      (srcdoc) =>
        new Promise<{ type: string; pages: number; width: number; height: number }>((resolve) => {
          window.addEventListener('message', (e) => resolve(e.data as { type: string; pages: number; width: number; height: number }));
          const frame = document.createElement('iframe');
          frame.setAttribute('sandbox', 'allow-scripts');
          frame.style.display = 'none';
          frame.srcdoc = srcdoc;
          document.body.appendChild(frame);
        }),
      html,
    );
    await expect.poll(() => page.frames().length).toBe(2);
    const frame = page.frames()[1]!;
    // the settle script has looked at the page (the script before this fix settled here, on nothing)
    await frame.waitForFunction(() => ['waiting', 'ready'].includes(document.documentElement.getAttribute('data-layout') ?? ''));
    await page.evaluate(() => document.querySelector('iframe')!.style.removeProperty('display'));
    const message = await first;
    expect(message).toMatchObject({ type: 'ready', pages: alone });
    expect(message.width).toBeGreaterThan(0);
    expect(message.height).toBeGreaterThan(0);
    await page.close();
  });
});
