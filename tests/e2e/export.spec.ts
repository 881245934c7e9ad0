import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { openFixture } from './export-fixtures';
import { expect, test } from './fixtures';
import { docScreenshot } from './screenshot';

test('export dialog: PDF to the exports folder, then an existing file, an unwritable folder, a relative path, DOCX in Hong Kong Traditional', async ({ page, app }) => {
  await openFixture(page, app, 'minutes-seed-hans.json');
  await expect(page.getByTestId('preview-pages')).toHaveText(/共 \d+ 页/, { timeout: 15_000 });
  const previewPages = Number((await page.getByTestId('preview-pages').textContent())!.match(/\d+/)![0]);

  await page.getByTestId('export-open').click();
  const dialog = page.getByTestId('export-dialog');
  await expect(dialog).toBeVisible();
  const target = dialog.getByTestId('export-path');
  const exportsDir = path.join(app.dataDir, 'exports');
  await expect(target).toHaveValue(new RegExp(`^${exportsDir.replace(/[/\\]/g, '.')}.*\\.pdf$`));
  // the file name comes from the title and the date, safe on Windows
  expect(await dialog.getByTestId('export-file-name').inputValue()).not.toMatch(/[<>:"/\\|?*]/);
  await dialog.getByTestId('export-watermark').selectOption('征求意见稿');
  await docScreenshot(page, 'export-dialog-zh-CN');
  await dialog.getByTestId('export-submit').click();
  await expect(dialog.getByTestId('export-done')).toContainText('已导出到', { timeout: 20_000 });
  await expect(dialog.getByTestId('export-done')).toContainText(`${previewPages} 页`);
  const pdf = await target.inputValue();
  expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');

  // the same path again: refused, said plainly, replaced only on request
  await dialog.getByTestId('export-submit').click();
  await expect(dialog.getByTestId('export-error')).toContainText('已存在');
  await dialog.getByTestId('export-replace').click();
  await expect(dialog.getByTestId('export-done')).toBeVisible({ timeout: 20_000 });

  // a folder that does not exist: a clear error and nothing written anywhere
  const missing = path.join(exportsDir, 'no-such-folder', 'x.pdf');
  await target.fill(missing);
  await dialog.getByTestId('export-submit').click();
  await expect(dialog.getByTestId('export-error')).toContainText('无法写入');
  expect(existsSync(path.dirname(missing))).toBe(false);

  // outside the allowed folders (here the data dir itself): refused in one line that names them
  const outside = path.join(app.dataDir, 'x.pdf');
  await target.fill(outside);
  await dialog.getByTestId('export-submit').click();
  await expect(dialog.getByTestId('export-error')).toHaveText(`导出失败：不能读写 ${outside}：这里只能使用这些文件夹中的文件：${exportsDir}; ${path.join(app.dataDir, 'imports')}。`);
  expect(existsSync(outside)).toBe(false);

  await target.fill('relative.pdf');
  await dialog.getByTestId('export-submit').click();
  await expect(dialog.getByTestId('export-error')).toContainText('完整的文件路径');

  await dialog.getByTestId('export-format').selectOption('docx');
  await dialog.getByTestId('export-script').selectOption('hantHk');
  await expect(dialog.getByTestId('export-file-name')).toHaveValue(/\.docx$/);
  await target.fill(path.join(exportsDir, 'hk.docx'));
  await dialog.getByTestId('export-submit').click();
  await expect(dialog.getByTestId('export-done')).toBeVisible({ timeout: 20_000 });
  expect(readFileSync(path.join(exportsDir, 'hk.docx')).subarray(0, 2).toString()).toBe('PK');
  // only the finished files: no temp files left beside them
  expect(readdirSync(exportsDir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
});

test('export dialog counts the open proofreading problems', async ({ page, app }) => {
  await page.goto(app.host.url);
  await page.getByRole('button', { name: '新建' }).click();
  await page.getByTestId('template-builtin-minutes-hans').click();
  await page.locator('textarea.para').first().fill('会议指出,要抓好科技创新。');
  await page.getByTestId('export-open').click();
  await expect(page.getByTestId('export-problems')).toContainText(/还有 \d+ 处校对问题/);
});
