import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * Round 17, second wave: how many sections a report has (bench/KEYING.md 2, 9, 10, 11). Each case is
 * a class of count miss on the TRAIN sets; every text here is made up.
 */
const NOW = new Date('2026-06-01T00:00:00Z');
const leadsOf = (text: string) =>
  importText(text, { now: NOW })
    .draft.sections.filter((s, i) => !(i === 0 && s.kind === 'text' && s.lead === ''))
    .map((s) => [s.kind, s.lead]);

describe('the opening', () => {
  it('reads a chair line on its own after the opening paragraph as an other section (KEYING 19, 21)', () => {
    // Taiwan's script, as the report that showed it. Keys up to round 36 left the line in the opening;
    // KEYING 19 and 21 make a chair sentence opening a later paragraph an `other` section of its own.
    const text = [
      '青禾縣委常委會召開會議',
      '研究春耕等事項',
      '5月6日上午，青禾縣委常委會舉行會議，學習傳達上級近期會議精神，研究部署春耕備耕事項。',
      '縣委書記柯遠航主持會議并講話。',
      '',
      '會議指出，要把春耕生產抓緊抓實。',
    ].join('\n');
    expect(leadsOf(text)).toEqual([
      ['text', ''],
      ['directive', '會議指出'],
    ]);
  });

  it('keeps an attendance line with a byline after it out of the sections', () => {
    const text = ['5月6日，青禾集团召开项目推进会，董事长柯远航主持。', '会议指出，要把安全放在首位。', '集团领导班子、各子公司经理参加本次会议。（邵宁 供稿）'].join('\n');
    expect(leadsOf(text)).toEqual([['directive', '会议指出']]);
  });

  it('reads a speaker in the convening sentence as the opening, a later sentence’s speaker as a lead', () => {
    const convening = ['5月6日下午，青禾县政府召开常务会议，县长柯远航传达了省政府全体会议精神。会议强调，要抓好落实。'].join('\n');
    expect(leadsOf(convening)).toEqual([['requirement', '会议强调']]);
    const later = '青禾县政府召开第9次县务会议，县长柯远航主持。县议会将召开临时会审议预算，县长要求各单位用心准备。';
    expect(leadsOf(later).map((l) => l[0])).toEqual(['requirement']);
  });
});

describe('a speaker in the opening paragraph', () => {
  it('is a lead when the attendance clause ends the speaker’s own sentence', () => {
    const text =
      '3月9日下午，青禾县文旅局召开全体干部大会，传达学习全县经济工作会议精神。县文旅局局长柯远航传达了会议的主要精神和全县重点任务，局属单位负责人和局里全体职工出席了会议。\n柯远航强调，要抓好落实。';
    expect(leadsOf(text)).toEqual([
      ['directive', '县文旅局局长柯远航传达了'],
      ['requirement', '柯远航强调'],
    ]);
  });
});

describe('the chair speaking in the opening (KEYING 12)', () => {
  it('starts a section at the speech after 主持会议并讲话，', () => {
    const text = [
      '青禾县政府召开常务会议',
      '柯远航主持',
      '6月2日上午，青禾县政府召开常务会议，学习全省安全生产会议精神。县长柯远航主持会议并讲话，强调，要把防汛备汛各项措施落到实处。',
      '柯远航要求，各乡镇要压实责任。',
    ].join('\n');
    expect(leadsOf(text)).toEqual([
      ['requirement', '强调'],
      ['requirement', '柯远航要求'],
    ]);
  });
});

describe('the chair speaking in the opening, a full stop before the pronoun (KEYING 12)', () => {
  it('starts a section at 他强调, the opening staying the opening', () => {
    const text = ['青禾县政府召开常务会议', '6月2日上午，青禾县政府召开常务会议。县长柯远航主持会议并讲话。他强调，要把防汛措施落到实处。', '会议还研究了其他事项。'].join('\n');
    expect(leadsOf(text)[0]).toEqual(['requirement', '他强调']);
  });
});

describe('the agenda announced, then listed (KEYING 12)', () => {
  it('is one topic with its items', () => {
    const text = ['青禾县政府召开常务会议', '6月2日上午，青禾县政府召开常务会议，县长柯远航主持。', '会议的内容有三项：一是学习上级文件；二是研究防汛工作；三是部署秋粮收购。'].join('\n');
    const sections = importText(text, { now: NOW }).draft.sections.slice(1);
    expect(sections.map((s) => [s.kind, s.items.length])).toEqual([['topic', 3]]);
  });
});

describe('a person reporting', () => {
  it('reads a post and a name with 通报 where a sentence begins, 了 or not', () => {
    const text = '9月3日，中共青禾县委召开四届七次全委会议。县委书记柯远航主持会议并受常委会委托作工作报告。县委副书记、县长邵明轩通报今年以来全县经济运行情况。会议书面传达了上级全会精神。';
    expect(leadsOf(text)).toEqual([
      ['text', '县委副书记、县长邵明轩通报'],
      ['directive', '会议书面传达了'],
    ]);
  });
});

describe('speakers', () => {
  it('reads X讲话指出 as a speaker with 时 left out', () => {
    const text = ['5月6日，青禾县召开防汛工作会议，副县长邵宁主持会议。', '会议听取了水利局的汇报。', '柯远航讲话指出，防汛是当前头等大事。'].join('\n');
    expect(leadsOf(text)).toEqual([
      ['topic', '会议听取了水利局的汇报'],
      ['directive', '柯远航讲话指出'],
    ]);
  });

  it('reads X围绕…，提出…建议 as a directive, the person as its lead', () => {
    const text = ['5月6日，青禾县召开校地合作会议，副县长邵宁、县教育局局长柯远航参加会议。', '会议听取了合作进展的汇报。柯远航围绕师资培训、校舍改造几个方面，提出具体建议。'].join('\n');
    expect(leadsOf(text)).toEqual([
      ['topic', '会议听取了合作进展的汇报'],
      ['directive', '柯远航'],
    ]);
  });
});

describe('what opens a section and what does not', () => {
  it('reads a record’s 說明： under a numbered part as the part’s text', () => {
    const text = [
      '青禾國小家長會第五次常務委員會會議紀錄',
      '主席：柯遠航',
      '報告事項：',
      '一、圖書室整修進度報告',
      '說明：整修工程預計下週完工，書架由家長志工協助搬運。',
      '二、運動會籌備報告',
      '說明：運動會訂於十月舉行，各班需推派志工兩名。',
    ].join('\n');
    const leads = leadsOf(text);
    expect(leads.some(([, lead]) => /^[说說]/u.test(lead ?? ''))).toBe(false);
    expect(leads.filter(([kind]) => kind === 'directive')).toHaveLength(0);
  });

  it('reads 大家一致认为 where a sentence begins as a directive (KEYING 12)', () => {
    const text = [
      '5月6日，青禾县委召开常委会议，县委书记柯远航主持。',
      '在听取了年度工作报告（讨论稿）后，与会人员踊跃发言。大家一致认为，报告思路清晰、重点突出。',
      '柯远航强调，要抓好修改完善。',
    ].join('\n');
    expect(leadsOf(text).map((l) => l[0])).toEqual(['text', 'directive', 'requirement']);
  });
});
