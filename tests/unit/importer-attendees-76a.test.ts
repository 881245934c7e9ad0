import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * Attendee shapes of round 36 (import-76a). Every text here is made up.
 */
const attendees = (text: string) => importText(text).draft.meeting.attendees.map((p) => [p.name, p.title]);

describe('who took part, told in the day paragraph before a later step read as the opening', () => {
  // The leader of the 考察组 attends too (KEYING 19, added after this test was written; structure/visitors.ts).
  it('keeps the people of the dated paragraph when a paragraph between them names no one', () => {
    const text = [
      '5月12日，省农业厅副厅长郑远航率考察组一行8人，到我县开展乡村产业专题考察。县政协副主席孟庆林，县政府办副主任邵立新等参加考察。',
      '在汇报会上，郑远航介绍了考察的目的和安排，各乡镇负责同志分别介绍了产业情况。',
      '在青石期间，考察组实地察看了茶叶基地，举行座谈会听取企业负责人意见。',
    ].join('\n');
    expect(attendees(text)).toEqual([
      ['郑远航', '省农业厅副厅长'],
      ['孟庆林', '县政协副主席'],
      ['邵立新', '县政府办副主任'],
    ]);
  });

  it('does not look past an opening that names its own attendees', () => {
    const text = ['5月12日，县政协副主席孟庆林到青石镇开展考察。', '在汇报会上，各村负责同志介绍了情况。', '5月13日，县政府召开座谈会，副县长邵立新参加会议。'].join('\n');
    expect(attendees(text)).toEqual([['邵立新', '副县长']]);
  });
});

describe('a national or provincial office before a list of names', () => {
  const list = (roll: string) => attendees(`3月1日，县政府召开常务会议。${roll}出席会议。会议听取了汇报。`);

  it('reads 全国… with an office and a name as people, the office shared by the names after it', () => {
    expect(list('全国人大常委会副委员长邓立群、方明远、孔祥和')).toEqual([
      ['邓立群', '全国人大常委会副委员长'],
      ['方明远', '全国人大常委会副委员长'],
      ['孔祥和', '全国人大常委会副委员长'],
    ]);
    expect(list('全國人大常委會副委員長鄧立群、方明遠').map(([n]) => n)).toEqual(['鄧立群', '方明遠']);
  });

  it('keeps 全县…/全市… kinds of people a group', () => {
    expect(list('全县副科级干部、各村书记')).toEqual([['全县副科级干部、各村书记', '']]);
  });
});

describe('参与 after a head count of people', () => {
  it('reads the kinds before the count as who attended', () => {
    expect(attendees('近日，某村召开议事会，村两委成员、党员代表共20余人参与。会议指出，要抓好落实。')).toEqual([['村两委成员、党员代表', '']]);
  });

  it('leaves 参与 with no head count alone', () => {
    expect(attendees('近日，某村召开议事会，号召群众积极参与。会议指出，要抓好落实。')).toEqual([]);
  });
});
