import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';
import { readMeetingName } from '../../shared/importer/structure/header';

/**
 * Meeting names: the chair's verb followed by the meeting and its acts with no comma between; a
 * bare kind of meeting after who attended; the paragraph before an opening found by its chair.
 * Every text here is made up.
 */
const NOW = { now: new Date('2026-12-05T00:00:00Z') };

describe('the meeting after the chair’s verb', () => {
  it('ends where the meeting’s own acts begin', () => {
    expect(readMeetingName('3月4日，县长王大同主持召开县政府第8次常务会议传达学习省有关会议精神，听取有关工作汇报。')).toBe('县政府第8次常务会议');
  });

  it('keeps a name that runs on into no act', () => {
    expect(readMeetingName('3月4日，县长王大同主持召开县政府第8次常务会议，研究有关工作。')).toBe('县政府第8次常务会议');
  });
});

describe('who attended a bare kind of meeting', () => {
  it('names no meeting', () => {
    expect(readMeetingName('县政协副主席李明远、张小红出席座谈会。')).toBe('');
    expect(readMeetingName('各部门主要负责人等参加学习会。')).toBe('');
  });

  it('still names a meeting written in full after who attended', () => {
    expect(readMeetingName('县政协副主席李明远出席全县防汛工作座谈会。')).toBe('全县防汛工作座谈会');
  });
});

describe('the paragraph before an opening found by its chair', () => {
  it('names the meeting when the opening and the headline do not', () => {
    const text =
      '干部夜校开课忙\n\n3月10日晚，全县领导干部参加县委理论学习中心组第三次集体学习会，学习有关文件。\n\n李明远、张小红等参加学习会。县委书记李明远主持学习会并讲话。\n\n李明远强调，要学深悟透。';
    expect(importText(text, NOW).draft.meeting.name).toBe('县委理论学习中心组第三次集体学习会');
  });
});

describe('who took part, and who took on the work, are not the name', () => {
  it('drops the 并 that joins attending to what the guest did before', () => {
    expect(readMeetingName('3月3日，副校长李明远来学院指导工作，并参加了学院党政联席会议。')).toBe('学院党政联席会议');
  });

  it('reads a visit’s talk and a bare 见面会 as no name', () => {
    expect(readMeetingName('副市长李明远来我校走访座谈。校长张小红出席见面会。')).toBe('');
  });

  it('drops who took on the work a report meeting hears', () => {
    expect(readMeetingName('5月，某公司承接的《某区发展战略研究》成果汇报会在区政府举行。')).toBe('《某区发展战略研究》成果汇报会');
  });
});

describe('the body gathering whom it convened, in the clause before', () => {
  it('names the body before 组织 when the verb has no subject of its own', () => {
    expect(readMeetingName('根据上级文件精神，2月3日，某县青石镇组织全镇干部职工、村干部80余人，召开全镇春耕工作会议。')).toBe('某县青石镇全镇春耕工作会议');
  });

  it('takes no person gathering people as the body', () => {
    expect(readMeetingName('2月3日，镇长李明远组织全镇干部，召开春耕工作会议。')).toBe('春耕工作会议');
  });
});

describe('a page’s marks on a name read from the headline', () => {
  it('drops a column word before a bar and a part number after the name', () => {
    const text = '要闻|某县第三届教代会召开（二）\n\n会上，县长李明远作报告。\n\n会议强调，要抓好落实。';
    expect(importText(text, NOW).draft.meeting.name).toBe('某县第三届教代会');
  });

  it('joins a body’s name before the bar to the meeting', () => {
    const text = '某某集团|2025年工作会议召开\n\n会上，董事长李明远作报告。\n\n会议强调，要抓好落实。';
    expect(importText(text, NOW).draft.meeting.name).toBe('某某集团2025年工作会议');
  });
});
