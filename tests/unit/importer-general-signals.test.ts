import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * Issue 11, round 8 (import-12): recognition by general signals rather than by the phrases of the
 * last batch. Each case is a shape that recurs across reports in new wording. Every text here is
 * made up (names, places, bodies).
 */
const NOW = new Date('2026-06-01T00:00:00Z');
const people = (list: { name: string; title: string }[]) => list.map((p) => `${p.title}|${p.name}`);

describe('form labels: spaced, bracketed and continued', () => {
  it('reads a title and a name set apart by a space, and a space-separated list after one title', () => {
    const r = importText(
      ['青岭县政府第八次常务会议纪要', '主  持：县长 程远航', '出 席：副县长 顾立新 汪晓丽 陈国平', '列席：县财政局局长 周海军，县发改局局长 吴俊峰', '会议听取了县财政局关于债务工作的汇报。'].join(
        '\n',
      ),
      { now: NOW },
    );
    expect(r.draft.meeting.chair).toEqual({ name: '程远航', title: '县长' });
    expect(people(r.draft.meeting.attendees)).toEqual(['副县长|顾立新', '副县长|汪晓丽', '副县长|陈国平']);
    expect(people(r.draft.meeting.observers)).toEqual(['县财政局局长|周海军', '县发改局局长|吴俊峰']);
  });

  it('reads a name with its title in brackets, and absentees under 缺席人员', () => {
    const r = importText(
      [
        '白沙镇党委会议记录',
        '会议时间：2025年8月12日',
        '主持人：林海川（镇党委书记）',
        '参会人员：黄志明、陈丽华、张伟强',
        '缺席人员：赵立新（请假）',
        '会议议定：一、同意拨付防汛资金；二、同意调整补贴标准。',
      ].join('\n'),
      { now: NOW },
    );
    expect(r.draft.meeting.chair).toEqual({ name: '林海川', title: '镇党委书记' });
    expect(r.draft.meeting.attendees.map((p) => p.name)).toEqual(['黄志明', '陈丽华', '张伟强']);
    expect(r.draft.meeting.name).toBe('白沙镇党委会议');
    expect(r.draft.sections.every((s) => !s.paragraphs.some((p) => p.includes('缺席')))).toBe(true);
  });

  it('reads 主席： as the chair of a Taiwan record, and a list under an empty label over several lines', () => {
    const r = importText(
      ['北坪區公所區務會議紀錄', '時間：114年4月2日下午2時', '主席：區長 陳志明', '出席人員：', '秘書 林美惠', '民政課課長 黃建國、社會課課長 李淑芬', '主席裁示：請各課室於月底前提報執行進度。'].join(
        '\n',
      ),
      { now: NOW },
    );
    expect(r.draft.meeting.chair).toEqual({ name: '陳志明', title: '區長' });
    expect(people(r.draft.meeting.attendees)).toEqual(['秘書|林美惠', '民政課課長|黃建國', '社會課課長|李淑芬']);
    expect(r.draft.sections.some((s) => s.lead.startsWith('主席裁示'))).toBe(true);
  });

  it('leaves a 主席： line that says something else in the body', () => {
    const r = importText(['北坪區公所區務會議紀錄', '時間：114年4月2日下午2時', '主席：請各課室於月底前提報執行進度，逾期者列入考核。'].join('\n'), { now: NOW });
    expect(r.draft.meeting.chair.name).toBe('');
    expect(r.text).toContain('請各課室於月底前提報執行進度');
  });
});

