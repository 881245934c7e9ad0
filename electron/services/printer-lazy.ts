import type { PdfPrinter } from './ports/pdf-printer';

/**
 * Starts the printer on first use and reuses it: a cold Chromium costs ~3 s, a warm one prints
 * 20 pages in ~0.5 s. Where no printer was injected, the Chromium adapter of the export feature
 * is loaded on demand so plain store work never pays for it.
 */
export function createLazyPrinter(injected?: PdfPrinter) {
  let pending: Promise<PdfPrinter> | undefined = injected ? Promise.resolve(injected) : undefined;
  return {
    get: (): Promise<PdfPrinter> => {
      pending ??= import('./export/chromium-printer').then((m) => m.createChromiumPrinter());
      return pending;
    },
    async close() {
      if (!pending) return;
      const p = await pending.catch(() => undefined);
      pending = undefined;
      await p?.close();
    },
  };
}
