import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';

/**
 * Numbered copies (编号, issue 9) in the UI: a series marked controlled, an issue of two library
 * documents, the composer's 编号印制 with its range (1…共印N份 by default, a reprint range typed),
 * a bad range refused in one line with nothing written, and the exported PDF read back per page.
 */
test('export numbered copies of a controlled issue', async ({ app, page }) => {
  test.setTimeout(150_000);
  const { api } = app.services;
  for (const [title, body] of [
    ['全市防汛工作推进会召开', '市政府召开全市防汛工作推进会，部署汛前准备工作。'],
    ['安全生产大检查取得阶段成效', '各地排查隐患一千二百余处，已整改九成以上。'],
  ] as const) {
    const { doc } = await api['docs:create']({ templateId: 'builtin-topic-report-hans', title });
    await api['docs:save']({ doc: { ...doc, sections: [{ ...doc.sections[0]!, heading: '', lead: '', paragraphs: [body] }] } });
  }
  page.on('dialog', (d) => void d.accept());
  await page.goto(app.host.url);

  await page.getByTestId('nav-series').click();
  await page.getByTestId('series-add').click();
  await page.getByTestId('series-name').fill('内部情况通报');
  await page.getByTestId('series-issuer').fill('市人民政府办公室');
  await page.getByTestId('series-copies').fill('3');
  await page.getByTestId('series-copy-numbers').check();
  await page.getByTestId('series-save').click();
  await expect(page.getByTestId('series-row')).toHaveText(['内部情况通报']);
  expect((await api['series:list']({})).series.find((s) => s.name === '内部情况通报')?.layout.copyNumbers).toBe(true);

  await page.getByTestId('issue-new').click();
  await page.getByTestId('add-library').click();
  // the picker appears only after docs:list answers, and locator.all() does not wait: without
  // this line a slow machine checks no box at all and add-picked stays disabled (CI, stop 11)
  await expect(page.getByTestId('pick-doc')).toHaveCount(2);
  for (const box of await page.getByTestId('pick-doc').all()) await box.check();
  await page.getByTestId('add-picked').click();
  await expect(page.getByTestId('issue-item')).toHaveCount(2);

  await page.getByTestId('numbered-copies-on').check();
  // the range starts at 1…共印N份
  await expect(page.getByTestId('numbered-copies-range')).toHaveValue('1-3');
  await expect(page.getByTestId('numbered-copies-summary')).toHaveText('将导出 3 份：000001 至 000003，每份页码从 1 起。');

  const exportsDir = path.join(app.dataDir, 'exports');
  const pdfs = () => (existsSync(exportsDir) ? readdirSync(exportsDir).filter((f) => f.endsWith('.pdf')) : []);
  // a range beyond the cap: one line, nothing exported
  await page.getByTestId('numbered-copies-range').fill('1-600');
  await page.getByTestId('issue-export-pdf').click();
  await expect(page.getByTestId('composer-message')).toHaveText('一次最多编号印制 500 份，所选为 600 份，请分批导出');
  expect(pdfs()).toEqual([]);

  // a reprint of copies 21-23
  await page.getByTestId('numbered-copies-range').fill('000021–000023');
  await page.getByTestId('issue-export-pdf').click();
  await expect(page.getByTestId('composer-message')).toContainText('已导出到', { timeout: 90_000 });
  expect(pdfs()).toHaveLength(1);
  const pdf = path.join(exportsDir, pdfs()[0]!);
  const pages = Number(/^Pages:\s+(\d+)/m.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]);
  // three copies of P pages; a copy of odd length gets a blank back (duplex) before the next one
  const per = Array.from({ length: pages }, (_, i) => i + 1).find((n) => 3 * n + 2 * (n % 2) === pages)!;
  expect(per).toBeGreaterThan(0);
  const stride = per + (per % 2);
  for (let c = 0; c < 3; c++) {
    const first = execFileSync('pdftotext', ['-layout', '-f', String(c * stride + 1), '-l', String(c * stride + 1), pdf, '-'], { encoding: 'utf8' });
    expect(first).toContain(String(21 + c).padStart(6, '0'));
    expect(first).toMatch(/—\s*1\s*—/);
    if (per % 2 && c < 2) {
      const back = execFileSync('pdftotext', ['-f', String(c * stride + per + 1), '-l', String(c * stride + per + 1), pdf, '-'], { encoding: 'utf8' });
      expect(back.trim(), 'blank back').toBe('');
    }
  }
});
