import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * The opening (chair, meeting name, date, attendees) read by general mechanisms rather than
 * phrase lists (issue 11, round 13, branch import-15a). Every text here is made up.
 */
const NOW = new Date('2026-03-05T00:00:00Z');
const imp = (lines: string[]) => importText(lines.join('\n'), { now: NOW }).draft.meeting;
const body = '会议强调，各单位要抓好落实，确保各项任务按期完成，切实把工作做细做实做到位。';
const people = (lines: string[]) => imp(lines).attendees.map((p) => [p.name, p.title]);

describe('attendee lists the page separates with commas', () => {
  it('reads a shared label before names, then each comma-joined group on its own', () => {
    const got = people(['4月2日，青石区召开项目推进会，区委书记罗振东主持会议。区长助理韩松，区班子成员梁思远、方卓、贺明，区发改局、住建局主要负责人，各街道全体干部参加会议。', body]);
    expect(got.map((p) => p[0])).toEqual(['韩松', '梁思远', '方卓', '贺明', '区发改局、住建局主要负责人', '各街道全体干部']);
  });

  it('keeps units that share a head noun after the comma as one group', () => {
    const got = people(['4月2日，青石区召开项目推进会，区委书记罗振东主持会议，全区部分街道，区直相关部门主要负责人参加会议。', body]);
    expect(got.map((p) => p[0])).toEqual(['全区部分街道，区直相关部门主要负责人']);
  });

  it('reads names closed by 等 and a kind, then a group joined by 以及', () => {
    const got = people(['5月6日，我院召开院务会，院长冯立成主持会议，韩守义、严丽君等在院领导以及全院科室主任、护士长参加会议。', body]);
    expect(got.map((p) => p[0])).toEqual(['韩守义', '严丽君', '全院科室主任、护士长']);
  });

  it('reads 总工程师 and 总会计师 as offices, and a bare name before 及 as sharing the list’s title', () => {
    const got = people(['5月6日，市水务集团召开经营分析会，集团总经理尹东来主持会议，集团领导邵思明、卢天华及总会计师龚雪参加会议。', body]);
    expect(got).toEqual([
      ['邵思明', '集团领导'],
      ['卢天华', '集团领导'],
      ['龚雪', '总会计师'],
    ]);
    const eng = people(['5月6日，市水务集团召开经营分析会，集团总经理尹东来主持会议，集团总工程师陶文斌、各部门负责人参加会议。', body]);
    expect(eng[0]).toEqual(['陶文斌', '集团总工程师']);
  });

  it('joins a bare office between titles into the next person’s title', () => {
    const got = people(['5月6日，市水务集团召开经营分析会，集团党委书记、董事长尹东来主持会议，党委副书记、董事、总经理邵思明参加会议。', body]);
    expect(got).toEqual([['邵思明', '党委副书记、董事、总经理']]);
  });

  it('names nobody for a bare head count, and drops 部分 before a kind of people', () => {
    expect(people(['5月6日，林溪商会召开会员大会，会长苗华主持会议，六十人出席。', body])).toEqual([]);
    const got = people(['5月6日，林溪县召开代表座谈会，县人大常委会主任吕青主持会议。', body, '部分人大代表参加座谈会。']);
    expect(got.map((p) => p[0])).toEqual(['人大代表']);
  });

  it('does not read a speaker who 传达了 something as attending', () => {
    const got = people(['3月9日，市档案局召开全体干部大会，局长邢国梁传达了全国两会精神，局属单位负责人和机关全体干部参加会议。', body]);
    expect(got.map((p) => p[0])).toEqual(['局属单位负责人和机关全体干部']);
  });

  it('reads attendance at a 学习研讨会', () => {
    const got = people(['6月1日，市农业局召开党组中心组学习研讨会，会议由副局长蒲长青主持，机关各科室负责人参加了学习研讨会。', body]);
    expect(got.map((p) => p[0])).toEqual(['机关各科室负责人']);
  });
});

