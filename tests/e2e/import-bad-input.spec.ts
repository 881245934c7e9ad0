import iconv from 'iconv-lite';
import { expect, test } from './fixtures';
import { SEED, openImport, paste } from './import-helpers';

test('an empty paste and a 10 MB paste say so and keep the draft on screen; the view stays responsive', async ({ page, app }) => {
  await openImport(page, app.host.url);
  const box = page.getByTestId('import-paste');
  await paste(box, { 'text/plain': '', 'text/html': '' });
  await expect(page.getByTestId('import-notice')).toHaveText('剪贴板中没有文字，未做任何改动。');

  await paste(box, { 'text/plain': SEED });
  await expect(page.getByTestId('draft-item')).toHaveCount(6);

  // 10 MB of text, built in the page so the event carries it exactly as a real paste would.
  // (No wall-clock limit here: on a loaded machine it measures the machine; speed is bench/'s.)
  await box.evaluate((el) => {
    const dt = new DataTransfer();
    dt.setData('text/plain', '会议指出，要抓好落实。\n'.repeat((10 * 1024 * 1024) / 12));
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  });
  await expect(page.getByTestId('import-error')).toContainText('内容太长');
  await expect(page.getByTestId('import-error')).toContainText('上一次的识别结果仍保留在下方');
  // Nothing lost: the previous draft is still there, the paste box did not swallow the text, and the view answers.
  await expect(page.getByTestId('draft-item')).toHaveCount(6);
  await expect(box).toHaveValue('');
  await page.getByTestId('import-convert').selectOption('hans');
  await expect(page.getByTestId('draft-chair')).toContainText('市科技局党组书记');
  await expect(page.getByTestId('draft-item')).toHaveCount(6);
});

test('clipboard HTML with scripts and handlers is imported as text and never runs', async ({ page, app }) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await openImport(page, app.host.url);
  const html =
    '<html><body><p>3月5日上午，市科技局局长张伟主持召开专题会议。</p><script>window.__pwned = 1; alert("x")</script>' +
    '<p>会议指出，要抓好&lt;script&gt;科技创新。</p><img src=x onerror="window.__pwned = 2"><p onclick="alert(3)">会议要求，一是抓项目。二是抓人才。</p></body></html>';
  await paste(page.getByTestId('import-paste'), { 'text/html': html, 'text/plain': 'plain fallback' });
  await expect(page.getByTestId('draft-chair')).toContainText('张伟');
  await expect(page.getByTestId('import-draft')).toContainText('要抓好<script>科技创新');
  await expect(page.getByTestId('draft-item')).toHaveCount(2);
  expect(await page.locator('.import-view script, .import-view img, .import-view [onclick]').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
});

test('picked files: a binary file and an empty file are refused clearly; a GB18030 file is decoded', async ({ page, app }) => {
  await openImport(page, app.host.url);
  const input = page.getByTestId('import-file');
  const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0, 0, 0, 1, 0]);
  await input.setInputFiles({ name: 'photo.png', mimeType: 'image/png', buffer: png });
  await expect(page.getByTestId('import-error')).toHaveText('这不是文本文件（photo.png），无法导入。');
  await input.setInputFiles({ name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) });
  await expect(page.getByTestId('import-error')).toHaveText('文件是空的，没有可导入的文字。');

  const report = '3月5日上午，市科技局局长张伟主持召开专题会议。\n会议指出，要抓好科技创新。\n会议要求，一是抓项目。二是抓人才。\n';
  await input.setInputFiles({ name: 'report.txt', mimeType: 'text/plain', buffer: iconv.encode(report, 'gbk') });
  await expect(page.getByTestId('draft-chair')).toContainText('张伟');
  await expect(page.locator('.pane-head').first()).toContainText('gb18030');
  // A refusal after a good import keeps that draft.
  await input.setInputFiles({ name: 'photo.png', mimeType: 'image/png', buffer: png });
  await expect(page.getByTestId('import-error')).toBeVisible();
  await expect(page.getByTestId('draft-chair')).toContainText('张伟');
});
