import { BUILTIN_TEMPLATES } from '../../shared/templates';
import { expect, test } from './fixtures';
import { newFromTemplate, section, waitSaved } from './helpers-editor';

test('every template starts its sections with the stock lead in its own script', async ({ page, app }) => {
  await page.goto(app.host.url);
  for (const template of BUILTIN_TEMPLATES) {
    await newFromTemplate(page, template.id);
    await expect(page.getByTestId('title')).toHaveValue(template.body.title);
    await expect(page.getByTestId('section')).toHaveCount(template.body.sections.length);
    for (const [i, s] of template.body.sections.entries()) {
      await expect(section(page, i).getByTestId('section-kind')).toHaveValue(s.kind);
      if (s.lead) await expect(section(page, i).getByTestId('section-lead')).toHaveValue(s.lead);
    }
    // A new directive block speaks the document's script.
    await page.getByTestId('add-directive').click();
    await expect(page.getByTestId('section').last().getByTestId('section-lead')).toHaveValue(template.script === 'hans' ? '会议指出' : '會議指出');
    await waitSaved(page);
    await page.getByRole('button', { name: '返回' }).click();
  }
  await expect(page.getByTestId('doc-row')).toHaveCount(BUILTIN_TEMPLATES.length);
});

test('fills every field kind, edits sections and items, undoes and redoes, autosaves, and finds it all after a restart', async ({ page, app }) => {
  await page.goto(app.host.url);
  await newFromTemplate(page, 'builtin-office-minutes-hans');

  // Metadata: text fields, lenient date and time, lists of people, masthead, selects.
  await page.getByTestId('title').fill('局长办公会议纪要（2024年第3期）');
  await page.getByTestId('meeting-name').fill('局长办公会议');
  await page.getByTestId('meeting-date').fill('2024年3月5日');
  await page.getByTestId('meeting-time').fill('9时30分');
  await page.getByTestId('meeting-location').fill('局机关三楼会议室');
  await page.getByTestId('chair-name').fill('宋巍');
  await page.getByTestId('chair-title').fill('局长');
  await page.getByTestId('recorder').fill('陈晨');
  await page.getByTestId('add-attendees').fill('张三、李四（办公室主任），王五');
  await page.getByTestId('add-attendees').press('Enter');
  await page.getByTestId('add-absentees').fill('赵六（出差）');
  await page.getByTestId('add-absentees').press('Enter');
  await page.getByTestId('add-observers').fill('孙七');
  await page.getByTestId('add-observers').press('Enter');
  await page.getByTestId('issuer').fill('市科技局办公室');
  await page.getByTestId('issue-no').fill('第3期');
  await page.getByTestId('doc-number').fill('〔2024〕3号');
  await page.getByTestId('classification').fill('内部');
  await page.getByTestId('doc-status').selectOption('review');
  await expect(page.getByTestId('people-attendees').getByTestId('person')).toHaveCount(3);
  await expect(page.getByTestId('people-attendees').getByRole('textbox', { name: '第 2 人职务' })).toHaveValue('办公室主任');

  // Paragraphs: type, Enter splits into a new paragraph.
  const opening = section(page, 0).locator('textarea').first();
  await opening.fill('3月5日，宋巍主持召开局长办公会议，研究科技创新平台建设。');
  await opening.press('End');
  await opening.press('Enter');
  await page.keyboard.type('会议听取了办公室的汇报。');
  await expect(section(page, 0).locator('textarea')).toHaveCount(2);
  await expect(section(page, 0).locator('textarea').nth(1)).toHaveValue('会议听取了办公室的汇报。');

  // Sections: add after the focused one, with its lead; change kind; reorder by keyboard and button; delete and undo.
  await page.getByTestId('add-requirement').click();
  const added = section(page, 1);
  await expect(added.getByTestId('section-lead')).toHaveValue('会议强调');
  await added.locator('textarea').fill('要压实责任，确保各项工作落到实处。');
  await section(page, 2).getByTestId('section-heading').fill('关于科技创新平台建设');
  await section(page, 3).locator('textarea').fill('高新技术企业数量稳步增长。');
  await section(page, 3).getByTestId('section-kind').selectOption('requirement');
  await expect(section(page, 3).getByTestId('section-lead')).toHaveValue('会议强调');
  await section(page, 3).getByTestId('section-kind').selectOption('directive');
  await expect(section(page, 3).getByTestId('section-lead')).toHaveValue('会议指出');
  // Alt+Up moves the requirement block above the opening text.
  await added.locator('textarea').focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(section(page, 0).getByTestId('section-lead')).toHaveValue('会议强调');
  await expect(section(page, 0).locator('textarea')).toBeFocused();
  await section(page, 0).getByRole('button', { name: '下移' }).click();
  await expect(section(page, 1).getByTestId('section-lead')).toHaveValue('会议强调');
  const before = await page.getByTestId('section').count();
  await section(page, 1).getByTestId('delete-section').click();
  await expect(page.getByTestId('section')).toHaveCount(before - 1);
  await page.getByTestId('editor-toast').getByRole('button', { name: '撤销' }).click();
  await expect(page.getByTestId('section')).toHaveCount(before);
  await expect(section(page, 1).locator('textarea')).toHaveValue('要压实责任，确保各项工作落到实处。');

  // Action items: fill every cell, add, reorder, delete.
  const list = page.locator('[data-testid="section"]', { has: page.getByTestId('items') });
  const rows = list.getByTestId('item-row');
  await rows.nth(0).locator('textarea').fill('建设产业研究院');
  await rows.nth(0).getByRole('textbox', { name: '第 1 项责任单位' }).fill('规划科');
  await rows.nth(0).getByRole('textbox', { name: '第 1 项完成时限' }).fill('6月底前');
  await rows.nth(0).getByRole('combobox', { name: '第 1 项进度' }).selectOption('in-progress');
  await list.getByTestId('add-item').click();
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1).locator('textarea')).toBeFocused();
  await page.keyboard.type('培育高新技术企业');
  await page.keyboard.press('Tab');
  await page.keyboard.type('高新科');
  await page.keyboard.press('Control+Enter');
  await expect(rows).toHaveCount(3);
  await page.keyboard.type('临时事项');
  await rows.nth(2).getByTestId('delete-item').click();
  await expect(rows).toHaveCount(2);
  await rows.nth(1).getByRole('button', { name: '上移事项' }).click();
  await expect(rows.nth(0).locator('textarea')).toHaveValue('培育高新技术企业');

  // Undo and redo over the whole document, surviving an autosave in between.
  await waitSaved(page);
  const title = page.getByTestId('title');
  await title.fill('临时标题');
  await waitSaved(page);
  await page.keyboard.press('Control+Z');
  await expect(title).toHaveValue('局长办公会议纪要（2024年第3期）');
  await page.keyboard.press('Control+Y');
  await expect(title).toHaveValue('临时标题');
  await page.keyboard.press('Control+Shift+Z'); // nothing more to redo
  await page.keyboard.press('Control+Z');
  await expect(title).toHaveValue('局长办公会议纪要（2024年第3期）');
  await waitSaved(page);
  await expect(page.getByTestId('char-count')).toContainText('字数');
  // The preview's real pagination: the text fills one page and the 版记 goes to the foot of the second.
  await expect(page.getByTestId('page-count')).toHaveText('共 2 页（按打印版面）');

  // Quit and relaunch: everything is there.
  await app.restart();
  await page.reload();
  await page.getByRole('cell', { name: '局长办公会议纪要（2024年第3期）', exact: true }).dblclick();
  await expect(title).toHaveValue('局长办公会议纪要（2024年第3期）');
  await expect(page.getByTestId('meeting-date')).toHaveValue('2024-03-05');
  await expect(page.getByTestId('meeting-time')).toHaveValue('09:30');
  for (const [id, value] of [
    ['meeting-name', '局长办公会议'],
    ['meeting-location', '局机关三楼会议室'],
    ['chair-name', '宋巍'],
    ['chair-title', '局长'],
    ['recorder', '陈晨'],
    ['issuer', '市科技局办公室'],
    ['issue-no', '第3期'],
    ['doc-number', '〔2024〕3号'],
    ['classification', '内部'],
    ['doc-status', 'review'],
  ] as const)
    await expect(page.getByTestId(id)).toHaveValue(value);
  await expect(page.getByTestId('people-attendees').getByTestId('person')).toHaveCount(3);
  await expect(page.getByTestId('people-absentees').getByRole('textbox', { name: '第 1 人职务' })).toHaveValue('出差');
  await expect(page.getByTestId('people-observers').getByRole('textbox', { name: '第 1 人姓名' })).toHaveValue('孙七');
  await expect(section(page, 0).locator('textarea').nth(1)).toHaveValue('会议听取了办公室的汇报。');
  await expect(section(page, 1).getByTestId('section-lead')).toHaveValue('会议强调');
  await expect(section(page, 1).locator('textarea')).toHaveValue('要压实责任，确保各项工作落到实处。');
  await expect(page.getByTestId('section-heading')).toHaveValue('关于科技创新平台建设');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0).locator('textarea')).toHaveValue('培育高新技术企业');
  await expect(rows.nth(0).getByRole('textbox', { name: '第 1 项责任单位' })).toHaveValue('高新科');
  await expect(rows.nth(1).getByRole('textbox', { name: '第 2 项完成时限' })).toHaveValue('6月底前');
  await expect(rows.nth(1).getByRole('combobox', { name: '第 2 项进度' })).toHaveValue('in-progress');
});

