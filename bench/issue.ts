/**
 * 简报 issue benchmark (issue 9): compile a 10-item issue of about 30 pages from imported real
 * reports (tests/fixtures/issue) and export it: compile (copy the documents into items, build the
 * print HTML), PDF with Chromium already running (warm, as in the app; target < 1.5 s), DOCX.
 * Run: npx tsx bench/issue.ts [--pages=30]
 */
import { execFileSync } from 'node:child_process';
import { ChromiumPrinter, countPdfPages } from '../electron/services/export';
import { buildIssueDocx } from '../shared/docx';
import { buildIssuePrintHtml, type IssuePrintInput } from '../shared/layout';
import { itemFromDocument, newIssue, newSeries, type Briefing } from '../shared/model';
import { ISSUE_REPORTS, importedReport } from '../tests/helpers/issue-fixture';
import { figure } from './figures';

const TARGET = Number(process.argv.find((a) => a.startsWith('--pages='))?.slice(8) ?? 30);
const ITEMS = 10;
const NOW = new Date('2026-03-05T08:00:00Z');
const reports = ISSUE_REPORTS.map(importedReport);

/** Item i: a report's body repeated `times` times (a long department report). */
function docOf(i: number, times: number): Briefing {
  const base = reports[i % reports.length]!;
  const sections = Array.from({ length: times }, (_, k) => base.sections.map((s) => ({ ...structuredClone(s), id: `${s.id}-${k}` }))).flat();
  return { ...base, title: `${base.title || base.meeting.name}（${i + 1}）`, sections };
}

function compile(times: number): IssuePrintInput {
  const series = newSeries({ name: '工作简报', issuer: '某市人民政府办公室', now: NOW, classification: '内部资料　注意保存', copies: 120 });
  const issue = newIssue(series, NOW, { number: 12, date: '2026-03-05' });
  issue.items = Array.from({ length: ITEMS }, (_, i) => itemFromDocument(docOf(i, times), { column: i < 5 ? '工作动态' : '基层经验', note: i % 3 ? '' : '请各地结合实际抓好落实。' }));
  issue.distribution = { report: [{ type: 'text', text: '市委办公室' }], send: [{ type: 'text', text: '市人大常委会办公室' }], issue: [{ type: 'text', text: '各县（市、区）人民政府' }], extra: [] };
  return { issue, series };
}

const time = async <T>(fn: () => Promise<T> | T): Promise<[T, number]> => {
  const t = performance.now();
  const v = await fn();
  return [v, performance.now() - t];
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main() {
  const printer = new ChromiumPrinter();
  await printer.warm();
  try {
    // the repeat count that gives about TARGET pages
    let times = 2;
    let pages = countPdfPages(await printer.print(buildIssuePrintHtml(compile(times)).html));
    for (let i = 0; i < 5 && Math.abs(pages - TARGET) > 1; i++) {
      times = Math.max(1, Math.round((times * TARGET) / pages));
      pages = countPdfPages(await printer.print(buildIssuePrintHtml(compile(times)).html));
    }
    const compileMs: number[] = [],
      warm: number[] = [],
      docx: number[] = [];
    for (let i = 0; i < 5; i++) {
      const [built, c] = await time(() => buildIssuePrintHtml(compile(times)));
      compileMs.push(c);
      const [pdf, w] = await time(() => printer.print(built.html));
      warm.push(w);
      pages = countPdfPages(pdf);
      docx.push((await time(() => buildIssueDocx(compile(times))))[1]);
    }
    const load = execFileSync('uptime').toString().trim();
    console.log(`load: ${load}`);
    const row = { items: ITEMS, pages, compileMs: +median(compileMs).toFixed(1), pdfWarmMs: Math.round(median(warm)), pdfWarmAll: warm.map(Math.round).join(' '), docxMs: Math.round(median(docx)) };
    console.table([row]);
    figure(`issue ${ITEMS} items, ${pages} pages: compile + print HTML`, row.compileMs, 'ms');
    figure(`issue ${ITEMS} items, ${pages} pages: PDF, Chromium warm`, row.pdfWarmMs, 'ms');
    figure(`issue ${ITEMS} items, ${pages} pages: DOCX`, row.docxMs, 'ms');
    console.log(JSON.stringify(row));
  } finally {
    await printer.close();
  }
}

await main();
