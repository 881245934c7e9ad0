import { readFileSync } from 'node:fs';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildDocx } from '../../shared/docx';
import { imprintRulesTwip, paginate, planFoot, type FlowItem } from '../../shared/docx/foot';
import { Briefing } from '../../shared/model';

const fixture = (name: string) => Briefing.parse(JSON.parse(readFileSync(path.join(__dirname, '../fixtures/export', name), 'utf8')));

const lines = (n: number): FlowItem => ({ kind: 'lines', lines: n });
const BLANK = '<w:p><w:pPr><w:pStyle w:val="Normal"/></w:pPr></w:p>';

/** Blank paragraphs right before the first 版记 row, and the last one's XML. */
async function blanksBeforeImprint(name: string, options = {}) {
  const xml = strFromU8(unzipSync(await buildDocx(fixture(name), undefined, options))['word/document.xml']!);
  const at = xml.indexOf('<w:pStyle w:val="GwImprint"/>');
  const before = xml.slice(0, xml.lastIndexOf('<w:p>', at));
  const paras = before.split(/(?=<w:p>)/);
  let n = 0;
  while (n < paras.length && /^<w:p><w:pPr><w:pStyle w:val="(Normal|GwFootSpacer)"\/>(<w:pageBreakBefore\/>)?(<w:spacing [^>]*\/>)?<\/w:pPr><\/w:p>$/.test(paras[paras.length - 1 - n]!)) n++;
  return { n, last: paras.at(-1)!, xml };
}

describe('版记 at the foot of the last page (DOCX)', () => {
  it('paginates body lines 22 a page, and 21 plus the repeated header on pages holding the 督办 table', () => {
    expect(paginate([lines(90)])).toEqual({ page: 4, used: 2, table: false });
    expect(paginate([lines(22)])).toEqual({ page: 0, used: 22, table: false });
    // the 纪要 fixture as measured in LibreOffice: table from line 14 of page 3 (8 lines there),
    // its header again on page 4, the text ending on line 5 of page 5
    const minutes: FlowItem[] = [lines(57), { kind: 'table', head: 1, rows: [3, 3, 3, 3, 3, 3] }, lines(14)];
    expect(paginate(minutes)).toEqual({ page: 4, used: 5, table: false });
    expect(planFoot(minutes, 3)).toEqual({ blanks: 14, pageBreak: false });
  });

  it('ends the 版记 on line 21 of a page that also holds the 督办 table', () => {
    expect(planFoot([lines(2), { kind: 'table', head: 1, rows: [3, 3] }], 3)).toEqual({ blanks: 9, pageBreak: false });
    // on a page the table runs onto: header again, the rest of the row, then text
    expect(paginate([lines(16), { kind: 'table', head: 1, rows: [1, 1, 1, 1, 2] }, lines(2)])).toEqual({ page: 1, used: 5, table: true });
  });

  it('moves the 版记 to the foot of the next page when it does not fit under the text', () => {
    // 18 lines on page 2: one blank and the 版记 fill it exactly; 19: not even one blank fits
    expect(planFoot([lines(40)], 3)).toEqual({ blanks: 1, pageBreak: false });
    expect(planFoot([lines(41)], 3)).toEqual({ blanks: 19, pageBreak: true });
    expect(planFoot([lines(44)], 3)).toEqual({ blanks: 19, pageBreak: true });
  });

  it('gives up (版记 right after the text) where the count is uncertain', () => {
    // the table's header row near the foot of a page
    expect(planFoot([lines(19), { kind: 'table', head: 1, rows: [2, 2] }], 3)).toBeNull();
    expect(planFoot([lines(63), { kind: 'table', head: 1, rows: [2, 2] }], 3)).toBeNull(); // line 20 of page 3
    // a 版记 taller than a page
    expect(planFoot([lines(2)], 22)).toBeNull();
  });

  it('counts the 版记 rules: thick first and last, thin middle', () => {
    expect(
      imprintRulesTwip([
        { label: '抄送', text: 'x', right: '', ruleAbove: 'thick' },
        { label: '', text: 'y', right: 'z', ruleAbove: 'thin' },
      ]),
    ).toBe(55);
  });

  it('writes the blank lines computed for each fixture, the last one shorter by the rules and off the grid', async () => {
    // 纪要: text ends on line 5 of page 5, 版记 3 lines -> 14 blanks; 简报: line 2 of page 3, 4 lines -> 16
    for (const [name, blanks] of [
      ['minutes-seed-hans.json', 14],
      ['briefing-hans.json', 16],
    ] as const) {
      const { n, last, xml } = await blanksBeforeImprint(name);
      expect(n, name).toBe(blanks);
      expect(last).toContain('<w:pStyle w:val="GwFootSpacer"/>');
      expect(last).toMatch(/w:line="(524|529)" w:lineRule="exact"/);
      expect(xml).not.toContain('<w:pageBreakBefore/>');
      expect(xml.split(BLANK).length - 1).toBeGreaterThanOrEqual(blanks - 1);
    }
    const styles = strFromU8(unzipSync(await buildDocx(fixture('briefing-hans.json')))['word/styles.xml']!);
    const spacer = styles.slice(styles.indexOf('w:styleId="GwFootSpacer"'));
    expect(spacer.slice(0, spacer.indexOf('</w:style>'))).toContain('<w:snapToGrid w:val="0"/>');
  });

  it('keeps the 版记 right after the text when asked to', async () => {
    const { n, last } = await blanksBeforeImprint('minutes-seed-hans.json', { imprintAtFoot: false });
    expect(n).toBe(1);
    expect(last).toBe(BLANK);
  });
});
