import type { Api } from '../../shared/api';
import { expect, test } from './fixtures';
import { newFromTemplate, paste, section, waitSaved } from './helpers-editor';

async function onlyDoc(app: { services: { api: Api } }) {
  const id = (await app.services.api['docs:list']({})).entries[0]!.id;
  return app.services.api['docs:get']({ id });
}

test('a 300-character title is kept on screen with a clear message, and saves once shortened', async ({ page, app }) => {
  await page.goto(app.host.url);
  await newFromTemplate(page, 'builtin-minutes-hans');
  const long = '关于进一步加强科技创新平台建设'.repeat(20); // 300 characters, the model allows 200
  await page.getByTestId('title').fill(long);
  await expect(page.getByTestId('title')).toHaveValue(long); // nothing cut off
  await expect(page.getByTestId('title-error')).toContainText('标题不能超过 200 字（现有 300 字）');
  await expect(page.getByTestId('save-state')).toHaveText('未保存：标题：内容过长（上限 200 字）');
  // Other edits are kept in memory meanwhile; leaving asks first.
  await section(page, 0).locator('textarea').fill('正文照常编辑。');
  await page.getByRole('button', { name: '返回' }).click();
  await expect(page.getByTestId('confirm-dialog')).toContainText('标题：内容过长');
  await page.getByTestId('confirm-dialog').getByRole('button', { name: '留下继续编辑' }).click();
  await page.getByTestId('title').fill(long.slice(0, 200));
  await waitSaved(page);
  const { doc } = await onlyDoc(app);
  expect(doc.title).toBe(long.slice(0, 200));
  expect(doc.sections[0]!.paragraphs).toEqual(['正文照常编辑。']);
});

test('an invalid date says so and is not written, while the rest keeps saving', async ({ page, app }) => {
  await page.goto(app.host.url);
  await newFromTemplate(page, 'builtin-minutes-hans');
  await page.getByTestId('meeting-date').fill('2024-03-05');
  await waitSaved(page);
  const date = page.getByTestId('meeting-date');
  await date.fill('2023-02-29');
  await expect(page.getByRole('alert').filter({ hasText: '不是有效日期' })).toBeVisible();
  await expect(date).toHaveAttribute('aria-invalid', 'true');
  await expect(date).toHaveValue('2023-02-29'); // what was typed stays
  await page.getByTestId('meeting-location').fill('第一会议室');
  await waitSaved(page);
  const { doc } = await onlyDoc(app);
  expect(doc.meeting.date).toBe('2024-03-05');
  expect(doc.meeting.location).toBe('第一会议室');
  await page.getByTestId('meeting-time').fill('25:61');
  await expect(page.getByRole('alert').filter({ hasText: '不是有效时间' })).toBeVisible();
});

test('pasting 1 MB into a paragraph loses nothing, keeps the UI responsive and saves; control characters are removed visibly', async ({ page, app }) => {
  await page.goto(app.host.url);
  await newFromTemplate(page, 'builtin-work-briefing-hans');
  const para = section(page, 1).locator('textarea').first();
  await para.fill('');
  const sentence = '会议强调，要坚持以人民为中心的发展思想，扎实推进各项重点工作落地见效。';
  const mb = sentence.repeat(Math.ceil(1_048_576 / sentence.length)).slice(0, 1_048_576);
  await paste(para, mb);
  await expect(page.getByTestId('editor-toast')).toContainText('粘贴内容过长，已在句末分为');
  await expect(section(page, 1).locator('textarea')).toHaveCount(6);
  // Still usable: a keystroke elsewhere lands. How fast is bench/typing.ts's business: a wall-clock
  // limit here failed on a loaded machine (2.8 s against 2 s) without anything being wrong.
  const title = page.getByTestId('title');
  await title.click();
  await title.press('End');
  await page.keyboard.type('甲');
  await expect(title).toHaveValue(/甲$/);
  // Each change to a 1 MB document sends it whole three times (preview page, proofreading, save
  // with its history and backup) to the host, which runs inside this test's own process. Measured
  // at load average 9–11 on 2 cores: keystroke to 已保存 took 4.9–9.5 s, and once over the 10 s
  // that waitSaved allows a normal document (the e2e flake of round 15). The test asserts that it
  // saves; how fast is bench's business.
  await waitSaved(page, '已保存', 45_000);
  const { doc } = await onlyDoc(app);
  expect(doc.sections[1]!.paragraphs.join('')).toBe(mb);

  // Control characters from a broken paste are stripped, and the user is told.
  const first = section(page, 0).locator('textarea').first();
  await first.fill('');
  await paste(first, '第一行\u0007内容\u0000');
  await expect(first).toHaveValue('第一行内容');
  await expect(page.getByTestId('editor-toast')).toContainText('已移除 2 个不可见控制字符');
  await waitSaved(page);
});

test('a failed save keeps the text, says why, and can be resolved', async ({ page, app }) => {
  await page.goto(app.host.url);
  await newFromTemplate(page, 'builtin-minutes-hans');
  // Someone else saves the document behind the editor's back: the next save is a conflict.
  const { doc } = await onlyDoc(app);
  await app.services.api['docs:save']({ doc: { ...doc, title: '别处修改的标题' } });
  await page.getByTestId('title').fill('本窗口的标题');
  await expect(page.getByTestId('save-state')).toContainText('文档已在别处被修改');
  await expect(page.getByTestId('title')).toHaveValue('本窗口的标题');
  await page.getByTestId('overwrite').click();
  await waitSaved(page);
  const after = await onlyDoc(app);
  expect(after.doc.title).toBe('本窗口的标题');
  expect(after.revisions.map((r) => r.revision)).toContain(2); // the other save is kept in the history
});
