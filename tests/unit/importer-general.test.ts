import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';
import { parsePeopleList, parsePerson } from '../../shared/importer/structure/people';

/**
 * The general rules added after the first runs on bench/heldout-5 and bench/heldout-6 (issue 11,
 * import-11c). Every text here is made up for the test: places, people and wording are
 * fictional, none is a held-out report.
 */
const NOW = new Date('2026-03-05T00:00:00Z');
const imp = (lines: string[]) => importText(lines.join('\n'), { now: NOW });
const leads = (r: ReturnType<typeof imp>) => r.draft.sections.map((s) => [s.kind, s.lead]);
const people = (r: ReturnType<typeof imp>) => [...r.draft.meeting.attendees, ...r.draft.meeting.observers].map((p) => `${p.title}/${p.name}`);

describe('people lists', () => {
  it('joins a title made of several offices until the name, then goes on after ，', () => {
    expect(parsePeopleList('县委常委、副县长、县工会主席钟明，县委常委、副县长杜华，副县长苗青').map((p) => `${p.title}/${p.name}`)).toEqual([
      '县委常委、副县长、县工会主席/钟明',
      '县委常委、副县长/杜华',
      '副县长/苗青',
    ]);
  });

  it('reads 主任秘书 as an office and two titled people joined by 和', () => {
    expect(parsePerson('主任秘书杨明远')).toEqual({ title: '主任秘书', name: '杨明远' });
    expect(parsePeopleList('办公室常务副主任宋立和副主任林静、杜青').map((p) => `${p.title}/${p.name}`)).toEqual(['办公室常务副主任/宋立', '副主任/林静', '副主任/杜青']);
  });

  it('does not take 组织, 委员 or a 人大 fragment for a name', () => {
    expect(parsePerson('各社区党组织书记')).toBeNull();
    expect(parsePerson('部分乡镇人大主席')).toBeNull();
  });

  it('keeps business clauses and speakers out of the attendance list; a collective office is a group', () => {
    // Two openings, each its own report: a dated paragraph convening another meeting starts that
    // meeting's item, whose attendees are not the first meeting's (later-meeting.ts).
    const r = imp(['5月8日上午，石坪镇在三楼会议室召开换届工作动员，部署换届相关事宜，全镇干部和各村书记参加会议。', '会议强调，要压紧压实责任，确保完成全年目标任务。']);
    expect(people(r)).toEqual(['/全镇干部和各村书记']);
    const q = imp(['3月2日，县长韩立主持召开项目推进会，副县长孔明分别对分管工作进行安排部署，部分乡镇负责人参会。', '会议强调，要压紧压实责任，加快推进项目建设，确保完成全年目标任务。']);
    expect(people(q)).toEqual(['/部分乡镇负责人']);
    const s = imp(['1月9日，市委书记钱平主持召开市委常委会会议，市委副书记、市长孙立，市委常委出席会议。', '会议指出，要扎实做好岁末年初各项工作，确保全市安全稳定。']);
    expect(people(s)).toEqual(['市委副书记、市长/孙立', '/市委常委']);
  });

  it('reads an attendance paragraph of its own after the opening and one that opens with 参加这次会议的有', () => {
    const r = imp([
      '1月5日，区人大常委会主任任平在区政府2号楼会议室主持召开区人大常委会第六次会议。',
      '区人大常委会副主任辛林、姜波出席会议。副区长梁伟列席会议。',
      '会议审议了区人大常委会工作报告（草案）等议案。',
      '会议要求，各级各部门要密切配合，确保大会顺利召开。',
      '参加这次会议的有各街道人大工委主任和部分代表。',
    ]);
    expect(people(r)).toEqual(['区人大常委会副主任/辛林', '区人大常委会副主任/姜波', '/各街道人大工委主任和部分代表', '副区长/梁伟']);
    expect(r.draft.sections.filter((s) => s.kind !== 'text' || s.lead).length).toBe(2);
  });

  it('gives the chair named by 会议由X主持 the title of the attendance list, and a chair named with a room number and 同志', () => {
    const r = imp(['今天下午，市人代会党员会议召开。市人大常委会主任柯林、市委副书记郑平出席会议。会议由柯林主持。', '会议要求，全体党员代表要发挥带头作用。']);
    expect(r.draft.meeting.chair).toEqual({ name: '柯林', title: '市人大常委会主任' });
    const s = imp(['2023年10月26日上午，区长梁海同志在区机关大院2号楼会议室主持召开区政府常务会议。', '会议强调，要压实安全生产责任。']);
    expect(s.draft.meeting.chair).toEqual({ name: '梁海', title: '区长' });
  });

  it('breaks the opening sentence at encoding damage instead of gluing it into the meeting name', () => {
    const r = imp(['3月30日，县委书记王立主持召开全县防汛工作专题会??h長高明，副县长孙文出席会议。', '会议要求，各部门要落实防汛责任。']);
    expect(r.draft.meeting.name).toBe('全县防汛工作专题会');
    expect(people(r)).toContain('副县长/孙文');
  });
});

