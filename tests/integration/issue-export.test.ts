import { spawnSync, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChromiumPrinter } from '../../electron/services/export/chromium-printer';
import { exportIssueToFile } from '../../electron/services/export/issue-export';
import { buildIssuePrintHtml, type PrintDocument } from '../../shared/layout';
import { DOCX_FONTS, FALLBACK_FONTS, FONT_ROLES } from '../../shared/layout/fonts';
import { GRID, extractedText, measureGrid, normalise, readPdf, type GridReport, type MeasuredPage } from '../helpers/pdf-measure';
import { threeReportIssue } from '../helpers/issue-fixture';

/**
 * 《工作简报》第5期 of three real reports (tests/fixtures/issue, imported as a user would), exported
 * as PDF through Chromium and as DOCX through LibreOffice, and measured like single documents.
 */
const hasSoffice = spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0;

/** Grid line (1-22) of a baseline. */
const slotOf = (base: number) => Math.ceil((base - GRID.top) / GRID.pitchY);

/**
 * Every page but the last is full (body to grid line 22), except where the next item's title did
 * not fit with its first line and went over: then the page ends at most a title box plus two lines early.
 */
function expectFullPages(pages: MeasuredPage[], grid: GridReport) {
  grid.lastLineSlots.slice(0, -1).forEach((slot, i) => {
    const next = pages[i + 1]!;
    const titleFirst = next.lines[0] && next.lines[0].size > 20;
    if (titleFirst) expect(slot, `page ${i + 1} (title pushed over)`).toBeGreaterThanOrEqual(22 - 6);
    else expect(slot, `page ${i + 1}`).toBe(22);
  });
  expect(Math.abs(grid.linePitchPt - GRID.pitchY)).toBeLessThanOrEqual(0.6);
  expect(grid.outsideTypeArea).toEqual([]);
  expect(grid.pageNumbers.length).toBe(grid.pages);
  for (const pn of grid.pageNumbers) expect(pn, JSON.stringify(pn)).toMatchObject({ ok: true });
}

/** 第5期, 本期要目 with every title on page 1; every item's text; the 报尾 on the last page only, ending on line 22. */
function expectIssueContent(pages: MeasuredPage[], built: PrintDocument, opts: { loose?: boolean } = {}) {
  // LibreOffice hangs a line-final 、，。 past the right edge, where the text layer may lose it
  const norm = (s: string) => (opts.loose ? normalise(s).replace(/[、，。；：]/g, '') : normalise(s));
  const page = (p: MeasuredPage) => norm(p.lines.map((l) => l.text).join(''));
  const first = page(pages[0]!);
  expect(first).toContain('第5期（总第123期）');
  expect(first).toContain('本期要目');
  const input = threeReportIssue();
  input.issue.items.forEach((item, i) => expect(first).toContain(norm(`${i + 1}.${item.title}`)));
  const all = norm(extractedText(pages));
  for (const b of built.blocks) {
    if (b.kind === 'paragraph') expect(all).toContain(norm(b.runs.map((r) => r.text).join('')));
  }
  const last = pages.at(-1)!;
  const tail = ['报：市委办公室，市政府办公室。', '送：市人大常委会办公室，市政协办公室。', '（共印120份）'];
  for (const t of tail) expect(page(last)).toContain(norm(t));
  for (const p of pages.slice(0, -1)) expect(page(p)).not.toContain('共印');
  const run = last.lines.filter((l) => l.text.includes('共印'))[0]!;
  expect(slotOf(run.base)).toBe(22);
}

