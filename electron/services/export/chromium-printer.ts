import type { Browser, CDPSession, Page } from 'playwright-core';
import { READY_ATTRIBUTE, READY_VALUE, SETTLE_MEASURE, type FontUse } from '../../../shared/layout';
import { chromiumLaunchOptions } from '../chromium';
import { withSubsetFonts } from '../fonts/print-fonts';
import type { PdfPrintOptions, PdfPrinter } from '../ports/pdf-printer';
import { reportFonts, type CdpChannel } from './font-report';
import { withDocumentInfo } from './pdf-metadata';

/** How long the settle script may take before we print anyway (it normally takes milliseconds). */
const SETTLE_TIMEOUT_MS = 15_000;

/** Where the last print's time went, in ms (bench/export.ts prints it; nothing else depends on it). */
export interface PrintTimings {
  /** Cutting the page's system fonts to its characters (electron/services/fonts); ~0 when cached. */
  subset: number;
  /** setContent until the load event: parsing the HTML, fonts, first layout. */
  load: number;
  /** After load until <html data-layout="ready"> was seen. */
  settleWait: number;
  /** The settle script's own run inside the page (performance.measure 'briefing-settle'). */
  settle: number;
  /** Asking DevTools which fonts drew each role. */
  fonts: number;
  /** page.pdf: Chromium's print and the PDF bytes back. */
  print: number;
  /** The PDF Info written into the bytes. */
  info: number;
}

export interface ChromiumPrinterOptions {
  /** Clock for the PDF CreationDate (tests pin it). */
  clock?: () => Date;
  /**
   * Print with the page's system fonts cut to its characters (default true). Chromium's print
   * costs 120–190 ms per embedded CJK font file, whole; bench/export-fonts.ts compares both ways.
   */
  subsetFonts?: boolean;
}

/**
 * The PdfPrinter port on Debian's Chromium via playwright-core. One browser and one page are
 * started on first use and reused: a cold start costs ~3 s, a warm print of 20 pages ~0.5 s.
 * Prints are serialized (one page), and a crashed browser is relaunched on the next print.
 */
export class ChromiumPrinter implements PdfPrinter {
  private browser: Browser | undefined;
  private page: Page | undefined;
  private cdp: CDPSession | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  private lastFonts: FontUse[] = [];
  private timings: PrintTimings = { subset: 0, load: 0, settleWait: 0, settle: 0, fonts: 0, print: 0, info: 0 };
  private closed = false;

  constructor(private readonly opts: ChromiumPrinterOptions = {}) {}

  /** Which family served each role in the last print. */
  get fonts(): FontUse[] {
    return this.lastFonts;
  }

  /** Where the last print's time went. */
  get lastTimings(): PrintTimings {
    return this.timings;
  }

  async warm(): Promise<void> {
    await this.ensurePage();
  }

  print(html: string, options: PdfPrintOptions = {}): Promise<Uint8Array> {
    const job = this.queue.then(() => this.printNow(html, options));
    this.queue = job.catch(() => undefined);
    return job;
  }

  /** Loads the HTML as the preview would show it and reports page count and fonts, without printing. */
  inspect(html: string): Promise<{ pages: number; fonts: FontUse[] }> {
    const job = this.queue.then(async () => {
      const page = await this.load(html);
      const pages = Number(await page.evaluate(() => document.documentElement.getAttribute('data-pages') ?? '0'));
      return { pages, fonts: await reportFonts(this.channel()) };
    });
    this.queue = job.catch(() => undefined);
    return job;
  }

  async close(): Promise<void> {
    this.closed = true;
    const browser = this.browser;
    this.browser = this.page = this.cdp = undefined;
    await browser?.close().catch(() => undefined);
  }

  private async printNow(html: string, options: PdfPrintOptions): Promise<Uint8Array> {
    throwIfAborted(options.signal);
    // cut the fonts while a cold browser starts (the first print of a CLI run); warm, both are quick
    const [subset] = await Promise.all([this.opts.subsetFonts === false ? undefined : withSubsetFonts(html), this.ensurePage()]);
    this.timings.subset = subset?.ms ?? 0;
    const page = await this.load(subset?.html ?? html);
    // a page without the settle script (the 督办 register) has nothing that waits for its subset fonts
    if (subset?.faces.length && !(await page.evaluate(() => !!document.querySelector('script')))) await page.evaluate(() => document.fonts.ready.then(() => true));
    throwIfAborted(options.signal);
    let t = performance.now();
    this.lastFonts = await reportFonts(this.channel()).catch(() => []);
    this.timings.fonts = performance.now() - t;
    t = performance.now();
    const pdf = await page.pdf({
      preferCSSPageSize: true, // without it Chromium prints Letter
      printBackground: true,
      tagged: options.tagged ?? true,
      outline: options.outline ?? true,
    });
    this.timings.print = performance.now() - t;
    throwIfAborted(options.signal);
    t = performance.now();
    const out = withDocumentInfo(new Uint8Array(pdf), options, (this.opts.clock ?? (() => new Date()))());
    this.timings.info = performance.now() - t;
    return out;
  }

  /** The page's CDP session as the font report's channel (shared with the app's printer). */
  private channel(): CdpChannel {
    const cdp = this.cdp!;
    return { send: (method, params) => cdp.send(method as never, params as never) };
  }

  private async load(html: string): Promise<Page> {
    const page = await this.ensurePage();
    let t = performance.now();
    await page.setContent(html, { waitUntil: 'load' });
    this.timings.load = performance.now() - t;
    t = performance.now();
    // the settle script places the 版记 and marks <html data-layout="ready">; pages without it print at once
    const settled = await page.waitForFunction(
      ([attr, value, measure]) => (!document.querySelector('script') || document.documentElement.getAttribute(attr!) === value) && { ms: performance.getEntriesByName(measure!)[0]?.duration ?? 0 },
      [READY_ATTRIBUTE, READY_VALUE, SETTLE_MEASURE],
      { timeout: SETTLE_TIMEOUT_MS },
    );
    this.timings.settleWait = performance.now() - t;
    this.timings.settle = ((await settled.jsonValue()) as { ms: number }).ms;
    return page;
  }

  private async ensurePage(): Promise<Page> {
    if (this.closed) throw new Error('printer closed');
    if (this.page && !this.page.isClosed() && this.browser?.isConnected()) return this.page;
    await this.browser?.close().catch(() => undefined);
    // loaded here, not at the top: playwright-core takes ~0.7 s to load, which every bundled CLI
    // command would pay (the bundle hoists static imports) though only PDF export prints
    const { chromium } = await import('playwright-core');
    this.browser = await chromium.launch({ ...chromiumLaunchOptions(), headless: true });
    const context = await this.browser.newContext({ javaScriptEnabled: true, offline: true });
    // nothing in a print document may reach the network (an <img src=http…> pasted in a title)
    await context.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort()));
    this.page = await context.newPage();
    this.cdp = await context.newCDPSession(this.page);
    return this.page;
  }
}

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) {
    const e = new Error('print cancelled');
    e.name = 'AbortError';
    throw e;
  }
}

export async function createChromiumPrinter(opts: ChromiumPrinterOptions = {}): Promise<ChromiumPrinter> {
  return new ChromiumPrinter(opts);
}
