import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServices, type Services } from '../../electron/services';
import { AppError } from '../../shared/api';
import type { Briefing } from '../../shared/model';
import { tempDir } from '../helpers/tmp';

/**
 * The register and the 督办通知单 on paper, from a real library through the real printer (Chromium)
 * and LibreOffice: the PDF's text carries the title block, the summary line, 督办编号, 事项来源 and
 * 逾期 in the status cell; a notice is one page, and a unit whose tasks do not fit one page is told
 * so instead of getting a second page; the DOCX repeats its header row on every page.
 */
const hasSoffice = spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0;
const today = new Date('2025-04-10T09:00:00+08:00');

let services: Services;
let dir: string;
let exportsDir: string;
let cleanup: () => Promise<void>;

async function minutes(n: number, items: Briefing['sections'][number]['items']): Promise<void> {
  const { doc } = await services.api['docs:create']({ templateId: 'builtin-office-minutes-hans', title: `市政府第${n}次常务会议纪要` });
  doc.meeting.name = `市政府第${n}次常务会议`;
  doc.meeting.date = '2025-03-01';
  doc.sections.find((s) => s.kind === 'action-list')!.items = items;
  await services.api['docs:save']({ doc });
}

/** pdftotext of the whole file, or of one page, spaces removed (CJK lines break where the cells do). */
function pdfText(file: string, page?: number): string {
  const args = page ? ['-f', String(page), '-l', String(page)] : [];
  return execFileSync('pdftotext', [...args, '-layout', file, '-'], { encoding: 'utf8' }).replace(/[ \t\u3000]+/g, '');
}
const pages = (file: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir('briefing-tasks-paper-'));
  exportsDir = path.join(dir, 'exports');
  mkdirSync(exportsDir, { recursive: true });
  services = await createServices({ dataDir: dir, mode: 'cli', clock: () => today });
  // 第1次: six tasks, one per line of a short form; 市住建局 leads three of them, one past its date
  await minutes(1, [
    { id: 'item-000001', text: '修订老旧小区改造补助办法', owner: '市住建局牵头，市财政局配合', due: '3月底前', status: 'open' },
    { id: 'item-000002', text: '完成中心城区积水点整治', owner: '市水务局', due: '5月中旬', status: 'in-progress' },
    { id: 'item-000003', text: '制定城市更新项目储备清单', owner: '市住建局', due: '6月30日前', status: 'open' },
    { id: 'item-000004', text: '编制综合交通规划', owner: '市交通局', due: '年底前', status: 'open' },
    { id: 'item-000005', text: '建立重点项目周调度机制', owner: '市住建局', due: '长期坚持', status: 'open' },
    { id: 'item-000006', text: '清理历史欠账', owner: '市财政局', due: '3月15日前', status: 'done' },
  ]);
  // 第2次: forty long tasks for 市交通局, more than one page holds even at 小五
  await minutes(
    2,
    Array.from({ length: 40 }, (_, i) => ({
      id: `item-1${String(i).padStart(5, '0')}`,
      text: `第${i + 1}项：会同各区政府和有关部门，全面排查城区主次干道、背街小巷和城乡接合部的交通设施短板，逐项建立台账，明确整改责任和完成时限，按月报送进展`,
      owner: '市交通局牵头，各区政府配合',
      due: '6月底前',
      status: 'open' as const,
    })),
  );
}, 120_000);

afterAll(async () => {
  await services?.close();
  await cleanup?.();
});

