import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * The day of the meeting reported, not of a meeting named in passing (issue 11, round 32,
 * import-60c). Made-up texts.
 */
const NOW = new Date('2026-03-05T00:00:00Z');
const dateOf = (text: string): string => importText(text, { now: NOW }).recognized.dateText;

describe('a first date that only qualifies a noun', () => {
  it('gives way to the later date whose clause convenes', () => {
    expect(dateOf('某局召开专题会\n为贯彻落实3月2日召开的全省安全生产电视电话会议精神，某局于3日下午召开安全生产专题会议。\n会议要求，抓好落实。')).toBe('3日下午');
  });

  it('gives way to a later written date in the convening clause', () => {
    expect(dateOf('某公司召开会议\n按照省政府4月6日全省安全生产会议的精神要求，公司于4月12日上午在三楼会议室召开安全生产工作会议。\n会议强调，要压实责任。')).toBe('4月12日上午');
  });

  it('stays when the later date is a plan the meeting made', () => {
    expect(dateOf('某会议\n根据5月6日召开的全市大会的部署，会议决定于5月20日召开全体会议。\n会议要求，抓好落实。')).toBe('5月6日');
  });
});

describe('a day right after a subject of any clause, before the verb', () => {
  it('reads the day after a body in a clause after a purpose clause', () => {
    expect(dateOf('某院舉辦共識營\n為凝聚共識、規劃發展，某某醫院8日舉辦「共識營」，邀集各級主管參加。\n院長表示，要同心協力。')).toBe('8日');
  });

  it('reads the day after a titled person whose titles hold 、', () => {
    expect(dateOf('某省政协召开主席会议\n省委副书记、省政协主席某某某19日主持召开第四十一次主席会议。会议决定3月26日至28日举行常委会会议。\n会议要求，做好筹备。')).toBe('19日');
  });

  it('does not read the day after a meeting passed on as the subject', () => {
    expect(dateOf('某会传达全会精神\n省委全体（扩大）会议24日召开，全省经济工作会议25日召开。28日，某会举行党组中心组扩大会议，学习两次会议精神。\n会议指出，要深入学习。')).toBe('28日');
  });
});

describe('the meeting reported, not one planned', () => {
  it('keeps the opening when the next paragraph only decides to convene another meeting', () => {
    const r = importText(
      '区政协召开主席会议 决定5月16日召开区政协十届二次常委会会议\n5月11日，十届区政协第五次主席会议召开，区政协主席王建国主持会议并讲话。\n会议审议通过了区政协十届二次常委会会议议程（草案），决定5月16日至17日在东城召开区政协十届二次常委会会议。\n王建国指出，要抓好筹备。',
      { now: NOW },
    );
    expect(r.recognized.dateText).toBe('5月11日');
    expect(r.draft.meeting.name).not.toContain('常委会');
  });
});

describe('a session that closes after telling what it did', () => {
  it('opens the report and dates it, however long the clauses before 胜利闭幕', () => {
    expect(
      dateOf(
        '省政协会议闭幕\n政协某省第九届委员会第三次会议历时四天半，经过全体委员的共同努力，圆满完成各项议程，22日上午在省城胜利闭幕。\n省政协副主席李明主持闭幕大会。会议通过了决议。\n会议强调，要认真贯彻。',
      ),
    ).toBe('22日上午');
  });
});

describe('an adviser chairing', () => {
  it('reads 总顾问 as the office before the name', () => {
    const r = importText('集团召开党总支扩大会议\n3月26日下午，集团公司党总支扩大会议在集团会议室举行。会议由集团公司总顾问王建国同志主持，各支部书记参会。\n会议强调，要抓好党建。', { now: NOW });
    expect(r.draft.meeting.chair).toEqual({ name: '王建国', title: '集团公司总顾问' });
  });
});

describe('a quoted name as the whole object of the verb', () => {
  const nameOf = (text: string): string => importText(text, { now: NOW }).draft.meeting.name;

  it('is the meeting, whatever noun it ends in, with the body before it', () => {
    expect(nameOf('某院舉辦共識營\n為凝聚共識，東山醫院8日舉辦「同心共識營」，邀集各級主管參加。\n院長表示，要同心協力。')).toBe('東山醫院「同心共識營」');
  });

  it('keeps its quotes after the body that convenes it', () => {
    expect(nameOf('某院召开推进会\n3月5日，南城市中医院召开“2021年创文工作推进会”。\n会议强调，要抓好落实。')).toBe('南城市中医院“2021年创文工作推进会”');
  });

  it('is no meeting past the first sentence, where it recalls an earlier event', () => {
    const text =
      '北港城市合作座谈会在南湖市举行\n6月3日，区域合作办调研组赴南湖市，各市发改部门负责人参加专题座谈会。与会人员围绕城市合作开展座谈交流。\n南湖市近年来深化区域合作。今年2月，成功举行“北港一体化·南湖合作推介活动”，下一步将拓展合作。';
    expect(nameOf(text)).not.toContain('推介活动');
  });
});

