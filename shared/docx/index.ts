import {
  AlignmentType,
  Document,
  DocumentGridType,
  Footer,
  Header,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  SectionType,
  Table,
  TableCell,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import type { Briefing } from '../model';
import { layoutBlocks, layoutIssueBlocks, type Block, type HeadingLevel, type IssuePrintInput, type LayoutOptionsInput, type LayoutPreset } from '../layout';
import { TITLE_LINE_PT } from '../layout/css';
import { DOCX_FONTS } from '../layout/fonts';
import { PAGE, SMALL_PT, TITLE_PT, mmToTwip } from '../layout/grid';
import { fitMarkSize } from '../layout/measure';
import { planFoot, imprintRulesTwip, type FlowItem } from './foot';
import { blockLines, imprintLines, mastheadLines, tableRowLines } from './lines';
import { finishDocx } from './package';
import { contentsDocx, issueMastheadDocx, itemRuleDocx, itemTitleDocx, titleBox } from './issue';
import { border, gridRuns, text } from './runs';
import { CELL_TWIP, LINE_TWIP, SMALL_CHAR_TWIP, STYLE, documentDefaults, font, half, paragraphStyles, twip } from './styles';

export { STYLE, LINE_TWIP, CELL_TWIP } from './styles';

const AREA_TWIP = mmToTwip(PAGE.areaWidthMm);
const TITLE_SLACK_TWIP = 10;
const RED = 'FF0000';

export interface DocxOptions extends LayoutOptionsInput {
  /** For core.xml. */
  author?: string;
}

/**
 * Document + preset -> DOCX bytes that open cleanly in Word, WPS and LibreOffice: real paragraph
 * styles, the page and its 22 x 28 document grid, mirrored margins, odd/even footers with a PAGE
 * field, and every block (masthead rule, 版记 rules, 督办 table) in the normal flow: floating
 * shapes and frames are what vanish in LibreOffice.
 */
export async function buildDocx(doc: Briefing, preset: LayoutPreset = doc.kind, options: DocxOptions = {}): Promise<Uint8Array> {
  const { author, ...layout } = options;
  const { blocks, title } = layoutBlocks(doc, preset, layout);
  return docxFromBlocks(blocks, { title, creator: author || doc.masthead.issuer || 'Briefing Desk', layout });
}

/** A 简报 issue (shared/layout issue.ts) as DOCX: the same page, grid, styles and 报尾 placement. */
export async function buildIssueDocx(input: IssuePrintInput, options: DocxOptions = {}): Promise<Uint8Array> {
  return buildIssueCopiesDocx(input, [input.copyNumber], options);
}

/**
 * Numbered copies (编号, issue 9): one section per copy, each with its own copy number top right
 * and its page numbers restarting at — 1 —, so printing the file gives N complete copies.
 */
export async function buildIssueCopiesDocx(input: IssuePrintInput, copyNumbers: readonly (number | undefined)[], options: DocxOptions = {}): Promise<Uint8Array> {
  const { author, ...layout } = options;
  const copies = copyNumbers.map((copyNumber) => layoutIssueBlocks({ ...input, copyNumber }, layout));
  return docxFromBlocks(
    copies.map((c) => c.blocks),
    { title: copies[0]?.title ?? '', creator: author || input.series.issuer || 'Briefing Desk', layout },
  );
}

/** One section's paragraphs: the 版记/报尾 at the foot of its own last page. */
function sectionChildren(blocks: Block[], atFoot: boolean): (Paragraph | Table)[] {
  const hasClassification = blocks[0]?.kind === 'classification';
  const flow: FlowItem[] = [];
  const children = blocks.flatMap((b) => {
    if (b.kind === 'imprint' && atFoot) return imprintAtFoot(b.rows, flow);
    flow.push(flowOf(b, hasClassification));
    return render(b, hasClassification);
  });
  if (!children.length) children.push(new Paragraph({ style: STYLE.body }));
  return children;
}

async function docxFromBlocks(blocks: Block[] | Block[][], meta: { title: string; creator: string; layout: LayoutOptionsInput }): Promise<Uint8Array> {
  const { title, creator, layout } = meta;
  const atFoot = layout.imprintAtFoot !== false;
  const parts = (Array.isArray(blocks[0]) ? blocks : [blocks]) as Block[][];
  // printed as typed whatever the output script, as the print HTML does (shared/layout)
  const watermark = (layout.watermark ?? '').trim();
  const document = new Document({
    title,
    creator,
    evenAndOddHeaderAndFooters: true,
    styles: { default: documentDefaults(), paragraphStyles: paragraphStyles() },
    sections: parts.map((part, i) => ({
      properties: {
        // printed on both sides (GB/T 9704 §6.2): each numbered copy after the first starts on a
        // right-hand page, so a copy with an odd page count gets a blank back, as in the PDF
        ...(i > 0 ? { type: SectionType.ODD_PAGE } : {}),
        page: {
          // every section (a numbered copy) counts its pages from 1 again
          ...(parts.length > 1 ? { pageNumbers: { start: 1 } } : {}),
          size: { width: mmToTwip(PAGE.widthMm), height: mmToTwip(PAGE.heightMm) },
          // with mirror margins Word reads left as inside (订口) and right as outside
          margin: {
            top: mmToTwip(PAGE.topMm),
            bottom: mmToTwip(PAGE.bottomMm),
            left: mmToTwip(PAGE.bindingMm),
            right: mmToTwip(PAGE.outerMm),
            header: mmToTwip(15),
            footer: footerDistance(),
            gutter: 0,
          },
        },
        // A line grid only (Word: 只指定行网格, 22 lines): the lines come from the exact 579-twip
        // spacing, which Word and LibreOffice both honour. The 28 characters come from the body
        // style's character spacing (CHAR_SPACING_TWIP), not from a character grid: LibreOffice
        // lays a 16 pt character into two 15.75 pt cells of a linesAndChars grid (14 a line).
        grid: { type: DocumentGridType.LINES, linePitch: LINE_TWIP },
      },
      footers: { default: pageNumberFooter('odd'), even: pageNumberFooter('even') },
      // headers only to carry the watermark (odd and even pages: evenAndOddHeaders is on)
      ...(watermark ? { headers: { default: watermarkHeader(), even: watermarkHeader() } } : {}),
      children: sectionChildren(part, atFoot),
    })),
  });
  const bytes = new Uint8Array(await Packer.toArrayBuffer(document));
  return finishDocx(bytes, watermark ? { watermark: { text: watermark, fontFamily: DOCX_FONTS.hei } } : {});
}

/**
 * An empty header for the watermark shape (added after packing, shared/docx/watermark.ts). Its
 * one paragraph is a single exact 10 pt line, so the header (15 mm from the top edge) ends far
 * above the type area at 37 mm and never moves the body.
 */
function watermarkHeader(): Header {
  return new Header({ children: [new Paragraph({ spacing: { line: 200, lineRule: LineRuleType.EXACT, before: 0, after: 0 } })] });
}

/** GB/T 9704 §7.5: the number's top 7 mm under the type area; Word measures to the footer's bottom. */
function footerDistance(): number {
  return mmToTwip(PAGE.bottomMm - 7) - twip(SMALL_PT);
}

function pageNumberFooter(side: 'odd' | 'even'): Footer {
  const run = { font: font('song'), size: half(SMALL_PT) };
  return new Footer({
    children: [
      new Paragraph({
        alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        indent: side === 'odd' ? { right: SMALL_CHAR_TWIP, firstLine: 0 } : { left: SMALL_CHAR_TWIP, firstLine: 0 },
        spacing: { line: twip(SMALL_PT), lineRule: LineRuleType.EXACT, before: 0, after: 0 },
        // dashes and the PAGE field in one 4号 run each: the digits are never left at the default size
        children: [new TextRun({ ...run, text: '— ' }), new TextRun({ ...run, children: [PageNumber.CURRENT] }), new TextRun({ ...run, text: ' —' })],
      }),
    ],
  });
}

const HEADING_STYLE: Record<HeadingLevel, string> = { 1: STYLE.h1, 2: STYLE.h2, 3: STYLE.h3, 4: STYLE.h4 };
const HEADING_ROLE = { 1: 'hei', 2: 'kai', 3: 'fs', 4: 'fs' } as const;

function render(b: Block, hasClassification: boolean): (Paragraph | Table)[] {
  switch (b.kind) {
    case 'classification':
      return [new Paragraph({ style: STYLE.classification, children: [text(b.text, 'hei')] })];
    case 'minutes-masthead':
    case 'briefing-masthead': {
      const m = mastheadOf(b, hasClassification);
      return masthead(m.mark, m.size, b.issue, b.issuer, b.date, m.before);
    }
    case 'title': {
      // as the print HTML: 36 pt lines, the block a whole number of grid lines, the text centred in
      // it; half a point less each side, as LibreOffice's rounding to 1/100 mm otherwise takes the
      // 18 twips a page has to spare (22 x 579 = 12738 of 12756) and line 22 moves to the next page
      const box = titleBox(b.text);
      const pad = Math.floor((box.gridLines * LINE_TWIP - box.lines * twip(TITLE_LINE_PT)) / 2) - TITLE_SLACK_TWIP;
      return [
        new Paragraph({
          style: STYLE.title,
          spacing: { before: pad, after: pad, line: twip(TITLE_LINE_PT), lineRule: LineRuleType.EXACT },
          children: [text(b.text, 'xbs', { size: half(TITLE_PT) })],
        }),
      ];
    }
    case 'heading':
      return [new Paragraph({ style: HEADING_STYLE[b.level], children: gridRuns(b.number + b.text, HEADING_ROLE[b.level]) })];
    case 'paragraph':
      return [new Paragraph({ style: STYLE.body, children: b.runs.flatMap((r) => gridRuns(r.text, r.role ?? 'fs')) })];
    case 'people':
      return [new Paragraph({ style: STYLE.people, children: [text(`${b.label}：`, 'hei'), ...gridRuns(b.text)] })];
    case 'table':
      return [dubanTable(b.head, b.rows)];
    case 'blank':
      return [new Paragraph({ style: STYLE.body })];
    case 'imprint':
      return imprint(b.rows);
    case 'issue-masthead':
      return issueMastheadDocx(b);
    case 'contents':
      return contentsDocx(b);
    case 'item-title':
      return itemTitleDocx(b);
    case 'rule':
      return [itemRuleDocx()];
  }
}

type MastheadBlock = Extract<Block, { kind: 'minutes-masthead' | 'briefing-masthead' }>;

/** The mark's text, size and space before: the 纪要标志's top 35 mm under the type area (§10.3). */
function mastheadOf(b: MastheadBlock, hasClassification: boolean): { mark: string; size: number; before: number } {
  const mark = b.kind === 'minutes-masthead' ? b.mark : b.name;
  const size = markSize(mark, b.kind === 'minutes-masthead' ? 36 : 42);
  const before = b.kind === 'minutes-masthead' ? mmToTwip(35) - (hasClassification ? LINE_TWIP : 0) : Math.round(LINE_TWIP / 2);
  return { mark, size, before };
}

function markSize(mark: string, maxPt: number): number {
  return fitMarkSize(mark, maxPt, AREA_TWIP / 20);
}

/** Grid lines a block takes in the DOCX (shared/docx/lines), for placing the 版记. */
function flowOf(b: Block, hasClassification: boolean): FlowItem {
  if (b.kind === 'table') return { kind: 'table', head: tableRowLines(b.head), rows: b.rows.map(tableRowLines) };
  if (b.kind === 'minutes-masthead' || b.kind === 'briefing-masthead') {
    const m = mastheadOf(b, hasClassification);
    return { kind: 'lines', lines: mastheadLines(m.before, twip(m.size * 1.1), !!b.issue, !!(b.issuer || b.date), LINE_TWIP) };
  }
  return { kind: 'lines', lines: blockLines(b, (t) => titleBox(t).gridLines), keep: b.kind === 'item-title' };
}

/**
 * The 版记 at the foot of the last page (GB/T 9704 §7.4.1: its last rule on the type area's
 * bottom edge), in the flow: blank body lines before it, as many as our page-by-page count of
 * the text leaves on the page (shared/docx/foot; on the next page, after a page break, where it
 * does not fit); right after the text, as before, when the count is uncertain. Blank lines
 * rather than one paragraph with space before: Word drops space before at the top of a page,
 * and a blank grid line is exactly one line in Word and LibreOffice alike. The last blank is
 * shorter by the 版记's rules (about 2.75 pt, more than the 0.9 pt a page has to spare, so the
 * 版记 would otherwise go to the next page), with exact spacing off the grid.
 */
function imprintAtFoot(rows: Extract<Block, { kind: 'imprint' }>['rows'], flow: readonly FlowItem[]): Paragraph[] {
  const plan = planFoot(flow, imprintLines(rows));
  if (!plan) return imprint(rows);
  const spacer = Array.from({ length: plan.blanks }, (_, i) => {
    const last = i === plan.blanks - 1;
    return new Paragraph({
      style: last ? STYLE.footSpacer : STYLE.body,
      pageBreakBefore: plan.pageBreak && i === 0,
      ...(last ? { spacing: { line: LINE_TWIP - imprintRulesTwip(rows), lineRule: LineRuleType.EXACT, before: 0, after: 0 } } : {}),
    });
  });
  return [...spacer, ...imprint(rows).slice(1)];
}

/** A red mark, then the 期号 and byline on grid lines, the red rule under the last of them. */
function masthead(mark: string, size: number, issue: string, issuer: string, date: string, beforeTwip: number): Paragraph[] {
  const out: Paragraph[] = [];
  const rule = { bottom: border(12, RED, 11) }; // 1.5 pt red, 11 pt (≈4 mm) under the text
  const lines: { children: ParagraphChild[]; tab?: boolean }[] = [];
  if (issue) lines.push({ children: [text(issue)] });
  if (issuer || date) lines.push({ children: [text(issuer), text(`\t${date}`)], tab: true });
  out.push(
    new Paragraph({
      style: STYLE.mark,
      spacing: { before: beforeTwip, after: 0, line: twip(size * 1.1), lineRule: LineRuleType.EXACT },
      border: lines.length ? undefined : rule,
      children: [text(mark, 'xbs', { size: half(size), color: RED })],
    }),
  );
  lines.forEach((l, i) =>
    out.push(
      new Paragraph({
        style: STYLE.masthead,
        alignment: l.tab ? AlignmentType.LEFT : AlignmentType.CENTER,
        indent: l.tab ? { left: CELL_TWIP, right: CELL_TWIP, firstLine: 0 } : undefined,
        tabStops: l.tab ? [{ type: TabStopType.RIGHT, position: AREA_TWIP - 2 * CELL_TWIP }] : undefined,
        border: i === lines.length - 1 ? rule : undefined,
        children: l.children,
      }),
    ),
  );
  out.push(new Paragraph({ style: STYLE.body }));
  return out;
}

const TABLE_CELLS = [3, 13, 7, 5] as const;
const TABLE_PAD_TWIP = Math.round(CELL_TWIP / 4);

function dubanTable(head: readonly string[], rows: string[][]): Table {
  const widths = TABLE_CELLS.map((c) => c * CELL_TWIP);
  const line = border(4);
  const borders = { top: line, bottom: line, left: line, right: line };
  const cell = (t: string, i: number, isHead: boolean) =>
    new TableCell({
      width: { size: widths[i]!, type: WidthType.DXA },
      borders,
      children: [
        new Paragraph({
          style: STYLE.table,
          alignment: isHead || i === 0 || i === 3 ? AlignmentType.CENTER : AlignmentType.LEFT,
          children: [text(t, isHead ? 'hei' : 'fs')],
        }),
      ],
    });
  return new Table({
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: widths,
    // a quarter cell each side, as in the PDF (Word's default 5.4 pt wraps "4月15日前")
    margins: { left: TABLE_PAD_TWIP, right: TABLE_PAD_TWIP, top: 0, bottom: 0 },
    rows: [
      // tableHeader: Word, WPS and LibreOffice repeat this row at the top of every page the table runs onto
      new TableRow({ tableHeader: true, cantSplit: true, children: head.map((h, i) => cell(h, i, true)) }),
      ...rows.map((r) => new TableRow({ children: r.map((c, i) => cell(c, i, false)) })),
    ],
  });
}

/** 版记 / 报尾 between rules (GB/T 9704 §7.4.1: thick first and last, thin between), in the flow. */
function imprint(rows: Extract<Block, { kind: 'imprint' }>['rows']): Paragraph[] {
  const out: Paragraph[] = [new Paragraph({ style: STYLE.body })];
  rows.forEach((r, i) => {
    const last = i === rows.length - 1;
    const top = r.ruleAbove === 'thick' ? border(8) : r.ruleAbove === 'thin' ? border(6) : undefined;
    const label = r.label ? `${r.label}：` : '';
    const hang = label ? [...label].length * SMALL_CHAR_TWIP : 0;
    out.push(
      new Paragraph({
        style: STYLE.imprint,
        keepNext: !last,
        keepLines: true,
        indent: { left: SMALL_CHAR_TWIP + hang, right: SMALL_CHAR_TWIP, hanging: hang || undefined, firstLine: hang ? undefined : 0 },
        tabStops: r.right ? [{ type: TabStopType.RIGHT, position: AREA_TWIP - 2 * SMALL_CHAR_TWIP - hang }] : undefined,
        border: { ...(top ? { top } : {}), ...(last ? { bottom: border(8) } : {}) },
        children: [text(label + r.text, 'fs', { size: half(SMALL_PT) }), ...(r.right ? [text(`\t${r.right}`, 'fs', { size: half(SMALL_PT) })] : [])],
      }),
    );
  });
  return out;
}
