import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';
import { docScreenshot } from './screenshot';
import { SEED, openImport, paste } from './import-helpers';

test('seed with its punctuation cleanup undone: problems panel, markers, fix all punctuation, dismiss kept per document', async ({ page, app }) => {
  await openImport(page, app.host.url);
  await paste(page.getByTestId('import-paste'), { 'text/plain': SEED });
  await expect(page.getByTestId('draft-item')).toHaveCount(6);
  // Undo every half-width punctuation fix in the import view: the draft keeps the ASCII commas.
  await page.getByTestId('changes-punctuation').locator('summary').click();
  await page.getByTestId('undo-kind-punctuation').click();
  await expect(page.getByTestId('redo-kind-punctuation')).toBeVisible();
  await expect(page.getByTestId('import-draft')).toContainText('近日,市科技局');
  await expect(page.getByTestId('draft-chair')).toContainText('宋巍');
  await page.getByTestId('import-accept').click();

  const panel = page.getByTestId('problems');
  await expect(panel).toBeVisible();
  const pun = panel.getByTestId('problem-group-PUN-01');
  await expect(pun).toBeVisible();
  const before = await pun.getByTestId('problem').count();
  expect(before).toBeGreaterThan(10);
  // Markers under the text of the paragraphs.
  await expect(page.locator('.check-marks mark[data-rule="PUN-01"]').first()).toBeVisible();
  await docScreenshot(page, 'check-problems-zh-CN');
  await page.getByTestId('problems').getByRole('button', { name: '收起' }).click();
  await page.locator('textarea.para').first().scrollIntoViewIfNeeded();
  await docScreenshot(page, 'check-markers-zh-CN');
  await page.getByTestId('problems-open').click();

  await pun.getByTestId('fix-all-PUN-01').click();
  // Only the '?' inside the damaged run stays: it may be damage, so it has no automatic fix.
  await expect(pun.getByTestId('problem-fix')).toHaveCount(0);
  await expect(pun.getByTestId('problem')).toHaveCount(1);
  await expect(page.locator('textarea.para').first()).toHaveValue(/^近日，市科技局/);
  await expect(page.locator('.check-marks mark[data-rule="PUN-01"]')).toHaveCount(1);
  // One undo step brings all of them back (a fix is an edit like any other).
  await page.getByTestId('undo').click();
  await expect(pun.getByTestId('problem-fix').first()).toBeVisible();
  await page.getByTestId('redo').click();
  await expect(pun.getByTestId('problem-fix')).toHaveCount(0);

  // Dismiss a script-mixing finding for this document: it stays dismissed after a reload.
  const lng = panel.getByTestId('problem-group-LNG-02');
  const lngBefore = await lng.getByTestId('problem').count();
  await lng.getByTestId('problem-dismiss').first().click();
  await expect(lng.getByTestId('problem')).toHaveCount(lngBefore - 1);
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByTestId('save-state')).toHaveText('已保存');
  await page.reload();
  await page.getByTestId('doc-row').first().dblclick();
  await expect(page.getByTestId('problems-restore')).toBeVisible();
  await expect(panel.getByTestId('problem-group-LNG-02').getByTestId('problem')).toHaveCount(lngBefore - 1);

  // Export: the editor has no export button yet (ExportDialog is not mounted), so the saved,
  // proofread document goes through the same export:pdf channel the dialog will call.
  // TODO(export UI): replace with the dialog once it is mounted in the editor.
  const { entries } = await app.services.api['docs:list']({});
  const pdf = path.join(app.dataDir, 'exports', 'seed.pdf');
  const out = await app.services.api['export:pdf']({ id: entries[0]!.id, path: pdf });
  expect(out.pages).toBeGreaterThan(0);
  expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
});

test('typing a half-width comma marks it as you type; fix one from the panel', async ({ page, app }) => {
  await page.goto(app.host.url);
  await page.getByRole('button', { name: '新建' }).click();
  await page.getByTestId('template-builtin-minutes-hans').click();
  const para = page.locator('textarea.para').first();
  await para.fill('会议指出,要抓好科技创新。');
  const group = page.getByTestId('problems').getByTestId('problem-group-PUN-01');
  await expect(group.getByTestId('problem')).toHaveCount(1);
  await expect(page.locator('.check-marks mark[data-rule="PUN-01"]')).toHaveText(',');
  await group.getByTestId('problem-fix').click();
  await expect(para).toHaveValue('会议指出，要抓好科技创新。');
  await expect(group).toHaveCount(0);
});

test('a wrong word is flagged by the word layer; accepting it for the office silences it', async ({ page, app }) => {
  test.setTimeout(120_000);
  await page.goto(app.host.url);
  await page.getByRole('button', { name: '新建' }).click();
  await page.getByTestId('template-builtin-minutes-hans').click();
  await page.locator('textarea.para').first().fill('会议要求，各单位不能松驰懈怠。');
  // The first check starts the word worker (jieba and its dictionary: seconds on a busy machine);
  // checks answer without it meanwhile, and the editor asks again until it is ready.
  const group = page.getByTestId('problems').getByTestId('problem-group-WRD-01');
  await expect(group.getByTestId('problem')).toHaveCount(1, { timeout: 90_000 });
  await expect(page.getByTestId('words-pending')).toHaveCount(0);
  await expect(group).toContainText('错别字：“松驰”应为“松弛”。');
  await docScreenshot(page, 'check-word-layer-zh-CN');
  await group.getByTestId('problem-accept').click();
  await expect(group).toHaveCount(0);
  await expect.poll(async () => (await app.services.api['check:accepted:get']({})).words).toEqual(['松驰']);
});