describe('the chair', () => {
  it('reads several people who chair in turn as one chair with their shared title', () => {
    const d = imp(['近日，市政协工作报告征求意见座谈会先后召开，市政协副主席卫如海、桑晓梅分别主持座谈会。', body]);
    expect(d.chair).toEqual({ name: '卫如海、桑晓梅', title: '市政协副主席' });
    expect(d.name).toBe('市政协工作报告征求意见座谈会');
  });

  it('reads co-chairs with different titles', () => {
    const d = imp(['4月3日，市中医院召开党政联席会，院长卜东升、党委书记尤立华主持会议。', body]);
    expect(d.chair).toEqual({ name: '卜东升、尤立华', title: '院长、党委书记' });
  });

  it('reads a chair written as surname and office only, nothing guessed', () => {
    const d = imp(['2月5日下午，桃溪社区召开年度总结座谈会。社区沈书记主持会议，各楼栋长参加了会议。', body]);
    expect(d.chair).toEqual({ name: '沈', title: '社区书记' });
  });

  it('does not read a body’s own words as a surname and office', () => {
    const d = imp(['2月5日下午，桃溪镇召开年度总结会，镇党委书记主持会议。', body]);
    expect(d.chair.name).toBe('');
  });

  it('takes the meeting of a ；-run of dated events that the headline names', () => {
    const d = imp([
      '市水利局召开党组理论学习中心组研讨会',
      '连日来，市水利局掀起学习热潮。6月2日上午，组织干部收看大会直播；6月5日下午，局长苗为民主持召开全局干部大会，传达大会精神；6月9日上午，市水利局组织召开党组理论学习中心组研讨会，开展专题研讨。会议由副局长晏清主持，机关各科室负责人参加了研讨会。',
      body,
    ]);
    expect(d.chair).toEqual({ name: '晏清', title: '副局长' });
    expect(d.name).toBe('市水利局党组理论学习中心组研讨会');
  });
});

describe('the meeting’s name', () => {
  it('writes once the words the body and the meeting share', () => {
    expect(imp(['5月8日，市档案局机关党委召开机关党委（扩大）会议，会议由局党组成员邢军主持。', body]).name).toBe('市档案局机关党委（扩大）会议');
    expect(imp(['5月8日，省水利厅召开厅机关干部大会，厅长柏青主持会议。', body]).name).toBe('省水利厅机关干部大会');
  });

  it('keeps the X of an X务 meeting and a level the object opens with', () => {
    expect(imp(['5月8日，县统计局召开局务会议，局长柏青主持会议。', body]).name).toBe('县统计局局务会议');
  });

  it('takes the body from a headline that writes it before a colon', () => {
    expect(imp(['东溪镇：召开秋粮收购工作推进会', '9月3日上午，在镇政府三楼会议室召开秋粮收购工作推进会，镇机关全体干部参加会议。', body]).name).toBe('东溪镇秋粮收购工作推进会');
  });

  it('takes the headline’s meeting when the opening calls it only 会议', () => {
    expect(imp(['我院召开学习全会精神会议', '3月6日，我院召开会议，院党委书记秦朗传达全会精神。', body]).name).toBe('我院学习全会精神会议');
  });

  it('leaves out how and where a meeting convened', () => {
    expect(imp(['1月8日，集团公司年度工作会在东方大厦8楼会议室胜利召开。集团领导班子成员参加会议。', body]).name).toBe('集团公司年度工作会');
  });

  it('reads schools, 促进会 and 委會 as convening bodies', () => {
    expect(imp(['3月2日，青山小学召开安全工作会议，校长汤明主持会议。', body]).name).toBe('青山小学安全工作会议');
    expect(imp(['澳門文化促進會於五月十日下午四時在會址召開會員大會，會長馮一鳴主持會議。', body]).name).toBe('澳門文化促進會會員大會');
    expect(imp(['3月2日，民盟江北市委會舉行主委會議，主委賴天佑主持會議。', body]).name).toBe('民盟江北市委會主委會議');
  });

  it('drops a relative day with its date in brackets from the body', () => {
    expect(imp(['南湖区议会今天（9日）召开首次会议，议员互选正副主席。', body]).name).toBe('南湖区议会首次会议');
  });
});

