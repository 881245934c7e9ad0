import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { Briefing } from '../../shared/model';
import { expect, test } from './fixtures';
import { docScreenshot } from './screenshot';

const seed = Briefing.parse(JSON.parse(readFileSync(path.resolve('tests/fixtures/export/minutes-seed-hans.json'), 'utf8')));

test('batch export from the library: the documents shown, as PDF, with progress, into the exports folder', async ({ page, app }) => {
  for (let i = 0; i < 3; i++) await app.services.store.create({ ...structuredClone(seed), id: `e2e-batch-${i}`, title: `批量纪要${i + 1}` });
  await app.services.store.create({ ...structuredClone(seed), id: 'e2e-batch-other', title: '其他报告' });
  await page.goto(app.host.url);
  await expect(page.getByTestId('doc-row')).toHaveCount(4);
  // the library's search is the selection: the three 批量纪要
  await page.getByTestId('search').fill('批量纪要');
  await expect(page.getByTestId('doc-row')).toHaveCount(3);

  await page.getByTestId('batch-open').click();
  const dialog = page.getByTestId('batch-dialog');
  await expect(dialog.getByTestId('batch-scope')).toContainText('列表中显示的 3 篇');
  const exportsDir = path.join(app.dataDir, 'exports');
  await expect(dialog.getByTestId('batch-dir')).toHaveValue(exportsDir);
  await dialog.getByTestId('batch-start').click();
  await expect(dialog.getByTestId('batch-progress')).toBeVisible();
  await expect(dialog.getByTestId('batch-done')).toContainText('已导出 3 个文件', { timeout: 60_000 });
  await expect(dialog.getByTestId('batch-progress')).toContainText('已完成 3 / 3');
  await docScreenshot(page, 'export-batch-zh-CN');
  const files = readdirSync(exportsDir).sort();
  expect(files).toEqual(['批量纪要1_2024-02-19.pdf', '批量纪要2_2024-02-19.pdf', '批量纪要3_2024-02-19.pdf']);
  for (const f of files) expect(readFileSync(path.join(exportsDir, f)).subarray(0, 5).toString()).toBe('%PDF-');
});
