import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { Api } from '../../shared/api';
import { expect, test } from './fixtures';
import { docScreenshot } from './screenshot';

async function seed(api: Api, title: string) {
  const { doc } = await api['docs:create']({ templateId: 'builtin-minutes-hans', title });
  return doc;
}

const titles = (page: Page) => page.getByTestId('doc-row').locator('td.title-cell');

async function openDialog(page: Page) {
  await page.getByTestId('backup-open').click();
  const dialog = page.getByTestId('backup-dialog');
  await expect(dialog).toBeVisible();
  return dialog;
}

test('backs up through the dialog, loses a document for good, and gets it back by merging', async ({ page, app }) => {
  await seed(app.services.api, '防汛工作会议纪要');
  await seed(app.services.api, '科技局专题会议纪要');
  await page.goto(app.host.url);
  await expect(page.getByTestId('doc-row')).toHaveCount(2);

  // Back up to the default place: a dated file in the data dir's exports/ (an allowed folder).
  let dialog = await openDialog(page);
  const target = await dialog.getByTestId('backup-path').inputValue();
  expect(target).toMatch(new RegExp(`^${path.join(app.dataDir, 'exports').replace(/[/\\]/g, '.')}.简报台备份-\\d{8}-\\d{4}\\.bdbackup$`));
  await dialog.getByTestId('backup-run').click();
  await expect(dialog.getByTestId('backup-done')).toHaveText(`已备份 2 篇文档到 ${target}`);
  expect(existsSync(target)).toBe(true);
  // the restore path takes the archive just written
  await expect(dialog.getByTestId('restore-path')).toHaveValue(target);
  await expect(dialog.getByTestId('restore-merge')).toBeChecked();
  await dialog.getByTestId('backup-close').click();
  await expect(dialog).toBeHidden();

  // Delete one and empty the trash: it is gone from this machine.
  await page.getByTestId('doc-row').filter({ hasText: '防汛工作会议纪要' }).getByRole('button', { name: '删除' }).click();
  // The row leaves once the (fsynced) move to the trash is done; only then is the trash worth opening.
  await expect(titles(page)).toHaveText(['科技局专题会议纪要']);
  await page.getByRole('button', { name: '回收站' }).click();
  await page.getByRole('button', { name: '清空回收站' }).click();
  await page.getByTestId('confirm-dialog').getByRole('button', { name: '永久删除' }).click();
  await expect(page.getByText('回收站是空的。')).toBeVisible();
  await page.getByRole('button', { name: '文档库' }).click();
  await expect(titles(page)).toHaveText(['科技局专题会议纪要']);

  // Restore by merging: the lost one is added, the other kept as it is here.
  dialog = await openDialog(page);
  await dialog.getByTestId('restore-path').fill(target);
  await dialog.getByTestId('restore-run').click();
  const report = dialog.getByTestId('restore-report');
  await expect(report).toContainText('恢复完成');
  await expect(report.getByTestId('report-added')).toHaveText('新增文档：1 篇');
  await expect(report.getByTestId('report-updated')).toHaveText('更新为备份中较新的版本：0 篇');
  await expect(report.getByTestId('report-keptLocal')).toHaveText('本机版本相同或较新，保留本机：1 篇');
  await expect(report.getByTestId('report-keptBoth')).toHaveText('同一版本内容不同，两份都保留：0 篇');
  await expect(report.getByTestId('report-templates')).toHaveText('恢复模板：0 个');
  await expect(report.getByTestId('report-previousLibrary')).toHaveCount(0);
  await docScreenshot(page, 'backup-zh-CN');
  await dialog.getByTestId('backup-close').click();
  // the list behind the dialog was read again (last changed first: each keeps its own date)
  await expect(titles(page)).toHaveText(['科技局专题会议纪要', '防汛工作会议纪要']);

  // and it is on disk, not only on screen: quit and relaunch
  await app.restart();
  await page.reload();
  await expect(titles(page)).toHaveText(['科技局专题会议纪要', '防汛工作会议纪要']);
});