describe('attendee lists: names read by shape between names', () => {
  const attendees = (opening: string) => people(importText(['河西县召开县政府常务会议', opening, '会议指出，要加强管理。'].join('\n'), { now: NOW }).draft.meeting.attendees);

  it('reads four-character names with no listed surname between titled names', () => {
    expect(attendees('3月5日上午，县长程远航主持召开县政府第十二次常务会议，副县长顾立新、索朗旺堆、卓玛、雷振宇、扎西平措出席会议。')).toEqual([
      '副县长|顾立新',
      '副县长|索朗旺堆',
      '副县长|卓玛',
      '副县长|雷振宇',
      '副县长|扎西平措',
    ]);
    expect(attendees('市长谢文博主持会议，副市长唐晓梅、阿依古丽、许东升，市政府秘书长帕尔哈提出席。')).toEqual(['副市长|唐晓梅', '副市长|阿依古丽', '副市长|许东升', '市政府秘书长|帕尔哈提']);
  });

  it('keeps a kind of people after the names as a group, not a person', () => {
    expect(attendees('镇长欧阳振邦主持会议，副镇长叶春林、苏景华、驻村队员、机关干部参加会议。')).toEqual(['副镇长|叶春林', '副镇长|苏景华', '|驻村队员、机关干部']);
    expect(attendees('镇长欧阳振邦主持会议，副镇长叶春林、城建公司参加会议。')).toEqual(['副镇长|叶春林', '|城建公司']);
  });

  it('reads names listed before 等 and what they are', () => {
    expect(attendees('4月2日，区委书记冯安邦主持会议。王明远、李丽华、张志强、赵海涛等区领导出席会议。')).toEqual(['区领导|王明远', '区领导|李丽华', '区领导|张志强', '区领导|赵海涛']);
  });
});

describe('leads: verb classes with a subject, run-on verbs, manner phrases', () => {
  const leads = (...body: string[]) =>
    importText(['青岭县召开县政府常务会议', '3月5日，县长程远航主持召开县政府常务会议。', ...body].join('\n'), { now: NOW })
      .draft.sections.filter((s) => s.lead)
      .map((s) => `${s.kind} ${s.lead}`);

  it('reads decision and requirement verbs that need a subject', () => {
    expect(leads('会议审定了《县城市容管理办法》。', '會議決議：通過本縣預算追加案。', '会议号召全县干部群众积极行动起来。', '会议一致通过了《机关考勤制度》。')).toEqual([
      'decision 会议审定了',
      'decision 會議決議',
      // the closing call is `other` (round 30: four batches' keys against one), still a lead
      'text 会议号召',
      'decision 会议一致通过了',
    ]);
  });

  it('does not open a lead with those verbs bare or in another sense', () => {
    expect(leads('确定专人负责台账管理。', '会议通过视频形式召开，各科室负责人参加。')).toEqual([]);
  });

  it('keeps a second verb run on to the first in the lead', () => {
    expect(leads('会议强调指出，要落实责任。', '会议研究部署了森林防火工作。')).toEqual(['requirement 会议强调指出', 'topic 会议研究部署了']);
  });

  it('reads a person before how or where they spoke as the subject', () => {
    expect(leads('县长通过视频连线强调，要抓好防汛。', '程远航在调研时要求，要压实责任。')).toEqual(['requirement 县长通过视频连线强调', 'requirement 程远航在调研时要求']);
  });
});

describe('page furniture by shape', () => {
  const page = (...lines: string[]) => importText(lines.join('\n'), { now: NOW });
  const opening = '4月2日，县长程远航主持召开县政府第十次常务会议。';
  const body = '会议听取了县水利局关于防汛准备工作的汇报。会议强调，要压实防汛责任。';

  it('drops a portal record table printed as label：value pairs on one line', () => {
    const r = page(
      '索引号：11410000-2025-00123   主题分类：政务动态   发布机构：河西县人民政府办公室',
      '成文日期：2025-04-03   文号：无   有效性：有效',
      '河西县召开县政府第十次常务会议',
      opening,
      body,
    );
    expect(r.text).not.toContain('索引号');
    expect(r.text).not.toContain('有效性');
    expect(r.draft.title).toBe('河西县召开县政府第十次常务会议');
  });

  it('keeps a form line of the meeting’s own fields', () => {
    const r = page('河西县政府第十次常务会议纪要', '时间：2025年4月2日上午9时   地点：县政府三楼会议室', '主持：县长 程远航', body);
    expect(r.recognized.dateText).toContain('2025年4月2日');
    expect(r.draft.meeting.chair.name).toBe('程远航');
  });

  it('drops a teaser for another page labelled by a site word, even when it names a meeting', () => {
    const r = page('河西县召开县政府第十次常务会议', opening, body, '上一篇：县领导调研春耕工作', '下一篇：我县召开安全生产工作会议', '（全文共约800字）');
    expect(r.text).not.toContain('下一篇');
    expect(r.text).not.toContain('全文');
    expect(r.draft.sections.map((s) => s.lead)).not.toContain('我县召开安全生产工作会议');
  });
});

