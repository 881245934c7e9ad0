import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChromiumPrinter } from '../../electron/services/export/chromium-printer';
import { buildPrintHtml, type PrintDocument } from '../../shared/layout';
import { Briefing } from '../../shared/model';
import { GRID, extractedText, hasPdffonts, measureGrid, normalise, pdfFonts, readPdf, type GridReport, type MeasuredPage } from '../helpers/pdf-measure';

const FIXTURES = ['minutes-seed-hans.json', 'report-seed-hant.json', 'briefing-hans.json'];
const fixture = (name: string) => Briefing.parse(JSON.parse(readFileSync(path.join(__dirname, '../fixtures/export', name), 'utf8')));

const sortChars = (s: string) => [...normalise(s)].sort().join('');

describe('PDF export measured against the GB/T 9704 grid', () => {
  let printer: ChromiumPrinter;
  const out: Record<string, { doc: PrintDocument; pdf: Uint8Array; pages: MeasuredPage[]; grid: GridReport }> = {};

  beforeAll(async () => {
    printer = new ChromiumPrinter({ clock: () => new Date('2024-02-20T08:00:00Z') });
    for (const name of FIXTURES) {
      const source = fixture(name);
      const doc = buildPrintHtml(source);
      const pdf = await printer.print(doc.html, { title: doc.title, author: source.masthead.issuer, subject: 'meeting minutes' });
      const pages = await readPdf(pdf);
      out[name] = { doc, pdf, pages, grid: measureGrid(pages) };
    }
  }, 120_000);

  afterAll(async () => {
    await printer?.close();
  });

  for (const name of FIXTURES) {
    describe(name, () => {
      it('is A4 with the binding margin at 28 mm and the type area ending at 184 mm, mirrored on even pages', () => {
        const { grid } = out[name]!;
        expect(grid.a4).toBe(true);
        expect(Math.abs(grid.bindingMarginMm - 28)).toBeLessThanOrEqual(1);
        expect(Math.abs(grid.rightEdgeMm - 184)).toBeLessThanOrEqual(1);
        expect(grid.mirroredEvenPages).toBe(grid.evenPages);
        expect(grid.evenPages).toBeGreaterThan(0);
      });

      it('fills every full page to grid line 22 at a pitch of 28.99 pt', () => {
        const { grid } = out[name]!;
        expect(grid.lastLineSlots.slice(0, -1).every((s) => s === 22)).toBe(true);
        expect(Math.abs(grid.linePitchPt - GRID.pitchY)).toBeLessThanOrEqual(0.6);
      });

      it('holds 28 characters in at least four of five full lines and never fewer than 27 or more than 29', () => {
        const { grid } = out[name]!;
        const counts = Object.entries(grid.fullLineCounts).map(([c, n]) => [Number(c), n] as const);
        const exact = counts.filter(([c]) => c === 28).reduce((a, [, n]) => a + n, 0);
        expect(grid.fullLines).toBeGreaterThan(10);
        expect(exact / grid.fullLines, grid.offLines.join('\n')).toBeGreaterThanOrEqual(0.8);
        expect(
          counts.filter(([c]) => c < 27 || c > 29),
          grid.offLines.join('\n'),
        ).toEqual([]);
      });

      it('numbers every page "— N —" in 14 pt, 4-10 mm under the type area, one character in from the outer side', () => {
        const { grid } = out[name]!;
        expect(grid.pageNumbers.length).toBe(grid.pages);
        for (const pn of grid.pageNumbers) expect(pn, JSON.stringify(pn)).toMatchObject({ ok: true });
      });

      it('extracts exactly the document text', () => {
        const { doc, pages } = out[name]!;
        const extracted = extractedText(pages);
        // a table's cells interleave line by line on paper; documents without one read in order
        const table = doc.blocks.find((b) => b.kind === 'table');
        if (table?.kind === 'table') {
          // ... and its header repeats at the top of each page it runs onto
          const head = table.head.join('');
          const repeats = pages.flatMap((p) => p.lines).filter((l) => normalise(l.text) === head).length - 1;
          expect(repeats).toBeGreaterThanOrEqual(1);
          expect(sortChars(extracted)).toBe(sortChars(doc.text + head.repeat(repeats)));
        } else expect(normalise(extracted)).toBe(normalise(doc.text));
        expect(extracted).not.toMatch(/[\u2E80-\u2EFF\u2F00-\u2FDF]/);
      });

      it.skipIf(!hasPdffonts())('embeds every font, none of them Type 3', () => {
        const fonts = pdfFonts(out[name]!.pdf);
        expect(fonts.length).toBeGreaterThan(0);
        expect(fonts.filter((f) => /Type 3/.test(f.type))).toEqual([]);
        expect(fonts.every((f) => f.embedded)).toBe(true);
      });

      it('keeps every line of text inside the type area (37 mm from the top, 225 mm tall)', () => {
        expect(out[name]!.grid.outsideTypeArea).toEqual([]);
      });
    });
  }

  it('puts the 版记 last rule on the bottom of the type area of the last page', async () => {
    const { pages } = out['minutes-seed-hans.json']!;
    const last = pages.at(-1)!;
    const printedOn = last.lines.find((l) => l.text.includes('印发'))!;
    // the 印发 line is the last grid line: its baseline lies in the 22nd slot
    expect(Math.floor((printedOn.base - GRID.top) / GRID.pitchY) + 1).toBe(22);
  });

  it('writes title, author, subject and creation date into the PDF', async () => {
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const d = await pdfjs.getDocument({ data: new Uint8Array(out['minutes-seed-hans.json']!.pdf), verbosity: 0 }).promise;
    const { info } = (await d.getMetadata()) as unknown as { info: Record<string, string> };
    expect(info.Title).toBe('专题会议纪要');
    expect(info.Author).toBe('市科技局');
    expect(info.Subject).toBe('meeting minutes');
    expect(info.CreationDate).toMatch(/^D:20240220080000/);
    await d.destroy();
  });

  it('prints markup in the document as text and runs none of it', async () => {
    const doc = fixture('report-seed-hant.json');
    doc.title = '<img src=x onerror=alert(1)>';
    const built = buildPrintHtml(doc);
    const pdf = await printer.print(built.html);
    const text = extractedText(await readPdf(pdf));
    expect(normalise(text)).toContain('<imgsrc=xonerror=alert(1)>');
  });

  it('prints an empty document as one numbered page, and a watermark on every page', async () => {
    const empty = fixture('report-seed-hant.json');
    empty.sections = [];
    empty.title = '';
    const blank = await readPdf(await printer.print(buildPrintHtml(empty).html));
    expect(blank).toHaveLength(1);
    const marked = await readPdf(await printer.print(buildPrintHtml(fixture('report-seed-hant.json'), 'report', { watermark: '征求意见稿' }).html));
    for (const p of marked) expect(p.items.some((i) => i.s.includes('征求意见稿') || i.s.includes('征'))).toBe(true);
  });

  it('still repeats the 督办 header on each page where scripts cannot run', async () => {
    const built = buildPrintHtml(fixture('minutes-seed-hans.json'), 'minutes', { noScript: true });
    const pages = await readPdf(await printer.print(built.html));
    const heads = pages.flatMap((p) => p.lines).filter((l) => normalise(l.text) === '序号事项责任单位完成时限');
    expect(heads.length).toBeGreaterThanOrEqual(2);
  });

  it('reports which family served each font role', () => {
    const fonts = printer.fonts;
    expect(fonts.map((f) => f.role).sort()).toEqual(['fs', 'hei', 'kai', 'song', 'xbs']);
    const fs = fonts.find((f) => f.role === 'fs')!;
    expect(fs.family).not.toBe('');
    expect(fs.family).not.toMatch(/Noto/);
  });
});
