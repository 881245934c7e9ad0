import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';
import { endsLikeBody, firstOfSeveralBodies } from '../../shared/importer/structure/bodies';
import { readHeader } from '../../shared/importer/structure/header';

/**
 * The opening by general mechanisms (round 15, branch import-18a): bench/KEYING.md section 10 and
 * the wording an unseen batch may bring. Every text here is made up.
 */
const NOW = new Date('2026-03-05T00:00:00Z');
const draft = (lines: string[]) => importText(lines.join('\n'), { now: NOW }).draft;

describe('KEYING 10: chairs joined by 和 / 與 / 及', () => {
  it('reads two titled chairs joined by 和 as 、 would join them', () => {
    const h = readHeader('3月2日，县长邝明和副县长黎强主持召开县政府第十次常务会议。');
    expect(h.chair).toEqual({ name: '邝明、黎强', title: '县长、副县长' });
    expect(h.meetingName).toBe('县政府第十次常务会议');
  });

  it('reads 與 and 及 the same way, and one title written for two names', () => {
    expect(readHeader('5月6日，镇人大主席韦立與副主席伍平主持召開座談會。').chair).toEqual({ name: '韦立、伍平', title: '镇人大主席、副主席' });
    expect(readHeader('5月6日，镇人大召开座谈会，副主席韦立及伍平主持。').chair).toEqual({ name: '韦立、伍平', title: '副主席' });
  });

  it('keeps a title that only holds a join as one person’s (no second name)', () => {
    expect(readHeader('3月2日，县委和县政府办公室主任邝明主持召开协调会。').chair.name).toBe('邝明');
  });
});

describe('KEYING 10: bodies meeting 分别', () => {
  it('names the first body’s meeting and each body’s chair', () => {
    const h = readHeader('东岭区议会和海湾区议会分别举行首次会议，东岭区议会主席韦立和海湾区议会主席伍平分别主持会议。');
    expect(h.meetingName).toBe('东岭区议会首次会议');
    expect(h.chair).toEqual({ name: '韦立、伍平', title: '东岭区议会主席、海湾区议会主席' });
  });

  it('gives the first place the kind written once after the last', () => {
    expect(readHeader('3月4日，东岭及海湾区议会分别举行首次会议。').meetingName).toBe('东岭区议会首次会议');
    expect(firstOfSeveralBodies('北区政协、西区政协')).toBe('北区政协');
    expect(firstOfSeveralBodies('县文明办')).toBeNull();
  });

  it('takes the first body’s meeting when each meets under a name of its own', () => {
    expect(readHeader('10月3日，市政协、市人大常委会分别召开主席会议和主任会议。').meetingName).toBe('市政协主席会议');
  });

  it('leaves a joint meeting (no 分别) as the page writes it', () => {
    expect(readHeader('10月3日，市政协、市人大常委会召开联席会议。').meetingName).toBe('市政协、市人大常委会联席会议');
  });
});

describe('convening bodies by kind', () => {
  it('takes a people’s congress, a mass organisation or an institution as the body', () => {
    expect(readHeader('5月6日，镇人大召开座谈会，副主席韦立主持。').meetingName).toBe('镇人大座谈会');
    expect(readHeader('5月6日，县妇联召开执委会议。').meetingName).toBe('县妇联执委会议');
    expect(readHeader('6月9日，市政署举行公开会议。').meetingName).toBe('市政署公开会议');
    expect(endsLikeBody('县图书馆')).toBe(true);
    expect(endsLikeBody('县长邝明')).toBe(false);
  });
});

describe('KEYING 10: a 简报 issue of several items', () => {
  it('takes the first item’s meeting for the opening', () => {
    const d = draft([
      '工作简报',
      '第12期',
      '县政府办公室编 2025年3月10日',
      '本期要目',
      '县政府召开第十次常务会议',
      '县政协召开主席会议',
      '县政府召开第十次常务会议',
      '3月8日上午，县长邝明主持召开县政府第十次常务会议，副县长黎强、伍平出席会议。',
      '会议传达学习了省政府全体会议精神。',
      '县政协召开主席会议',
      '3月9日，县政协主席韦华主持召开县政协主席会议。',
      '会议听取了提案办理情况汇报。',
      '报送：市政府办公室',
    ]);
    expect(d.meeting.name).toBe('县政府第十次常务会议');
    expect(d.meeting.chair).toEqual({ name: '邝明', title: '县长' });
    expect(d.meeting.date).toBe('2025-03-08');
    expect(d.meeting.attendees.map((p) => p.name)).toEqual(['黎强', '伍平']);
  });
});
