import type { ExportFormat, ExportResult } from '../../../shared/api/channels/export';
import { buildIssuePrintHtml, type IssuePrintInput, type LayoutOptionsInput } from '../../../shared/layout';
import type { CopyRange } from '../../../shared/model';
import type { PdfPrinter } from '../ports/pdf-printer';
import { writeExport } from './export-file';
import { renderIssueCopies } from './issue-copies';
import { countPdfPages, fontsOf, type Rendered } from './render';

/**
 * Export of a 简报 issue (issue 9): the issue with its series and address book, in PDF (through the
 * same printer as documents), DOCX or HTML. Callers: the `briefing issue` command, and the issue
 * services (`briefing export --id ISSUE_ID`, the composer's export), which load the stored issue,
 * its series and the address book and pass them here.
 */
export interface IssueExportRequest {
  input: IssuePrintInput;
  format: ExportFormat;
  path: string;
  options?: LayoutOptionsInput;
  overwrite?: boolean;
  /** Numbered copies (编号): one file with these copies, each numbered and paged from 1 (issue-copies.ts). */
  copies?: CopyRange;
  printer?: () => Promise<PdfPrinter>;
  signal?: AbortSignal;
}

/** One issue in one format, as bytes. */
export async function renderIssueExport(req: Omit<IssueExportRequest, 'path' | 'overwrite'>): Promise<Rendered> {
  const author = req.input.series.issuer;
  if (req.format === 'docx') {
    // loaded on first DOCX export, as for documents
    const { buildIssueDocx } = await import('../../../shared/docx');
    return { bytes: await buildIssueDocx(req.input, { ...req.options, author }), pages: 0, fonts: [] };
  }
  const built = buildIssuePrintHtml(req.input, req.options);
  if (req.format === 'html') return { bytes: new TextEncoder().encode(built.html), pages: 0, fonts: [] };
  if (!req.printer) throw new Error('no PDF printer available');
  const printer = await req.printer();
  const bytes = await printer.print(built.html, { title: built.title, author, subject: req.input.series.name, tagged: true, outline: true, signal: req.signal });
  return { bytes, pages: countPdfPages(bytes), fonts: fontsOf(printer) };
}

/** Renders and writes one issue: PATH holds the whole file or is left as it was. */
export async function exportIssueToFile(req: IssueExportRequest): Promise<ExportResult> {
  const { copies } = req;
  return writeExport(req, () => (copies ? renderIssueCopies({ ...req, copies }) : renderIssueExport(req)));
}
