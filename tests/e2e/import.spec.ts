import { expect, test } from './fixtures';
import { docScreenshot } from './screenshot';
import { SEED, openImport, paste } from './import-helpers';

test('pasting the seed article shows the cleaned source and the structured draft; accept opens it in the editor', async ({ page, app }) => {
  await openImport(page, app.host.url);
  await paste(page.getByTestId('import-paste'), { 'text/plain': SEED });

  const draft = page.getByTestId('import-draft');
  await expect(draft.getByTestId('draft-chair')).toContainText('宋巍');
  await expect(draft.getByTestId('draft-meeting')).toContainText('專題會');
  await expect(draft.getByTestId('draft-lead')).toHaveText(['會議指出', '會議強調', '會議要求']);
  await expect(draft.getByTestId('draft-item')).toHaveCount(6);
  // No pinyin left in the draft; the damaged run is flagged; the leaving notice is struck through in the source.
  await expect(draft).not.toContainText('(fā)');
  await expect(draft.getByTestId('warning-damaged')).toBeVisible();
  const source = page.getByTestId('import-source');
  await expect(source.locator('.removed.kind-furniture')).toContainText('即將離開');
  await expect(source.locator('mark.flag, .flag').first()).toBeVisible();

  await docScreenshot(page, 'import-seed-zh-CN', { fullPage: false });

  await page.getByTestId('import-accept').click();
  await expect(page.getByTestId('title')).toBeVisible();
  await expect(page.locator('.lead-input')).toHaveCount(3);
  await expect(page.locator('textarea.item-text')).toHaveCount(6);
});