describe('page furniture', () => {
  it('drops a ■ credit line, a skip link, a label without value, an X网消息 dateline and a closing bar', () => {
    const r = imp([
      '按Enter到主內容區',
      '字型大小:',
      '■县融媒体中心记者组',
      '平川网消息(记者 李青)5月3日，县委书记周平主持召开县委常委会会议，县委副书记吴立出席会议。',
      '会议强调，要抓好安全生产，确保全县大局稳定。 |',
    ]);
    for (const gone of ['按Enter', '字型大小', '记者组', '平川网消息', '|']) expect(r.text).not.toContain(gone);
    expect(r.draft.title).not.toBe('按Enter到主內容區');
  });

  it('drops a category tag closing the page that repeats the headline', () => {
    const r = imp(['县政府召开第九次常务会议', '6月2日，县长马林主持召开第九次常务会议，副县长钟平参加会议。', '会议强调，要守住安全底线，抓好防汛各项工作。', '县政府常务会议']);
    expect(r.text.split('\n')).not.toContain('县政府常务会议');
  });

  it('drops a photo credit caption, a bracketed dateline-byline, credit lines, repost notices and related teasers', () => {
    const r = imp([
      '县务会议县长要求各单位掌握进度。(圖/青山县政府)',
      '(2023年3月2日石坪街道关工委杨青报道)3月2日上午，石坪街道关工委在英华社区召开了片区工作会议，副主任林青参加会议。',
      '会议强调，要一步一个脚印抓好当前各项工作，确保任务按期完成，不断提升工作质量。',
      '新闻推荐',
      '8月5日，县政府召开第九次全体会议，总结上半年工作，部署下半年任务，县长出席会议并讲话，一要认清形势...',
      '播音:李婕',
      '审片:王夏林',
      '《石坪街道召开片区工作会议》由平川网提供，转载请注明出处：http://pc.example/491.html，谢谢合作！',
    ]);
    for (const gone of ['圖/', '报道)', '新闻推荐', '第九次全体会议', '播音', '审片', '转载请注明']) expect(r.text).not.toContain(gone);
    expect(r.recognized.dateText).toBe('3月2日上午');
    expect(r.draft.meeting.name).toBe('石坪街道关工委片区工作会议');
  });
});

