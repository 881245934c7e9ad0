import { describe, expect, it } from 'vitest';
import { importText, parsePeopleList } from '../../shared/importer';

/**
 * Round 16 (import-20a): the opening. A body convening with its topic, place and time between it
 * and the verb (市政府就…在…组织召开, 县卫健委于5月6日组织召开), a presidium as the body, 主持人 as an
 * office (not the verb), nominees' titles, and groups that open with 各 after a comma. Every text
 * is made up (松林县, 周海明 stand for any county and leader).
 */
const NOW = new Date('2026-06-01T00:00:00Z');
const BODY = '会议强调，要抓好各项工作落实，各部门要压实责任、细化措施，把各项工作抓细抓实抓到位。';
const read = (opening: string) => importText(['松林县召开工作会议', opening, BODY].join('\n'), { now: NOW }).draft.meeting;

describe('the body before 召开 with words between', () => {
  it('drops the topic and the place: 市政府就《…》在…组织召开座谈会', () => {
    expect(read('12月10日，市政府就《政府工作报告》（征求意见稿）在行政中心五楼组织召开座谈会，征求部分人大代表意见。').name).toBe('市政府座谈会');
  });

  it('drops a date after 于 before 组织召开', () => {
    expect(read('县卫健委于5月6日组织召开全县卫生健康系统安全生产工作会议，县卫健委主任孙海明主持。').name).toBe('县卫健委全县卫生健康系统安全生产工作会议');
  });

  it('drops a topic after 围绕', () => {
    expect(read('6月2日，县政府围绕汛期地质灾害防治召开专题会议，副县长林晓东主持会议。').name).toBe('县政府专题会议');
  });

  it('keeps a subject that is no body as it was', () => {
    expect(read('3月12日，在县委三楼会议室召开全县信访工作调度会，县委副书记周海明主持会议。').name).toBe('全县信访工作调度会');
  });
});

describe('a presidium and its session', () => {
  it('names the meeting with the session and its presidium', () => {
    const m = read('10月26日上午，区政协八届一次会议主席团举行第一次会议。会议由主席团会议主持人孙立新主持。');
    expect(m.name).toBe('区政协八届一次会议主席团第一次会议');
    expect(m.chair).toEqual({ name: '孙立新', title: '主席团会议主持人' });
  });
});

describe('titles and groups in attendance lists', () => {
  it('reads a nominee as a title', () => {
    expect(parsePeopleList('区政协党组书记、八届政协主席提名人选周海明')).toEqual([{ name: '周海明', title: '区政协党组书记、八届政协主席提名人选', unit: '' }]);
  });

  it('splits groups at commas when one opens with 各', () => {
    expect(parsePeopleList('主席会议成员，各委员小组组长及副组长，大会秘书处各组负责人').map((p) => p.name)).toEqual(['主席会议成员', '各委员小组组长及副组长', '大会秘书处各组负责人']);
  });

  it('a part opening with 各 after a named person is a group', () => {
    expect(parsePeopleList('副县长林晓东、各乡镇乡镇长')).toEqual([
      { name: '林晓东', title: '副县长', unit: '' },
      { name: '各乡镇乡镇长', title: '', unit: '' },
    ]);
  });
});

describe('attendance still to come', () => {
  it('names nobody when the sentence expects people at a later event', () => {
    const m = read('6月3日，县外事办召开驻外联络处工作会议，预计有60名联络员返回参加，副县长林晓东主持会议。');
    expect(m.attendees).toEqual([]);
    expect(m.chair.name).toBe('林晓东');
  });
});

describe('dates a newspaper or a portal gives outside the sentence', () => {
  const doc = (...lines: string[]) => importText(lines.join('\n'), { now: NOW });
  it('takes the dateline day when the sentence has none', () => {
    const r = doc('县政府召开常务会议', '松林日报3月6日讯 县政府召开第十次常务会议，县长周海明主持会议，研究春耕生产工作。', BODY);
    expect(r.recognized.dateText).toBe('3月6日');
  });

  it('keeps the sentence day over the dateline day', () => {
    const r = doc('县政府召开常务会议', '松林日报3月6日讯 县政府5日召开第十次常务会议，县长周海明主持会议，研究春耕生产工作。', BODY);
    expect(r.recognized.dateText).toBe('5日');
  });

  // KEYING 20: the page went up that day; the meeting sat some day before it.
  it('leaves the date open when the report gives none, whatever the page stamp says', () => {
    const r = doc('县政府召开常务会议', '发布时间：2024-03-06  来源：县政府办', '县长周海明主持召开县政府第十次常务会议，研究部署春耕生产工作。', BODY);
    expect(r.recognized.dateText).toBe('');
    expect(r.draft.meeting.date).toBe('');
    expect(r.recognized.publishedDate).toBe('2024-03-06');
  });

  it('leaves 近日 open even with a page stamp', () => {
    const r = doc('县政府召开常务会议', '发布时间：2024-03-06  来源：县政府办', '近日，县长周海明主持召开县政府第十次常务会议，研究部署春耕生产工作。', BODY);
    expect(r.recognized.dateText).toBe('');
  });

  it('drops a day-only dateline from the meeting name', () => {
    expect(read('3月5日电（记者 王小雨）松林县4日召开全县防汛工作会议，县长周海明主持会议。').name).toBe('松林县全县防汛工作会议');
  });
});

