import type { ExportFormat } from '../../../shared/api/channels/export';
import { buildPrintHtml, type FontUse, type LayoutOptionsInput, type LayoutPreset } from '../../../shared/layout';
import type { Briefing } from '../../../shared/model';
import type { PdfPrinter } from '../ports/pdf-printer';

export interface Rendered {
  bytes: Uint8Array;
  pages: number;
  fonts: FontUse[];
}

export interface RenderRequest {
  doc: Briefing;
  format: ExportFormat;
  layout?: LayoutPreset;
  options?: LayoutOptionsInput;
  printer?: () => Promise<PdfPrinter>;
  signal?: AbortSignal;
}

/** A printer that can also say which fonts served (the Chromium adapter can; others may not). */
export function fontsOf(printer: PdfPrinter): FontUse[] {
  const fonts = (printer as { fonts?: unknown }).fonts;
  return Array.isArray(fonts) ? (fonts as FontUse[]) : [];
}

/** Counts /Type /Page objects: enough for a progress line, no PDF parser needed. */
export function countPdfPages(pdf: Uint8Array): number {
  const text = new TextDecoder('latin1').decode(pdf);
  return (text.match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;
}

/** One document in one format, as bytes. */
export async function renderExport(req: RenderRequest): Promise<Rendered> {
  const layout = req.layout ?? req.doc.kind;
  if (req.format === 'docx') {
    // loaded on first DOCX export: the docx library is not needed for PDF or the store
    const { buildDocx } = await import('../../../shared/docx');
    return { bytes: await buildDocx(req.doc, layout, { ...req.options, author: req.doc.masthead.issuer }), pages: 0, fonts: [] };
  }
  const built = buildPrintHtml(req.doc, layout, req.options);
  if (req.format === 'html') return { bytes: new TextEncoder().encode(built.html), pages: 0, fonts: [] };
  if (!req.printer) throw new Error('no PDF printer available');
  const printer = await req.printer();
  const bytes = await printer.print(built.html, {
    title: built.title,
    author: req.doc.distribution.printedBy || req.doc.masthead.issuer,
    subject: req.doc.meeting.name,
    tagged: true,
    outline: true,
    signal: req.signal,
  });
  return { bytes, pages: countPdfPages(bytes), fonts: fontsOf(printer) };
}
