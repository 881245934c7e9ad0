import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * A 纪要 that announces its items (现纪要如下：) and gives each one a numbered heading line followed
 * by 会议议定：… (issue 11, import-11e). Every text here is made up for the test.
 */
const NOW = new Date('2026-03-05T00:00:00Z');
const page = [
  '3月2日，县委副书记、县长柯平主持召开柳溪县第十八届人民政府第9次常务会议，会议传达学习上级会议精神，现纪要如下：',
  '1.审议《关于柳溪县2026年春季造林工作方案的请示》',
  '会议议定：原则同意该《请示》。',
  '2.审议《关于柳溪县城区供水管网改造项目的请示》',
  '会议议定：原则同意该《请示》。',
  '3.审议《关于<柳溪县防汛应急预案><柳溪县抗旱应急预案>的请示》',
  '会议议定：原则同意该《请示》。由水利局牵头，按照预案抓好落实。',
];

describe('numbered agenda headings in a 纪要', () => {
  it('keeps every heading and every decision, none taken for furniture', () => {
    const r = importText(page.join('\n'), { now: NOW });
    const s = r.draft.sections.filter((x) => x.heading || x.lead);
    expect(s.map((x) => [x.kind, x.heading || x.lead])).toEqual([
      ['topic', page[1]],
      ['decision', '会议议定'],
      ['topic', page[3]],
      ['decision', '会议议定'],
      ['topic', page[5]],
      ['decision', '会议议定'],
    ]);
    expect(r.removed.filter((c) => c.kind === 'furniture')).toEqual([]);
  });
});
