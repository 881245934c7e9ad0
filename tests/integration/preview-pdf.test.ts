import { readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumLaunchOptions } from '../../electron/services/chromium';
import { ChromiumPrinter } from '../../electron/services/export/chromium-printer';
import { LINE_PITCH_PT, PAGE, PX_PER_PT, buildPrintHtml } from '../../shared/layout';
import { Briefing } from '../../shared/model';
import { normalise, readPdf } from '../helpers/pdf-measure';

const FIXTURES = ['minutes-seed-hans.json', 'report-seed-hant.json', 'briefing-hans.json'];
const fixture = (name: string) => Briefing.parse(JSON.parse(readFileSync(path.join(__dirname, '../fixtures/export', name), 'utf8')));

/**
 * The on-screen preview is the print HTML in screen media: one 225 mm column per page. Read every
 * character's column and line there, and hold the result to the PDF's pages and lines.
 */
async function previewLines(page: Page, html: string): Promise<{ pages: number; lines: string[][] }> {
  await page.setContent(html, { waitUntil: 'load' });
  await page.waitForFunction(() => document.documentElement.getAttribute('data-layout') === 'ready');
  const pages = Number(await page.evaluate(() => document.documentElement.getAttribute('data-pages')));
  const chars = await page.evaluate(
    ([periodPx]) => {
      const flow = document.getElementById('flow')!;
      const fr = flow.getBoundingClientRect();
      const out: [number, number, number, string][] = [];
      const walker = document.createTreeWalker(flow, NodeFilter.SHOW_TEXT);
      const range = document.createRange();
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        for (let i = 0; i < node.data.length; i++) {
          if (/\s/.test(node.data[i]!)) continue;
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const r = range.getClientRects()[0];
          if (!r || r.width === 0) continue;
          out.push([Math.floor((r.left - fr.left + periodPx! / 4) / periodPx!), r.top + r.height / 2 - fr.top, r.left, node.data[i]!]);
        }
      }
      return out;
    },
    [(PAGE.widthMm * 96) / 25.4],
  );
  const pitchPx = LINE_PITCH_PT * PX_PER_PT;
  const lines: string[][] = Array.from({ length: pages }, () => []);
  const byPage = new Map<number, typeof chars>();
  for (const c of chars) byPage.set(c[0], [...(byPage.get(c[0]) ?? []), c]);
  for (const [p, list] of byPage) {
    list.sort((a, b) => a[1] - b[1]);
    const groups: (typeof chars)[] = [];
    for (const c of list) {
      const g = groups.at(-1);
      if (g && Math.abs(c[1] - g[0]![1]) < pitchPx / 2) g.push(c);
      else groups.push([c]);
    }
    lines[p] = groups.map((g) =>
      g
        .sort((a, b) => a[2] - b[2])
        .map((c) => c[3])
        .join(''),
    );
  }
  return { pages, lines };
}

describe('the preview paginates exactly as the PDF prints', () => {
  let browser: Browser;
  let page: Page;
  let printer: ChromiumPrinter;

  beforeAll(async () => {
    browser = await chromium.launch({ ...chromiumLaunchOptions(), headless: true });
    page = await browser.newPage();
    printer = new ChromiumPrinter();
  }, 60_000);

  afterAll(async () => {
    await printer?.close();
    await browser?.close();
  });

  for (const name of FIXTURES) {
    it(`${name}: same pages, same line breaks`, async () => {
      const { html } = buildPrintHtml(fixture(name));
      const preview = await previewLines(page, html);
      const pdf = await readPdf(await printer.print(html));
      const printed = pdf.map((p) => p.lines.filter((l) => l !== p.pageNumber).map((l) => normalise(l.text)));
      expect(preview.pages).toBe(pdf.length);
      expect(preview.lines).toEqual(printed);
    });
  }

  it('keeps page and line breaks equal with a classification, Traditional output and a second table', async () => {
    const doc = fixture('minutes-seed-hans.json');
    const { html } = buildPrintHtml(doc, 'minutes', { classification: '内部', script: 'hant', actionStyles: { [doc.sections[5]!.id]: 'table' } });
    const preview = await previewLines(page, html);
    const pdf = await readPdf(await printer.print(html));
    expect(preview.pages).toBe(pdf.length);
    expect(preview.lines).toEqual(pdf.map((p) => p.lines.filter((l) => l !== p.pageNumber).map((l) => normalise(l.text))));
  });
});
