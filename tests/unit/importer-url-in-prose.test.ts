import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * A web address inside one of the report's sentences (where people can look a thing up) is prose,
 * not a notice about the page. The line scorer used to drop such a line whole, and with it a lead
 * sharing the paragraph. Every text here is made up (青岭县 stands for any county).
 */
const NOW = new Date('2026-06-01T00:00:00Z');

describe('a web address inside a sentence of the report', () => {
  const text = '青岭县召开便民服务工作会议\n\n3月5日，青岭县政府召开便民服务工作会议。副县长王明主持会议。\n\n会议强调，要提高办事效率。详情请登录http://www.qingling.gov.cn查看。\n';

  it('keeps the paragraph and its lead', () => {
    const r = importText(text, { now: NOW });
    const requirement = r.draft.sections.find((s) => s.kind === 'requirement');
    expect(requirement?.lead).toBe('会议强调');
    expect(requirement?.paragraphs.join('')).toContain('详情请登录http://www.qingling.gov.cn查看。');
    expect(r.removed.filter((x) => x.kind === 'furniture')).toEqual([]);
  });

  it('still drops a notice whose address follows a label', () => {
    const r = importText(`${text}转载请注明出处：http://www.qingling-news.example/2026/0305.html\n`, { now: NOW });
    expect(r.removed.some((x) => x.kind === 'furniture' && x.original.includes('转载请注明出处'))).toBe(true);
    expect(r.text).not.toContain('转载请注明出处');
  });
});
