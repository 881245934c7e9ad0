import { expect, test } from './fixtures';

// More documents than the search returns (500): the list is virtualised and the count is honest.
const COUNT = 600;

test('a long library keeps few rows in the page, scrolls to the last one and says how many matched when capped', async ({ page, app }) => {
  test.setTimeout(180_000);
  const api = app.services.api;
  for (let i = 0; i < COUNT; i++) await api['docs:create']({ templateId: 'builtin-minutes-hans', title: `第${i + 1}号会议纪要` });
  await page.goto(app.host.url);
  await expect(page.getByTestId('doc-count')).toHaveText(`共 ${COUNT} 篇`);
  const rows = page.getByTestId('doc-row');
  // the rows follow the count (deferred, so typing never waits for them)
  await expect(rows.first()).toContainText(`第${COUNT}号会议纪要`); // newest first
  // only the rows in view and a few around them are in the DOM
  const inDom = await rows.count();
  expect(inDom).toBeGreaterThan(5);
  expect(inDom).toBeLessThan(80);
  await expect(page.locator('table.doc-table')).toHaveAttribute('aria-rowcount', String(COUNT + 1));

  // the page scrolls as if every row were there; the last row appears at the bottom
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect(page.getByRole('row', { name: '第1号会议纪要', exact: true })).toBeVisible();
  await expect(page.getByRole('row', { name: '第1号会议纪要', exact: true })).toHaveAttribute('aria-rowindex', String(COUNT + 1));
  await page.evaluate(() => window.scrollTo(0, 0));

  // every document matches: the search returns its first 500 and the count says so
  await page.getByTestId('search').fill('会议纪要');
  await expect(page.getByTestId('doc-count')).toHaveText(`找到 ${COUNT} 篇，显示前 500 篇`);
  await page.getByTestId('filter-kind').selectOption('report');
  await expect(page.getByTestId('doc-count')).toHaveText(`找到 ${COUNT} 篇，前 500 篇中 0 篇符合筛选条件`);
  await page.getByTestId('filter-kind').selectOption('');
  await page.getByTestId('search').fill('第7号会议');
  await expect(page.getByTestId('doc-count')).toHaveText('找到 1 篇');
  await page.getByTestId('search').press('Escape');
  await expect(page.getByTestId('doc-count')).toHaveText(`共 ${COUNT} 篇`);
  await expect(rows.first()).toContainText(`第${COUNT}号会议纪要`);
});
