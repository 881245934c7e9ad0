import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * bench/KEYING.md section 10 and round 15's general mechanisms for sections and inline debris.
 * Every text here is made up (青岭县, 周海明 and the rest stand for any county and any leader).
 */
const NOW = new Date('2026-06-01T00:00:00Z');
const body = (r: ReturnType<typeof importText>) => r.draft.sections.flatMap((s) => s.paragraphs).join('\n');
const leads = (r: ReturnType<typeof importText>) => r.draft.sections.map((s) => `${s.kind} ${s.lead}`);

describe('KEYING 10: X说 as a lead', () => {
  it('opens a directive section where a sentence begins', () => {
    const r = importText('青岭县召开安全生产会议，县长周海明主持会议。\n周海明说，安全生产是底线，各乡镇要压实责任。', { now: NOW });
    expect(leads(r)).toContain('directive 周海明说');
  });

  it('inside a sentence it is part of that sentence', () => {
    const r = importText('青岭县召开安全生产会议，县长周海明主持会议。\n周海明指出，今年形势复杂，他说，各乡镇要压实责任。', { now: NOW });
    expect(leads(r).filter((l) => l.includes('说'))).toEqual([]);
  });
});

describe('KEYING 10: a speech continued in a paragraph with no lead', () => {
  const opening = '5月6日，青岭县召开防汛工作会议，县长周海明主持会议。';
  for (const cont of ['要加强巡查，及时排除隐患。', '同时，要做好人员转移准备。', '希望各乡镇守土尽责。']) {
    it(`belongs to the section before it: ${cont.slice(0, 6)}`, () => {
      const r = importText(`${opening}\n周海明强调，各乡镇要压实防汛责任。\n${cont}`, { now: NOW });
      const speech = r.draft.sections.find((s) => s.lead === '周海明强调')!;
      expect(speech.paragraphs.join('')).toContain(cont.slice(0, 6));
      expect(r.draft.sections.filter((s) => s.paragraphs.some((p) => p.startsWith(cont.slice(0, 6))) && s !== speech)).toEqual([]);
    });
  }

  // After an account too, words that carry on what was said (希望…) go on with the section before it;
  // a paragraph that tells of the meeting (此次会议…) is an account of its own (round 17).
  it('a paragraph after an account (no speech) goes on with that account', () => {
    const r = importText(`${opening}\n会上，县水利局通报了汛情。\n希望各乡镇守土尽责。`, { now: NOW });
    expect(r.draft.sections.some((s) => s.lead === '' && s.paragraphs[0]?.startsWith('希望'))).toBe(false);
    expect(r.draft.sections.find((s) => s.lead === '会上')?.paragraphs.join('')).toContain('希望各乡镇');
  });

  it('a paragraph that tells of the meeting is a section of its own', () => {
    const r = importText(`${opening}\n周海明强调，各乡镇要压实防汛责任。\n会议结束后，各乡镇迅速组织人员巡查河堤。`, { now: NOW });
    expect(r.draft.sections.some((s) => s.kind === 'text' && s.lead === '' && s.paragraphs[0]?.startsWith('会议结束后'))).toBe(true);
  });
});

describe('KEYING 10: a 简报 issue of several items', () => {
  const issue = [
    '工作简报',
    '第12期',
    '青岭县人民政府办公室编                2026年4月8日',
    '本期要目',
    '县政府召开春耕生产调度会',
    '县领导督导安全生产工作',
    '',
    '县政府召开春耕生产调度会',
    '4月7日，县长周海明主持召开春耕生产调度会。会议听取了县农业农村局关于春耕备耕情况的汇报。周海明指出，春耕生产事关全年粮食丰收。',
    '周海明要求，各部门要密切配合，确保春耕生产顺利推进。',
    '',
    '县领导督导安全生产工作',
    '4月8日，副县长林晓东带队督导全县安全生产工作。林晓东强调，要坚决守住安全底线。',
    '',
    '报送：市政府办公室',
    '抄送：县委办公室，县人大办公室',
  ].join('\n');
  const r = importText(issue, { now: NOW });

  it('drops the masthead, the contents box and the distribution lines', () => {
    expect(r.text).not.toMatch(/工作简报|第12期|本期要目|报送|抄送/u);
    // The contents box's entries go with it; each headline stays once, above its item.
    expect(r.text.split('县领导督导安全生产工作').length - 1).toBe(1);
  });

  it('keeps an item headline as the heading of its item, not as a section', () => {
    expect(r.draft.sections.some((s) => s.lead === '' && s.kind === 'text' && s.paragraphs.join('') === '县领导督导安全生产工作')).toBe(false);
    expect(r.draft.sections.find((s) => s.heading === '县领导督导安全生产工作')).toBeDefined();
  });

  it("opens every item with its own lead, in order, the first item's too", () => {
    const l = leads(r);
    const at = (re: RegExp) => l.findIndex((x) => re.test(x));
    expect(at(/^text 4月7日，县长周海明主持召开春耕生产调度会/u)).toBe(0);
    expect(at(/^topic 会议听取了/u)).toBeGreaterThan(0);
    expect(at(/^requirement 周海明要求/u)).toBeGreaterThan(at(/^directive 周海明指出/u));
    expect(at(/^text 4月8日，副县长林晓东带队督导全县安全生产工作/u)).toBeGreaterThan(at(/周海明要求/u));
    expect(at(/^requirement 林晓东强调/u)).toBeGreaterThan(at(/林晓东带队/u));
  });

  it('a single report opening with a date is no bulletin: its opening keeps no lead', () => {
    const one = importText('4月7日，县长周海明主持召开春耕生产调度会。\n周海明要求，各部门要密切配合。', { now: NOW });
    expect(one.draft.sections[0]!.lead).toBe('');
  });
});