describe('chairs and dates in other word orders', () => {
  const read = (opening: string) => importText(['某县召开会议', opening, '会议强调，要抓好落实。'].join('\n'), { now: NOW }).draft.meeting;

  it('reads the chair inside 在…的主持下, after 出席会议并, and as surname-title-given name', () => {
    expect(read('5月12日，在镇党委书记林海川的主持下，镇党委召开专题会议。').chair).toEqual({ name: '林海川', title: '镇党委书记' });
    expect(read('近日，县财政局召开党组会议。局党组书记、局长周海军出席会议并主持。').chair).toEqual({ name: '周海军', title: '局党组书记、局长' });
    expect(read('本府今（12）日召開縣務會議，由陳縣長志明主持。').chair).toEqual({ name: '陳志明', title: '縣長' });
  });

  it('does not split a title-first chair or a chair with no given name', () => {
    expect(read('3月5日，县长王志强主持召开县政府常务会议。').chair).toEqual({ name: '王志强', title: '县长' });
    expect(read('3月5日，黄副县长主持召开专题会议。').chair.name).not.toBe('黄');
  });

  it('reads a date with 号 and a year in Chinese numerals', () => {
    expect(read('3月5号上午，街道党工委书记何丽萍主持召开街道工作例会。').date).toBe('2026-03-05');
    expect(read('二〇二四年九月五日上午，县人大常委会主任赵国平主持召开主任会议。').date).toBe('2024-09-05');
  });
});

describe('surname-title-name against title-first', () => {
  it('prefers the title-first reading when it ends in a name (常务副县长吴海: 常 is also a surname)', () => {
    const r = importText(['某县召开会议', '8月3日，县政府召开全体会议，常务副县长吴海主持会议。', '会议指出，要稳中求进。'].join('\n'), { now: NOW });
    expect(r.draft.meeting.chair).toEqual({ name: '吴海', title: '常务副县长' });
  });
});

describe('numbered points in other markers', () => {
  const sections = (...body: string[]) =>
    importText(['某县政府常务会议', '3月5日，县长程远航主持召开县政府常务会议。', ...body].join('\n'), { now: NOW })
      .draft.sections.slice(1)
      .map((s) => `${s.kind} ${s.lead} ${s.items.length}`);

  it('collects 第一，… and 1、… paragraphs under the lead that announces them', () => {
    expect(sections('会议要求：', '第一，要提高认识，统一思想。', '第二，要压实责任，抓好落实。', '第三，要强化督查，确保实效。')).toEqual(['action-list 会议要求 3']);
    expect(sections('会议议定事项如下：', '1、同意县水利局实施河道清淤工程。', '2、原则同意《县城管理办法》，由县司法局审核后印发。')).toEqual(['action-list 会议议定 2']);
  });

  it('collects the points after a lead whose sentence ends with a full stop', () => {
    expect(sections('程远航就做好下步工作提出要求。', '一是提高认识。', '二是压实责任。')).toEqual(['action-list 程远航就做好下步工作提出要求 2']);
  });

  it('leaves a paragraph that only opens with 第一次 as text', () => {
    expect(sections('会议要求：', '第一次全县普查工作已经完成，各单位要巩固成果。')).not.toContain('action-list 会议要求 1');
  });
});

