import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FALLBACK_FONTS, FONT_ROLES, LINE_PITCH_PT, PREFERRED_FONTS, buildPrintHtml, fontStack, layoutBlocks, settleScript } from '../../shared/layout';
import { Briefing, documentFromTemplate, type Section } from '../../shared/model';
import { BUILTIN_TEMPLATES } from '../../shared/templates';

const fixture = (name: string) => Briefing.parse(JSON.parse(readFileSync(path.join(__dirname, '../fixtures/export', name), 'utf8')));

describe('print HTML', () => {
  const minutes = fixture('minutes-seed-hans.json');

  it('sets A4, the 37/28 mm type area mirrored on even pages, and page numbers in margin boxes', () => {
    const { html } = buildPrintHtml(minutes);
    expect(html).toContain('size: A4');
    expect(html).toMatch(/@page \{\s*size: A4;\s*margin: 37mm 26mm 35mm 28mm;/);
    expect(html).toMatch(/@page :left \{\s*margin: 37mm 28mm 35mm 26mm;/);
    expect(html).toContain('content: "— " counter(page) " —"');
    expect(html).toContain(`line-height: ${LINE_PITCH_PT}pt`);
    expect(html).toContain('text-spacing-trim: space-all');
    expect(html).toContain('text-autospace: no-autospace');
  });

  it('escapes every piece of document text', () => {
    const doc = structuredClone(minutes);
    doc.title = '<img src=x onerror=alert(1)>';
    doc.masthead.issuer = '';
    doc.sections[0]!.paragraphs = ['a & b <script>alert(2)</script> "q"'];
    const { html, text } = buildPrintHtml(doc, 'report');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('<script>alert(2)');
    expect(text).toContain('<img src=x onerror=alert(1)>');
  });

  it('never names a CFF font (Noto CJK, Fandol) that would embed as Type 3', () => {
    for (const role of FONT_ROLES) {
      const stack = fontStack(role);
      expect(stack).not.toMatch(/Noto|Fandol|Source Han/i);
      expect(stack.indexOf(PREFERRED_FONTS[role][0]!)).toBeLessThan(stack.indexOf(FALLBACK_FONTS[role][0]!));
    }
  });

  it('numbers topics 一、二、 and nests （一） 1. under them', () => {
    const { blocks } = layoutBlocks(minutes);
    const headings = blocks.filter((b) => b.kind === 'heading').map((b) => (b.kind === 'heading' ? `${b.level}:${b.number}` : ''));
    expect(headings).toEqual(['1:一、', '1:二、', '2:（一）', '2:（二）']);
    const numbered = blocks.filter((b) => b.kind === 'paragraph' && b.runs[0]!.text.startsWith('1.'));
    expect(numbered).toHaveLength(1);
  });

  it('lays out an action list inline, numbered or as a 督办 table, per section or per option', () => {
    const report = fixture('report-seed-hant.json');
    const list = report.sections.find((s: Section) => s.kind === 'action-list')!;
    const inline = layoutBlocks(report)
      .blocks.filter((b) => b.kind === 'paragraph')
      .at(-1)!;
    expect(inline.kind === 'paragraph' && inline.runs[0]!.text).toMatch(/^會議要求，.*一是.*二是.*六是.*。$/);
    const numbered = layoutBlocks(report, 'report', { actionStyles: { [list.id]: 'numbered' } }).blocks;
    expect(numbered.filter((b) => b.kind === 'paragraph' && /^（[一二三四五六]）/.test(b.runs[0]!.text))).toHaveLength(6);
    const table = layoutBlocks(report, 'report', { actionStyles: { [list.id]: 'table' } }).blocks.find((b) => b.kind === 'table');
    expect(table && table.kind === 'table' && table.head).toEqual(['序號', '事項', '責任單位', '完成時限']);
    expect(table && table.kind === 'table' && table.rows).toHaveLength(6);
  });

  it('converts the whole document, labels included, to the requested script', () => {
    const hant = layoutBlocks(minutes, 'minutes', { script: 'hant', hantVariant: 'tw' });
    const people = hant.blocks.filter((b) => b.kind === 'people').map((b) => (b.kind === 'people' ? b.label : ''));
    expect(people).toContain('請假');
    expect(hant.lang).toBe('zh-TW');
    expect(hant.title).toBe('專題會議紀要');
    const back = layoutBlocks(fixture('report-seed-hant.json'), 'report', { script: 'hans' });
    expect(back.title).toBe('市科技局召开传达学习省、市高质量发展大会精神专题会');
    expect(back.lang).toBe('zh-CN');
  });

  it('prints the 纪要 masthead 35 mm under the type area, 出席/请假/列席 and a 版记 with 抄送 and 印发', () => {
    const { html, text } = buildPrintHtml(minutes);
    expect(html).toContain('class="mark" style="top:99.213pt');
    expect(text).toContain('市科技局专题会议纪要');
    expect(text).toMatch(/出席：副局长张明、/);
    expect(text).toContain('请假：副局长吴强');
    expect(text).toContain('列席：市发展改革局副主任郑敏');
    expect(text).toMatch(/抄送：.*市财政局。/);
    expect(text).toContain('市科技局办公室2024年2月20日印发');
    expect(html).toContain('id="imprint-spacer"');
  });

  it('prints the 简报 masthead, title and 报尾', () => {
    const { text } = buildPrintHtml(fixture('briefing-hans.json'));
    expect(text.split('\n')[0]).toBe('工作简报第5期清水县人民政府办公室2015年2月5日');
    expect(text).toContain('报：市政府办公室');
    expect(text).toContain('（共印60份）');
  });

  it('adds a classification and a watermark only when asked', () => {
    const { html, text } = buildPrintHtml(minutes, 'minutes', { classification: '内部', watermark: '征求意见稿' });
    expect(text.split('\n')[0]).toBe('内部');
    expect(html).toContain('<div class="watermark" aria-hidden="true">征求意见稿</div>');
    expect(buildPrintHtml(minutes).html).not.toContain('class="watermark"');
  });

  it('lays out every built-in template and an empty document without throwing', () => {
    for (const t of BUILTIN_TEMPLATES) {
      const doc = documentFromTemplate(t, new Date('2024-01-01T00:00:00Z'));
      for (const preset of ['minutes', 'briefing', 'report'] as const) expect(buildPrintHtml(doc, preset).html).toContain('</html>');
    }
    const empty = documentFromTemplate(BUILTIN_TEMPLATES[0]!, new Date('2024-01-01T00:00:00Z'));
    empty.sections = [];
    empty.title = '';
    expect(buildPrintHtml(empty, 'report').html).toContain('id="flow"');
  });

  it('inlines the settle script verbatim, so a CSP can allow it by hash', () => {
    const { html } = buildPrintHtml(minutes);
    expect(settleScript()).toBe(settleScript());
    expect(html).toContain(`<script>${settleScript()}</script>`);
    expect(buildPrintHtml(minutes, 'minutes', { noScript: true }).html).not.toContain('<script>');
  });

  it('gives each half-width character its own grid cell', () => {
    const { html } = buildPrintHtml(minutes);
    expect(html).toContain('<span class="hw"><span>2</span><span>0</span><span>2</span><span>4</span></span>年');
  });
});
