import { describe, expect, it } from 'vitest';
import { readHeader } from '../../shared/importer/structure/header';

/** Who meets, when the convening subject is itself a sitting or carries a note. Made-up texts. */
describe('a session as the body of the meeting it holds', () => {
  it('keeps a council’s numbered regular session before its preparatory sitting', () => {
    expect(readHeader('青禾市議會第三屆第二次定期大會十五日召開預備會議，排定議程。').meetingName).toBe('青禾市議會第三屆第二次定期大會預備會議');
  });

  it('keeps a standing committee’s numbered sitting when the term stands apart from the count', () => {
    expect(readHeader('昨日，省九届人大常委会第二十六次会议在省城举行第二次全体会议。').meetingName).toBe('省九届人大常委会第二十六次会议第二次全体会议');
  });

  it('keeps a standing meeting before a sitting named by its count alone', () => {
    expect(readHeader('3月2日上午，市五届人大常委会主任会议举行第12次会议，研究近期工作。').meetingName).toBe('市五届人大常委会主任会议第12次会议');
  });

  it('leaves a counted sitting alone after a person', () => {
    expect(readHeader('3月2日上午，市长王大川主持召开第12次会议，研究近期工作。').meetingName).toBe('第12次会议');
  });
});

describe('what stands between the body and its verb', () => {
  it('drops the writer’s abbreviation note before the day it met', () => {
    expect(readHeader('青山区文化节筹备委员会(下稱籌委會)5月3日舉行會議，決定活動日程。').meetingName).toBe('青山区文化节筹备委员会會議');
  });

  it('drops the day a recurring meeting is held on', () => {
    expect(readHeader('市政署每月第一個周二舉行公開會議，聽取居民意見。').meetingName).toBe('市政署公開會議');
    expect(readHeader('县政府每周一召开常务会议，研究当周工作。').meetingName).toBe('县政府常务会议');
    expect(readHeader('区政府每月10日召开常务会议，研究当月工作。').meetingName).toBe('区政府常务会议');
  });
});

describe('a quoted slogan with a comma in the meeting’s name', () => {
  it('reads the name on past the comma inside the quotes', () => {
    expect(readHeader('5月8日，市文联召开“凝心聚力,共谱新篇”主题座谈会。主席王大川主持会议。').meetingName).toBe('市文联“凝心聚力,共谱新篇”主题座谈会');
  });

  it('ends the clause at a comma when the quote does not close', () => {
    expect(readHeader('5月8日，市文联召开“凝心聚力,共谱新篇主题座谈会。').meetingName).not.toContain('凝心聚力,');
  });
});

describe('members meeting as their body (KEYING 14)', () => {
  it('names the branch, not its members, as who meets', () => {
    expect(readHeader('6月2日下午，县医院外科党支部全体党员在示教室召开专题组织生活会。').meetingName).toBe('县医院外科党支部专题组织生活会');
  });
});
