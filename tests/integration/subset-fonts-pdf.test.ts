import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChromiumPrinter } from '../../electron/services/export/chromium-printer';
import { buildPrintHtml } from '../../shared/layout';
import { Briefing } from '../../shared/model';
import { embeddedFonts, hasPdffonts, pdfFonts } from '../helpers/pdf-measure';

/**
 * Issue 15: the printers hand Chromium the page's fonts cut to its characters
 * (electron/services/fonts). The PDF must not change: same glyphs at the same places
 * (`pdftotext -bbox` equal to a print with the system fonts), the same CID TrueType fonts under
 * the same names, text that extracts; only the fonts Chromium embeds are cut from a few hundred
 * glyphs instead of the 20,000–40,000 of the system files.
 */
const FIXTURES = ['minutes-seed-hans.json', 'report-seed-hant.json', 'briefing-hans.json'];
const fixture = (name: string) => Briefing.parse(JSON.parse(readFileSync(path.join(__dirname, '../fixtures/export', name), 'utf8')));
const poppler = hasPdffonts();

function pdftotext(pdf: Uint8Array, dir: string, name: string, ...args: string[]): string {
  const file = path.join(dir, `${name}.pdf`);
  writeFileSync(file, pdf);
  return execFileSync('pdftotext', [...args, file, '-'], { encoding: 'utf8' });
}

describe.skipIf(!existsSync('/usr/share/fonts/truetype/arphic/uming.ttc'))('PDF export with subset fonts', () => {
  let subset: ChromiumPrinter;
  let system: ChromiumPrinter;
  let dir: string;
  const pdfs: Record<string, { subset: Uint8Array; system: Uint8Array; title: string; fonts: string[] }> = {};

  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'subset-pdf-'));
    const clock = () => new Date('2024-02-20T08:00:00Z');
    subset = new ChromiumPrinter({ clock });
    system = new ChromiumPrinter({ clock, subsetFonts: false });
    for (const name of FIXTURES) {
      const doc = buildPrintHtml(fixture(name));
      const a = await subset.print(doc.html, { title: doc.title });
      const fonts = subset.fonts.map((f) => f.family);
      pdfs[name] = { subset: a, system: await system.print(doc.html, { title: doc.title }), title: doc.title, fonts };
    }
  }, 120_000);

  afterAll(async () => {
    await subset?.close();
    await system?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  for (const name of FIXTURES) {
    describe(name, () => {
      it.skipIf(!poppler)('puts every glyph where the system fonts put it (pdftotext -bbox equal)', () => {
        const { subset: a, system: b } = pdfs[name]!;
        const boxes = pdftotext(a, dir, 'subset', '-bbox');
        expect(boxes.match(/<word /g)?.length ?? 0).toBeGreaterThan(20);
        expect(boxes === pdftotext(b, dir, 'system', '-bbox')).toBe(true);
      });

      it.skipIf(!poppler)('embeds CID TrueType subsets under the system names, and the text extracts', () => {
        const { subset: a, system: b, title } = pdfs[name]!;
        const fonts = pdfFonts(a);
        expect(fonts.length).toBeGreaterThanOrEqual(1);
        for (const f of fonts) {
          expect(f.type).toBe('CID TrueType');
          expect(f.embedded).toBe(true);
          expect(f.name).toMatch(/^[A-Z]{6}\+(UMingCN|UKaiCN|WenQuanYiZenHei)$/);
        }
        expect(fonts.map((f) => f.name)).toEqual(pdfFonts(b).map((f) => f.name));
        const text = pdftotext(a, dir, 'text');
        expect(text.replace(/\s/g, '')).toContain(title.replace(/\s/g, ''));
        expect(text).toBe(pdftotext(b, dir, 'text-system'));
      });

      it('has Chromium embed from the page-sized fonts, not the system files', async () => {
        const { subset: a, system: b } = pdfs[name]!;
        const cut = await embeddedFonts(a);
        const whole = await embeddedFonts(b);
        expect(cut.map((f) => f.name)).toEqual(whole.map((f) => f.name));
        // glyph ids are kept by Chromium's own subsetter: a system font embeds tens of thousands of slots
        for (const f of whole) expect(f.glyphs, f.name).toBeGreaterThan(10_000);
        for (const f of cut) expect(f.glyphs, f.name).toBeLessThan(2_000);
        expect(cut.reduce((n, f) => n + f.bytes, 0)).toBeLessThan(whole.reduce((n, f) => n + f.bytes, 0));
      });

      it('reports the system family that served each role, as before', () => {
        expect(pdfs[name]!.fonts).toEqual(expect.arrayContaining(['AR PL UMing CN']));
        expect(pdfs[name]!.fonts.every((f) => f === '' || /^(AR PL UMing CN|AR PL UKai CN|WenQuanYi Zen Hei)$/.test(f))).toBe(true);
      });
    });
  }
});