test('saves a document as a user template and starts a new one from it', async ({ page, app }) => {
  await page.goto(app.host.url);
  await newFromTemplate(page, 'builtin-topic-report-hans');
  await page.getByTestId('issuer').fill('市科技局');
  await page.getByRole('button', { name: '存为模板' }).click();
  await page.getByTestId('template-name').fill('科技局专题会报道');
  await page.getByTestId('template-edit').getByRole('button', { name: '保存' }).click();
  await expect(page.getByTestId('editor-toast')).toContainText('科技局专题会报道');
  await waitSaved(page);
  await page.getByRole('button', { name: '返回' }).click();
  await page.getByRole('button', { name: '新建', exact: true }).click();
  const mine = page.getByTestId('new-dialog').getByRole('button', { name: /科技局专题会报道/ });
  await expect(mine).toBeVisible();
  // Rename it.
  await page.getByTestId('new-dialog').getByRole('button', { name: '重命名/编辑' }).click();
  await page.getByTestId('template-name').fill('专题会报道（科技局）');
  await page.getByTestId('template-edit').getByRole('button', { name: '保存' }).click();
  await page
    .getByTestId('new-dialog')
    .getByRole('button', { name: /专题会报道（科技局）/ })
    .click();
  await expect(page.getByTestId('issuer')).toHaveValue('市科技局');
});
