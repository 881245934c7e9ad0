import { BrowserWindow, type WebContents } from 'electron';
import { READY_ATTRIBUTE, READY_VALUE, settleScript, type FontUse } from '../../shared/layout';
import { reportFonts, type CdpChannel } from '../services/export/font-report';
import { withSubsetFonts } from '../services/fonts/print-fonts';
import { withDocumentInfo } from '../services/export/pdf-metadata';
import type { PdfPrinter, PdfPrintOptions } from '../services/ports/pdf-printer';
import { paperPrintOptions } from './print-options';
import type { PrintJobs } from './print-jobs';

function abortError(): Error {
  const e = new Error('Printing was aborted');
  e.name = 'AbortError';
  return e;
}

/** The app's printer: PDFs for exports, and paper through the system print dialog. */
export interface ElectronPrinter extends PdfPrinter {
  /** Shows the system print dialog for the page; resolves false when the user cancels. */
  printOnPaper(html: string): Promise<boolean>;
  /** Which family served each role in the last PDF (the export dialog warns about substitutes). */
  readonly fonts: FontUse[];
  /**
   * Destroys the hidden print window now. Called when the main window closes: a hidden window
   * still counts for 'window-all-closed', so keeping it would keep the app (and the data-dir
   * lock) alive with nothing on screen. A print in flight fails; the next one makes a new window.
   */
  releaseWindow(): void;
}

export interface ElectronPrinterDeps {
  /** The main window as it is now: the print window's parent, so the system print dialog is modal over the app. */
  parent: () => BrowserWindow | null;
  /** Clock for the PDF CreationDate. */
  clock?: () => Date;
}

/** Electron's debugger on the print page as the font report's DevTools channel. */
function debuggerChannel(contents: WebContents): CdpChannel {
  if (!contents.debugger.isAttached()) contents.debugger.attach('1.3');
  return { send: (method, params) => contents.debugger.sendCommand(method, params) as Promise<unknown> };
}

/**
 * The PdfPrinter port in the app: webContents.printToPDF in one hidden window, created on the
 * first print and reused (a warm renderer prints a 20-page 纪要 in about half a second; a new
 * window each time would add its start-up to every export). Jobs run one at a time because they
 * share that window. The print page gets no preload and a CSP that allows only the layout's own
 * scripts, by hash.
 *
 * The PDF then goes through the same steps as the Chromium printer's (electron/services/export):
 * the font report over the DevTools protocol, and title, author and subject written into the PDF
 * Info (printToPDF has no option for them), so an export from the app and one from the CLI carry
 * the same metadata and the same font warnings.
 */
export function createElectronPrinter(jobs: PrintJobs, deps: ElectronPrinterDeps): ElectronPrinter {
  let win: BrowserWindow | null = null;
  let queue: Promise<unknown> = Promise.resolve();
  let lastFonts: FontUse[] = [];

  const window = (): BrowserWindow => {
    const parent = deps.parent();
    const liveParent = parent && !parent.isDestroyed() ? parent : null;
    // a print window made for a main window that has since been closed and recreated (macOS) is replaced
    if (win && !win.isDestroyed() && win.getParentWindow() === liveParent) return win;
    if (win && !win.isDestroyed()) win.destroy();
    win = new BrowserWindow({
      show: false,
      ...(liveParent ? { parent: liveParent } : {}),
      width: 794,
      height: 1123,
      webPreferences: {
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        webSecurity: true,
        spellcheck: false,
        // Printing must not depend on whether the window is visible or focused.
        backgroundThrottling: false,
      },
    });
    return win;
  };

  /** Loads the print page in the hidden window and waits until its layout has settled. */
  async function load(url: string): Promise<WebContents> {
    const contents = window().webContents;
    await contents.loadURL(url);
    // The print CSP lets the page run its own settle script (allowed by hash), which loads the
    // page's fonts (the subsets too) before it measures, through its window of pages. Reading
    // `document.fonts.ready` here first would lay the whole page out once more for nothing. Only
    // if the page's own script did not run (an older page, a changed CSP, a page without one) do
    // these run from main, outside the CSP: every font the layout asked for, so the PDF never falls
    // back mid-document, then the same settle script; we print once the page is marked ready.
    const ownScriptRan = await contents.executeJavaScript("typeof window.__briefingSettle === 'function'");
    if (ownScriptRan !== true) {
      await contents.executeJavaScript('document.fonts.ready.then(() => true)');
      await contents.executeJavaScript(settleScript());
    }
    // as the CLI's printer: a page without a script of its own (the 督办 register) has nothing to settle
    await contents.executeJavaScript(
      `new Promise((resolve) => { const t0 = Date.now(); (function poll() {
        if (!document.querySelector('script') || document.documentElement.getAttribute(${JSON.stringify(READY_ATTRIBUTE)}) === ${JSON.stringify(READY_VALUE)} || Date.now() - t0 > 15000) resolve(true);
        else setTimeout(poll, 10); })(); })`,
    );
    return contents;
  }

  async function printOne(html: string, options: PdfPrintOptions): Promise<Uint8Array> {
    if (options.signal?.aborted) throw abortError();
    // the same subset fonts as the CLI's printer (services/fonts: cached, never fails a print)
    const job = jobs.add((await withSubsetFonts(html)).html);
    try {
      const contents = await load(job.url);
      if (options.signal?.aborted) throw abortError();
      // a font report that cannot be made (debugger taken by DevTools) never stops the export
      lastFonts = await Promise.resolve()
        .then(() => reportFonts(debuggerChannel(contents)))
        .catch(() => []);
      const pdf = await contents.printToPDF({
        preferCSSPageSize: true,
        printBackground: true,
        generateTaggedPDF: options.tagged ?? true,
        generateDocumentOutline: options.outline ?? true,
      });
      if (options.signal?.aborted) throw abortError();
      return withDocumentInfo(new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength), options, (deps.clock ?? (() => new Date()))());
    } finally {
      jobs.remove(job.id);
    }
  }

  async function paperOne(html: string): Promise<boolean> {
    const job = jobs.add((await withSubsetFonts(html)).html);
    try {
      const contents = await load(job.url);
      return await new Promise<boolean>((resolve) => contents.print(paperPrintOptions(), (success) => resolve(success)));
    } finally {
      jobs.remove(job.id);
    }
  }

  const enqueue = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work);
    queue = run.catch(() => undefined);
    return run;
  };

  return {
    get fonts() {
      return lastFonts;
    },
    print(html, options = {}) {
      return enqueue(() => printOne(html, options));
    },
    printOnPaper(html) {
      return enqueue(() => paperOne(html));
    },
    releaseWindow() {
      if (win && !win.isDestroyed()) win.destroy();
      win = null;
    },
    async close() {
      await queue;
      if (win && !win.isDestroyed()) win.destroy();
      win = null;
    },
  };
}
