import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * A company's or a place's short name (青禾能源, 柳湾) as the subject of 召开 convenes the meeting
 * though it ends in no body word (issue 11, round 31, import-56c); the 纪要 header names it with
 * the meeting (bench/KEYING.md 1). Made-up texts.
 */
const NOW = new Date('2026-03-05T00:00:00Z');
const name = (text: string) => importText(text, { now: NOW }).draft.meeting.name;

describe('a short name alone as the convening body', () => {
  it("prefixes a company's short name", () => {
    expect(name('3月9日，青禾能源组织召开安全生产专题会议，公司领导班子成员参加会议。\n会议要求，要抓好落实。')).toBe('青禾能源安全生产专题会议');
  });

  it("prefixes a place's short name, with how it convened cut off", () => {
    expect(name('3月9日，湟溪迅速召开干部大会，传达学习会议精神。\n会议要求，要抓好落实。')).toBe('湟溪干部大会');
  });

  it('leaves people by their kind and a person out', () => {
    expect(name('随后，县领导一行在柳湾镇会议室召开座谈会。\n会议要求，要抓好落实。')).toBe('座谈会');
    expect(name('3月9日，王建华召开座谈会，听取汇报。\n会议要求，要抓好落实。')).toBe('座谈会');
  });

  it('does not prefix an object that names its own body by its level', () => {
    expect(name('4月2日，湟溪召开区政府第5次常务会议，研究有关事项。\n会议要求，要抓好落实。')).toBe('区政府第5次常务会议');
  });
});
