import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * Round 16 tuning (tune-import-21): a closing sitting's report, a guest who attends and explains a
 * matter, and a 纪要's numbered items. Every text is made up (松林县, 溪口市 and their people stand
 * for any place and leader).
 */
const NOW = new Date('2026-06-01T00:00:00Z');
const run = (...lines: string[]) => importText(lines.join('\n'), { now: NOW }).draft;
const ours = (d: ReturnType<typeof run>) => d.sections.filter((s, i) => !(i === 0 && s.kind === 'text' && !s.lead));

describe('a report that opens with the meeting closing (在…闭幕)', () => {
  const d = run(
    '5月8日，市九届人大常委会第七次会议在溪口闭幕。市委书记、市人大常委会主任周海明出席会议。',
    '市人大常委会副主任林晓东、陶文静，秘书长邹立新出席会议。会议由市人大常委会副主任许成刚主持。',
    '会议表决通过了《溪口市河道保洁条例》。',
  );
  it('names the meeting that closed and reads who attended', () => {
    expect(d.meeting.name).toBe('市九届人大常委会第七次会议');
    expect(d.meeting.chair).toEqual({ name: '许成刚', title: '市人大常委会副主任' });
    expect(d.meeting.attendees.map((p) => p.name)).toEqual(['周海明', '林晓东', '陶文静', '邹立新']);
  });
  it('reads the paragraph that ends with who chaired as an other section (KEYING 19, 21)', () => {
    // A chair line on its own after the convening paragraph is an `other` section; keys before
    // round 37 left it in the opening.
    expect(ours(d).map((s) => [s.kind, s.lead])).toEqual([
      ['text', ''],
      ['decision', '会议表决通过了'],
    ]);
  });
  it('does not take a closing 闭幕 sentence for the opening', () => {
    const later = run('3月2日，松林县政府召开第九次常务会议，县长方立群主持会议。', '会议强调，要抓好春耕生产。', '会议在热烈的掌声中闭幕。');
    expect(later.meeting.name).toBe('松林县政府第九次常务会议');
  });
});

describe('a guest who attends and explains a matter', () => {
  it('reads 出席并就…作了说明 in the paragraph after the opening as attending', () => {
    const d = run(
      '今天上午，市政协在溪口召开第十二次主席会议。',
      '市委常委、统战部部长韦晓春出席并就有关事项作了说明。市政协副主席陶文静、邹立新出席。',
      '会议审议了市政协全会日程（草案）。',
      '会议还审议了年度提案工作报告（草案）。',
      '会议还审议了委员履职考评办法（草案）。',
    );
    expect(d.meeting.attendees.map((p) => [p.name, p.title])).toEqual([
      ['韦晓春', '市委常委、统战部部长'],
      ['陶文静', '市政协副主席'],
      ['邹立新', '市政协副主席'],
    ]);
    expect(ours(d).map((s) => [s.kind, s.lead])).toEqual([
      ['topic', '会议审议了'],
      ['topic', '会议还审议了'],
      ['topic', '会议还审议了'],
    ]);
  });
});

describe('a 纪要 whose numbered items follow 纪要如下', () => {
  const d = run(
    '第三次校长办公会纪要',
    '3月6日上午，学校召开第三次校务会议，由方立群校长主持，校务委员会全体委员参加。现将会议议定事项纪要如下：',
    '一、会议通报了上学期安全检查情况。许成刚书记领学了上级印发的《安全生产十条》。他强调，各单位要对照条文逐项整改。',
    '二、会议审议并通过了实验室开放管理办法。会议要求，设备处要做好培训。',
    '三、会议听取了后勤处关于食堂改造的汇报，由后勤处负责落实。',
    '四、会议研究确定了下学期',
  );
  it('reads each item by its own leads, the number kept with its first words', () => {
    expect(ours(d).map((s) => [s.kind, s.lead])).toEqual([
      ['text', '一、会议通报了'],
      ['directive', '许成刚书记领学了'],
      ['decision', '二、会议审议并通过了'],
      ['requirement', '会议要求'],
      ['topic', '三、会议听取了后勤处关于食堂改造的汇报'],
      ['decision', '四、会议研究确定了'],
    ]);
  });
  it('keeps the points of a later list (议定事项如下：) as that list’s items', () => {
    const listed = run('3月6日上午，县政府召开专题会议，现纪要如下：', '会议听取了县交通局的汇报。会议议定事项如下：', '一、原则同意县交通局的工作方案。', '二、由县财政局落实所需经费。');
    const last = listed.sections[listed.sections.length - 1]!;
    expect(last.kind).toBe('action-list');
    expect(last.items).toHaveLength(2);
  });
  it('leaves a heading line with no sentence mark a heading', () => {
    const headed = run('3月6日，县政府召开常务会议。现纪要如下：', '一、传达学习上级会议精神', '会议传达学习了全省安全生产会议精神。');
    expect(headed.sections.some((s) => s.heading === '一、传达学习上级会议精神')).toBe(true);
  });
});