describe('a page stamp below the article', () => {
  it('does not date a report that gives no date', () => {
    const r = importText(['县政府召开常务会议', '县长周海明主持召开县政府第十次常务会议，研究部署春耕生产工作。', BODY, '- 2024-03-06'].join('\n'), { now: NOW });
    expect(r.recognized.dateText).toBe('');
  });
});

describe('chairs and attendees said in other shapes', () => {
  it('takes the chair’s title from a later titled mention', () => {
    const r = importText(
      ['县委召开理论学习中心组学习会', '周海明同志主持召开县委理论学习中心组学习会，传达学习省委全会精神。', '县委常委、县委书记周海明指出，要深学细悟，把学习成果转化为推动发展的实际成效。'].join(
        '\n',
      ),
      { now: NOW },
    );
    expect(r.draft.meeting.chair).toEqual({ name: '周海明', title: '县委常委、县委书记' });
  });

  it('reads named, titled people who attend a meeting named at the sentence end', () => {
    const m = read('3月12日下午，县长周海明，副县长林晓东、孙立新出席全县春耕生产工作会议。会议由副县长林晓东主持。');
    expect(m.name).toBe('全县春耕生产工作会议');
    expect(m.chair.name).toBe('林晓东');
    expect(m.attendees.map((p) => `${p.title}|${p.name}`)).toEqual(['县长|周海明', '副县长|孙立新']);
  });

  it('names nobody from a clause that does business before 参加…会议', () => {
    expect(read('3月12日，县长周海明主持召开县政府常务会议，研究了县领导参加省里培训会议。').attendees).toEqual([]);
  });

  it('drops who chaired from a meeting named as the subject', () => {
    expect(read('3月12日，由县长周海明主持的县政府常务会议召开。').name).toBe('县政府常务会议');
  });
});

describe('the first sentence’s loose date and an attendance line at the end', () => {
  it('takes 昨天 of the first sentence over a later sentence’s written date', () => {
    const r = importText(['县人大常委会召开主任会议', '昨天，县人大常委会召开第五十六次主任会议。县人大常委会主任周海明主持。会议决定，县人大常委会第二十五次会议1月12日举行。', BODY].join('\n'), {
      now: NOW,
    });
    expect(r.recognized.dateText).toBe('昨天');
  });

  it('keeps a written date in the first sentence', () => {
    const r = importText(['县人大常委会召开主任会议', '3月4日，县人大常委会召开第五十六次主任会议，主任周海明主持，要求昨天议定的事项抓紧落实。', BODY].join('\n'), { now: NOW });
    expect(r.recognized.dateText).toBe('3月4日');
  });

  it('does not take a closing attendance line without its full stop for the headline', () => {
    const r = importText(['昨天，县人大常委会召开第五十六次主任会议。县人大常委会主任周海明主持。', BODY, '县人大常委会副主任林晓东、孙立新出席会议'].join('\n'), { now: NOW });
    expect(r.draft.title).toBe('');
    expect(r.draft.meeting.attendees.map((p) => p.name)).toEqual(['林晓东', '孙立新']);
  });
});

describe('Taiwan pages: 本所 and 今日(5/29)', () => {
  it('reads 本公所 as the convening body and the slashed date in brackets', () => {
    const r = importText(
      [
        '松林區里長業務聯繫會報',
        '本公所於今日(5/29)在二樓會議室召開108年度上半年里長業務聯繫會報，由區長林曉東主持，並邀請各里里長共同討論區里問題。',
        '區長林曉東表示，期望藉由本次會報建立雙向溝通的橋樑，共同討論解決提案事項，推動地方建設及里政業務。',
      ].join('\n'),
      { now: NOW },
    );
    expect(r.draft.meeting.name).toBe('本公所108年度上半年里長業務聯繫會報');
    expect(r.recognized.dateText).toBe('今日（5/29）'); // brackets widened by the cleanup, as the scorer forgives
    expect(r.draft.meeting.chair).toEqual({ name: '林曉東', title: '區長' });
  });
});

describe('two bare names in a list', () => {
  it('are two people when the segmenter reads each as a name', () => {
    expect(parsePeopleList('周海明、林晓东').map((p) => p.name)).toEqual(['周海明', '林晓东']);
  });

  it('two places that start with a surname stay one group', () => {
    expect(parsePeopleList('江北、江南')).toHaveLength(1);
  });
});

describe('a meeting named in 在…召开的…会议上', () => {
  it('carries the body that held it', () => {
    expect(read('县长周海明5月12日在县政府召开的全县防汛工作会议上强调，要压紧压实防汛责任。').name).toBe('县政府全县防汛工作会议');
  });

  it('keeps a date or a venue before 召开的 out of the name', () => {
    expect(read('县长周海明在4月12日召开的全县防汛工作会议上强调，要压紧压实防汛责任。').name).toBe('全县防汛工作会议');
    expect(read('县长周海明在县行政中心召开的全县防汛工作会议上强调，要压紧压实防汛责任。').name).toBe('全县防汛工作会议');
  });
});

describe('a meeting as the subject of 由X主持 with when it met between', () => {
  it('reads the chair with the title after the name, and the meeting', () => {
    const m = read('縣務會議今（5）日上午由林曉東縣長主持，各局處首長出席。');
    expect(m.chair).toEqual({ name: '林曉東', title: '縣長' });
    expect(m.name).toBe('縣務會議');
  });
});
