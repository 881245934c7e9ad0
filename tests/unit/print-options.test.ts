import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { paperPrintOptions, saveFilters } from '../../electron/main/print-options';
import { Briefing } from '../../shared/model';
import { LAYOUT_PRESETS, buildPrintHtml, exportFileName } from '../../shared/layout';
import { MASTHEAD_RED } from '../../shared/layout/css';

// Not a restatement of the options: each expectation is what the print page built by shared/layout
// needs from the printer, read from that page, so changing either side alone fails here.
const seed = Briefing.parse(JSON.parse(readFileSync(path.resolve('tests/fixtures/export/minutes-seed-hans.json'), 'utf8')));
const pages = LAYOUT_PRESETS.map((preset) => ({ preset, html: buildPrintHtml(seed, preset, { watermark: '内部资料' }).html }));

describe('printing on paper from the app matches the print page', () => {
  const options = paperPrintOptions();

  it.each(pages)('$preset: paper size and margins come from the page CSS, duplex from its mirrored pages', ({ html }) => {
    const size = /@page\s*\{\s*size:\s*([\w-]+)/.exec(html)?.[1];
    expect(size).toBeDefined();
    expect(options.pageSize).toBe(size);
    // the page sets its own @page margins: the printer must not add its own
    expect(html).toMatch(/@page\s*\{[^}]*margin:/);
    expect(options.margins).toEqual({ marginType: 'default' });
    // odd and even pages have mirrored margins and page-number sides: that only lines up on paper
    // printed two-sided along the long edge
    expect(html).toMatch(/@page :left/);
    expect(options.duplexMode).toBe('longEdge');
  });

  it.each(pages)('$preset: the red masthead and the watermark are colour the printer must keep', ({ html }) => {
    expect(html).toMatch(/print-color-adjust:\s*exact/);
    expect(html).toContain(MASTHEAD_RED);
    expect(html).toContain('内部资料');
    expect(options.printBackground).toBe(true);
    expect(options.color).toBe(true);
    // a person picks the printer and the copies
    expect(options.silent).toBe(false);
  });
});

describe('the save dialog lets the proposed export file through its filter', () => {
  const awkward = ['局长办公会议纪要', '报告.pdf', 'CON', '会议纪要（2024年第3期）. ', 'a/b:c*?'];
  it.each(['pdf', 'docx', 'html'] as const)('%s', (format) => {
    const [filter] = saveFilters(format, format.toUpperCase());
    for (const title of awkward) {
      const name = exportFileName(title, '2024-03-05', format);
      expect(filter!.extensions).toContain(path.extname(name).slice(1));
    }
  });
});
