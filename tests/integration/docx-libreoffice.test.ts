import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChromiumPrinter } from '../../electron/services/export/chromium-printer';
import { buildDocx } from '../../shared/docx';
import { buildPrintHtml } from '../../shared/layout';
import { DOCX_FONTS, FALLBACK_FONTS, FONT_ROLES } from '../../shared/layout/fonts';
import { Briefing } from '../../shared/model';
import { GRID, cellsOf, countChars, measureGrid, readPdf, type GridReport, type MeasuredPage } from '../helpers/pdf-measure';

/**
 * Our DOCX as LibreOffice lays it out, measured like our PDF: the same page count, 22 lines on
 * every full page, 28 characters a line, the GB/T 9704 margins mirrored, "— N —" in place.
 *
 * LibreOffice is not installed in CI (libreoffice-writer takes too long to install within the CI
 * budget), so this suite skips there; tests/unit/docx.test.ts asserts in the XML the settings that
 * make the difference (line-only grid, exact 579-twip lines, nothing before/after, -0.25 pt
 * character spacing, no autospace, no widow control, East Asian fonts and hints), so a regression
 * still fails in CI. Locally: apt-get install -y libreoffice-writer.
 */
const hasSoffice = spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0;

const FIXTURES = ['minutes-seed-hans.json', 'report-seed-hant.json', 'briefing-hans.json'];
const fixture = (name: string) => Briefing.parse(JSON.parse(readFileSync(path.join(__dirname, '../fixtures/export', name), 'utf8')));

/**
 * The DOCX names the Windows fonts (仿宋_GB2312, 黑体 …), which this machine lacks. Without help,
 * fontconfig gives LibreOffice WenQuanYi Zen Hei for all of them, whose “ ” and digits are
 * proportional: lines then hold 29-30 characters or 27 depending on the punctuation, which
 * measures the substitute, not our DOCX. So LibreOffice gets, by fontconfig alias, the same open
 * fallback per role as the PDF (shared/layout/fonts FALLBACK_FONTS), as on a machine whose fonts
 * match. The vertical grid does not depend on this (exact line spacing).
 */
function fontconfig(dir: string): string {
  const aliases = FONT_ROLES.map((role) => `  <alias binding="same"><family>${DOCX_FONTS[role]}</family><prefer><family>${FALLBACK_FONTS[role][0]}</family></prefer></alias>`);
  const file = path.join(dir, 'fonts.conf');
  writeFileSync(
    file,
    `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n${aliases.join('\n')}\n</fontconfig>\n`,
  );
  return file;
}

/** Pages the 督办 table runs onto (its header repeats there). */
const tablePages = (pages: MeasuredPage[]) => new Set(pages.filter((p) => p.lines.some((l) => l.text.replace(/\s/g, '') === '序号事项责任单位完成时限')).map((p) => p.n));
const halfWidth = (s: string) => cellsOf(s) !== countChars(s);

/**
 * The fixtures with one-line paragraphs added at the end of the last text section, so that the
 * 版记 lands in the other cases: after a page break (简报 +19: text on line 21), on a page that
 * also holds the 督办 table, 21 lines (纪要 +13), and where our count gives up (纪要 +8: the
 * table's header would start on line 22) right after the text.
 */
const FOOT_VARIANTS = [
  { base: 'briefing-hans.json', extra: 19, first: '报：', lastLine: [21, 22], alone: true },
  { base: 'minutes-seed-hans.json', extra: 13, first: '抄送：', lastLine: [21, 22], alone: false },
  { base: 'minutes-seed-hans.json', extra: 8, first: '抄送：', lastLine: null, alone: false },
] as const;
const variantFile = (v: (typeof FOOT_VARIANTS)[number]) => `${v.base.replace('.json', '')}-plus${v.extra}.docx`;

function withExtraLines(doc: Briefing, extra: number): Briefing {
  const at = doc.sections.map((s) => s.kind).lastIndexOf('text');
  const sections = doc.sections.map((s, i) => (i === at ? { ...s, paragraphs: [...s.paragraphs, ...Array.from({ length: extra }, () => '会议还研究了其他事宜。')] } : s));
  return { ...doc, sections };
}

const WATERMARK = '征求意见稿';
const watermarked = (name: string) => name.replace('.json', '-wm.docx');

/** The pages of a PDF as 8-bit grey pixels (pdftoppm, PGM), one array a page. */
function greyPages(pdf: string, dpi: number): Uint8Array[] {
  const prefix = `${pdf}-${dpi}`;
  execFileSync('pdftoppm', ['-gray', '-r', String(dpi), pdf, prefix]);
  const dir = path.dirname(pdf);
  return readdirSync(dir)
    .filter((f) => f.startsWith(path.basename(prefix)) && f.endsWith('.pgm'))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
    .map((f) => {
      const bytes = readFileSync(path.join(dir, f));
      // binary PGM: "P5 width height maxval" and one whitespace byte, then a byte a pixel
      const header = /^P5\s+\d+\s+\d+\s+\d+\s/.exec(new TextDecoder('latin1').decode(bytes.subarray(0, 64)))!;
      return bytes.subarray(header[0].length);
    });
}

