import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';

/** The seed article (Traditional, ruby pinyin, ASCII commas, damaged run, leaving notice): a project-local copy. */
export const SEED = readFileSync(new URL('../fixtures/import/seed-article.txt', import.meta.url), 'utf8');

/**
 * A paste as the browser delivers it: a ClipboardEvent carrying text/plain and/or text/html.
 * (Playwright cannot fill the system clipboard in headless Chromium; the event is the same one
 * a Ctrl+V raises, handled by the same React onPaste.)
 */
export async function paste(target: Locator, data: Record<string, string>): Promise<void> {
  await target.evaluate((el, items) => {
    const dt = new DataTransfer();
    for (const [type, value] of Object.entries(items)) dt.setData(type, value);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  }, data);
}

export async function openImport(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.getByTestId('nav-import').click();
  await page.getByTestId('import-view').waitFor();
}
