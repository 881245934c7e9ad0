import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';
import { openImport, paste } from './import-helpers';
import { docScreenshot } from './screenshot';

/** A report with an action list: five tasks, meeting on 2025-03-01 (so most deadlines have passed). */
const REPORT = readFileSync(new URL('../fixtures/tasks/report-with-actions.txt', import.meta.url), 'utf8');

test('the register from an imported report: parsed deadlines, progress, done, overdue, XLSX and PDF', async ({ page, app }) => {
  test.setTimeout(240_000);
  // which channels the page asks, in order: the badge must never pull the whole register
  const asked: string[] = [];
  page.on('request', (r) => {
    const channel = /"channel":"([^"]+)"/.exec(r.postData() ?? '')?.[1];
    if (channel) asked.push(channel);
  });
  await openImport(page, app.host.url);
  await paste(page.getByTestId('import-paste'), { 'text/plain': REPORT });
  await expect(page.getByTestId('import-draft').getByTestId('draft-item')).toHaveCount(5);
  await page.getByTestId('import-accept').click();
  await expect(page.getByTestId('title')).toBeVisible(); // saved and open in the editor

  // the top bar's overdue badge has asked for its count; only the register view asks for the rows
  expect(asked).toContain('tasks:summary');
  expect(asked).not.toContain('tasks:list');
  await page.getByTestId('nav-tasks').click();
  const rows = page.getByTestId('task-row');
  await expect(rows).toHaveCount(5);
  const row = (text: string) => rows.filter({ hasText: text });
  await expect(row('老旧小区').getByTestId('task-due-date')).toHaveText('2025-03-31');
  await expect(row('积水点').getByTestId('task-due-date')).toHaveText('2025-05-20');
  await expect(row('防汛应急预案').getByTestId('task-due-date')).toHaveText('2025-03-14');
  await expect(row('校舍安全').getByTestId('task-due-date')).toHaveText('2026-02-16');
  await expect(row('周调度').getByTestId('task-due-date')).toContainText('长期');
  // four are past their deadline today; the badge in the top bar says so
  await expect(page.getByTestId('overdue-badge')).toHaveText('4');
  await docScreenshot(page, 'tasks-register-zh-CN', { fullPage: true });

  // progress on two tasks, one of them marked done
  await row('积水点').click();
  await page.getByTestId('detail-note').fill('已完成12处积水点改造，剩余3处6月底前完工');
  await page.getByTestId('detail-by').fill('市水务局 张三');
  await page.getByTestId('detail-save').click();
  await expect(page.getByTestId('task-notes')).toContainText('剩余3处');
  await expect(row('积水点').getByTestId('task-status')).toContainText('推进中');
  await row('老旧小区').click();
  await page.getByTestId('detail-status').selectOption('done');
  await page.getByTestId('detail-note').fill('补助办法已印发');
  await page.getByTestId('detail-by').fill('市住建局 李四');
  await page.getByTestId('detail-save').click();
  await expect(page.getByTestId('task-notes')).toContainText('补助办法已印发');
  await expect(page.getByTestId('overdue-badge')).toHaveText('3');
  await docScreenshot(page, 'tasks-detail-zh-CN', { fullPage: false });

  // the overdue view, then search within it
  await page.getByTestId('tasks-view-overdue').click();
  await expect(rows).toHaveCount(3);
  await expect(row('老旧小区')).toHaveCount(0);
  await page.getByTestId('tasks-search').fill('应急');
  await expect(rows).toHaveCount(1);
  await page.getByTestId('tasks-search').fill('');

  // export the overdue view as XLSX and the open tasks as PDF
  await page.getByTestId('tasks-export-open').click();
  const exportsDir = path.join(app.dataDir, 'exports');
  const xlsx = path.join(exportsDir, 'overdue.xlsx');
  // as a person would: the field shows its default path first (it arrives with the app mode)
  await expect(page.getByTestId('tasks-export-path')).toHaveValue(/exports[\\/].+\.xlsx$/);
  await page.getByTestId('tasks-export-path').fill(xlsx);
  await page.getByTestId('tasks-export-run').click();
  await expect(page.getByTestId('tasks-export-message')).toContainText('3');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(xlsx);
  const ws = wb.worksheets[0]!;
  expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  expect(ws.rowCount).toBe(4);
  const header = (ws.getRow(1).values as unknown[]).slice(1);
  const dueCol = header.indexOf('时限日期') + 1;
  const dates = [2, 3, 4].map((r) => ws.getRow(r).getCell(dueCol).value);
  expect(dates.every((d) => d instanceof Date)).toBe(true);

  await page.getByTestId('tasks-view-open').click();
  await expect(rows).toHaveCount(4);
  await page.getByTestId('tasks-format-pdf').check();
  // the path typed for the XLSX stays the person's: the new format changes its extension only
  await expect(page.getByTestId('tasks-export-path')).toHaveValue(xlsx.replace(/\.xlsx$/, '.pdf'));
  const pdf = path.join(exportsDir, 'register.pdf');
  await page.getByTestId('tasks-export-path').fill(pdf);
  await page.getByTestId('tasks-export-run').click();
  await expect(page.getByTestId('tasks-export-message')).toContainText('4', { timeout: 60_000 });
  expect(statSync(pdf).size).toBeGreaterThan(1000);
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  expect(text).toContain('督办事项台账');
  expect(text).toContain('积水点');
  expect(text).toContain('逾期');
  const fonts = execFileSync('pdffonts', [pdf], { encoding: 'utf8' });
  expect(fonts).not.toMatch(/Type 3/);
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', pdf, test.info().outputPath('register-page')]);
  expect(text).toMatch(/督办〔\d{4}〕\d+号/);
  expect(text).toMatch(/共4项：已销号0项，推进中\d项，逾期\d项/);

  // 督办编号 and the computed 时限状态 on screen
  await expect(row('防汛应急预案').getByTestId('task-number')).toHaveText(/^督办〔\d{4}〕\d+号$/);
  await expect(row('防汛应急预案').getByTestId('task-time-state')).toHaveText('逾期');
  await expect(row('防汛应急预案').getByTestId('task-time-state')).toHaveAttribute('data-state', 'overdue');

  // progress back from a unit: the overdue sheet, edited; the changes are shown before anything applies
  const statusCol = header.indexOf('办理状态') + 1;
  const noteCol = header.indexOf('本次进展（填写）') + 1;
  const textCol = header.indexOf('督办事项') + 1;
  const keyCol = header.indexOf('系统标识') + 1;
  const held = String(ws.getRow(2).getCell(textCol).value);
  const noted = String(ws.getRow(3).getCell(textCol).value);
  ws.getRow(2).getCell(statusCol).value = '暂缓';
  ws.getRow(3).getCell(noteCol).value = '已修订初稿，待审议';
  const extra = ws.addRow([]);
  extra.getCell(textCol).value = '不在台账中的事项';
  extra.getCell(keyCol).value = 'nope/nope';
  const edited = path.join(exportsDir, 'overdue-back.xlsx');
  await wb.xlsx.writeFile(edited);
  await page.getByTestId('tasks-import-open').click();
  await page.getByTestId('tasks-import-file').setInputFiles(edited);
  const changes = page.getByTestId('tasks-import-changes').locator('li');
  await expect(changes).toHaveCount(2);
  await expect(changes.filter({ hasText: held })).toContainText('暂缓');
  await expect(changes.filter({ hasText: noted })).toContainText('已修订初稿，待审议');
  await expect(page.getByTestId('tasks-import-unknown')).toContainText('不在台账中的事项');
  await expect(row(held).getByTestId('task-status')).not.toContainText('暂缓'); // nothing applied yet
  await docScreenshot(page, 'tasks-import-preview-zh-CN', { fullPage: true });
  await page.getByTestId('tasks-import-apply').click();
  await expect(page.getByTestId('tasks-import')).toContainText('已更新 2 项');
  await expect(row(held).getByTestId('task-status')).toContainText('暂缓');
  await row(noted).click();
  await expect(page.getByTestId('task-notes')).toContainText('已修订初稿，待审议');
  await docScreenshot(page, 'tasks-register-after-import-zh-CN', { fullPage: true });
});
