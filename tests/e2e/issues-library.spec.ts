import { blankItem, newSeries, Section } from '../../shared/model';
import { expect, test } from './fixtures';

/**
 * The library lists issues beside documents and its search box finds them by what is inside them
 * (item text, in either script), and opening one goes to the issue composer.
 */
test('the library search finds an issue by its items and opens it in the composer', async ({ app, page }) => {
  const { api } = app.services;
  await api['docs:create']({ templateId: 'builtin-topic-report-hans', title: '科技创新调研报告' });
  const { series } = await api['series:save']({ series: newSeries({ name: '工作简报', issuer: '市政府办公室', numbering: { resetYearly: true, total: false, supplements: false }, now: new Date() }) });
  const { issue } = await api['issues:create']({ seriesId: series.id });
  const item = { ...blankItem('全市防汛工作推进会召开'), sections: [Section.parse({ id: 's-flood-01', kind: 'text', paragraphs: ['全市已转移安置群众一千二百余人。'] })] };
  await api['issues:save']({ issue: { ...issue, items: [item] } });

  await page.goto(app.host.url);
  await expect(page.getByTestId('doc-row')).toHaveCount(1);
  await expect(page.getByTestId('issue-row')).toHaveCount(1);

  // words from an item's body, typed in 繁体: no document has them, the issue does
  await page.getByTestId('search').fill('轉移安置');
  await expect(page.getByTestId('issue-row')).toHaveCount(1);
  await expect(page.getByTestId('doc-row')).toHaveCount(0);
  await expect(page.getByTestId('no-results')).toHaveCount(0);
  await page.getByTestId('search').fill('调研报告');
  await expect(page.getByTestId('doc-row')).toHaveCount(1);
  await expect(page.getByTestId('issue-row')).toHaveCount(0);
  await page.getByTestId('search').fill('工作简报');
  await expect(page.getByTestId('issue-row')).toHaveCount(1);

  await page.getByTestId('issue-row').getByRole('button').click();
  await expect(page.getByTestId('composer')).toBeVisible();
  await expect(page.getByTestId('item-title')).toHaveValue('全市防汛工作推进会召开');
});
