/**
 * Preview benchmark: from a keystroke in the editor to the preview showing it, for a ~10-page 纪要,
 * in browser mode (the real renderer, services and loopback host; Debian Chromium via playwright-core).
 * Timed inside the page: from the textarea's input event to the first animation frame after the
 * new print page reports itself laid out (the moment the double-buffered frame swaps in).
 * Run: npm run build:renderer && npx tsx bench/preview.ts
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { startHost } from '../electron/host/server';
import { createServices } from '../electron/services';
import { chromiumLaunchOptions } from '../electron/services/chromium';
import { Briefing, type Section } from '../shared/model';
import { figure } from './figures';

const root = path.join(path.dirname(new URL(import.meta.url).pathname), '..');
const seed = Briefing.parse(JSON.parse(readFileSync(path.join(root, 'tests/fixtures/export/minutes-seed-hans.json'), 'utf8')));

/** The seed's body repeated `times` times (the seed alone prints 5 pages). */
function documentOf(times: number, id: string): Briefing {
  const doc = structuredClone(seed);
  const body = seed.sections.filter((s) => s.kind !== 'text');
  const sections: Section[] = [seed.sections[0]!];
  for (let t = 0; t < times; t++) {
    for (const s of body) sections.push({ ...structuredClone(s), id: `${s.id}-${t}`, items: s.items.map((i) => ({ ...i, id: `${i.id}-${t}` })) });
  }
  return { ...doc, id, sections };
}

const pct = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;

async function main() {
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-preview-'));
  const services = await createServices({ dataDir: path.join(dir, 'data'), mode: 'browser' });
  const host = await startHost({ api: services.api, printJobs: services.printJobs, rendererDir: path.join(root, 'out/renderer') });
  const browser = await chromium.launch({ ...chromiumLaunchOptions(), headless: true });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
    let pages = 0;
    for (const times of [2, 3]) {
      const doc = await services.store.create(documentOf(times, `bench-preview-${times}`));
      await page.goto(host.url);
      await page.getByTestId('doc-row').filter({ hasText: doc.title }).first().dblclick();
      await page.getByTestId('preview-pages').filter({ hasText: /\d/ }).waitFor({ timeout: 30_000 });
      pages = Number((await page.getByTestId('preview-pages').textContent())!.match(/\d+/)![0]);
      if (pages >= 10) break;
      await page.getByRole('button', { name: '返回' }).click();
    }
    await page.evaluate(() => {
      const w = window as unknown as { __t: { input: number; shown: number[] } };
      w.__t = { input: 0, shown: [] };
      document.addEventListener('input', () => (w.__t.input = performance.now()), true);
      window.addEventListener('message', (e) => {
        const m = e.data as { tag?: string; type?: string };
        if (m?.tag === 'briefing-preview' && m.type === 'ready') requestAnimationFrame(() => w.__t.shown.push(performance.now()));
      });
    });
    const para = page.locator('textarea.para').nth(3);
    await para.click();
    await para.press('End');
    const samples: number[] = [];
    for (let i = 0; i < 25; i++) {
      const before = await page.evaluate(() => (window as unknown as { __t: { shown: number[] } }).__t.shown.length);
      await page.keyboard.type('字');
      await page.waitForFunction((n) => (window as unknown as { __t: { shown: number[] } }).__t.shown.length > n, before, { timeout: 10_000 });
      const ms = await page.evaluate(() => {
        const t = (window as unknown as { __t: { input: number; shown: number[] } }).__t;
        return t.shown.at(-1)! - t.input;
      });
      if (i >= 3) samples.push(ms); // the first few warm the page's fonts and caches
      await page.waitForTimeout(400);
    }
    const shownText = await page.frameLocator('[data-testid="preview-frame"]').locator('#flow').textContent();
    if (!shownText?.includes('字'.repeat(25))) throw new Error('the preview does not show what was typed');
    const load = execFileSync('uptime').toString().trim();
    console.log(
      `preview, ${pages}-page 纪要, keystroke -> preview shown (${samples.length} samples): median ${pct(samples, 0.5).toFixed(0)} ms, p95 ${pct(samples, 0.95).toFixed(0)} ms, max ${Math.max(...samples).toFixed(0)} ms`,
    );
    console.log(`load: ${load}`);
    figure(`${pages}-page 纪要, keystroke -> preview shown: median`, pct(samples, 0.5), 'ms');
    figure(`${pages}-page 纪要, keystroke -> preview shown: p95`, pct(samples, 0.95), 'ms');
  } finally {
    await browser.close();
    await host.close();
    await services.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
