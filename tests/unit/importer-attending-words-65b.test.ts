import { describe, expect, it } from 'vitest';
import { importedPeople } from '../helpers/imported-people';

/**
 * Attendance wording the importer did not read (round 33, import-65b): 莅临/亲临 the meeting
 * (KEYING 16), 列席备询, 甲与乙欢聚一堂, and 率 joining a leader to the group they bring.
 * Every text here is made up.
 */

describe('attendance wording beyond 出席 and 参加', () => {
  it('reads 莅临 with the meeting as its object', () => {
    const text = '3月2日，县委书记王强主持召开座谈会。市委常委、副市长李明莅临座谈会。\n会议研究了有关事项。';
    expect(importedPeople(text).attendees).toEqual([['李明', '市委常委、副市长']]);
  });

  it('reads 亲临大会 before 并', () => {
    const text = '3月2日，县农会召开会员代表大会。县长李正亲临大会并致辞。\n会议研究了有关事项。';
    expect(importedPeople(text).attendees).toEqual([['李正', '县长']]);
  });

  it('leaves 莅临指导 alone: no meeting is its object', () => {
    const text = '3月2日，县委书记王强主持召开座谈会。副市长李明莅临指导。\n会议研究了有关事项。';
    expect(importedPeople(text).attendees).toEqual([]);
  });

  it('reads those gathered (欢聚一堂) with the hosts', () => {
    const text = '3月2日，镇党委召开迎春座谈会。镇党委书记陆明，党委委员曹军与全镇20余名退休老干部欢聚一堂，喜迎新春。\n会议研究了有关事项。';
    expect(importedPeople(text).attendees).toEqual([
      ['陆明', '镇党委书记'],
      ['曹军', '党委委员'],
      ['全镇退休老干部', ''],
    ]);
  });

  it('reads 列席备询 and splits a leader from the group they bring (率)', () => {
    const text = '3月2日，县议会召开定期会，由议长王强主持，县长李明率相关局室首长列席备询。\n会议研究了有关事项。';
    expect(importedPeople(text).observers).toEqual([
      ['李明', '县长'],
      ['相关局室首长', ''],
    ]);
  });

  it('keeps 率队 whole: a leader heading a delegation brings no named group', () => {
    const text = '3月2日，县政府召开协作会议，县长王强主持。市商务局局长李明率队参加会议。\n会议研究了有关事项。';
    expect(importedPeople(text).attendees).toEqual([['李明', '市商务局局长']]);
  });

  it('drops 我院 or 该镇 before a group that says its scope again', () => {
    const ours = '3月2日，院长王强主持召开务虚会。我院全体院所领导、中层正副职干部参加会议。\n会议研究了有关事项。';
    expect(importedPeople(ours).attendees).toEqual([['全体院所领导、中层正副职干部', '']]);
    const named = '3月2日，镇长王强主持召开动员会。该镇镇、村干部参加会议。\n会议研究了有关事项。';
    expect(importedPeople(named).attendees).toEqual([['镇、村干部', '']]);
  });

  it('keeps 我校 where the body is the only scope written', () => {
    const text = '3月2日，校长王强主持召开动员会。我校相关部门负责同志参加会议。\n会议研究了有关事项。';
    expect(importedPeople(text).attendees).toEqual([['我校相关部门负责同志', '']]);
  });

  it('keeps a lone office among named people where the list holds a group too', () => {
    const text = '3月2日，市人大常委会召开第五次会议，主任王强主持。市中级人民法院院长李明，市人大常委会副秘书长，市人大各专门委员会负责同志列席会议。\n会议审议了有关报告。';
    expect(importedPeople(text).observers).toEqual([
      ['李明', '市中级人民法院院长'],
      ['市人大常委会副秘书长', ''],
      ['市人大各专门委员会负责同志', ''],
    ]);
  });

  it('still drops a lone office beside named people only', () => {
    const text = '3月2日，市人大常委会召开第五次会议，主任王强主持。市中级人民法院院长李明，市人大常委会副秘书长列席会议。\n会议审议了有关报告。';
    expect(importedPeople(text).observers).toEqual([['李明', '市中级人民法院院长']]);
  });
});
