import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * How the meeting's own account of its business is cut into sections (issue 11, import-11f):
 * an attendance word inside a document title, the meeting named again after a decision, a long
 * ；-joined run, and who attended said before the business. Every text here is made up.
 */
const NOW = new Date('2026-03-05T00:00:00Z');
const sections = (text: string) => importText(text, { now: NOW }).draft.sections.map((s) => [s.kind, s.lead, s.paragraphs.join('').slice(0, 12)] as const);

describe('the meeting account, cut into sections', () => {
  it('does not take 参加 inside a document title for the opening attendance clause', () => {
    const text = [
      '4月2日，县长柯平主持召开柳溪县人民政府第9次常务会议。会议听取了《县政府工作报告》起草情况的汇报，研究并原则通过《关于灵活就业人员参加工伤保险的请示》。',
      '会议指出，报告要贴近民生、回应民心。',
    ].join('\n');
    const s = sections(text);
    expect(s[0]![0]).toBe('text');
    expect(s[0]![2]).toBe('4月2日，县长柯平主持召');
    expect(s.slice(1).map(([k, l]) => [k, l.slice(0, 5)])).toEqual([
      ['decision', '会议听取了'],
      ['directive', '会议指出'],
    ]);
  });

  it('opens a section when the meeting is named again after a complete decision', () => {
    const text = [
      '5月6日，副县长林森主持召开柳溪县人民政府第10次常务会议。',
      '会议审议通过了《柳溪县河道保洁办法》，会议要求，各镇要照章执行，把河道管住管好。',
      '会议原则同意《柳溪县老旧小区改造方案》，要求县住建局按程序报批后抓好实施。',
    ].join('\n');
    const s = sections(text).slice(1);
    expect(s.map(([k, l]) => [k, l])).toEqual([
      ['decision', '会议审议通过了'],
      ['requirement', '会议要求'],
      ['decision', '会议原则同意'],
    ]);
  });

  it('keeps a ；-joined run of three or more of the meeting’s acts as one section', () => {
    const text = [
      '6月8日，柳溪县政协主席韦芳主持召开十届五次常委会议。',
      '会议听取了各组召集人的综合汇报；审议通过了选举办法（草案）；审议通过了常委候选人名单；通过了常委会工作报告决议（草案）。',
      '会议研究了换届有关事宜；讨论通过了大会日程。',
    ].join('\n');
    const s = sections(text).slice(1);
    expect(s.map(([k, l]) => [k, l])).toEqual([
      ['decision', '会议听取了各组召集人的综合汇报'],
      ['topic', '会议研究了'],
      ['decision', '讨论通过了'],
    ]);
  });

  it('keeps who attended and chaired, said before the business, with the opening', () => {
    const text = ['7月1日，柳溪县政协常委会举行第二十次会议。', '县政协副主席周明、黄丽出席会议。周明主持会议。 会议审议通过了选举办法（草案）。', '会议还听取了提案委员会的报告。'].join('\n');
    const s = sections(text);
    expect(s.map(([k, l]) => [k, l])).toEqual([
      ['text', ''],
      ['decision', '会议审议通过了'],
      ['topic', '会议还听取了提案委员会的报告'],
    ]);
  });
});