describe('attendance sentences in other shapes', () => {
  const attendees = (opening: string) => people(importText(['某县召开县政府常务会议', opening, '会议指出，要加强管理。'].join('\n'), { now: NOW }).draft.meeting.attendees);

  it('reads 参会的有 / 出席会议的领导有：', () => {
    expect(attendees('3月5日，县长程远航主持召开县政府常务会议。参会的有副县长顾立新、汪晓丽，县政府办主任陈国平。')).toEqual(['副县长|顾立新', '副县长|汪晓丽', '县政府办主任|陈国平']);
    expect(attendees('3月5日，县长程远航主持召开县政府常务会议。出席会议的领导有：副县长顾立新、汪晓丽。')).toEqual(['副县长|顾立新', '副县长|汪晓丽']);
  });

  it('reads names with the title after them even when the given name is an everyday word', () => {
    expect(attendees('3月5日，县长程远航主持召开县政府常务会议，顾立新副县长、汪晓丽副县长出席会议。')).toEqual(['副县长|顾立新', '副县长|汪晓丽']);
  });

  it('drops a note in brackets after a name and reads a list spaced like a form', () => {
    expect(attendees('3月5日，县长程远航主持召开县政府常务会议，副县长汪晓丽（女）、陈国平（挂职）出席会议。')).toEqual(['副县长|汪晓丽', '副县长|陈国平']);
    expect(attendees('3月5日，县长程远航主持召开县政府常务会议，县领导 顾立新 汪晓丽 陈国平 出席会议。')).toEqual(['县领导|顾立新', '县领导|汪晓丽', '县领导|陈国平']);
  });

  it('keeps a unit’s bracket inside a group', () => {
    expect(attendees('3月5日，县长程远航主持召开县政府常务会议，各村（社区）党组织书记参加会议。')).toEqual(['|各村（社区）党组织书记']);
  });
});

describe('records and speakers', () => {
  const sections = (lines: string[]) => importText(lines.join('\n'), { now: NOW }).draft.sections.map((s) => `${s.kind} ${s.lead || s.heading}`);

  it('reads a record’s capital-numbered parts, unit reports and a labelled 決議', () => {
    expect(
      sections([
        '嶺東市政府第312次市政會議紀錄',
        '時間：114年5月6日上午9時',
        '主席：市長 林志遠',
        '壹、報告事項',
        '一、民政局報告：本市人口統計。',
        '決定：准予備查。',
        '貳、討論事項',
        '決議：照案通過。',
        '參、臨時動議：無',
      ]),
    ).toEqual(['topic 壹、報告事項', 'topic 一、民政局報告：本市人口統計。', 'decision 決定', 'topic 貳、討論事項', 'decision 決議', 'topic 參、臨時動議：無']);
  });

  it('keeps a numbered requirement about reporting as an item, not an agenda heading', () => {
    const s = sections(['某县政府常务会议', '3月5日，县长程远航主持召开县政府常务会议。', '会议要求：', '一、各单位要及时向县政府报告进展。', '二、各单位要加强协作。']);
    expect(s).toEqual(['text ', 'action-list 会议要求']);
  });

  it('makes a speaker’s paragraph one section, its words kept, its kind from the pronoun’s verb', () => {
    const r = importText(['某县政府常务会议', '3月5日，县长程远航主持召开县政府常务会议。', '副县长顾立新在会上作了讲话。他指出，要抓好项目建设。他要求，各部门要密切配合。'].join('\n'), { now: NOW });
    expect(r.draft.sections).toHaveLength(2);
    expect(r.draft.sections[1]!.kind).toBe('directive');
    expect(r.draft.sections[1]!.paragraphs[0]).toMatch(/^副县长顾立新在会上作了讲话。他指出/);
  });

  it('leaves a speech sentence by someone who is no person as text', () => {
    const r = importText(['某县政府常务会议', '3月5日，县长程远航主持召开县政府常务会议。', '各单位在会上作了发言。他指出，要抓好项目建设。'].join('\n'), { now: NOW });
    expect(r.draft.sections[1]!.kind).toBe('text');
  });

  it('reads the chair before a relative day (今（6）日)', () => {
    const r = importText(['縣政府召開縣務會議', '縣長黃俊明今（6）日主持縣務會議，會中聽取各局處業務報告。', '黃俊明裁示，各局處應落實防汛整備。'].join('\n'), { now: NOW });
    expect(r.draft.meeting.chair).toEqual({ name: '黃俊明', title: '縣長' });
  });
});