describe('the register on paper', () => {
  it('prints the title block, the summary line, 督办编号, 事项来源 and 逾期 in the status cell', async () => {
    const tasks = (await services.api['tasks:list']({})).tasks;
    const mine = tasks.filter((t) => t.documentTitle === '市政府第1次常务会议纪要').sort((a, b) => a.itemId.localeCompare(b.itemId));
    const out = path.join(exportsDir, '台账.pdf');
    await services.api['tasks:export']({ format: 'pdf', keys: mine.map((t) => t.key), issuer: '市政府督查室', path: out });
    const text = pdfText(out);
    expect(text).toContain('督办事项台账');
    // 督办单位 at the left and 截至 at the right of one line
    expect(text).toMatch(/市政府督查室截至2025年4月10日/);
    // six tasks: 已完成 waits for 销号 and so is still on the list; 3月底前 is past
    expect(text).toContain('共6项：已销号0项，推进中5项，逾期1项');
    expect(text).toContain('事项来源');
    for (const t of mine) expect(text).toContain(t.number);
    expect(mine.map((t) => t.number)).toEqual(['督办〔2025〕1号', '督办〔2025〕2号', '督办〔2025〕3号', '督办〔2025〕4号', '督办〔2025〕5号', '督办〔2025〕6号']);
    // 逾期 twice: in the summary line, and as the second line of the one overdue task's status cell
    expect(text.split('逾期').length - 1).toBe(2);
    // 事项来源: the minutes' title, wrapped in its 5-字 column
    expect(text).toContain('议纪要');
  }, 120_000);

  it("puts a unit's open tasks on one page, and refuses, in one line, a notice that needs two", async () => {
    const out = path.join(exportsDir, '通知单-市住建局.pdf');
    const res = await services.api['tasks:notice']({ unit: '市住建局', kind: 'notice', format: 'pdf', issuer: '市政府督查室', path: out });
    expect(res.rows).toBe(3);
    expect(pages(out)).toBe(1);
    const text = pdfText(out);
    expect(text).toContain('督办通知单');
    expect(text).toContain('承办单位：市住建局');
    expect(text).toContain('督办〔2025〕1号');
    expect(text).toContain('来源：市政府第1次常务会议纪要');
    expect(text).toContain('市政府督查室');

    const reminder = path.join(exportsDir, '催办单-市住建局.pdf');
    expect((await services.api['tasks:notice']({ unit: '市住建局', kind: 'reminder', format: 'pdf', path: reminder })).rows).toBe(1);
    expect(pages(reminder)).toBe(1);

    const tooMany = path.join(exportsDir, '通知单-市交通局.pdf');
    const err = await services.api['tasks:notice']({ unit: '市交通局', kind: 'notice', format: 'pdf', path: tooMany }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect(err).toMatchObject({ code: 'validation', params: { reason: 'noticeTooLong', unit: '市交通局', count: 41 } });
    expect(existsSync(tooMany)).toBe(false); // nothing half-made is left behind
  }, 180_000);
});

describe.skipIf(!hasSoffice)('the register DOCX through LibreOffice', () => {
  it('sets 督办单位 and 截至 on one line and repeats the header row on every page', async () => {
    const out = path.join(exportsDir, '台账.docx');
    const res = await services.api['tasks:export']({ format: 'docx', orientation: 'portrait', issuer: '市政府督查室', path: out });
    expect(res.rows).toBe(45); // every open task: 5 + 40
    const lo = path.join(dir, 'lo');
    execFileSync('soffice', [`-env:UserInstallation=file://${path.join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', lo, out], { stdio: 'pipe', timeout: 120_000 });
    const pdf = path.join(lo, '台账.pdf');
    const n = pages(pdf);
    // the title block as Word and LibreOffice set it: 督办单位 at the left, 截至 at the right of one line
    expect(pdfText(pdf, 1)).toMatch(/督办事项台账\n+市政府督查室截至2025年4月10日\n+共45项：已销号0项，推进中44项，逾期1项/);
    // 左空一字, 右空一字: from 28 + 5.6 mm (binding margin + one 3号 character) to 184 - 5.6 mm
    const words = [
      ...execFileSync('pdftotext', ['-f', '1', '-l', '1', '-bbox', pdf, '-'], { encoding: 'utf8' }).matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)"[^>]*>([^<]*)<\/word>/g),
    ].map((m) => ({ x0: Number(m[1]), y: Number(m[2]), x1: Number(m[3]), text: m[4]! }));
    const issuerWord = words.find((w) => w.text === '市政府督查室')!;
    const line = words.filter((w) => Math.abs(w.y - issuerWord.y) < 1);
    const pt = (mm: number) => (mm * 72) / 25.4;
    expect(Math.abs(issuerWord.x0 - (pt(28) + 16))).toBeLessThan(2);
    expect(line.at(-1)!.text).toBe('日');
    expect(Math.abs(line.at(-1)!.x1 - (pt(184) - 16))).toBeLessThan(2);
    expect(n).toBeGreaterThanOrEqual(3);
    for (let p = 1; p <= n; p++) {
      const text = pdfText(pdf, p);
      // the header row as LibreOffice sets it (办理状态 wraps in its 3-字 column): on every page
      expect(text, `page ${p} of ${n}`).toContain('序号督办事项责任单位完成时限进展情况');
    }
    expect(readFileSync(pdf).length).toBeGreaterThan(0);
  }, 180_000);
});
