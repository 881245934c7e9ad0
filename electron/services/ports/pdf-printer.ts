/**
 * The PdfPrinter port: print HTML (a complete document with its own @page CSS) to PDF bytes.
 * In the app it is Electron's webContents.printToPDF in a hidden window (electron/main);
 * elsewhere (CLI, tests, browser mode) Chromium driven by playwright-core (electron/services).
 * Implementations must honour the CSS page size (preferCSSPageSize) and print backgrounds.
 */
export interface PdfPrintOptions {
  /** Document metadata; the adapter or a post-processing step writes it into the PDF Info. */
  title?: string;
  author?: string;
  subject?: string;
  /** Tagged PDF and outline from headings where the engine supports it. */
  tagged?: boolean;
  outline?: boolean;
  signal?: AbortSignal;
}

export interface PdfPrinter {
  print(html: string, options?: PdfPrintOptions): Promise<Uint8Array>;
  close(): Promise<void>;
}
