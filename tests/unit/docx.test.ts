import { readFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDocx } from '../../shared/docx';
import { insertMirrorMargins, insertStylePPr } from '../../shared/docx/package';
import { CHAR_SPACING_TWIP, HALF_WIDTH_SPACING_TWIP } from '../../shared/docx/styles';
import { addWatermark, declareNamespaces } from '../../shared/docx/watermark';
import { Briefing } from '../../shared/model';

const fixture = (name: string) => Briefing.parse(JSON.parse(readFileSync(path.join(__dirname, '../fixtures/export', name), 'utf8')));

/** The real DOCX bytes, unzipped: what Word, WPS and LibreOffice read. */
async function parts(name: string, preset?: 'minutes' | 'briefing' | 'report', options = {}) {
  const files = unzipSync(await buildDocx(fixture(name), preset, options));
  const xml = (p: string) => strFromU8(files[p]!);
  return { files, xml };
}

describe('DOCX export', () => {
  let minutes: Awaited<ReturnType<typeof parts>>;
  beforeAll(async () => {
    minutes = await parts('minutes-seed-hans.json');
  });

  it('sets A4, the GB/T 9704 margins, mirrored, and a 22-line document grid', () => {
    const doc = minutes.xml('word/document.xml');
    expect(doc).toContain('<w:pgSz w:w="11906" w:h="16838"');
    expect(doc).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="158[78]"/);
    // A line grid only. A linesAndChars grid with a 15.75 pt pitch (charSpace -848) made
    // LibreOffice set each 16 pt character in two cells: 14 a line, 39 pages for our 19.
    expect(doc).toContain('<w:docGrid w:type="lines" w:linePitch="579"/>');
    expect(doc).not.toMatch(/linesAndChars|snapToChars|w:charSpace/);
    // 22 lines: Word fits floor(type area / pitch) lines on a page
    expect(Math.floor(12756 / 579)).toBe(22);
    const settings = minutes.xml('word/settings.xml');
    expect(settings).toContain('<w:mirrorMargins/>');
    expect(settings).toContain('<w:evenAndOddHeaders/>');
    expect(settings.indexOf('<w:mirrorMargins/>')).toBeLessThan(settings.indexOf('<w:defaultTabStop'));
  });

  it('sets 22 lines of 28 characters through the body style, which Word and LibreOffice both honour', async () => {
    const styles = minutes.xml('word/styles.xml');
    const style = (id: string) => {
      const at = styles.indexOf(`w:styleId="${id}"`);
      return styles.slice(at, styles.indexOf('</w:style>', at));
    };
    const normal = style('Normal');
    // exact line spacing at the grid pitch, nothing before or after
    expect(normal).toContain('<w:spacing w:after="0" w:before="0" w:line="579" w:lineRule="exact"/>');
    expect(styles).toMatch(/<w:pPrDefault><w:pPr><w:spacing w:after="0" w:before="0" w:line="579" w:lineRule="exact"\/>/);
    // no paragraph style adds space before or after, nor another line rule
    for (const id of ['Normal', 'GwHeading1', 'GwHeading2', 'GwHeading3', 'GwHeading4', 'GwPeople', 'GwTable', 'GwImprint', 'GwClassification']) {
      const s = style(id);
      expect(s, id).not.toMatch(/w:(before|after)="[1-9]/);
      expect(s, id).not.toMatch(/w:lineRule="(auto|atLeast)"/);
    }
    // 28 characters: -0.25 pt on every 16 pt character; 28 fit in 156 mm, 29 do not
    expect(CHAR_SPACING_TWIP).toBe(-5);
    expect(normal).toContain('<w:spacing w:val="-5"/>');
    expect(28 * (320 + CHAR_SPACING_TWIP)).toBeLessThanOrEqual(8844);
    expect(29 * (320 + CHAR_SPACING_TWIP)).toBeGreaterThan(8844);
    expect(normal).toContain('<w:sz w:val="32"/>');
    // a half-width character takes a whole cell, as in the print HTML
    expect(HALF_WIDTH_SPACING_TWIP).toBe(155);
    expect(minutes.xml('word/document.xml')).toMatch(/<w:spacing w:val="155"\/><\/w:rPr><w:t xml:space="preserve">2024<\/w:t>/);
    // no quarter-em autospace around digits and Latin, no widow control (the PDF fills line 22)
    expect(normal).toMatch(/<w:pPr><w:widowControl w:val="false"\/><w:autoSpaceDE w:val="0"\/><w:autoSpaceDN w:val="0"\/><w:spacing /);
    // East Asian font, hint and language
    expect(normal).toContain('w:eastAsia="仿宋_GB2312"');
    expect(normal).toContain('w:hint="eastAsia"');
    expect(normal).toContain('<w:lang w:val="zh-CN" w:eastAsia="zh-CN"/>');
    // the title: 36 pt lines, unsnapped, padded to whole grid lines (2 lines of 36 pt -> 3 grid lines)
    expect(style('GwTitle')).toContain('<w:snapToGrid w:val="0"/>');
    for (const id of ['GwTitle', 'GwMark', 'GwImprint']) expect(style(id), id).toMatch(/<w:rPr>.*<w:spacing w:val="0"\/>/);
    const report = (await parts('report-seed-hant.json')).xml('word/document.xml');
    const pad = Math.floor((3 * 579 - 2 * 720) / 2) - 10;
    expect(report).toContain(`<w:pStyle w:val="GwTitle"/><w:spacing w:after="${pad}" w:before="${pad}" w:line="720" w:lineRule="exact"/>`);
    // the 督办 table's cells are padded a quarter cell each side, as in the PDF
    expect(minutes.xml('word/document.xml')).toMatch(/<w:tblCellMar><w:top w:type="dxa" w:w="0"\/><w:left w:type="dxa" w:w="79"\/><w:bottom w:type="dxa" w:w="0"\/><w:right w:type="dxa" w:w="79"\/>/);
  });

  it('patches style paragraph properties in schema order', () => {
    const xml = '<w:styles><w:style w:type="paragraph" w:styleId="A"><w:pPr><w:widowControl/><w:spacing w:line="1"/><w:jc w:val="both"/></w:pPr></w:style></w:styles>';
    expect(insertStylePPr(xml, 'A', '<w:snapToGrid w:val="0"/>')).toContain('<w:widowControl/><w:snapToGrid w:val="0"/><w:spacing w:line="1"/>');
    expect(insertStylePPr(xml, 'B', '<w:snapToGrid w:val="0"/>')).toBe(xml);
    const once = insertStylePPr(xml, 'A', '<w:snapToGrid w:val="0"/>');
    expect(insertStylePPr(once, 'A', '<w:snapToGrid w:val="0"/>')).toBe(once);
  });

  it('has real paragraph styles officials can restyle', () => {
    const styles = minutes.xml('word/styles.xml');
    for (const name of ['标题', '一级标题', '二级标题', '三级标题', '版记', '出席列席', '版头标志']) expect(styles).toContain(`<w:name w:val="${name}"/>`);
    const normal = styles.slice(styles.indexOf('w:styleId="Normal"'));
    expect(normal.slice(0, normal.indexOf('</w:style>'))).toMatch(/w:line="579" w:lineRule="exact"/);
    const doc = minutes.xml('word/document.xml');
    expect(doc).toContain('<w:pStyle w:val="GwHeading1"/>');
    expect(doc).toContain('<w:pStyle w:val="GwHeading2"/>');
  });

  it('numbers odd pages on the right and even pages on the left, "— PAGE —" all in 4号', () => {
    const rels = minutes.xml('word/_rels/document.xml.rels');
    const doc = minutes.xml('word/document.xml');
    const target = (type: string) => {
      const id = new RegExp(`<w:footerReference w:type="${type}" r:id="(\\w+)"/>`).exec(doc)![1];
      return new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)![1];
    };
    for (const [type, side] of [
      ['default', 'right'],
      ['even', 'left'],
    ] as const) {
      const footer = minutes.xml(`word/${target(type)}`);
      expect(footer).toContain(`<w:jc w:val="${side}"/>`);
      expect(footer).toMatch(new RegExp(`<w:ind w:${side}="280"`));
      expect(footer).toMatch(/PAGE/);
      expect(footer).toContain('— ');
      expect(footer).toContain(' —');
      // every run (dashes and the field's digits) is 4号 = 28 half-points in 宋体
      const runs = footer.match(/<w:r>[\s\S]*?<\/w:r>/g) ?? [];
      expect(runs.length).toBeGreaterThanOrEqual(3);
      for (const run of runs) {
        expect(run).toContain('<w:sz w:val="28"/>');
        expect(run).toContain('w:eastAsia="宋体"');
      }
    }
  });

  it('sets an East Asian font on every run', () => {
    const doc = minutes.xml('word/document.xml');
    const runs = doc.match(/<w:r>[\s\S]*?<\/w:r>/g) ?? [];
    expect(runs.length).toBeGreaterThan(30);
    for (const run of runs) expect(run).toMatch(/<w:rFonts [^>]*w:eastAsia="[^"]+"/);
    expect(doc).toContain('w:eastAsia="黑体"'); // 一、 headings and 出席
    expect(doc).toContain('w:eastAsia="楷体_GB2312"'); // （一） headings
  });

  it('keeps the masthead rule, the 督办 table and the 版记 in the normal flow', () => {
    const doc = minutes.xml('word/document.xml');
    expect(doc).not.toMatch(/<w:drawing|<v:shape|<w:pict|<w:framePr|<w:tblpPr/);
    expect(doc).toMatch(/<w:pBdr><w:bottom w:val="single" w:color="FF0000"/);
    expect(doc).toContain('<w:tblHeader/>');
    expect(doc).toContain('抄送：');
    expect(doc).toMatch(/<w:pBdr><w:top w:val="single" w:color="000000" w:sz="8"/);
    expect(doc).toMatch(/<w:bottom w:val="single" w:color="000000" w:sz="8"/);
    expect(doc).toContain('<w:tab/>');
  });

  it('carries the document text and converts it to the requested script', async () => {
    const hant = await parts('minutes-seed-hans.json', 'minutes', { script: 'hant' });
    const doc = hant.xml('word/document.xml');
    expect(doc).toContain('請假：');
    expect(doc).toContain('專題會議紀要');
    expect(hant.xml('docProps/core.xml')).toContain('專題會議紀要');
  });

  it('builds a 简报 and a report, and escapes markup', async () => {
    const briefing = await parts('briefing-hans.json');
    expect(briefing.xml('word/document.xml')).toContain('（共印60份）');
    const doc = fixture('report-seed-hant.json');
    doc.title = '<img src=x onerror=alert(1)> & co';
    const xml = strFromU8(unzipSync(await buildDocx(doc))['word/document.xml']!);
    expect(xml).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; co');
  });

  it('inserts mirrorMargins where the settings schema wants it', () => {
    expect(insertMirrorMargins('<w:settings><w:zoom w:percent="100"/><w:defaultTabStop w:val="720"/></w:settings>')).toBe(
      '<w:settings><w:zoom w:percent="100"/><w:mirrorMargins/><w:defaultTabStop w:val="720"/></w:settings>',
    );
    expect(insertMirrorMargins('<w:settings></w:settings>')).toBe('<w:settings><w:mirrorMargins/></w:settings>');
  });

  describe('diagonal watermark', () => {
    /** Header parts the section references, by type (default = odd pages, even). */
    const headers = (p: Awaited<ReturnType<typeof parts>>) => {
      const doc = p.xml('word/document.xml');
      const rels = p.xml('word/_rels/document.xml.rels');
      return [...doc.matchAll(/<w:headerReference w:type="(\w+)" r:id="(\w+)"\/>/g)].map(([, type, id]) => {
        const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)![1];
        return { type, xml: p.xml(`word/${target}`) };
      });
    };

    it("puts Word's VML watermark shape in the default and even headers when asked", async () => {
      for (const name of ['minutes-seed-hans.json', 'report-seed-hant.json', 'briefing-hans.json']) {
        const p = await parts(name, undefined, { watermark: ' 征求意见稿 ' });
        const hs = headers(p);
        expect(hs.map((h) => h.type).sort(), name).toEqual(['default', 'even']);
        const ids = new Set<string>();
        for (const { type, xml } of hs) {
          expect(xml, `${name} ${type}`).toMatch(/<w:hdr [^>]*xmlns:v="urn:schemas-microsoft-com:vml"/);
          expect(xml).toMatch(/<w:hdr [^>]*xmlns:o="urn:schemas-microsoft-com:office:office"/);
          expect(xml).toMatch(/<w:hdr [^>]*xmlns:w10="urn:schemas-microsoft-com:office:word"/);
          const shape = /<v:shape id="(PowerPlusWaterMarkObject\d+)"[^>]*>[\s\S]*?<\/v:shape>/.exec(xml);
          expect(shape, `${name} ${type}`).not.toBeNull();
          ids.add(shape![1]!);
          expect(shape![0]).toContain('type="#_x0000_t136"');
          expect(shape![0]).toMatch(/style="[^"]*rotation:315/);
          expect(shape![0]).toContain('fillcolor="silver"');
          expect(shape![0]).toContain('<v:fill opacity=".5"/>');
          // trimmed, and as typed: no script conversion of the watermark words
          expect(shape![0]).toContain('string="征求意见稿"');
          expect(xml).toContain('<v:shapetype id="_x0000_t136"');
          // the shape sits in a run inside the header's paragraph
          expect(xml).toMatch(/<w:p>(<w:pPr>[\s\S]*?<\/w:pPr>)?<w:r><w:rPr><w:noProof\/><\/w:rPr><w:pict>/);
        }
        expect(ids.size, 'shape ids are unique in the document').toBe(2);
        // the header does not reach the type area: one exact 10 pt line
        expect(hs[0]!.xml).toContain('w:line="200" w:lineRule="exact"');
      }
    });

    it('writes no header and no shape without a watermark', async () => {
      for (const options of [{}, { watermark: '' }, { watermark: '   ' }]) {
        const p = await parts('minutes-seed-hans.json', undefined, options);
        expect(headers(p)).toEqual([]);
        expect(Object.keys(p.files).filter((f) => f.includes('header'))).toEqual([]);
        for (const f of Object.keys(p.files)) if (f.endsWith('.xml')) expect(p.xml(f), f).not.toContain('PowerPlusWaterMarkObject');
      }
    });

    it('escapes the watermark text and declares missing namespaces', () => {
      const hdr = '<w:hdr xmlns:w="x"><w:p/></w:hdr>';
      const out = addWatermark(hdr, '"送审"<稿>&', 1, '黑体');
      expect(out).toContain('string="&quot;送审&quot;&lt;稿&gt;&amp;"');
      expect(out).toMatch(/^<w:hdr xmlns:w="x" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="[^"]+" xmlns:w10="[^"]+"><w:p><w:r>/);
      expect(addWatermark(out, 'x', 1, '黑体')).toBe(out);
      expect(declareNamespaces(out)).toBe(out);
    });
  });
});