describe('one-line items with the meeting left out', () => {
  const d = run(
    '【融媒体记者 韦晓春】4月9日，县委书记方立群主持召开县委常委会会议。',
    '会议传达学习了全省春季防火工作会议精神。',
    '听取了县林业局关于森林防火工作情况的汇报。',
    '审议了《松林县林长制考核办法》。研究了人事任免事项。',
  );
  it('opens a topic at a paragraph that starts with 听取了 and an account at a sentence that starts with 研究了', () => {
    expect(ours(d).map((s) => [s.kind, s.lead])).toEqual([
      ['directive', '会议传达学习了'],
      ['topic', '听取了县林业局关于森林防火工作情况的汇报'],
      ['topic', '审议了'],
      ['text', '研究了'],
    ]);
  });
  it('takes the 【记者 X】 byline off the opening', () => {
    expect(d.sections[0]!.paragraphs[0]).toMatch(/^4月9日/u);
  });
});

describe('an opening with a clock time and posts around a name', () => {
  const d = run(
    '学院召开2025年教代会筹备座谈会',
    '学院2025年教代会筹备座谈会于4月2日9:30在行政楼三楼会议室召开。工会主席方立群副校长、党政办公室主任许成刚、各系部工会小组长参加了会议。会议由许成刚主任主持。',
    '会议强调，要按期完成提案征集。',
  );
  it('reads the meeting before 于…9:30在…召开', () => {
    expect(d.meeting.name).toBe('学院2025年教代会筹备座谈会');
  });
  it('gives the chair the full post the list wrote for them', () => {
    expect(d.meeting.chair).toEqual({ name: '许成刚', title: '党政办公室主任' });
  });
  it('keeps a post before the name and one after it as two posts', () => {
    expect(d.meeting.attendees.map((p) => [p.name, p.title])).toEqual([
      ['方立群', '工会主席、副校长'],
      ['各系部工会小组长', ''],
    ]);
  });
});

describe('a study session and a page with its byline stamp', () => {
  it('reads who 参加此次学习', () => {
    const d = run('5月6日下午，学校举行党委中心组专题学习会。校党委书记方立群主持会议。党委委员陶文静、邹立新，各二级党组织书记参加此次学习。', '方立群强调，要把学习成果转化为工作实效。');
    expect(d.meeting.attendees.map((p) => p.name)).toEqual(['陶文静', '邹立新', '各二级党组织书记']);
  });

  const page = [
    '溪口區里座談會 周市長：傾聽里長心聲',
    '溪口快報.tw 記者:韋曉春 / 溪口 報導 更新時間:2019-04-11 09:15:02',
    '溪口區里座談會 周市長：傾聽里長心聲_QRCODE碼',
    '走進社區是市府一貫的做法，歷年來市府都到各區舉辦區里座談。10日在北門區活動中心舉辦第2場區里座談會，市長周海明與區長、里長交換意見。',
    '周市長表示，市府會把里長的意見逐項列管。',
  ].join('\n');
  const r = importText(page, { now: NOW });
  it('takes off the byline with its stamp and the share widget caption', () => {
    expect(r.text).not.toContain('更新時間');
    expect(r.text).not.toContain('QRCODE');
  });
  it('reports the meeting of the sentence that opens with its day, not the practice before it', () => {
    expect(r.draft.meeting.name).toBe('第2場區里座談會');
    expect(r.recognized.dateText).toBe('10日');
  });
});

describe('a body that 舉辦s, a vague day made exact, members consulting', () => {
  it('opens the report at a paragraph where a body 舉辦s the meeting, dated as written', () => {
    const r = importText(['《社區安全計劃》說明會', '《社區安全計劃》說明會', '溪口商會青年委員會近日（3月8日）舉辦說明會，邀請警區代表介紹計劃內容。', '警區代表解釋計劃的三個重點。'].join('\n'), {
      now: NOW,
    });
    expect(r.draft.meeting.name).toBe('溪口商會青年委員會說明會');
    expect(r.recognized.dateText).toBe('近日（3月8日）');
  });
  it('reads members who 对《…》进行了协商讨论 as a topic', () => {
    const d = run('1月9日，市政协常委会第七次会议在溪口召开。', '与会人员对《溪口市城区停车管理办法（草案）》进行了协商讨论。', '会议强调，要认真履行协商职能。');
    expect(ours(d).map((s) => s.kind)).toEqual(['topic', 'requirement']);
  });
});

describe('a speaker who reports to the meeting before the attendance list', () => {
  it('does not read 代表…向…报告工作 as an attendee', () => {
    const d = run(
      '1月9日，市政协常委会第七次会议在溪口召开，市政协主席方立群出席并讲话。市政协副主席许成刚代表主席会议向常委会报告工作，副主席陶文静、邹立新，秘书长韦晓春出席。',
      '会议强调，要认真履行协商职能。',
    );
    expect(d.meeting.attendees.map((p) => p.name)).toEqual(['方立群', '陶文静', '邹立新', '韦晓春']);
  });
});

describe('deck lines under the headline', () => {
  const page = (deck: string[]) =>
    importText(['溪口市政府召开常务会议', ...deck, '4月3日上午，溪口市市长方立群主持召开市政府第十五次常务会议，研究部署春季植树工作。', '会议强调，要把植树任务分解到各区。'].join('\n'), {
      now: NOW,
    });
  it('takes off one or two short lines between the headline and the opening', () => {
    const r = page(['扎实推进国土绿化行动', '传达全市植树造林动员会精神']);
    expect(r.text).not.toContain('国土绿化行动');
    expect(r.text).not.toContain('植树造林动员会精神');
    expect(r.draft.sections.map((s) => s.kind)).toEqual(['text', 'requirement']);
  });
  it('keeps a sub-headline that says who chaired', () => {
    expect(page(['方立群主持会议']).text).toContain('方立群主持会议');
  });
});
