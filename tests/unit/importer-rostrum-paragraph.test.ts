import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';
import { importedPeople } from '../helpers/imported-people';

/**
 * A congress's plenary report gives the head count, who chaired and attended, then who sat on the
 * rostrum, each in a paragraph of its own before the first report is heard. The rostrum paragraph is
 * attendance too, however far down the opening it stands. Every text here is made up.
 */
const NOW = new Date('2026-03-05T00:00:00Z');
const TEXT = [
  '2月4日下午，北川市第十届人民代表大会第四次会议举行第二次全体会议，听取市人大常委会工作报告。',
  '会议应到代表313人，实到293人，出席人数符合法定人数。',
  '会议由大会主席团常务主席李明主持，张华、陈永出席。',
  '大会主席团执行主席朱宇、赵明和大会主席团成员在主席台就座。',
  '市人大常委会副主任白诚作人大常委会工作报告。',
  '白诚说，过去一年常委会依法履职，各项工作取得新进展。',
].join('\n');

describe('people on the rostrum in a paragraph of their own', () => {
  it('reads them with the others who attended', () => {
    expect(importedPeople(TEXT).attendees).toEqual([
      ['张华', ''],
      ['陈永', ''],
      ['朱宇', '大会主席团执行主席'],
      ['赵明', '大会主席团执行主席'],
      ['大会主席团成员', ''],
    ]);
  });

  it('opens no section with the rostrum paragraph', () => {
    const sections = importText(TEXT, { now: NOW }).draft.sections;
    expect(sections.some((s) => s.paragraphs.some((p) => p.includes('主席台就座')))).toBe(false);
    expect(sections.map((s) => s.lead)).toContain('白诚说');
  });
});
