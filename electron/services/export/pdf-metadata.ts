/**
 * Writes the PDF Info dictionary (title, author, subject, dates) by an incremental update: a new
 * Info object, a one-entry xref section and a trailer pointing back at the old one. Chromium can
 * only set the title (from <title>) and puts its user agent in Creator; every PDF reader honours
 * incremental updates, and the bytes Chromium wrote stay untouched.
 */
export interface PdfInfo {
  title?: string;
  author?: string;
  subject?: string;
  creator?: string;
  producer?: string;
  creationDate?: Date;
}

const latin1 = new TextDecoder('latin1');

/** What a print request says about the document (electron/services/ports/pdf-printer.ts PdfPrintOptions). */
export interface DocumentInfoInput {
  title?: string;
  author?: string;
  subject?: string;
}

/**
 * The one post-processing step of every printer's PDF (Chromium in the CLI and browser mode,
 * printToPDF in the app): title, author and subject from the request, our Creator, and the
 * creation date from the printer's clock. Both printers call this, so their PDFs carry the same
 * Info whatever engine drew the pages.
 */
export function withDocumentInfo(pdf: Uint8Array, doc: DocumentInfoInput, now: Date): Uint8Array {
  return setPdfInfo(pdf, { title: doc.title, author: doc.author, subject: doc.subject, creationDate: now });
}

/** A PDF text string: UTF-16BE with BOM, as hex, so any character survives. */
export function pdfTextString(text: string): string {
  let hex = 'FEFF';
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase();
  return `<${hex}>`;
}

export function pdfDate(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `(D:${d.getUTCFullYear()}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}Z)`;
}

export function setPdfInfo(pdf: Uint8Array, info: PdfInfo): Uint8Array {
  // the trailer and startxref live in the last few hundred bytes
  const tail = latin1.decode(pdf.subarray(Math.max(0, pdf.length - 4096)));
  const startxref = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail);
  const trailerAt = tail.lastIndexOf('trailer');
  if (!startxref || trailerAt < 0) throw new Error('PDF has no classic trailer; cannot update its Info');
  const trailer = tail.slice(trailerAt);
  const size = /\/Size\s+(\d+)/.exec(trailer);
  const root = /\/Root\s+(\d+\s+\d+\s+R)/.exec(trailer);
  if (!size || !root) throw new Error('PDF trailer lacks /Size or /Root');
  const id = Number(size[1]);
  const entries: string[] = [];
  if (info.title) entries.push(`/Title ${pdfTextString(info.title)}`);
  if (info.author) entries.push(`/Author ${pdfTextString(info.author)}`);
  if (info.subject) entries.push(`/Subject ${pdfTextString(info.subject)}`);
  entries.push(`/Creator ${pdfTextString(info.creator ?? 'Briefing Desk')}`);
  if (info.producer) entries.push(`/Producer ${pdfTextString(info.producer)}`);
  const date = pdfDate(info.creationDate ?? new Date());
  entries.push(`/CreationDate ${date}`, `/ModDate ${date}`);
  const needsNewline = pdf[pdf.length - 1] !== 0x0a;
  const head = needsNewline ? '\n' : '';
  const object = `${id} 0 obj\n<<${entries.join('\n')}>>\nendobj\n`;
  const objectOffset = pdf.length + head.length;
  const xrefOffset = objectOffset + object.length;
  const xref = `xref\n${id} 1\n${String(objectOffset).padStart(10, '0')} 00000 n \n`;
  const newTrailer = `trailer\n<</Size ${id + 1}\n/Root ${root[1]}\n/Info ${id} 0 R\n/Prev ${startxref[1]}>>\nstartxref\n${xrefOffset}\n%%EOF\n`;
  // every byte we add is ASCII, so string length equals byte length
  const extra = new TextEncoder().encode(head + object + xref + newTrailer);
  const out = new Uint8Array(pdf.length + extra.length);
  out.set(pdf, 0);
  out.set(extra, pdf.length);
  return out;
}
