import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';
import { docScreenshot } from './screenshot';

const REPORTS = [
  ['全市防汛工作推进会召开', '5月18日，市政府召开全市防汛工作推进会，部署汛前准备工作。'],
  ['科技局开展创新主体走访调研', '市科技局组织专班走访重点企业，收集研发难题二十三项。'],
  ['安全生产大检查取得阶段成效', '各地排查隐患一千二百余处，已整改九成以上。'],
] as const;
const IMPORTED = '关于基层减负工作的情况报告\n\n今年以来，我区持续推进基层减负，精简会议文件三成。';

/**
 * Issue 9's "done when", in the UI from a fresh start: create a series, compose an issue from
 * three library documents plus one imported report, reorder by button and by keyboard, add a
 * 按语, issue it, export PDF and DOCX. Screenshots of the composer and of the PDF's first page.
 */
test('compose, issue and export a 简报 issue', async ({ app, page }, info) => {
  test.setTimeout(120_000);
  const { api } = app.services;
  // the three library documents (the library itself is not what this test is about)
  for (const [title, body] of REPORTS) {
    const { doc } = await api['docs:create']({ templateId: 'builtin-topic-report-hans', title });
    await api['docs:save']({ doc: { ...doc, sections: [{ ...doc.sections[0]!, heading: '', lead: '', paragraphs: [body] }] } });
  }
  page.on('dialog', (d) => void d.accept());
  await page.goto(app.host.url);

  // a series and one address-book entry
  await page.getByTestId('nav-series').click();
  await page.getByTestId('series-add').click();
  await page.getByTestId('series-name').fill('工作简报');
  await page.getByTestId('series-issuer').fill('市人民政府办公室');
  await page.getByTestId('series-copies').fill('120');
  await page.getByTestId('series-save').click();
  await expect(page.getByTestId('series-row')).toHaveText(['工作简报']);
  await page.getByTestId('address-name').fill('市委办公室');
  await page.getByTestId('address-add').click();
  await expect(page.getByTestId('address-entry')).toHaveCount(1);

  // a new issue takes the next number and today's date
  await page.getByTestId('issue-new').click();
  await expect(page.getByTestId('composer')).toBeVisible();
  await expect(page.getByTestId('issue-number')).toHaveValue('1');
  await expect(page.getByTestId('issue-status')).toHaveText('草稿');

  await page.getByTestId('add-library').click();
  // the picker appears only after docs:list answers, and locator.all() does not wait: without
  // this line a slow machine checks no box at all and add-picked stays disabled (CI, stop 11)
  await expect(page.getByTestId('pick-doc')).toHaveCount(3);
  for (const box of await page.getByTestId('pick-doc').all()) await box.check();
  await page.getByTestId('add-picked').click();
  await expect(page.getByTestId('issue-item')).toHaveCount(3);
  await page.getByTestId('add-import').click();
  await page.getByTestId('import-text').fill(IMPORTED);
  await page.getByTestId('import-do').click();
  await expect(page.getByTestId('issue-item')).toHaveCount(4);

  const titles = () => page.getByTestId('item-title').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
  const start = await titles();
  expect(start[3]).toContain('基层减负');
  // reorder: the first item down by button, the imported report to the top by Alt+↑ three times
  await page.getByTestId('item-down').first().click();
  const last = page.getByTestId('item-title').nth(3);
  await last.focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press('Alt+ArrowUp');
  const order = [start[3], start[1], start[0], start[2]];
  expect(await titles()).toEqual(order);

  await page.getByTestId('item-note').nth(1).fill('各地要对照检查，抓好落实。');
  await page.getByTestId('dist-report').locator('select').selectOption({ label: '市委办公室' });
  await expect(page.getByTestId('issue-contents')).toContainText(order[0]!);
  await page.getByTestId('issue-save').click();
  await expect(page.getByTestId('composer-message')).toHaveText('已保存。');
  await docScreenshot(page, 'issue-composer-zh-CN', { fullPage: true });

  await page.getByTestId('issue-issue').click();
  await expect(page.getByTestId('issue-status')).toHaveText('已印发');
  await expect(page.getByTestId('issue-number')).toBeDisabled();

  await page.getByTestId('issue-export-pdf').click();
  await expect(page.getByTestId('composer-message')).toContainText('已导出到', { timeout: 60_000 });
  await page.getByTestId('issue-export-docx').click();
  await expect(page.getByTestId('composer-message')).toContainText('.docx', { timeout: 60_000 });

  const exportsDir = path.join(app.dataDir, 'exports');
  const files = readdirSync(exportsDir);
  const pdf = path.join(
    exportsDir,
    files.find((f) => f.endsWith('.pdf'))!,
  );
  const docx = path.join(
    exportsDir,
    files.find((f) => f.endsWith('.docx'))!,
  );
  expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
  expect(readFileSync(docx).subarray(0, 2).toString()).toBe('PK');
  // every item title, the number, the 按语 and the 报尾 are in the PDF's text
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
  for (const title of order) expect(text).toContain(title!.replace(/\s+/g, ''));
  expect(text).toContain('第1期');
  expect(text).toContain('各地要对照检查');
  expect(text).toContain('报：市委办公室');
  // the first page, as an image beside the screenshots
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdf, info.outputPath('issue-first-page')]);

  // the stored issue is issued with its number in the register, and the library lists it
  const rows = (await api['issues:list']({})).issues;
  expect(rows.map((r) => [r.status, r.number])).toEqual([['issued', 1]]);
  await page.getByRole('button', { name: '文档库' }).first().click();
  await expect(page.getByTestId('issue-row')).toHaveCount(1);
});
