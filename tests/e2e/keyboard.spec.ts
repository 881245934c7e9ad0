import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { section, waitSaved } from './helpers-editor';

/** Presses Tab until the focused element matches `selector` (keyboard only; fails if never reached). */
async function tabTo(page: Page, selector: string, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

const focused = (page: Page) => page.locator(':focus');

test('a whole document, from the library to the last action item, by keyboard alone', async ({ page, app }) => {
  await page.goto(app.host.url);
  await expect(page.getByRole('heading', { name: '文档库' })).toBeVisible();

  // New from a template.
  await page.keyboard.press('Alt+N');
  await expect(page.getByTestId('new-dialog')).toBeVisible();
  await tabTo(page, '[data-testid="template-builtin-topic-report-hans"]');
  await page.keyboard.press('Enter');

  // The caret starts in the title.
  await expect(page.getByTestId('title')).toBeFocused();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('键盘起草的专题会报道');
  await page.keyboard.press('Tab'); // into the meeting particulars
  await tabTo(page, '[data-testid="meeting-name"]');
  await page.keyboard.type('科技工作专题会');
  await page.keyboard.press('Tab');
  await page.keyboard.type('2024-03-05');
  await tabTo(page, '[data-testid="add-attendees"]');
  await page.keyboard.type('张三、李四');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('people-attendees').getByTestId('person')).toHaveCount(2);

  // The opening paragraph: type, Enter for a new paragraph.
  await tabTo(page, 'textarea[data-fk^="p:"]');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('近日，市科技局召开科技工作专题会。');
  await page.keyboard.press('Enter');
  await page.keyboard.type('会议由局长主持。');
  await expect(section(page, 0).locator('textarea')).toHaveCount(2);

  // Add a decision block after this one: Alt+N reaches the add bar, arrows and Enter choose.
  await page.keyboard.press('Alt+N');
  await expect(page.getByTestId('add-topic')).toBeFocused();
  await tabTo(page, '[data-testid="add-decision"]');
  await page.keyboard.press('Enter');
  await expect(section(page, 1).getByTestId('section-lead')).toHaveValue('会议决定');
  await expect(focused(page)).toHaveAttribute('data-fk', /^p:/);
  await page.keyboard.type('成立产业研究院筹建工作组。');

  // Move it up, duplicate it, delete the copy, undo, redo, undo.
  await page.keyboard.press('Alt+ArrowUp');
  await expect(section(page, 0).getByTestId('section-lead')).toHaveValue('会议决定');
  await expect(focused(page)).toHaveValue('成立产业研究院筹建工作组。');
  await page.keyboard.press('Alt+ArrowDown');
  await expect(section(page, 1).getByTestId('section-lead')).toHaveValue('会议决定');
  const count = await page.getByTestId('section').count();
  await section(page, 1).locator('textarea').focus();
  await page.keyboard.press('Alt+Shift+D');
  await expect(page.getByTestId('section')).toHaveCount(count + 1);
  await page.keyboard.press('Alt+Shift+Backspace');
  await expect(page.getByTestId('section')).toHaveCount(count);
  await page.keyboard.press('Control+Z');
  await expect(page.getByTestId('section')).toHaveCount(count + 1);
  await page.keyboard.press('Control+Shift+Z');
  await expect(page.getByTestId('section')).toHaveCount(count);

  // The action list: Tab runs along the cells, Ctrl+Enter adds a row, Alt+Down moves it.
  await page.getByTestId('item-row').first().locator('textarea').focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('实施技术升级行动');
  await page.keyboard.press('Tab');
  await page.keyboard.type('产业科');
  await page.keyboard.press('Tab');
  await page.keyboard.type('年底前');
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('combobox', { name: '第 1 项进度' })).toHaveValue('in-progress');
  await page.keyboard.press('Control+Enter');
  await expect(page.getByTestId('item-row')).toHaveCount(4);
  await expect(page.getByTestId('item-row').nth(1).locator('textarea')).toBeFocused();
  await page.keyboard.type('新增事项');
  await page.keyboard.press('Alt+ArrowUp');
  await expect(page.getByTestId('item-row').first().locator('textarea')).toHaveValue('新增事项');

  // Save now, then back to the library.
  await page.keyboard.press('Control+S');
  await waitSaved(page);
  await page.keyboard.press('Alt+ArrowLeft');
  await expect(page.getByRole('heading', { name: '文档库' })).toBeVisible();

  // Find it by a word of the body, open it with Enter, and everything is there.
  await page.keyboard.press('/');
  await expect(page.getByTestId('search')).toBeFocused();
  await page.keyboard.type('筹建工作组');
  await expect(page.getByTestId('doc-row')).toHaveCount(1);
  await page.keyboard.press('ArrowDown');
  await expect(page.getByTestId('doc-row').first()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('title')).toHaveValue('键盘起草的专题会报道');
  await expect(page.getByTestId('meeting-date')).toHaveValue('2024-03-05');
  await expect(section(page, 1).locator('textarea')).toHaveValue('成立产业研究院筹建工作组。');
  await expect(page.getByTestId('item-row').nth(1).getByRole('textbox', { name: '第 2 项责任单位' })).toHaveValue('产业科');

  // Delete from the library with the Delete key and take it back with Ctrl+Z.
  await page.keyboard.press('Alt+ArrowLeft');
  await expect(page.getByTestId('doc-row')).toHaveCount(1);
  await page.keyboard.press('/');
  await expect(page.getByTestId('search')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Delete');
  await expect(page.getByTestId('trash-toast')).toBeVisible();
  await expect(page.getByTestId('doc-row')).toHaveCount(0);
  await page.keyboard.press('Control+Z');
  await expect(page.getByTestId('doc-row')).toHaveCount(1);
});
