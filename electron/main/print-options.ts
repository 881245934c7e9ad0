import type { WebContentsPrintOptions } from 'electron';

/**
 * Options for printing a document on paper (webContents.print), as a pure value so it is tested
 * where Electron cannot run. The system dialog is shown (the user picks the printer and copies);
 * two-sided along the long edge is preselected because the layout mirrors its margins and page
 * numbers for duplex (GB/T 9704: odd pages right, even pages left). A4 as the print CSS says;
 * the margins are the @page margins ('default' lets the page's CSS decide).
 */
export function paperPrintOptions(): WebContentsPrintOptions {
  return {
    silent: false,
    printBackground: true,
    duplexMode: 'longEdge',
    color: true,
    pageSize: 'A4',
    margins: { marginType: 'default' },
  };
}

/** File filters of the save dialog for an export format. */
export function saveFilters(format: 'pdf' | 'docx' | 'html' | 'xlsx', name: string): { name: string; extensions: string[] }[] {
  return [{ name, extensions: [format] }];
}
