import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  LineRuleType,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  Tab,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TabStopType,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import { BODY_PT, PAGE, SMALL_PT, TITLE_PT, mmToTwip } from '../layout/grid';
import { TABLE_PT, type NoticeContent } from '../layout/register';
import type { Column, RegisterTable } from '../tasks/sheet';
import { font, half, twip } from './styles';

/**
 * The 督办台账 and the 督办通知单 as DOCX, from the same table model as the PDF (shared/tasks/sheet.ts):
 * the same columns and widths, 小四 仿宋 cells, a 小四黑体 header row marked `tableHeader` so Word,
 * WPS and LibreOffice repeat it at the top of every page, rows that do not split across pages.
 */
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER };
const CELL_MARGIN = mmToTwip(1);

type Orientation = 'portrait' | 'landscape';

function run(text: string, role: 'fs' | 'hei' | 'xbs' | 'song', pt: number): TextRun {
  return new TextRun({ text, font: font(role), size: half(pt) });
}

function lines(text: string, role: 'fs' | 'hei', pt: number, align: 'center' | 'left'): Paragraph[] {
  return text.split('\n').map(
    (line) =>
      new Paragraph({
        alignment: align === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT,
        spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 },
        children: [run(line, role, pt)],
      }),
  );
}

function table(columns: Column[], cells: string[][], pt: number): Table {
  const width = (c: Column) => mmToTwip(c.widthMm);
  const cell = (text: string, c: Column, header: boolean) =>
    new TableCell({
      width: { size: width(c), type: WidthType.DXA },
      borders: BORDERS,
      verticalAlign: VerticalAlign.CENTER,
      margins: { left: CELL_MARGIN, right: CELL_MARGIN, top: 40, bottom: 40 },
      children: lines(text, header ? 'hei' : 'fs', pt, header ? 'center' : c.align),
    });
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: columns.reduce((s, c) => s + width(c), 0), type: WidthType.DXA },
    columnWidths: columns.map(width),
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: columns.map((c) => cell(c.caption, c, true)) }),
      ...cells.map((row) => new TableRow({ cantSplit: true, children: row.map((text, i) => cell(text, columns[i]!, false)) })),
    ],
  });
}

function para(text: string, opts: { role?: 'fs' | 'xbs'; pt?: number; align?: 'center' | 'left' | 'right' | 'both'; indent?: boolean } = {}): Paragraph {
  const pt = opts.pt ?? BODY_PT;
  const align = { center: AlignmentType.CENTER, left: AlignmentType.LEFT, right: AlignmentType.RIGHT, both: AlignmentType.BOTH }[opts.align ?? 'left'];
  return new Paragraph({
    alignment: align,
    spacing: { line: 360, lineRule: LineRuleType.AUTO, before: 0, after: 120 },
    indent: opts.indent ? { firstLine: twip(pt * 2) } : undefined,
    children: [run(text, opts.role ?? 'fs', pt)],
  });
}

function pageProps(orientation: Orientation) {
  // docx swaps width and height itself for landscape: give the portrait size
  const margin =
    orientation === 'portrait'
      ? { top: mmToTwip(PAGE.topMm), bottom: mmToTwip(PAGE.bottomMm), left: mmToTwip(PAGE.bindingMm), right: mmToTwip(PAGE.outerMm) }
      : { top: mmToTwip(PAGE.bindingMm), bottom: mmToTwip(PAGE.outerMm), left: mmToTwip(PAGE.topMm), right: mmToTwip(PAGE.bottomMm) };
  return {
    page: {
      size: { width: mmToTwip(PAGE.widthMm), height: mmToTwip(PAGE.heightMm), orientation: orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
      margin: { ...margin, header: mmToTwip(15), footer: mmToTwip(PAGE.bottomMm - 7) - twip(SMALL_PT), gutter: 0 },
    },
  };
}

function footer(): Footer {
  const r = { font: font('song'), size: half(SMALL_PT) };
  return new Footer({
    children: [
      new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ ...r, text: '— ' }), new TextRun({ ...r, children: [PageNumber.CURRENT] }), new TextRun({ ...r, text: ' —' })] }),
    ],
  });
}

async function pack(title: string, orientation: Orientation, children: (Paragraph | Table)[]): Promise<Uint8Array> {
  const doc = new Document({
    title,
    creator: 'Briefing Desk',
    sections: [{ properties: pageProps(orientation), footers: { default: footer() }, children }],
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}

/**
 * The line under the title (design note §6): 督办单位 one character in from the left, 截至… one in
 * from the right, by a right tab stop (positions count from the left margin, the 版心's edge).
 */
function metaLine(issuer: string, asOf: string, orientation: Orientation): Paragraph {
  const one = twip(BODY_PT);
  const width = mmToTwip(orientation === 'portrait' ? 156 : 225);
  return new Paragraph({
    spacing: { line: 360, lineRule: LineRuleType.AUTO, before: 0, after: 120 },
    indent: { left: one },
    tabStops: [{ type: TabStopType.RIGHT, position: width - one }],
    children: [new TextRun({ font: font('fs'), size: half(BODY_PT), children: [issuer, new Tab(), asOf] })],
  });
}

export function buildRegisterDocx(t: RegisterTable, opts: { orientation: Orientation }): Promise<Uint8Array> {
  return pack(t.title, opts.orientation, [
    para(t.title, { role: 'xbs', pt: TITLE_PT, align: 'center' }),
    metaLine(t.issuer, t.asOf, opts.orientation),
    para(t.summary, { pt: TABLE_PT, indent: true }),
    table(t.columns, t.cells, TABLE_PT),
  ]);
}

/** `pt`: the table's size, as the services found it fits one page (NOTICE_SIZES, measured on the PDF). */
export function buildNoticeDocx(n: NoticeContent, pt: number = TABLE_PT): Promise<Uint8Array> {
  return pack(n.title, 'portrait', [
    para(n.title, { role: 'xbs', pt: TITLE_PT, align: 'center' }),
    para(n.to),
    para(n.intro, { indent: true, align: 'both' }),
    table(n.columns, n.cells, pt),
    para(n.feedback, { indent: true, align: 'both' }),
    para(`${n.issuerLabel}：${n.issuer}`, { align: 'right' }),
    para(n.date, { align: 'right' }),
  ]);
}