describe('meeting name from the headline', () => {
  it('reads the headline’s convening clause when the body names no meeting', () => {
    const r = importText(['西河市政府召开常务会议', '市长谢文博主持会议。副市长宋立群、唐晓梅出席会议。', '会议研究部署了安全生产工作。'].join('\n'), { now: NOW });
    expect(r.draft.meeting.name).toBe('西河市政府常务会议');
  });

  it('keeps the body’s own name when it gives one', () => {
    const r = importText(['西河市政府召开常务会议', '3月5日，市长谢文博主持召开市政府第二十次常务会议。', '会议强调，要抓好落实。'].join('\n'), { now: NOW });
    expect(r.draft.meeting.name).toBe('市政府第二十次常务会议');
  });
});

describe('page heads above the headline', () => {
  const long = '会议强调，要压实防汛责任，各乡镇、各部门要坚持人民至上、生命至上，扎实做好隐患排查、物资储备、队伍建设和值班值守等各项工作，确保安全度汛。';
  const opening = '4月2日，县长程远航主持召开县政府第十次常务会议。';

  it('drops a portal greeting, a date widget and a menu trail, and does not date the meeting by the widget', () => {
    const r = importText(['欢迎访问河西县人民政府网站', '今天是2025年4月3日 星期四', '>> 要闻', '河西县召开县政府第十次常务会议', opening, long].join('\n'), { now: NOW });
    expect(r.text.startsWith(opening)).toBe(true);
    expect(r.draft.title).toBe('河西县召开县政府第十次常务会议');
    expect(r.warnings.some((w) => w.code === 'yearAssumed')).toBe(true);
  });

  it('drops a column tag in brackets before the headline', () => {
    const r = importText(['【政务动态】河西县召开县政府第十次常务会议', opening, long].join('\n'), { now: NOW });
    expect(r.draft.title).toBe('河西县召开县政府第十次常务会议');
  });
});

describe('councils: 議會 bodies, 出席議員包括, a session that opens', () => {
  const read = (opening: string) => importText(['某議會會議', opening, '會議強調，要依法審議。'].join('\n'), { now: NOW }).draft.meeting;

  it('names the meeting with its council and reads a list after 出席議員包括', () => {
    const m = read('區議會昨（3）日舉行第12次會議，主席何志強主持。出席議員包括：陳家樂、李嘉欣、黃偉明、張美儀。');
    expect(m.name).toBe('區議會第12次會議');
    expect(m.attendees.map((p) => p.name)).toEqual(['陳家樂', '李嘉欣', '黃偉明', '張美儀']);
  });

  it('reads a session that opens (開議) as convened, and drops 均 before the verb', () => {
    const m = read('縣議會第二十屆第三次定期會今（10）日上午開議，由議長陳志雄主持，秘書林淑芬及各村里長均出席。');
    expect(m.name).toBe('縣議會第二十屆第三次定期會');
    expect(people(m.attendees)).toEqual(['秘書|林淑芬', '|各村里長']);
  });
});

describe('a paper’s name above the headline', () => {
  const body = [
    '记者从区政府获悉，6月3日，区长宋立群主持召开区政府第二十五次常务会议，研究城市更新等工作。',
    '会议听取了区住建委关于城市更新工作的汇报。会议原则同意有关实施方案，要求区住建委抓好落实。',
  ];

  it('drops a short paper name ending in 报', () => {
    const r = importText(['海川晚报', '区政府常务会议研究城市更新工作', ...body].join('\n'), { now: NOW });
    expect(r.text).not.toContain('海川晚报');
    expect(r.draft.title).toBe('区政府常务会议研究城市更新工作');
  });

  it('keeps a report kind ending in 报 (工作简报) out of that rule', () => {
    const r = importText(['工作简报', '区政府常务会议研究城市更新工作', ...body].join('\n'), { now: NOW });
    expect(r.removed.some((c) => c.kind === 'furniture' && c.original.includes('工作简报'))).toBe(false);
  });
});