describe('a 简报 issue of three real reports', () => {
  let dir: string;
  let built: PrintDocument;
  let pdf: { pages: MeasuredPage[]; grid: GridReport };

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'issue-export-'));
    const input = threeReportIssue();
    built = buildIssuePrintHtml(input);
    const printer = new ChromiumPrinter();
    try {
      const result = await exportIssueToFile({ input, format: 'pdf', path: path.join(dir, 'issue.pdf'), printer: async () => printer });
      expect(result.pages).toBeGreaterThanOrEqual(3);
    } finally {
      await printer.close();
    }
    await exportIssueToFile({ input, format: 'docx', path: path.join(dir, 'issue.docx') });
    const pages = await readPdf(readFileSync(path.join(dir, 'issue.pdf')));
    pdf = { pages, grid: measureGrid(pages) };
  }, 120_000);

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  describe('PDF', () => {
    it('is A4, mirrored, on the grid: full pages to line 22, 28 characters a line, "— N —" on every page', () => {
      const { grid, pages } = pdf;
      expect(grid.a4).toBe(true);
      expect(Math.abs(grid.bindingMarginMm - 28)).toBeLessThanOrEqual(1);
      expect(Math.abs(grid.rightEdgeMm - 184)).toBeLessThanOrEqual(1);
      expect(grid.mirroredEvenPages).toBe(grid.evenPages);
      expectFullPages(pages, grid);
      const counts = Object.entries(grid.fullLineCounts).map(([c, n]) => [Number(c), n] as const);
      const exact = counts.filter(([c]) => c === 28).reduce((a, [, n]) => a + n, 0);
      expect(grid.fullLines).toBeGreaterThan(20);
      expect(exact / grid.fullLines, grid.offLines.join('\n')).toBeGreaterThanOrEqual(0.8);
      expect(
        counts.filter(([c]) => c < 27 || c > 29),
        grid.offLines.join('\n'),
      ).toEqual([]);
    });

    it('puts the 报头 on L1-L7 and the first element after it on L8', () => {
      const p1 = pdf.pages[0]!;
      const at = (text: string) => slotOf(p1.lines.find((l) => normalise(l.text).startsWith(text))!.base);
      expect(at('内部资料')).toBe(1);
      expect(at('第5期')).toBe(5);
      expect(at('某市人民政府办公室')).toBe(6);
      expect(at('本期要目')).toBe(8);
      // the red name in the band L2-L4
      const name = p1.lines.find((l) => l.size > 30)!;
      expect(normalise(name.text)).toBe('工作简报');
      expect([3, 4]).toContain(slotOf(name.base));
    });

    it("shows 第N期, 本期要目 with every title, every item's text and the 报尾 at the foot of the last page only", () => {
      expectIssueContent(pdf.pages, built);
      // and the words are exactly those of the blocks, in reading order
      expect(normalise(extractedText(pdf.pages))).toBe(normalise(built.text));
    });
  });

  describe.skipIf(!hasSoffice)('DOCX through LibreOffice', () => {
    let lo: { pages: MeasuredPage[]; grid: GridReport };
    beforeAll(async () => {
      // LibreOffice gets the PDF's open fallback per role (docx-libreoffice.test.ts explains why)
      const aliases = FONT_ROLES.map((role) => `<alias binding="same"><family>${DOCX_FONTS[role]}</family><prefer><family>${FALLBACK_FONTS[role][0]}</family></prefer></alias>`);
      const conf = path.join(dir, 'fonts.conf');
      writeFileSync(
        conf,
        `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig><include ignore_missing="yes">/etc/fonts/fonts.conf</include>${aliases.join('')}</fontconfig>\n`,
      );
      execFileSync('soffice', [`-env:UserInstallation=file://${path.join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', path.join(dir, 'lo'), path.join(dir, 'issue.docx')], {
        stdio: 'pipe',
        env: { ...process.env, FONTCONFIG_FILE: conf },
        timeout: 120_000,
      });
      const pages = await readPdf(readFileSync(path.join(dir, 'lo', 'issue.pdf')));
      lo = { pages, grid: measureGrid(pages) };
    }, 150_000);

    it('has the PDF\'s pages, full pages to line 22 and "— N —" on every page', () => {
      expect(lo.grid.pages).toBe(pdf.grid.pages);
      expect(lo.grid.a4).toBe(true);
      expect(lo.grid.mirroredEvenPages).toBe(lo.grid.evenPages);
      expectFullPages(lo.pages, lo.grid);
      // lines of Chinese text hold 28 (digits may cost one: docx-libreoffice.test.ts, documented tolerance)
      const counts = Object.entries(lo.grid.fullLineCounts).map(([c, n]) => [Number(c), n] as const);
      expect(
        counts.filter(([c]) => c < 26 || c > 29),
        lo.grid.offLines.join('\n'),
      ).toEqual([]);
    });

    it("puts 本期要目 on L8 and shows every title, every item's text and the 报尾 on the last page", () => {
      const p1 = lo.pages[0]!;
      expect(slotOf(p1.lines.find((l) => normalise(l.text).startsWith('本期要目'))!.base)).toBe(8);
      expectIssueContent(lo.pages, built, { loose: true });
    });
  });

  it('keeps real styles in the DOCX: 简报名称, 本期要目, 要目条目, 条目标题', async () => {
    const { unzipSync, strFromU8 } = await import('fflate');
    const files = unzipSync(new Uint8Array(readFileSync(path.join(dir, 'issue.docx'))));
    const styles = strFromU8(files['word/styles.xml']!);
    for (const name of ['简报名称', '本期要目', '要目条目', '条目标题']) expect(styles).toContain(`w:val="${name}"`);
    const doc = strFromU8(files['word/document.xml']!);
    expect(doc.match(/w:pStyle w:val="GwItemTitle"/g)).toHaveLength(3);
    expect(existsSync(path.join(dir, 'issue.docx'))).toBe(true);
  });
});
