import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';
import { readHeader } from '../../shared/importer/structure/header';

/**
 * 该 before a unit points back to a body the sentence named before; a title or a meeting's name that
 * opens with it drops 该 and keeps the rest as written (KEYING 20, 21: nothing is restored). Made up.
 */
const NOW = new Date('2026-03-05T00:00:00Z');

describe('该 opening a title or a name', () => {
  it('drops 该 from the chair’s title and keeps the unit after it', () => {
    const h = readHeader('4月2日下午，青禾县人民医院召开中层干部大会，会议由该院党委副书记、院长程立远主持。');
    expect(h.chair).toEqual({ name: '程立远', title: '院党委副书记、院长' });
    expect(readHeader('5月6日，南平区政协召开常委会议，该区政协主席钱振华主持会议。').chair).toEqual({ name: '钱振华', title: '区政协主席' });
  });

  it('drops 该 from an attendee’s title as well', () => {
    const r = importText('5月6日，南平区政协召开常委会议，区政协主席钱振华主持会议，该区政协副主席孟川、韦立出席会议。\n会议传达学习了上级会议精神。', { now: NOW });
    expect(r.draft.meeting.attendees.map((p) => p.title)).toEqual(['区政协副主席', '区政协副主席']);
  });

  it('names a group’s study by its body and the study, without 该 or the verb that holds it', () => {
    expect(readHeader('据该局网站消息，6月3日上午，该局党组理论学习中心组组织集体学习，局长许平主持。').meetingName).toBe('局党组理论学习中心组集体学习');
  });
});
