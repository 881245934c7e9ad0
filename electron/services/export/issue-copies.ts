import { buildIssuePrintHtml, type IssuePrintInput, type LayoutOptionsInput } from '../../../shared/layout';
import { AppError } from '../../../shared/api';
import type { ExportFormat } from '../../../shared/api/channels/export';
import { copyNumbersOf, copyRangeProblem, type CopyRange } from '../../../shared/model';
import type { PdfPrinter } from '../ports/pdf-printer';
import { fontsOf, type Rendered } from './render';

/**
 * Numbered copies of a controlled issue (编号, issue 9): ONE file holding copies `from`…`to`, each
 * with its own 6-digit 编号 top right and its page numbers restarting at — 1 —, so the print shop
 * prints the file once and hands out whole copies.
 *
 * PDF: every copy goes through the same printer as a single issue (so the grid, fonts and page
 * numbers are exactly the tested ones) and pdf-lib joins the pages. The copies differ only in six
 * digits, but printing each keeps this module free of any second page-layout path. DOCX: one
 * section per copy (shared/docx buildIssueCopiesDocx), page numbering restarting per section.
 */
export interface IssueCopiesRequest {
  input: IssuePrintInput;
  format: ExportFormat;
  copies: CopyRange;
  options?: LayoutOptionsInput;
  printer?: () => Promise<PdfPrinter>;
  signal?: AbortSignal;
}

/** The input with copy numbers switched on: asking for numbered copies is asking for the 编号. */
function numbered(input: IssuePrintInput, copyNumber: number): IssuePrintInput {
  return { ...input, copyNumber, series: { ...input.series, layout: { ...input.series.layout, copyNumbers: true } } };
}

function aborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw Object.assign(new Error('export cancelled'), { name: 'AbortError' });
}

/** Checked again here (the CLI and the IPC contract check first): a bad range never starts a printer. */
export function assertCopyRange(copies: CopyRange, format: ExportFormat): void {
  const problem = copyRangeProblem(copies);
  if (problem) throw new AppError('validation', `numbered copies: ${problem.code}`, { field: 'copies', ...problem });
  if (format === 'html') throw new AppError('validation', 'numbered copies: pdf or docx only', { field: 'copies', code: 'format' });
}

export async function renderIssueCopies(req: IssueCopiesRequest): Promise<Rendered> {
  assertCopyRange(req.copies, req.format);
  const numbers = copyNumbersOf(req.copies);
  const author = req.input.series.issuer;
  if (req.format === 'docx') {
    const { buildIssueCopiesDocx } = await import('../../../shared/docx');
    return { bytes: await buildIssueCopiesDocx(numbered(req.input, numbers[0]!), numbers, { ...req.options, author }), pages: 0, fonts: [] };
  }
  if (!req.printer) throw new Error('no PDF printer available');
  const printer = await req.printer();
  // loaded on the first numbered PDF only: nothing else needs pdf-lib
  const { PDFDocument } = await import('pdf-lib');
  const joined = await PDFDocument.create();
  let title = '';
  for (const [i, n] of numbers.entries()) {
    aborted(req.signal);
    const built = buildIssuePrintHtml(numbered(req.input, n), req.options);
    title = built.title;
    const bytes = await printer.print(built.html, { title: built.title, author, subject: req.input.series.name, tagged: true, outline: false, signal: req.signal });
    const copy = await PDFDocument.load(bytes);
    // copyPages brings each page's resources along, its embedded font subsets included
    const pages = await joined.copyPages(copy, copy.getPageIndices());
    for (const page of pages) joined.addPage(page);
    // 公文 are printed on both sides (GB/T 9704 §6.2): a copy with an odd page count gets a blank
    // back, so the next copy starts on a sheet of its own and copies can be stapled apart.
    const last = pages[pages.length - 1];
    if (last && pages.length % 2 === 1 && i < numbers.length - 1) joined.addPage([last.getWidth(), last.getHeight()]);
  }
  aborted(req.signal);
  joined.setTitle(title);
  joined.setAuthor(author);
  joined.setSubject(req.input.series.name);
  joined.setCreator('Briefing Desk');
  joined.setProducer('Briefing Desk (pdf-lib)');
  const bytes = await joined.save();
  return { bytes, pages: joined.getPageCount(), fonts: fontsOf(printer) };
}
