import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { Api } from '../../shared/api';
import { expect, test } from './fixtures';

async function seed(api: Api, title: string, templateId: string, paragraph: string, extra: { date?: string; status?: 'draft' | 'review' | 'approved' | 'issued' } = {}) {
  const { doc } = await api['docs:create']({ templateId, title });
  doc.sections[0]!.paragraphs = [paragraph];
  doc.meeting.date = extra.date ?? '';
  doc.status = extra.status ?? 'draft';
  return (await api['docs:save']({ doc })).doc;
}

const titles = (page: Page) => page.getByTestId('doc-row').locator('td.title-cell');

test('searches title, meeting fields and body in Chinese while typing, with the matches highlighted', async ({ page, app }) => {
  const api = app.services.api;
  await seed(api, '科技局专题会议纪要', 'builtin-minutes-hans', '会议研究了科技创新平台建设和新质生产力培育工作。', { date: '2024-03-05' });
  await seed(api, '防汛工作会议纪要', 'builtin-minutes-hans', '会议部署防汛抗旱工作，要求压实各级责任。', { date: '2024-05-20' });
  await seed(api, '工作简报第5期', 'builtin-work-briefing-hans', '深入推进“百千万工程”，新质生产力加快形成。', { date: '2024-04-01' });
  await page.goto(app.host.url);
  await expect(page.getByTestId('doc-row')).toHaveCount(3);

  const search = page.getByTestId('search');
  await search.pressSequentially('新质生产');
  await expect(page.getByTestId('doc-row')).toHaveCount(2);
  await expect(page.getByTestId('doc-count')).toHaveText('找到 2 篇');
  await expect(page.getByTestId('snippet').first().locator('mark')).toHaveText('新质生产');
  await search.fill('压实');
  await expect(page.getByTestId('doc-row')).toHaveCount(1);
  await expect(titles(page)).toContainText('防汛工作会议纪要');
  await expect(titles(page).locator('mark')).toHaveText('压实');
  await search.fill('防汛');
  await expect(page.getByTestId('doc-row').first().locator('mark').first()).toHaveText('防汛');
  await search.fill('没有这个词');
  await expect(page.getByTestId('no-results')).toBeVisible();
  await search.press('Escape');
  await expect(page.getByTestId('doc-row')).toHaveCount(3);
});

