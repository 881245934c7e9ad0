import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';
import { parsePeopleList } from '../../shared/importer/structure/people';

// Made-up rolls. Names listed with 、 and an office written once after the last (甲、乙副县长) were
// read as one untitled group, and the form reader turned the last name's office over to it alone.
const NOW = { now: new Date('2026-03-05T00:00:00Z') };
const people = (s: string) => parsePeopleList(s).map((p) => `${p.name}/${p.title}`);

describe('names before an office written once after them (KEYING 3)', () => {
  it('gives every name the office, in both scripts', () => {
    expect(people('王明远、李华、张强副书记')).toEqual(['王明远/副书记', '李华/副书记', '张强/副书记']);
    expect(people('蕭文和、程立光、呂曉峰副主委')).toEqual(['蕭文和/副主委', '程立光/副主委', '呂曉峰/副主委']);
  });
  it('reads such a run inside a list the commas part, and a named person before 以及 a group', () => {
    expect(people('蕭文和、程立光副主委，陶梅秘書長以及民盟市委常委20人')).toEqual(['蕭文和/副主委', '程立光/副主委', '陶梅/秘書長', '民盟市委常委/']);
  });
  it('leaves a party post after a party name, and units before an office, as groups', () => {
    expect(people('民盟主委、民进主委')).toEqual(['民盟主委、民进主委/']);
    expect(people('县委、县政府领导')).toEqual(['县委、县政府领导/']);
  });
  it('lists them as attendees of the meeting', () => {
    const r = importText('3月2日，民盟某市委召开常委会议。王明远主委主持会议，蕭文和、程立光副主委，陶梅秘书长出席会议。\n会上，程立光传达了有关会议精神。', NOW);
    const names = r.draft.meeting.attendees.map((p) => `${p.name}/${p.title}`);
    expect(names).toEqual(expect.arrayContaining(['蕭文和/副主委', '程立光/副主委', '陶梅/秘书长']));
  });
});
