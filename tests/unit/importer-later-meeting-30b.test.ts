import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';
import { laterMeetingAt } from '../../shared/importer/structure/later-meeting';

/** A report that goes on to another meeting: the opening's chair and attendees are the first one's. Made-up texts. */
const NOW = new Date('2026-03-05T00:00:00Z');
const meeting = (paragraphs: string[]) => importText(paragraphs.join('\n'), { now: NOW }).draft.meeting;

describe('laterMeetingAt', () => {
  const opening = '昨日下午，县第二届人民代表大会第二次会议预备会议举行。';
  it('finds an item opened by 又讯', () => {
    expect(laterMeetingAt([opening, '会议选举产生了主席团。', '又讯 大会主席团昨日下午举行第一次会议。'], 0, '县第二届人民代表大会第二次会议预备会议')).toBe(2);
  });
  it('finds a dated paragraph that convenes a meeting of another name', () => {
    expect(laterMeetingAt([opening, '昨天，县人大常委会召开第四次主任会议，决定了有关事项。县人大常委会主任冯建成主持会议。'], 0, '县第二届人民代表大会第二次会议预备会议')).toBe(1);
  });
  it('does not cut at the reported meeting told again', () => {
    expect(laterMeetingAt([opening, '昨日下午，县第二届人民代表大会第二次会议预备会议在县会堂举行。'], 0, '县第二届人民代表大会第二次会议预备会议')).toBe(2);
  });
  it('does not cut at an undated paragraph that recalls a meeting', () => {
    expect(laterMeetingAt([opening, '县委召开常委会会议研究了有关工作。'], 0, '县第二届人民代表大会第二次会议预备会议')).toBe(2);
  });
});

describe('who chaired and attended a later item', () => {
  it('is not the chair of the reported meeting', () => {
    const m = meeting([
      '昨日(13日)下午，县第二届人民代表大会第二次会议预备会议举行。县人大常委会主任冯建成宣布：各项筹备工作已经就绪。',
      '会议以举手表决的方式，选举产生了大会主席团和秘书长。',
      '又讯 县第二届人民代表大会第二次会议主席团昨日下午举行第一次会议。县人大常委会主任冯建成主持会议。',
      '会议推选孙国华等为主席团常务主席。',
    ]);
    expect(m.chair.name).toBe('');
  });

  it('does not lend its attendees to the reported meeting', () => {
    const m = meeting([
      '昨天上午，市人大常委会在市会堂举行会议，传达贯彻全国人大会议精神。市人大常委会主任严一平传达了会议精神。',
      '严一平强调，要把大会精神学习好。',
      '昨天，市人大常委会召开第四次主任会议，决定了下次会议的日期。市人大常委会主任严一平主持会议。',
      '会议听取了有关情况的报告。',
      '市人大常委会副主任钟华、蔡明出席。',
    ]);
    expect(m.chair.name).toBe('');
    expect(m.attendees).toEqual([]);
  });

  it('still reads the chair of the reported meeting said in a later paragraph', () => {
    const m = meeting(['昨日下午，县第二届人民代表大会第二次会议预备会议举行。', '县人大常委会主任冯建成主持会议。', '会议选举产生了大会主席团。']);
    expect(m.chair.name).toBe('冯建成');
  });
});

describe('a dated paragraph recalling an earlier meeting', () => {
  it('does not hide the attendance said after it', () => {
    const m = meeting(['3月6日，县政府召开第十次常务会议，县长王强主持会议。', '2月28日，市委召开全会，对今年工作作出部署。会议要求，要抓好落实。', '副县长李华、张明出席会议。']);
    expect(m.attendees.map((p) => p.name)).toEqual(['李华', '张明']);
  });
});