describe('sections: general lead mechanisms', () => {
  it("the meeting's own business in the opening paragraph is a section even before the chair clause", () => {
    const r = importText('9月3日，青岭县政府党组会议召开。会议传达学习了省委全会精神。县长周海明主持。\n会议强调，要抓好落实。', { now: NOW });
    expect(leads(r)).toContain('directive 会议传达学习了');
    expect(leads(r)).toContain('requirement 会议强调');
  });

  it('a pronoun after the clause of the person opening the sentence: the person leads', () => {
    const r = importText('青岭县召开里长业务会报，由区长方某某主持。\n市府副秘书长邵志平特别莅临指导，他要求各局处代表务必优先处理里长的建议。', { now: NOW });
    expect(leads(r)).toContain('requirement 市府副秘书长邵志平');
  });

  it('a name introduced after its post leads later even with a surname outside the list', () => {
    const r = importText('5月6日，县长周海明主持召开会议。\n9月3日，市广电局副局长蒙承武到县融媒体中心调研。蒙承武在调研中表示，要发挥融合效应。', { now: NOW });
    expect(leads(r)).toContain('directive 蒙承武在调研中表示');
  });

  it('会议主要传达… and 会议充分肯定了… are directives', () => {
    const r = importText('2月8日，县长周海明主持召开县政府常务会议。会议主要传达了省政府全体会议精神。\n会议充分肯定了各乡镇的工作成效。', { now: NOW });
    expect(leads(r)).toContain('directive 会议主要传达了');
    expect(leads(r)).toContain('directive 会议充分肯定了');
  });
});

describe('inline debris: strings foreign to the text around them', () => {
  it('drops a bullet glyph opening a paragraph', () => {
    const r = importText('青岭县召开防汛会议，县长周海明主持会议。\n● 会议强调，各乡镇要压实防汛责任。\n■会议要求，水利部门要加强巡查。', { now: NOW });
    expect(body(r)).not.toMatch(/[●■]/u);
    expect(leads(r)).toEqual(expect.arrayContaining(['requirement 会议强调', 'requirement 会议要求']));
  });

  it('drops HTML tags left in copied text, and a lost character glued before them', () => {
    const r = importText('青岭县召开防汛会议。<br/>会议强调，要压实责任。\n县长周海明主持会议。?</p>', { now: NOW });
    expect(body(r)).not.toMatch(/<|>|\?/u);
    expect(body(r)).toContain('要压实责任');
  });

  it('drops a betting advert glued into a sentence, and keeps Latin words that belong', () => {
    const r = importText('青岭县召开教育工作会议。\n会上，县人大代表、zq体育平台校长李明华传达了会议精神。\n会议要求，要用好APP和5G网络。', { now: NOW });
    expect(body(r)).not.toContain('zq体育平台');
    expect(body(r)).toContain('APP');
    expect(body(r)).toContain('5G');
  });

  it("drops a writers' credit after a sentence on any line, names split by a space too", () => {
    const r = importText('●9月2日，县长周海明到乡里调研。周海明表示，要办好实事。（王小明 潘 勇）\n●9月3日，县委召开会议。会议强调，要抓好落实。（李国强）', { now: NOW });
    expect(body(r)).not.toMatch(/王小明|潘 勇|李国强/u);
  });

  it('keeps a bracket that is not names: an owner unit, an explanation', () => {
    const r = importText('青岭县召开防汛会议。\n会议要求，抓好河道清障工作。（县水利局）\n会议强调，要落实“三个到位”（人员、物资、责任）。\n县长周海明主持会议。', { now: NOW });
    expect(body(r)).toContain('（县水利局）');
    expect(body(r)).toContain('（人员、物资、责任）');
  });

  it('drops datelines of other shapes: outlet + date + 讯, a reporter bracket, a CMS date, 【本报消息】X讯:', () => {
    const cases = [
      ['海西网10月27日讯(青岭日报记者 陈朗) 26日，全县项目推进会举行。', '海西网'],
      ['(记者 严可)3月22日下午，学校召开党委常委会议。', '严可'],
      ['date 2025-11-14 瑞丰乡公所召开村长业务会报。', 'date'],
      ['【本報消息】市政署訊:為培養青少年對社區的歸屬感，市政署召開公開會議。', '訊'],
    ] as const;
    for (const [text, gone] of cases) expect(body(importText(`${text}\n会议要求，各单位抓好落实。`, { now: NOW }))).not.toContain(gone);
  });
});

