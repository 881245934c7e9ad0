import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';
import { readHeader } from '../../shared/importer/structure/header';
import { laterMeetingAt } from '../../shared/importer/structure/later-meeting';
import { parsePeopleList } from '../../shared/importer/structure/people';

/**
 * Attendee shapes of round 34 (import-68d). Every text here is made up.
 */
const read = (s: string) => readHeader(s).attendees.map((p) => [p.name, p.title]);

describe('a named meeting closing the attendance sentence', () => {
  it('reads titled people and the kind of people after them (…以及X主要负责同志参加汇报会。)', () => {
    expect(read('青山区委常委、副区长周立新，副区长韩明，以及区财政局、区科技局主要负责同志参加汇报会。')).toEqual([
      ['周立新', '青山区委常委、副区长'],
      ['韩明', '副区长'],
      ['区财政局、区科技局主要负责同志', ''],
    ]);
  });

  it('still reads nobody from a business clause ending on a meeting', () => {
    expect(read('会议研究了各乡镇负责人参加全县培训会。')).toEqual([]);
  });
});

describe('a branch venue in a later paragraph', () => {
  const NOW = new Date('2026-03-05T00:00:00Z');
  it('reads titled people who follow the conference from a branch venue (在某分会场收听收看)', () => {
    const r = importText(['5月3日，全省水利工作视频会议召开。市长周立新在青山分会场收听收看。', '会议强调，要抓好防汛。', '市政府副市长韩明，市水利局局长林海在青山分会场收听收看。'].join('\n'), {
      now: NOW,
    });
    expect(r.draft.meeting.attendees.map((p) => p.name)).toEqual(expect.arrayContaining(['韩明', '林海']));
  });

  it('does not read people who watch something else (收看 with no branch venue)', () => {
    const r = importText(['5月3日，全省水利工作视频会议召开。市长周立新在青山分会场收听收看。', '会议强调，要抓好防汛。', '市政府副市长韩明在家收看电视。'].join('\n'), { now: NOW });
    expect(r.draft.meeting.attendees.map((p) => p.name)).not.toContain('韩明');
  });
});

describe('a sitting on a day of a meeting that runs several days', () => {
  const opening = '6月10日至12日，青山市第三届科技论坛在江北区召开。';
  it('is the same meeting (who attends it attends the meeting)', () => {
    expect(laterMeetingAt([opening, '11日上午，论坛举行分组座谈会。市长周立新、副市长韩明出席会议。'], 0, '青山市第三届科技论坛')).toBe(2);
  });

  it('a day outside the span still opens another meeting', () => {
    expect(laterMeetingAt([opening, '14日上午，市政府召开常务会议。市长周立新主持会议。'], 0, '青山市第三届科技论坛')).toBe(1);
  });
});

describe('the segmenter asked in Simplified about a Traditional run', () => {
  it('does not take a body (黨總支) before an office for a name', () => {
    expect(parsePeopleList('公司黨總支書記、董事長程立新').map((p) => [p.name, p.title])).toEqual([['程立新', '公司黨總支書記、董事長']]);
  });
});

describe('units that set up a branch venue', () => {
  it('name no people (甲煤业、乙煤业设分会场参加)', () => {
    expect(read('1月8日，某公司召开安委会。甲山煤业、乙河煤业设分会场参加。')).toEqual([]);
  });
});

describe('offices the people finder did not know', () => {
  const list = (s: string) => parsePeopleList(s).map((p) => [p.name, p.title]);
  it('reads a candidate for an office (主席人选) as the title before the name', () => {
    expect(list('州委副书记、州政协主席人选程立新，州委常委韩明')).toEqual([
      ['程立新', '州委副书记、州政协主席人选'],
      ['韩明', '州委常委'],
    ]);
  });

  it('reads a (deputy) commander of a front command (副总指挥) as an office', () => {
    expect(list('州委常委、副州长周立新，州政府党组成员、前方指挥部副总指挥林海燕，各工作组组长')).toEqual([
      ['周立新', '州委常委、副州长'],
      ['林海燕', '州政府党组成员、前方指挥部副总指挥'],
      ['各工作组组长', ''],
    ]);
  });

  it('reads titled people before 等 and a kind that says where they came from', () => {
    expect(list('东岭市政协主席周立新，西川市政协主席林海燕等来自全国9个省(区)12个城市的政协领导')).toEqual([
      ['周立新', '东岭市政协主席'],
      ['林海燕', '西川市政协主席'],
    ]);
  });

  it('reads a name with an unlisted surname alone before its office, when the segmenter says it is a name', () => {
    expect(list('周立新县长、韩明副县长、那振东局长')).toEqual([
      ['周立新', '县长'],
      ['韩明', '副县长'],
      ['那振东', '局长'],
    ]);
    expect(list('卅二里里长').every(([, title]) => title === '')).toBe(true);
  });

  it("reads units joined by 、 before one office and a name as that person's title", () => {
    expect(list('省委办公厅、省政府办公厅主任周立新，副市长韩明')).toEqual([
      ['周立新', '省委办公厅、省政府办公厅主任'],
      ['韩明', '副市长'],
    ]);
    expect(list('县法院、县检察院主要负责同志')).toEqual([['县法院、县检察院主要负责同志', '']]);
  });

  it('reads an assistant office written after the name (X助理秘书长)', () => {
    expect(list('总会周立新副会长、林海燕助理秘书长')).toEqual([
      ['周立新', '总会副会长'],
      ['林海燕', '助理秘书长'],
    ]);
  });
});
