import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

/** Helpers shared by the editor, keyboard and bad-input specs (not a spec itself). */
export async function newFromTemplate(page: Page, templateId: string, newLabel = '新建'): Promise<void> {
  await page.getByRole('button', { name: newLabel, exact: true }).click();
  await page.getByTestId(`template-${templateId}`).click();
  await expect(page.getByTestId('title')).toBeVisible();
}

export async function waitSaved(page: Page, label = '已保存', timeout = 10_000): Promise<void> {
  await expect(page.getByTestId('save-state')).toHaveText(label, { timeout });
}

export function section(page: Page, n: number): Locator {
  return page.getByTestId('section').nth(n);
}

/** Pastes text into the focused element the way the system clipboard would (a real paste event). */
export async function paste(locator: Locator, text: string): Promise<void> {
  await locator.focus();
  await locator.evaluate((el, value) => {
    const data = new DataTransfer();
    data.setData('text/plain', value);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}
