import { describe, expect, it } from 'vitest';
import { takeLabelled } from '../../shared/importer/structure/labels';
import { formList } from '../../shared/importer/structure/form-list';
import { importText } from '../../shared/importer';
import { readHeader } from '../../shared/importer/structure/header';
import { parsePeopleList, withoutDescription, withoutWritersUnit } from '../../shared/importer/structure/people';

/**
 * Attendee shapes of round 35 (import-72d). Every text here is made up.
 */
const roll = (lines: string[]) => {
  const { labelled } = takeLabelled(lines);
  return { attendees: labelled.attendees.map((p) => [p.name, p.title]), observers: labelled.observers.map((p) => [p.name, p.title]) };
};

describe('a roll labelled by the bare verb of taking part', () => {
  it('reads 参会：/與會： as the attendance label', () => {
    expect(roll(['参会：周立新 韩明远 林海波']).attendees).toEqual([
      ['周立新', ''],
      ['韩明远', ''],
      ['林海波', ''],
    ]);
    expect(roll(['與會：陳志明、黃美華、林國棟']).attendees.map(([n]) => n)).toEqual(['陳志明', '黃美華', '林國棟']);
  });
});

describe('a two-character name padded to the column width', () => {
  it('joins a lone surname and a lone character into one name', () => {
    expect(formList('周立新 韩 明 林海波')).toBe('周立新、韩明、林海波');
    expect(formList('副县长 王 强 李明华')).toBe('副县长王强、李明华');
  });

  it('leaves a lone character that is no surname alone', () => {
    expect(formList('周立新 的 林海波')).toBe('周立新、的、林海波');
  });
});

describe('a note pointing to the sign-in sheet', () => {
  it('is no part of the group it follows', () => {
    expect(roll(['出席人員：全體教職員（詳如簽到冊）']).attendees).toEqual([['全體教職員', '']]);
    expect(roll(['出席人员：全体干部(见签到表)']).attendees).toEqual([['全体干部', '']]);
  });
});

describe('a seat named in the label', () => {
  it('is each bare name’s office (出席召集委員：…)', () => {
    expect(roll(['出席召集委員：葉書芳 鄭秀蘭']).attendees).toEqual([
      ['葉書芳', '召集委員'],
      ['鄭秀蘭', '召集委員'],
    ]);
    expect(roll(['列席委员：周立新、韩明远']).observers).toEqual([
      ['周立新', '委员'],
      ['韩明远', '委员'],
    ]);
  });

  it('gives no office from a kind of people (出席代表：…)', () => {
    expect(roll(['出席代表：周立新、韩明远、林海波']).attendees.every(([, t]) => t === '')).toBe(true);
  });
});

describe('the writer’s unit before an attendee’s office', () => {
  const NOW = new Date('2026-03-05T00:00:00Z');
  it('is dropped from the title (我院副院长甲 -> 副院长)', () => {
    const r = importText('5月3日，青山医院召开安全工作会议。我院副院长周立新、韩明远出席会议。', { now: NOW });
    expect(r.draft.meeting.attendees.map((p) => [p.name, p.title])).toEqual([
      ['周立新', '副院长'],
      ['韩明远', '副院长'],
    ]);
  });

  it('keeps a level’s leaders and a title that is not the writer’s unit', () => {
    expect(withoutWritersUnit('我市领导')).toBe('我市领导');
    expect(withoutWritersUnit('我县县长')).toBe('县长');
    expect(withoutWritersUnit('县委书记')).toBe('县委书记');
  });
});

describe('a researcher’s rank as an office', () => {
  it('reads 研究员 before a name as the title, and a group joined after it', () => {
    expect(parsePeopleList('省参事室特约研究员周立新及参事业务处同志').map((p) => [p.name, p.title])).toEqual([
      ['周立新', '省参事室特约研究员'],
      ['参事业务处同志', ''],
    ]);
  });
});

describe('a joining word after an office', () => {
  it('opens one more kind of people, not a name (党委委员及主管)', () => {
    expect(parsePeopleList('学院班子成员、党委委员及主管').map((p) => [p.name, p.title])).toEqual([['学院班子成员、党委委员及主管', '']]);
  });
});

describe('a leading group’s study session as the meeting attended', () => {
  const read = (s: string) => readHeader(s).attendees.map((p) => [p.name, p.title]);
  it('reads who took part in 中心组学习', () => {
    expect(read('青山学院召开党委会，会议由院党委书记周立新主持，各支部书记及各系主任参加中心组学习。')).toEqual([['各支部书记及各系主任', '']]);
    expect(readHeader('青山学院召开党委会，各科室负责人列席本次中心组学习。').observers.map((p) => p.name)).toEqual(['各科室负责人']);
  });

  it('reads no one asked to take part', () => {
    expect(read('青山学院召开党委会，要求各支部书记参加中心组学习。')).toEqual([]);
  });
});

describe('a clause describing an attendee before the office', () => {
  const NOW = new Date('2026-03-05T00:00:00Z');
  it('is no part of the title (担任本届委员的…副主席甲)', () => {
    const r = importText('5月3日，青山市政协召开全体会议。担任本届委员的十届市政协副主席周立新、韩明远出席会议。', { now: NOW });
    expect(r.draft.meeting.attendees.map((p) => [p.name, p.title])).toEqual([
      ['周立新', '十届市政协副主席'],
      ['韩明远', '十届市政协副主席'],
    ]);
  });

  it('keeps the party’s (党的) and a title with nothing after its 的', () => {
    expect(withoutDescription('县党的群众路线教育实践活动督导组副组长')).toBe('县党的群众路线教育实践活动督导组副组长');
    expect(withoutDescription('分管农业的副县长')).toBe('副县长');
    expect(withoutDescription('县长')).toBe('县长');
  });
});

describe('a count of holders left on a title', () => {
  it('is no part of any listed person’s title (几名副主席…咸某)', () => {
    const r = importText('5月3日，青山市政协召开座谈会。会议在政协礼堂举行，几名市政协副主席周立新、韩明远、咸慧琳，以及秘书长林海波出席。', {
      now: new Date('2026-03-05T00:00:00Z'),
    });
    expect(r.draft.meeting.attendees.map((p) => p.title).filter((t) => /几名/u.test(t))).toEqual([]);
  });
});