test('sorts by each column, filters by kind and status, duplicates, deletes with undo, restores, and empties the trash after asking', async ({ page, app }) => {
  const api = app.services.api;
  await seed(api, '乙会议纪要', 'builtin-minutes-hans', '正文乙', { date: '2024-02-01', status: 'review' });
  await seed(api, '甲会议报道', 'builtin-topic-report-hans', '正文甲', { date: '2024-03-01', status: 'issued' });
  await seed(api, '丙简报', 'builtin-work-briefing-hans', '正文丙', { date: '2024-01-01' });
  await page.goto(app.host.url);
  const t = titles(page);
  await expect(t).toHaveText(['丙简报', '甲会议报道', '乙会议纪要']); // last changed first

  await page.getByTestId('sort-meetingDate').click();
  await expect(t).toHaveText(['甲会议报道', '乙会议纪要', '丙简报']);
  await page.getByTestId('sort-meetingDate').click();
  await expect(t).toHaveText(['丙简报', '乙会议纪要', '甲会议报道']);
  await page.getByTestId('sort-kind').click();
  await expect(t).toHaveText(['乙会议纪要', '丙简报', '甲会议报道']);
  await page.getByTestId('sort-status').click();
  await expect(t).toHaveText(['丙简报', '乙会议纪要', '甲会议报道']);
  await page.getByTestId('sort-title').click();
  await expect(t.first()).toBeVisible();
  await page.getByTestId('sort-updatedAt').click();
  await expect(t).toHaveText(['丙简报', '甲会议报道', '乙会议纪要']);

  await page.getByTestId('filter-kind').selectOption('minutes');
  await expect(t).toHaveText(['乙会议纪要']);
  await page.getByTestId('filter-kind').selectOption('');
  await page.getByTestId('filter-status').selectOption('issued');
  await expect(t).toHaveText(['甲会议报道']);
  await page.getByTestId('filter-status').selectOption('');

  // Duplicate, then delete with undo.
  await page.getByTestId('doc-row').filter({ hasText: '丙简报' }).getByRole('button', { name: '创建副本' }).click();
  await expect(page.getByTestId('doc-row')).toHaveCount(4);
  await expect(page.getByRole('cell', { name: '丙简报（副本）', exact: true })).toBeVisible();
  await page.getByTestId('doc-row').filter({ hasText: '丙简报（副本）' }).getByRole('button', { name: '删除' }).click();
  await expect(page.getByTestId('doc-row')).toHaveCount(3);
  await page.getByTestId('trash-toast').getByRole('button', { name: '撤销' }).click();
  await expect(page.getByTestId('doc-row')).toHaveCount(4);

  // Delete two, restore one from the trash, empty the trash (cancel first, then confirm).
  await page.getByTestId('doc-row').filter({ hasText: '丙简报（副本）' }).getByRole('button', { name: '删除' }).click();
  await page.getByTestId('doc-row').filter({ hasText: '乙会议纪要' }).getByRole('button', { name: '删除' }).click();
  await expect(page.getByTestId('doc-row')).toHaveCount(2);
  await page.getByRole('button', { name: '回收站' }).click();
  await expect(page.getByTestId('doc-row')).toHaveCount(2);
  await page.getByTestId('doc-row').filter({ hasText: '乙会议纪要' }).getByRole('button', { name: '还原' }).click();
  await expect(page.getByTestId('doc-row')).toHaveCount(1);
  await page.getByRole('button', { name: '清空回收站' }).click();
  const confirm = page.getByTestId('confirm-dialog');
  await expect(confirm).toContainText('永久删除回收站中的 1 篇文档');
  await confirm.getByRole('button', { name: '取消' }).click();
  await expect(page.getByTestId('doc-row')).toHaveCount(1);
  await page.getByRole('button', { name: '清空回收站' }).click();
  await confirm.getByRole('button', { name: '永久删除' }).click();
  await expect(page.getByText('回收站是空的。')).toBeVisible();
  await page.getByRole('button', { name: '文档库' }).click();
  await expect(t).toHaveText(['丙简报', '甲会议报道', '乙会议纪要']);
});

test('exports a user template as JSON and imports it back; refuses a file that is not a template', async ({ page, app }) => {
  const api = app.services.api;
  const { doc } = await api['docs:create']({ templateId: 'builtin-minutes-hans' });
  const template = {
    id: 'user-shared-one',
    name: '共享模板',
    description: '办公室共享',
    kind: doc.kind,
    script: doc.script,
    builtIn: false,
    body: { title: '共享模板标题', meeting: doc.meeting, masthead: doc.masthead, distribution: doc.distribution, sections: doc.sections },
  };
  await api['templates:save']({ template });
  await page.goto(app.host.url);
  await page.getByRole('button', { name: '新建', exact: true }).click();
  const dialog = page.getByTestId('new-dialog');
  // written by the services into the data dir's exports/ (the app: where its save dialog chose),
  // not downloaded by the page: the app cancels every download
  await dialog.getByRole('button', { name: '导出', exact: true }).click();
  const file = path.join(app.dataDir, 'exports', '共享模板.json');
  await expect(dialog.getByRole('status')).toHaveText(`已导出 1 个模板到 ${file}。`);
  expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({ format: 'briefing-desk/templates', templates: [{ id: 'user-shared-one', name: '共享模板' }] });
  // a second export never overwrites the first
  await dialog.getByRole('button', { name: '导出', exact: true }).click();
  await expect(dialog.getByRole('status')).toHaveText(`已导出 1 个模板到 ${path.join(app.dataDir, 'exports', '共享模板 (2).json')}。`);
  await dialog.getByTestId('delete-template-user-shared-one').click();
  await page.getByTestId('confirm-dialog').getByRole('button', { name: '删除' }).click();
  await expect(dialog.getByText('还没有自己的模板')).toBeVisible();
  await dialog.getByTestId('import-file').setInputFiles(file);
  await expect(dialog.getByText('已导入 1 个模板。')).toBeVisible();
  await expect(dialog.getByRole('button', { name: /共享模板/ })).toBeVisible();
  await dialog.getByTestId('import-file').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{"hello":1}') });
  await expect(dialog.getByRole('alert')).toHaveText('这个文件不是简报台的模板文件。');
});
