import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

// Reports written for this test (fictional bodies and people), not taken from any bench set.
const NOW = new Date('2026-01-01T00:00:00Z');
const attendees = (text: string) => importText(text, { now: NOW }).draft.meeting.attendees.map((a) => `${a.title} ${a.name}`.trim());

describe('how wholly or in person they came is no part of who attended', () => {
  it('reads 悉数出席 as 出席, the group without 悉数', () => {
    const got = attendees('3月2日，青禾镇召开农业工作会议。各村支部书记、镇属单位负责人悉数出席。会议由镇党委书记王某主持。');
    expect(got).toEqual(['各村支部书记、镇属单位负责人']);
  });

  it('reads 亲自参加 as 参加, each person once and without 亲自 (both scripts)', () => {
    expect(attendees('近日，青禾农场召开秋收现场会，农场场长欧阳明，分管场长伍楚雄亲自参加。')).toEqual(['农场场长 欧阳明', '分管场长 伍楚雄']);
    expect(attendees('近日，青禾農場召開秋收現場會，農場場長歐陽明，分管場長伍楚雄親自參加。')).toEqual(['農場場長 歐陽明', '分管場長 伍楚雄']);
  });
});

describe('the word linking the sentence to the one before is not who attended', () => {
  it('drops 此外 / 同时 before the list', () => {
    const got = attendees('3月2日，青禾镇召开农业工作会议，各村支部书记出席。此外，县委副书记欧阳明也应邀到会指导。');
    expect(got).toEqual(['各村支部书记', '县委副书记 欧阳明']);
    expect(attendees('3月2日，青禾镇召开农业工作会议。同时，县农业农村局局长伍楚雄应邀出席。')).toEqual(['县农业农村局局长 伍楚雄']);
  });
});
