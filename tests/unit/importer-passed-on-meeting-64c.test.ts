import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';
import { readHeader } from '../../shared/importer/structure/header';

/** A higher meeting told first, then the meeting held to pass on its 精神. Made-up texts. */
const NOW = new Date('2026-03-05T00:00:00Z');

describe('an opening that tells of the meeting passed on first', () => {
  it('takes the name and date of the later meeting that passes it on, with no headline to compare', () => {
    const text = ['青原市委五届三次全会于2月24日召开。2月27日，市农科院召开党组扩大会议，传达学习全会精神，研究贯彻措施。', '会议要求，各所要迅速行动。'].join('\n');
    const r = importText(text, { now: NOW });
    expect(r.draft.meeting.name).toBe('市农科院党组扩大会议');
    expect(r.recognized.dateText).toBe('2月27日');
  });

  it('keeps the first meeting when the later one is not dated on its own', () => {
    const text = ['2月24日，市农科院召开党组扩大会议，研究全年工作。会后，各所召开会议传达学习会议精神。', '会议要求，各所要迅速行动。'].join('\n');
    const r = importText(text, { now: NOW });
    expect(r.draft.meeting.name).toBe('市农科院党组扩大会议');
    expect(r.recognized.dateText).toBe('2月24日');
  });
});

describe('convening at once', () => {
  it('drops 第一时间 between the body and its verb', () => {
    expect(readHeader('3月2日，青山集团第一时间召开会议传达学习文件精神。').meetingName).toBe('青山集团会议');
  });
});