describe.skipIf(!hasSoffice)('DOCX through LibreOffice, measured against the GB/T 9704 grid', () => {
  const out: Record<string, { pdfPages: number; pages: MeasuredPage[]; grid: GridReport; wm: { pages: MeasuredPage[]; grid: GridReport } }> = {};
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'docx-lo-'));
    const printer = new ChromiumPrinter();
    const pdfPages: Record<string, number> = {};
    try {
      for (const name of FIXTURES) {
        const doc = fixture(name);
        writeFileSync(path.join(dir, name.replace('.json', '.docx')), await buildDocx(doc));
        writeFileSync(path.join(dir, watermarked(name)), await buildDocx(doc, undefined, { watermark: WATERMARK }));
        pdfPages[name] = (await readPdf(await printer.print(buildPrintHtml(doc).html))).length;
      }
      for (const v of FOOT_VARIANTS) writeFileSync(path.join(dir, variantFile(v)), await buildDocx(withExtraLines(fixture(v.base), v.extra)));
    } finally {
      await printer.close();
    }
    // its own profile, so a desktop LibreOffice cannot interfere; one process for all files
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${path.join(dir, 'profile')}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        path.join(dir, 'lo'),
        ...FIXTURES.flatMap((n) => [path.join(dir, n.replace('.json', '.docx')), path.join(dir, watermarked(n))]),
        ...FOOT_VARIANTS.map((v) => path.join(dir, variantFile(v))),
      ],
      { stdio: 'pipe', env: { ...process.env, FONTCONFIG_FILE: fontconfig(dir) }, timeout: 120_000 },
    );
    for (const name of FIXTURES) {
      const pages = await readPdf(readFileSync(path.join(dir, 'lo', name.replace('.json', '.pdf'))));
      const wmPages = await readPdf(readFileSync(path.join(dir, 'lo', watermarked(name).replace('.docx', '.pdf'))));
      out[name] = { pdfPages: pdfPages[name]!, pages, grid: measureGrid(pages), wm: { pages: wmPages, grid: measureGrid(wmPages) } };
    }
  }, 180_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  for (const name of FIXTURES) {
    describe(name, () => {
      it('has as many pages as our PDF', () => {
        expect(out[name]!.grid.pages).toBe(out[name]!.pdfPages);
      });

      it('is A4 with the binding margin at 28 mm and the type area ending at 184 mm, mirrored on even pages', () => {
        const { grid } = out[name]!;
        expect(grid.a4).toBe(true);
        expect(Math.abs(grid.bindingMarginMm - 28)).toBeLessThanOrEqual(1);
        expect(Math.abs(grid.rightEdgeMm - 184)).toBeLessThanOrEqual(1);
        expect(grid.mirroredEvenPages).toBe(grid.evenPages);
      });

      it('fills every full page to grid line 22 at a pitch of 28.99 pt', () => {
        const { grid, pages } = out[name]!;
        // Documented tolerance: the 督办 table's 0.5 pt cell rules take layout space in Word and
        // LibreOffice (not in the PDF, where they are outlines), so a page the table runs onto
        // may end on line 21.
        const table = tablePages(pages);
        grid.lastLineSlots.slice(0, -1).forEach((slot, i) => {
          const n = i + 1;
          if (table.has(n) || table.has(n - 1)) expect([21, 22], `page ${n}`).toContain(slot);
          else expect(slot, `page ${n}`).toBe(22);
        });
        expect(Math.abs(grid.linePitchPt - GRID.pitchY)).toBeLessThanOrEqual(0.6);
      });

      it('holds 28 characters a full line', () => {
        const { pages } = out[name]!;
        const full = pages.flatMap((p) =>
          p.body.filter((l, i) => Math.abs(l.right - (p.areaLeft + GRID.areaW)) < 3 && p.body[i + 1]).map((l) => ({ l, c: countChars(l.text) + Math.round((l.left - p.areaLeft) / GRID.pitchX) })),
        );
        expect(full.length).toBeGreaterThan(10);
        // lines of Chinese text only: the grid itself
        const cjk = full.filter(({ l }) => !halfWidth(l.text));
        expect(cjk.filter(({ c }) => c === 28).length / cjk.length).toBeGreaterThanOrEqual(0.85);
        expect(cjk.filter(({ c }) => c < 27 || c > 29).map(({ l }) => l.text)).toEqual([]);
        // Documented tolerance: a half-width character gets the spacing that widens a half-em
        // glyph to a cell, and the substitutes' digits are wider than half an em (0.6 em), so a
        // line with digits may hold one character fewer than in the PDF.
        expect(full.filter(({ c }) => c < 26 || c > 29).map(({ l }) => l.text)).toEqual([]);
      });

      it('prints the diagonal watermark on every page and leaves the body on the grid', () => {
        const { grid, wm } = out[name]!;
        // the same pages, every full page still ending on grid line 22, the text unchanged
        expect(wm.grid.pages).toBe(grid.pages);
        expect(wm.grid.lastLineSlots).toEqual(grid.lastLineSlots);
        expect(wm.grid.linePitchPt).toBeCloseTo(grid.linePitchPt, 1);
        expect(wm.pages.map((p) => p.lines.map((l) => l.text).join('\n'))).toEqual(out[name]!.pages.map((p) => p.lines.map((l) => l.text).join('\n')));
        // LibreOffice exports the VML text path as a Fontwork outline, not as text, so the PDF's
        // text layer cannot show it: compare the pages as pixels with and without it instead.
        const plain = greyPages(path.join(dir, 'lo', name.replace('.json', '.pdf')), 20);
        const marked = greyPages(path.join(dir, 'lo', watermarked(name).replace('.docx', '.pdf')), 20);
        expect(marked.length).toBe(plain.length);
        marked.forEach((page, i) => {
          const changed = page.reduce((n, v, j) => n + (Math.abs(v - plain[i]![j]!) > 8 ? 1 : 0), 0);
          // measured 1.45-1.55% of the page's pixels at 20 dpi on every page of the three
          // fixtures (the glyphs' grey fill; 0 without the watermark)
          expect(changed / page.length, `page ${i + 1}`).toBeGreaterThan(0.005);
        });
      });

      it('numbers every page "— N —" in 14 pt, 4-10 mm under the type area, one character in from the outer side', () => {
        const { grid } = out[name]!;
        expect(grid.pageNumbers.length).toBe(grid.pages);
        for (const pn of grid.pageNumbers) expect(pn, JSON.stringify(pn)).toMatchObject({ ok: true });
      });
    });
  }

  for (const [name, first] of [
    ['minutes-seed-hans.json', '抄送：'],
    ['briefing-hans.json', '报：'],
  ] as const) {
    it(`puts the 版记 of ${name} at the foot of the last page, its last line on grid line 22 (±1)`, () => {
      const { pages } = out[name]!;
      const last = pages.at(-1)!;
      const body = last.lines.filter((l) => l.base < GRID.top + GRID.areaH + 2);
      const start = body.findIndex((l) => l.text.replace(/\s/g, '').startsWith(first));
      expect(start).toBeGreaterThanOrEqual(0);
      // grid line k has its baseline in ((k - 1) pitch, k pitch] from the top of the type area
      const slot = Math.ceil((body.at(-1)!.base - GRID.top) / GRID.pitchY);
      expect(Math.abs(slot - 22), `版记 ends on line ${slot}`).toBeLessThanOrEqual(1);
      // the text above it stays where it was: blank lines between, none of the 版记 on another page
      expect(pages.slice(0, -1).some((p) => p.lines.some((l) => l.text.replace(/\s/g, '').startsWith(first)))).toBe(false);
    });
  }

  for (const v of FOOT_VARIANTS) {
    it(`places the 版记 of ${v.base} + ${v.extra} lines ${v.lastLine ? 'at the foot of the last page' : 'right after the text (count uncertain)'}`, async () => {
      const pages = await readPdf(readFileSync(path.join(dir, 'lo', variantFile(v).replace('.docx', '.pdf'))));
      const last = pages.at(-1)!;
      const body = last.lines.filter((l) => l.base < GRID.top + GRID.areaH + 2);
      const start = body.findIndex((l) => l.text.replace(/\s/g, '').startsWith(v.first));
      // after a page break the 版记 is all the last page holds
      if (v.alone) expect(start).toBe(0);
      else expect(start).toBeGreaterThan(0);
      const slot = (l: { base: number }) => Math.ceil((l.base - GRID.top) / GRID.pitchY);
      if (v.lastLine) expect(v.lastLine).toContain(slot(body.at(-1)!));
      // after the text: one blank line between
      else expect(slot(body[start]!) - slot(body[start - 1]!)).toBe(2);
      expect(pages.slice(0, -1).some((p) => p.lines.some((l) => l.text.replace(/\s/g, '').startsWith(v.first)))).toBe(false);
    });
  }

  it('sets the 版记 after the text, on the last page', () => {
    const { pages } = out['minutes-seed-hans.json']!;
    const last = pages.at(-1)!;
    const lines = last.lines.map((l) => l.text.replace(/\s/g, ''));
    const cc = lines.findIndex((t) => t.startsWith('抄送：'));
    expect(cc).toBeGreaterThan(0);
    expect(lines.findIndex((t) => t.includes('印发'))).toBeGreaterThan(cc);
    expect(pages.slice(0, -1).some((p) => p.lines.some((l) => l.text.includes('抄送')))).toBe(false);
  });
});
