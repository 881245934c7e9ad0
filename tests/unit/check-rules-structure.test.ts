import { describe, expect, it } from 'vitest';
import { applyFixes, applyTextFixes, checkDocument, checkText } from '../../shared/check';
import { importText } from '../../shared/importer';

const rules = (text: string) => checkText(text, { script: 'hans' });
const ids = (text: string) => rules(text).map((d) => d.rule);
const fixed = (text: string) => applyTextFixes(text, rules(text));

describe('PUN-06: a forwarded 公文 title takes no 书名号', () => {
  it('flags and fixes the spec example on the title line', () => {
    const wrong = '关于转发《省教育厅关于做好春季开学工作的通知》的通知';
    expect(ids(wrong)).toContain('PUN-06');
    expect(fixed(wrong)).toBe('关于转发省教育厅关于做好春季开学工作的通知的通知');
    expect(ids('关于转发省教育厅关于做好春季开学工作的通知的通知')).not.toContain('PUN-06');
  });
  it('keeps the marks of a regulation and leaves body text alone', () => {
    expect(ids('关于转发《安全生产条例》的通知')).not.toContain('PUN-06');
    expect(ids('会议纪要\n会议转发《省教育厅关于做好春季开学工作的通知》。')).not.toContain('PUN-06');
  });
  it('checks a document title, warning', () => {
    const doc = importText('会议指出，要抓落实。', { now: new Date('2026-01-01T00:00:00Z') }).draft;
    doc.title = '关于转发《省政府关于加强安全生产的意见》的通知';
    const d = checkDocument(doc).filter((x) => x.rule === 'PUN-06');
    expect(d.map((x) => x.severity)).toEqual(['warning']);
    expect(applyFixes(doc, d).title).toBe('关于转发省政府关于加强安全生产的意见的通知');
  });
});

describe('PUN-08: attachment names and copy lists', () => {
  it('附件：1.实施方案。 -> 附件：1.实施方案', () => {
    expect(ids('附件：1.实施方案。')).toContain('PUN-08');
    expect(fixed('附件：1.实施方案。')).toBe('附件：1.实施方案');
    expect(ids('附件：1.实施方案')).not.toContain('PUN-08');
  });
  it('also on the numbered lines that continue the list, not on other numbered lines', () => {
    expect(fixed('附件：1.实施方案；\n2.任务分工表。')).toBe('附件：1.实施方案\n2.任务分工表');
    expect(ids('会议纪要\n1.加强领导。')).not.toContain('PUN-08');
  });
  it('a 抄送/分送 list ends with 。', () => {
    expect(fixed('分送：市委办公室，市政府办公室')).toBe('分送：市委办公室，市政府办公室。');
    expect(fixed('抄送：市委办公室，市政府办公室；')).toBe('抄送：市委办公室，市政府办公室。');
    expect(ids('抄送：市委办公室，市政府办公室。')).not.toContain('PUN-08');
  });
  it('does not mistake a sentence about attachments', () => {
    expect(ids('附件中的数据表明，任务基本完成。')).not.toContain('PUN-08');
  });
});

describe('SEQ-04: heading hierarchy', () => {
  it('flags 一、 … 1. … （一）, passes 一、 … （一） … 1.', () => {
    const d = rules('一、总体要求\n1.加强领导\n（一）强化保障').filter((x) => x.rule === 'SEQ-04');
    expect(d.length).toBeGreaterThan(0);
    expect(d.every((x) => x.severity === 'warning' && !x.fix)).toBe(true);
    expect(ids('一、总体要求\n（一）加强领导\n1.强化保障\n（1）明确分工')).not.toContain('SEQ-04');
  });
  it('a document may start at a lower level and go back up to a parent', () => {
    expect(ids('1.加强领导\n2.强化保障')).not.toContain('SEQ-04');
    expect(ids('（一）加强领导\n1.明确分工\n（二）强化保障')).not.toContain('SEQ-04');
    expect(ids('一、总体要求\n（一）加强领导\n1.明确分工\n二、主要任务\n（一）抓项目')).not.toContain('SEQ-04');
  });
  it('is not reported as SEQ-05 any more', () => {
    expect(ids('一、总体要求\n1.加强领导')).toEqual(['SEQ-04']);
  });
});

describe('LNG-04: one digit-grouping style per document', () => {
  it('notes mixed 12,345 and 12 345', () => {
    const d = rules('收入12,345元\n支出12 345元').filter((x) => x.rule === 'LNG-04');
    expect(d).toHaveLength(1);
    expect(d[0]).toMatchObject({ severity: 'info', params: { found: '12 345', first: '12,345' } });
    expect(d[0]!.fix).toBeUndefined();
  });
  it('passes one style, and ungrouped numbers', () => {
    expect(ids('收入12,345元\n支出23,456元\n份号000012')).not.toContain('LNG-04');
    expect(ids('收入12 345元\n支出23 456元')).not.toContain('LNG-04');
  });
});
