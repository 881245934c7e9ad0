import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { test, type Page, type PageScreenshotOptions } from '@playwright/test';

/**
 * Takes a documentation screenshot. By default it goes under the test's own output folder, so
 * `npm test` leaves the tracked images in docs/screenshots alone (every run used to rewrite them,
 * leaving the tree modified); `npm run screenshots` sets BRIEFING_SCREENSHOTS=docs/screenshots to
 * refresh them on purpose.
 */
export async function docScreenshot(page: Page, name: string, options: Omit<PageScreenshotOptions, 'path'> = {}): Promise<void> {
  const dir = process.env.BRIEFING_SCREENSHOTS;
  const file = dir ? path.resolve(dir, `${name}.png`) : test.info().outputPath(`${name}.png`);
  mkdirSync(path.dirname(file), { recursive: true });
  await page.screenshot({ ...options, path: file });
}