test('replaces the library after asking, and says where the old one went', async ({ page, app }) => {
  await seed(app.services.api, '来自旧电脑的纪要');
  const archive = path.join(app.dataDir, 'exports', 'usb', '旧电脑.bdbackup');
  await page.goto(app.host.url);
  let dialog = await openDialog(page);
  // a folder that does not exist yet (a fresh USB stick) is created
  await dialog.getByTestId('backup-path').fill(archive);
  await dialog.getByTestId('backup-run').click();
  await expect(dialog.getByTestId('backup-done')).toContainText('已备份 1 篇文档');
  await dialog.getByTestId('backup-close').click();

  // This machine then gets a document of its own.
  const mine = await seed(app.services.api, '本机新写的纪要');
  await page.reload();
  await expect(page.getByTestId('doc-row')).toHaveCount(2);

  dialog = await openDialog(page);
  await dialog.getByTestId('restore-path').fill(archive);
  await dialog.getByTestId('restore-replace').check();
  await expect(dialog).toContainText('不删除');
  await dialog.getByTestId('restore-run').click();
  const confirm = dialog.getByTestId('restore-confirm');
  await expect(confirm).toContainText('替换当前文件库？');
  await expect(confirm).toContainText('不会删除');
  // Cancel has the focus: the safe way out, nothing is replaced
  await expect(confirm.getByTestId('restore-confirm-cancel')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(confirm).toBeHidden();
  await expect(dialog.getByTestId('restore-report')).toHaveCount(0);
  expect((await app.services.api['docs:list']({})).entries).toHaveLength(2);

  await dialog.getByTestId('restore-run').click();
  await confirm.getByTestId('restore-confirm-replace').click();
  const report = dialog.getByTestId('restore-report');
  await expect(report.getByTestId('report-added')).toHaveText('新增文档：1 篇');
  const previous = report.getByTestId('report-previousLibrary');
  await expect(previous).toContainText('原文件库已移到：');
  const aside = (await previous.textContent())!.replace('原文件库已移到：', '');
  expect(path.basename(aside)).toMatch(/^replaced-/);
  // set aside, not deleted
  expect(existsSync(path.join(aside, 'documents', `${mine.id}.json`))).toBe(true);
  await dialog.getByTestId('backup-close').click();
  await expect(titles(page)).toHaveText(['来自旧电脑的纪要']);
});

test('a damaged archive, a missing file or a bad path is said plainly and changes nothing', async ({ page, app }) => {
  await seed(app.services.api, '不能丢的纪要');
  const exportsDir = path.join(app.dataDir, 'exports');
  mkdirSync(exportsDir, { recursive: true });
  const garbage = path.join(exportsDir, '坏的备份.bdbackup');
  writeFileSync(garbage, 'PK\x03\x04 this is not a zip at all');
  await page.goto(app.host.url);
  const dialog = await openDialog(page);
  const error = dialog.getByTestId('restore-error');

  await dialog.getByTestId('restore-path').fill(garbage);
  await dialog.getByTestId('restore-run').click();
  await expect(error).toContainText('这不是有效的简报台备份文件，或文件已损坏');
  await expect(error).toContainText('文件库没有任何改动');

  // replace is refused the same way, after the question: nothing is set aside
  await dialog.getByTestId('restore-replace').check();
  await dialog.getByTestId('restore-run').click();
  await dialog.getByTestId('restore-confirm-replace').click();
  await expect(error).toContainText('这不是有效的简报台备份文件');
  expect(readdirSync(app.dataDir).some((n) => n.startsWith('replaced-'))).toBe(false);

  const missing = path.join(exportsDir, '没有这个文件.bdbackup');
  await dialog.getByTestId('restore-merge').check();
  await dialog.getByTestId('restore-path').fill(missing);
  await dialog.getByTestId('restore-run').click();
  await expect(error).toHaveText(`找不到文件 ${missing}。文件库没有任何改动。`);

  await dialog.getByTestId('restore-path').fill('备份.bdbackup');
  await dialog.getByTestId('restore-run').click();
  await expect(error).toContainText('请填写完整的文件路径');

  // browser mode reads and writes only in the allowed folders: anything else is refused plainly
  await dialog.getByTestId('restore-path').fill('/etc/hostname');
  await dialog.getByTestId('restore-run').click();
  await expect(error).toContainText(`不能读写 /etc/hostname：这里只能使用这些文件夹中的文件：${exportsDir}`);
  await dialog.getByTestId('backup-path').fill(path.join(app.dataDir, 'index.json'));
  await dialog.getByTestId('backup-run').click();
  await expect(dialog.getByTestId('backup-error')).toContainText(`不能读写 ${path.join(app.dataDir, 'index.json')}`);

  // a backup where no folder can be made (its parent is a file)
  await dialog.getByTestId('backup-path').fill(path.join(garbage, 'x.bdbackup'));
  await dialog.getByTestId('backup-run').click();
  await expect(dialog.getByTestId('backup-error')).toContainText('无法写入');

  await dialog.getByTestId('backup-close').click();
  await expect(titles(page)).toHaveText(['不能丢的纪要']);
  expect((await app.services.api['docs:list']({ trashed: true })).entries).toHaveLength(0);
});

test("speaks the user's language: Traditional Chinese and English", async ({ page, app }) => {
  await page.goto(app.host.url);
  await page.getByTestId('locale').selectOption('zh-TW');
  let dialog = await openDialog(page);
  await expect(dialog.getByRole('heading', { level: 2 })).toHaveText('備份與還原');
  await expect(dialog.getByTestId('backup-path')).toHaveValue(/簡報台備份-\d{8}-\d{4}\.bdbackup$/);
  await dialog.getByTestId('backup-close').click();
  await page.getByTestId('locale').selectOption('en');
  dialog = await openDialog(page);
  await dialog.getByTestId('restore-path').fill(path.join(app.dataDir, 'exports', 'none.bdbackup'));
  await dialog.getByTestId('restore-run').click();
  await expect(dialog.getByTestId('restore-error')).toContainText('There is no file');
});
