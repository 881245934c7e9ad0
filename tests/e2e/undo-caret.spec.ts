import type { Locator } from '@playwright/test';
import { expect, test } from './fixtures';
import { newFromTemplate, section } from './helpers-editor';

const caret = (l: Locator) => l.evaluate((el: HTMLTextAreaElement) => [el.selectionStart, el.selectionEnd]);
const focusedKey = (l: Locator) => l.page().evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.fk ?? '');

test('undo puts the caret back where the undone typing began, redo where it ended', async ({ page, app }) => {
  await page.goto(app.host.url);
  await newFromTemplate(page, 'builtin-office-minutes-hans');
  const para = section(page, 0).locator('textarea.para').first();
  await para.fill('会议听取了工作汇报。');
  await page.waitForTimeout(1_100); // past the typing merge window: the next typing is its own step
  // Type in the middle, after "会议".
  await para.click();
  await para.evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(2, 2));
  await page.keyboard.type('认真');
  await expect(para).toHaveValue('会议认真听取了工作汇报。');
  expect(await caret(para)).toEqual([4, 4]);
  // Move away: to the end of the paragraph, then into the title.
  await para.press('End');
  await page.getByTestId('title').click();
  const paraKey = await para.getAttribute('data-fk');

  await page.keyboard.press('Control+z');
  await expect(para).toHaveValue('会议听取了工作汇报。');
  expect(await focusedKey(para)).toBe(paraKey);
  expect(await caret(para)).toEqual([2, 2]);

  await page.getByTestId('title').click();
  await page.keyboard.press('Control+y');
  await expect(para).toHaveValue('会议认真听取了工作汇报。');
  expect(await focusedKey(para)).toBe(paraKey);
  expect(await caret(para)).toEqual([4, 4]);
});

test('undoing Enter joins the paragraphs again with the caret at the split', async ({ page, app }) => {
  await page.goto(app.host.url);
  await newFromTemplate(page, 'builtin-office-minutes-hans');
  const paras = section(page, 0).locator('textarea.para');
  const first = paras.first();
  await first.fill('第一句。第二句。');
  await page.waitForTimeout(1_100);
  const before = await paras.count();
  await first.evaluate((el: HTMLTextAreaElement) => el.setSelectionRange(4, 4));
  await first.press('Enter');
  await expect(paras).toHaveCount(before + 1);
  await expect(paras.nth(1)).toBeFocused();
  await page.getByTestId('title').click();
  await page.keyboard.press('Control+z');
  await expect(paras).toHaveCount(before);
  await expect(first).toHaveValue('第一句。第二句。');
  await expect(first).toBeFocused();
  expect(await caret(first)).toEqual([4, 4]);
});
