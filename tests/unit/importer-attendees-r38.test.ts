import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * Round 38 (main, after the blind first run): attendee shapes a fresh batch lost whole — a run of
 * titled names closing on a kind of people the kind list lacked, visiting leaders parted by commas,
 * a roll after 参加会见的…包括, and an attendance paragraph between the day's paragraph and the chair's.
 * Every text here is made up.
 */
const NOW = new Date('2026-06-01T00:00:00Z');
const people = (text: string) => {
  const m = importText(text, { now: NOW }).draft.meeting;
  return [...m.attendees, ...m.observers].map((p) => [p.name, p.title]);
};

describe('a run of named people closing on kinds of people a school lists (校友, 专家)', () => {
  it('reads the names and the group, the sentence closing on the meeting', () => {
    const text = ['5月8日上午，市委书记鲁一平一行来我校调研。校领导甘立人、石秋林以及部分老领导、校友参加了调研座谈会。', '鲁一平指出，要办好学校。'].join('\n');
    expect(people(text)).toEqual([
      ['鲁一平', '市委书记'],
      ['甘立人', '校领导'],
      ['石秋林', '校领导'],
      ['部分老领导、校友', ''],
    ]);
  });
});

describe('visiting leaders parted by commas before 一行', () => {
  it('are each read, not only the last one the group word closes', () => {
    const text = ['5月8日上午，市委书记甘立人，市委副书记、市长石秋和，市委秘书长鲁一平一行来我校调研并召开座谈会。', '甘立人指出，要办好学校。'].join('\n');
    expect(people(text)).toEqual([
      ['甘立人', '市委书记'],
      ['石秋和', '市委副书记、市长'],
      ['鲁一平', '市委秘书长'],
    ]);
  });
});

describe('the roll after 参加会见的…包括 / 参加座谈的有', () => {
  it('reads the titled people the talk names, in both scripts', () => {
    const hans = ['甘立人会见记者团', '30日下午，省委常委、宣传部部长甘立人会见了记者团。', '参加会见的其他省领导包括省委副秘书长石秋和，省委宣传部副部长鲁一平。'].join('\n');
    expect(people(hans)).toEqual([
      ['石秋和', '省委副秘书长'],
      ['鲁一平', '省委宣传部副部长'],
    ]);
    const hant = ['甘立人出席座談', '30日下午，縣長甘立人與訪問團舉行座談。', '參加座談的有縣政府秘書長石秋和，縣教育局局長鲁一平。'].join('\n');
    expect(people(hant)).toEqual([
      ['石秋和', '縣政府秘書長'],
      ['鲁一平', '縣教育局局長'],
    ]);
  });
});

describe('an attendance paragraph before the chair paragraph', () => {
  it('is read when the day paragraph convenes nothing (进行座谈)', () => {
    const text = ['8月14日下午，市委书记甘立人与课题组一行进行座谈。', '市委秘书长石秋和，市人大常委会副主任鲁一平出席座谈会。', '市委副书记范文山主持会议。', '甘立人指出，要加强合作。'].join('\n');
    expect(people(text)).toEqual([
      ['石秋和', '市委秘书长'],
      ['鲁一平', '市人大常委会副主任'],
    ]);
  });
});
