import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

// A body of national level (全国妇联党组, 全国总工会) convening a meeting named only by its kind
// (扩大会议) gives the meeting its name, as 县政府 does for 专题会议; 全县/全市 name many units.
// Every text here is made up.
const NOW = new Date('2026-03-05T00:00:00Z');
const name = (text: string) => importText(text, { now: NOW }).draft.meeting.name;

describe('a national body convening', () => {
  it('names the meeting with the body, in either script', () => {
    expect(name('10月13日，全国总工会党组召开扩大会议，传达学习全会公报。')).toBe('全国总工会党组扩大会议');
    expect(name('10月13日，全國總工會黨組召開擴大會議，傳達學習全會公報。')).toBe('全國總工會黨組擴大會議');
  });

  it('still leaves 全县/各部门 out of the name', () => {
    expect(name('10月13日，全县各部门召开专题会议，研究春耕工作。')).not.toMatch(/^全县/u);
  });
});