describe('the date as written', () => {
  it('keeps a relative day with the date in brackets', () => {
    const r = importText(['南湖区议会今天（9日）召开首次会议，议员互选正副主席。', body].join('\n'), { now: NOW });
    expect(r.recognized.dateText ?? '').toMatch(/今天（9日）/u);
  });

  it('keeps a clock in Chinese numerals and a 民国 year written without 民國', () => {
    const a = importText(['澳門文化促進會於五月十日下午四時在會址召開會員大會。', body].join('\n'), { now: NOW });
    expect(a.recognized.dateText).toBe('五月十日下午四時');
    const b = importText(['时间：98年4月9日（星期四）下午3時', '地点：本校会议室', body].join('\n'), { now: NOW });
    expect(b.recognized.dateText).toBe('98年4月9日（星期四）下午3時');
    expect(b.draft.meeting.date).toBe('2009-04-09');
  });
});

describe('what the opening mechanisms leave alone', () => {
  it('keeps 部分 when it counts the units named after it', () => {
    const got = people(['5月6日，林溪县召开防汛会，副县长吕青主持会议，部分乡镇负责人参加会议。', body]);
    expect(got.map((p) => p[0])).toEqual(['部分乡镇负责人']);
  });

  it('does not read a surname and office with no unit before them as the chair', () => {
    expect(imp(['3月5日，黄副县长主持召开专题会议。', body]).chair.name).not.toBe('黄');
  });
});

describe('a record whose numbered fields were flattened into one line', () => {
  const line =
    '東港鎮民代表會第3次定期大會議事錄 會議紀錄:一、開會時間:民國110年3月8日二、開會地點:本會會議室三、出席人:林主席志遠、高副主席文彬、郭代表美琪、曾代表國華,計4名。四、列席人:鎮長石俊德、本會秘書袁麗雲,計2名。五、主席:高副主席文彬六、紀錄:組員洪雅婷七、秘書報告出席人數:(另載)八、主席宣告開會:(另載)';

  it('reads each numbered field, surname-title-given names, and the chair once', () => {
    const m = imp([line]);
    expect(m.chair).toEqual({ name: '高文彬', title: '副主席' });
    expect(m.attendees.map((p) => [p.name, p.title])).toEqual([
      ['林志遠', '主席'],
      ['郭美琪', '代表'],
      ['曾國華', '代表'],
    ]);
    expect(m.observers.map((p) => p.name)).toEqual(['石俊德', '袁麗雲']);
    expect(m.date).toBe('2021-03-08');
  });

  it('leaves names with 长 in them whole', () => {
    expect(people(['5月6日，林溪县召开防汛会，副县长吕青主持会议，县水利局局长孫長河、付长伟参加会议。', body]).map((p) => p[0])).toEqual(['孫長河', '付长伟']);
  });
});

describe('the headline and later paragraphs', () => {
  it('drops a list dash before the headline', () => {
    const r = importText(['- 南岭区召开安全生产工作会', '3月2日，南岭区召开安全生产工作会，区长梅岚主持会议。', body].join('\n'), { now: NOW });
    expect(r.draft.title).toBe('南岭区召开安全生产工作会');
  });

  it('joins a headline broken before 暨', () => {
    const r = importText(['桃源社区“邻里守望”行动推进', '暨社区议事协商会第三次会议', '6月3日，桃源社区召开议事协商会第三次会议，社区党委书记方琳主持会议。', body].join('\n'), { now: NOW });
    expect(r.draft.title).toBe('桃源社区“邻里守望”行动推进暨社区议事协商会第三次会议');
  });

  it('names no attendee for units that each sent someone', () => {
    const got = people(['6月3日，桃源社区召开联席会议，包括市一中、区卫生院、供电所等在内的5家成员单位，均派代表参加了会议，社区党委书记方琳主持会议。', body]);
    expect(got).toEqual([]);
  });

  it('reads who chaired the meeting from a later paragraph when the opening names nobody', () => {
    const m = imp(['南湖区议会今天（9日）召开首次会议，议员互选正副主席。', '有居民到场请愿，递交请愿信。', '完成选举后，新任主席蓝若兰开始主持会议，并加入多项议程。', body]);
    expect(m.chair).toEqual({ name: '蓝若兰', title: '主席' });
  });
});
