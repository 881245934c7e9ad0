import { describe, expect, it } from 'vitest';
import { buildIssueDocx } from '../../shared/docx';
import { blockText, buildIssuePrintHtml, layoutIssueBlocks, type Block } from '../../shared/layout';
import { blankItem } from '../../shared/model';
import { threeReportIssue } from '../helpers/issue-fixture';

const kinds = (blocks: Block[]) => blocks.map((b) => b.kind);

describe('issue layout (blocks)', () => {
  it('orders 报头, 本期要目, items with their 按语 and the 报尾', () => {
    const { blocks } = layoutIssueBlocks(threeReportIssue());
    expect(blocks[0]).toMatchObject({
      kind: 'issue-masthead',
      classification: '内部资料　注意保存',
      copyNo: '',
      name: '工作简报',
      issue: '第5期（总第123期）',
      issuer: '某市人民政府办公室',
      date: '2026年3月5日',
    });
    expect(blocks[1]!.kind).toBe('contents');
    const contents = blocks[1] as Extract<Block, { kind: 'contents' }>;
    expect(contents.lines.map((l) => l.text)).toEqual(['【工作动态】', '1.松川县政府召开第57次常务会议', expect.stringMatching(/^2\./), '【部门信息】', expect.stringMatching(/^3\./)]);
    expect(kinds(blocks).filter((k) => k === 'item-title')).toHaveLength(3);
    // 按语 right after the first title: 黑体 label, 楷体 text
    const note = blocks[kinds(blocks).indexOf('item-title') + 1];
    expect(note).toMatchObject({
      kind: 'paragraph',
      runs: [
        { text: '按：', role: 'hei' },
        { text: '各地年初常务会议议题相近，请对照抓好落实。', role: 'kai' },
      ],
    });
    expect(blocks.at(-1)!.kind).toBe('imprint');
    expect(blockText(blocks.at(-1)!)).toBe(
      '报：市委办公室，市政府办公室。送：市人大常委会办公室，市政协办公室。发：各县（市、区）人民政府，市政府各部门。某市人民政府办公室2026年3月5日印发（共印120份）',
    );
  });

  it('has no 要目 with one item, puts 编后 after the body, a rule between items on request', () => {
    const one = threeReportIssue();
    one.issue.items = [{ ...one.issue.items[0]!, noteLabel: 'after' }];
    const b1 = layoutIssueBlocks(one).blocks;
    expect(kinds(b1)).not.toContain('contents');
    expect(b1.at(-2)).toMatchObject({ kind: 'paragraph', runs: [{ text: '编后：' }, {}] });
    const ruled = threeReportIssue();
    ruled.series = { ...ruled.series, layout: { ...ruled.series.layout, separator: 'rule', titleSize: '3' } };
    const b2 = layoutIssueBlocks(ruled).blocks;
    expect(kinds(b2).filter((k) => k === 'rule')).toHaveLength(2);
    expect(b2.filter((b) => b.kind === 'item-title').every((b) => b.kind === 'item-title' && b.size === 'small')).toBe(true);
  });

  it('numbers a 增刊 on its own, prints a copy number only when the series asks, converts to Traditional', () => {
    const input = threeReportIssue();
    input.issue = { ...input.issue, kind: 'supplement', totalNumber: null, number: 2 };
    input.series = { ...input.series, layout: { ...input.series.layout, copyNumbers: true } };
    expect(layoutIssueBlocks({ ...input, copyNumber: 86 }).blocks[0]).toMatchObject({ issue: '增刊第2期', copyNo: '000086' });
    expect(layoutIssueBlocks(input).blocks[0]).toMatchObject({ copyNo: '' });
    const hant = layoutIssueBlocks(threeReportIssue(), { script: 'hant' });
    expect(hant.blocks[0]).toMatchObject({ name: '工作簡報', issue: '第5期（總第123期）' });
    expect(blockText(hant.blocks.at(-1)!)).toMatch(/^報：/);
    expect(hant.title).toBe('工作簡報第5期');
  });

  it("puts a 会议简报's meeting name in the 报头, before the name in reading order, the name at most 初号", () => {
    const input = threeReportIssue();
    input.series = { ...input.series, name: '简报', meeting: '全县经济工作会议', layout: { ...input.series.layout, mastheadSize: 60 } };
    const { blocks } = layoutIssueBlocks(input);
    expect(blocks[0]).toMatchObject({ meeting: '全县经济工作会议', name: '简报', nameMaxPt: 42 });
    expect(blockText(blocks[0]!)).toMatch(/全县经济工作会议简报第5期/);
    expect(layoutIssueBlocks(threeReportIssue()).blocks[0]).toMatchObject({ meeting: '', nameMaxPt: 42 });
    expect(layoutIssueBlocks(input, { script: 'hant' }).blocks[0]).toMatchObject({ meeting: '全縣經濟工作會議', name: '簡報' });
  });

  it('escapes markup in titles and keeps an empty issue printable', async () => {
    const input = threeReportIssue();
    input.issue.items = [blankItem('<img src=x onerror=alert(1)>'), blankItem('第二篇')];
    const html = buildIssuePrintHtml(input).html;
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    const empty = threeReportIssue();
    empty.issue.items = [];
    expect(buildIssuePrintHtml(empty).text).toContain('工作简报');
    expect((await buildIssueDocx(empty)).length).toBeGreaterThan(1000);
  });
});
