import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { importText } from '../../shared/importer';
import type { IssuePrintInput } from '../../shared/layout';
import { itemFromDocument, newIssue, newSeries, type Briefing } from '../../shared/model';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const NOW = new Date('2026-03-05T08:00:00Z');
export const ISSUE_REPORTS = ['report-02.txt', 'report-06.txt', 'report-09.txt'] as const;

/** A real report from tests/fixtures/issue, imported as the app imports a paste. */
export function importedReport(name: string): Briefing {
  const text = readFileSync(path.join(HERE, '../fixtures/issue', name), 'utf8');
  return importText(text, { now: NOW }).draft;
}

/**
 * 《工作简报》第5期（总第123期） of three imported real reports, with 栏目, a 按语, the four 报尾
 * lists (one through the address book) and a print run: the issue the tests measure.
 */
export function threeReportIssue(): IssuePrintInput {
  const series = newSeries({
    name: '工作简报',
    issuer: '某市人民政府办公室',
    now: NOW,
    numbering: { resetYearly: true, total: true, supplements: false },
    classification: '内部资料　注意保存',
    copies: 120,
  });
  const docs = ISSUE_REPORTS.map(importedReport);
  const issue = newIssue(series, NOW, { number: 5, totalNumber: 123, date: '2026-03-05' });
  const titles = ['松川县政府召开第57次常务会议', '梧岗区调度安置房建设百日攻坚', '市市场监管局召开工作调度会议'];
  issue.items = docs.map((d, i) =>
    itemFromDocument(
      { ...d, title: d.title.trim() || titles[i]! },
      {
        column: i < 2 ? '工作动态' : '部门信息',
        note: i === 0 ? '各地年初常务会议议题相近，请对照抓好落实。' : '',
      },
    ),
  );
  issue.distribution = {
    report: [
      { type: 'entry', entryId: 'unit-000001' },
      { type: 'text', text: '市政府办公室' },
    ],
    send: [
      { type: 'text', text: '市人大常委会办公室' },
      { type: 'text', text: '市政协办公室' },
    ],
    issue: [
      { type: 'text', text: '各县（市、区）人民政府' },
      { type: 'text', text: '市政府各部门' },
    ],
    extra: [],
  };
  const book = [{ id: 'unit-000001', kind: 'unit' as const, name: '市委办公室', title: '', unit: '', note: '' }];
  return { issue, series, book };
}