describe('a theory group studying', () => {
  it('names the meeting by 中心组（扩大）学习', () => {
    const r = importText('学院党委开展中心组学习\n11月5日，东院党委举行党委中心组（扩大）学习，专题学习有关精神。\n会议指出，要深入学习。', { now: NOW });
    expect(r.draft.meeting.name).toBe('东院党委中心组（扩大）学习');
  });
});

describe('when and where between the body and the verb', () => {
  const nameOf = (text: string): string => importText(text, { now: NOW }).draft.meeting.name;

  it('drops 假 and any place after it (Macau, Hong Kong, Taiwan)', () => {
    expect(nameOf('某會辦交流會\n南灣街坊之友協會日前假海景軒舉辦年度社區交流會，約八十位會員出席。\n會長表示，要團結會員。')).toBe('南灣街坊之友協會年度社區交流會');
  });

  it('drops 提前 with the time after it', () => {
    expect(nameOf('某署召開防汛會議\n經濟部某某署提前在今天晚上8點召開防汛整備視訊會議，指示各單位做好整備。\n會議要求，各單位嚴陣以待。')).toBe('經濟部某某署防汛整備視訊會議');
  });

  it('drops 於本〈17〉日 and the clock after it', () => {
    expect(nameOf('某農會舉行會員代表大會\n東川縣農會於本〈17〉日上午10時假該會大禮堂舉行年度會員代表大會，會員代表60人參加。\n理事長表示，要服務農民。')).toBe('東川縣農會年度會員代表大會');
  });
});

describe("a chair's posts across a comma", () => {
  const chairOf = (text: string) => importText(text, { now: NOW }).draft.meeting.chair;

  it('joins an office alone after 由 to the title before the name', () => {
    expect(chairOf('区政府召开常务会议\n4月2日，东山区召开区政府第5次常务会议，研究有关工作。会议由区委副书记，区政府党组书记、区长王建国主持。\n会议强调，要抓好落实。')).toEqual({
      name: '王建国',
      title: '区委副书记，区政府党组书记、区长',
    });
  });

  it('joins an office alone opening the sentence', () => {
    expect(chairOf('集团召开学习会\n3月2日，某集团学习会召开。某某集团总经理助理，某糖业公司党委书记、董事长李明主持会议并讲话。\n会议强调，要抓好落实。').title).toBe(
      '某某集团总经理助理，某糖业公司党委书记、董事长',
    );
  });

  it('does not join a clause that says what someone else did', () => {
    expect(chairOf('县政府召开会议\n3月2日，县政府召开常务会议。县长王强出席，副县长李明主持会议。\n会议强调，要抓好落实。')).toEqual({ name: '李明', title: '副县长' });
  });
});

describe('dates a release or a capture writes apart', () => {
  it('reads 本〈17〉日 as the day of the issue', () => {
    expect(dateOf('某農會舉行大會\n東川縣農會於本〈17〉日上午10時假該會大禮堂舉行年度會員代表大會，會員代表60人參加。\n理事長表示，要服務農民。')).toBe('本〈17〉日上午10時');
  });

  it('takes a first line that is only a date as the date, not the headline', () => {
    expect(dateOf('1月11日上午\n政协某市第八届委员会第五次会议在庄严的国歌声中隆重开幕！\n市政协副主席王明主持会议。\n会议强调，要履职尽责。')).toBe('1月11日上午');
  });
});

describe('a vague count before an office written once', () => {
  it('gives each name the office alone (幾名)', () => {
    const r = importText('聯組會舉行\n聯組會在政協禮堂舉行，幾名全國政協副主席王建國、李明出席。會議由全國政協副主席李明主持。\n會議指出，要團結奮鬥。', { now: NOW });
    expect(r.draft.meeting.chair.title).toBe('全國政協副主席');
    expect(r.draft.meeting.attendees.find((p) => p.name === '王建國')?.title).toBe('全國政協副主席');
  });
});