describe('a PDF capture: lines cut by the column edge, spaced numbers', () => {
  const pdf = [
    '青岭县人民政府常务会议纪要',
    '4月7日，县长周海明主持召开县政府第12次常务会议，研究部署春耕生产',
    '和安全生产工作。副县长林晓东、王立新出席会议。',
    '会议要求：',
    '( 1 ) 各乡镇要压实春耕生产责任，农业农村局要加强技术服务，组织农技人员',
    '下沉一线指导。',
    '(2 ) 应急管理局要开展安全生产大检查。',
    '- 2 -',
    '一、关于春耕生产工作',
    '会议听取了县农业农村局的汇报。',
  ].join('\n');
  const r = importText(pdf, { now: NOW });

  it('joins a sentence the wrap cut, and leaves headings and list markers on their lines', () => {
    expect(r.text).toContain('组织农技人员下沉一线指导');
    expect(body(r)).toContain('研究部署春耕生产和安全生产工作');
    expect(r.text).toMatch(/^一、关于春耕生产工作$/mu);
  });

  it('closes up spaced list numbers so the points are items', () => {
    const list = r.draft.sections.find((s) => s.items.length > 0)!;
    expect(list.items).toHaveLength(2);
  });

  it('drops a template placeholder glued to a line', () => {
    const t = importText('青岭县召开防汛会议。\n##CONTINUE##会议要求，各乡镇压实责任。', { now: NOW });
    expect(body(t)).not.toContain('CONTINUE');
    expect(leads(t)).toContain('requirement 会议要求');
  });
});

describe('a record with agenda parts (Taiwan/HK 會議紀錄 layouts)', () => {
  const record = [
    '青嶺區公所第52次主管會報紀錄',
    '主席：林區長明德',
    '紀錄：陳怡君',
    '上次會議決議事項執行情形報告',
    '各課重大事項提報',
    '社會課請於本月底前完成轄內低收入戶及中低收入戶的年度複查作業，並將結果陳報區長室。',
    '建設課應儘速辦理中正路及民生路道路修繕工程發包作業，並於雨季前完成施工以維護用路安全。',
    '壹、主席報告',
    '本次會議出席人數已達法定人數，現在宣布開會。',
    '（一）本區防汛整備已完成，各里抽水機均已測試。',
    '貳、討論事項',
    '第一案：修正本所辦事細則部分條文，提請討論。（秘書室提）',
    '決議：照案通過。',
  ].join('\n');
  const r = importText(record, { now: NOW });
  const byHeading = (h: string) => r.draft.sections.find((s) => s.heading === h);

  it('reads an agenda line named by its kind of business as a part', () => {
    expect(byHeading('上次會議決議事項執行情形報告')?.kind).toBe('topic');
    expect(byHeading('第一案：修正本所辦事細則部分條文，提請討論。（秘書室提）')?.kind).toBe('topic');
  });

  it('one task a line under a part is its action list', () => {
    const part = byHeading('各課重大事項提報')!;
    expect(part.kind).toBe('action-list');
    expect(part.items).toHaveLength(2);
  });

  it("lead-less paragraphs under a heading are the heading's body", () => {
    const part = byHeading('壹、主席報告')!;
    expect(part.paragraphs.join('')).toContain('宣布開會');
    expect(part.paragraphs.join('')).toContain('抽水機');
    expect(r.draft.sections.find((s) => s.lead === '決議')?.kind).toBe('decision');
  });

  it('申請/邀請 is no task: a report line stays the part body', () => {
    const t = importText('青嶺區公所主管會報紀錄\n主席：林區長明德\n業務單位報告\n本所已向市府申請補助經費，並邀請專家到場指導。', { now: NOW });
    expect(t.draft.sections.find((s) => s.heading === '業務單位報告')?.kind).toBe('topic');
  });
});