describe('leads', () => {
  it('takes 就…提出要求, a body as subject, 会议由X传达 and a deliberation that adopts', () => {
    const r = imp([
      '12月6日，市委书记邢立主持召开市委常委会，市委常委陆平出席会议。',
      '会议讨论了全会工作报告（讨论稿）和建议方案，研究了基地命名等事项，并原则通过。',
      '邢立就修改完善全会工作报告提出要求，就抓好议题落实提出意见。',
      '石坪镇党委、政府认真强调：要压实安全责任。',
      '会议由邢立同志传达学习上级会议精神。',
    ]);
    expect(leads(r)).toEqual([
      ['text', ''],
      ['decision', '会议讨论了'],
      ['requirement', '邢立就修改完善全会工作报告提出要求'],
      ['requirement', '石坪镇党委、政府认真强调'],
      ['directive', '会议由邢立同志传达学习'],
    ]);
  });

  it('reads 听取了 alone as a topic, 裁示 as a directive (not as a noun), 会后，要求 as a requirement', () => {
    const r = imp([
      '7月25日，县长李平主持召开重点项目推进会，部分乡镇负责人参会。',
      '会议听取了光伏项目、污水处理厂项目的进展情况和下一步计划。',
      '會中，研考室報告上次會議主席裁示事項辦理情形。',
      '李平裁示，請財政處彙整提報促參標的。',
      '会后，要求各单位把读本发到每名党员手中。',
    ]);
    expect(leads(r).slice(1)).toEqual([
      ['topic', '会议听取了'],
      // 會中 opens a section where a sentence or paragraph begins, as 会上 does (bench/KEYING.md 9).
      ['text', '會中'],
      ['directive', '李平裁示'],
      ['requirement', '会后，要求'],
    ]);
  });

  it('reads 就如何…提出了三点要求。一要… as one action list of three', () => {
    const r = imp(['11月10日下午，团区委举行中心组会议，全体党员参加会议。', '聂平就如何学习贯彻会议精神提出了三点要求。一要充分认识意义。二要深入学习宣传。三要狠抓贯彻落实。']);
    const list = r.draft.sections.find((s) => s.kind === 'action-list');
    expect(list?.lead).toBe('聂平就如何学习贯彻会议精神提出了三点要求');
    expect(list?.items.length).toBe(3);
  });

  it('keeps a speaker’s paragraph that announces numbered points as one action list', () => {
    const r = imp([
      '8月12日上午，椰风镇在六楼会议室召开换届工作动员会，全镇干部参加会议。',
      '镇委书记符海在会上作重要讲话。他指出，这次会议既是动员会，也是部署会。他提出几点要求，一是提高认识；二是严明纪律；三是精心组织；四是加强宣传。',
    ]);
    // The opening, then the speaker's whole paragraph: no text section split off before the list.
    expect(r.draft.sections).toHaveLength(2);
    const list = r.draft.sections[1]!;
    expect(list.kind).toBe('action-list');
    expect(list.paragraphs[0]).toMatch(/^镇委书记符海在会上作重要讲话。他指出/);
    expect(list.items).toHaveLength(4);
  });

  it('joins a line broken mid-sentence to the next', () => {
    const r = imp([
      '东平街道召开联席会议',
      '为进一步加强基层党建工作，发挥辖区机关、企事业单位、',
      '社会团体党员的作用，10月20日下午，东平街道党工委召开联席会议，辖区单位负责人参加会议。',
      '会上，首先由街道副职汇报工作。',
    ]);
    expect(r.draft.sections.map((s) => s.lead)).toEqual(['', '会上']);
    expect(r.draft.sections[0]!.paragraphs[0]).toMatch(/^为进一步.*企事业单位、社会团体党员的作用/);
  });
});

describe('dates and meeting names', () => {
  it('keeps the clock time of the date, reads 今(14)日, and names 主管會報 and 换届工作动员', () => {
    const r = imp(['6月20日晚6时，县长马林主持召开第七次常务会议，副县长钟平参加会议。', '会议强调，要抓好防汛工作。']);
    expect(r.recognized.dateText).toBe('6月20日晚6时');
    const s = imp(['松嶺縣政府今(14)日召開第7次縣務會議，各鄉鎮市長列席會議。', '會議強調，要掌握建設進度。']);
    expect(s.recognized.dateText).toBe('今（14）日');
    const t = imp(['縣府昨日召開主管會報，由縣長呂明主持。', '縣長呂明指示，相關單位應加強宣導。']);
    expect(t.draft.meeting.name).toBe('縣府主管會報');
    const u = imp(['8月12日上午，椰风镇在六楼会议室召开换届工作动员，部署换届事宜，全镇干部参加会议。', '镇委书记符海强调，要严明换届纪律。']);
    expect(u.draft.meeting.name).toBe('椰风镇换届工作动员');
  });
});
