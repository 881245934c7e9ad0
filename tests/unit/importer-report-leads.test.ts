import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * Round 22 (import-29a): a person making a report or laying out the work before the meeting is a
 * lead of its own (`other`, bench/KEYING.md 9: 作了部署 without numbered points), also when the
 * person speaks for a body (X代表Y委员会作工作报告). Both shapes were missed on the first run of
 * unseen batches. Every text here is made up.
 */
const NOW = new Date('2026-06-01T00:00:00Z');
/** Sections of a whole text, the opening's own text block left out, as [kind, lead]. */
const leads = (...paragraphs: string[]) =>
  importText(paragraphs.join('\n'), { now: NOW })
    .draft.sections.filter((s, i) => !(i === 0 && s.kind === 'text' && s.lead === ''))
    .map((s) => [s.kind, s.lead]);

describe('a person laying out the work (作…部署)', () => {
  it('opens a section after the chair clause of the opening', () => {
    expect(
      leads(
        '4月28日，白沙县召开创建工作动员大会。会议由县委副书记柯远航主持，县委常委、统战部部长甘露作工作安排部署。县委宣传部、公安局负责人分别作表态发言。',
        '县委书记邵宁要求，要把责任层层压实。',
      ),
    ).toEqual([
      ['text', '县委常委、统战部部长甘露作工作安排部署'],
      ['text', '县委宣传部、公安局负责人分别作表态发言'],
      ['requirement', '县委书记邵宁要求'],
    ]);
  });

  it('reads the Traditional script the same way', () => {
    const got = leads('4月28日，白沙縣召開創建工作動員大會。會議由縣委副書記柯遠航主持，縣委常委、統戰部部長甘露作工作安排部署。', '縣委書記邵寧要求，要把責任層層壓實。');
    expect(got[0]).toEqual(['text', '縣委常委、統戰部部長甘露作工作安排部署']);
    expect(got).toHaveLength(2);
  });

  it('leaves an instruction to plan the work alone (no person as subject)', () => {
    expect(leads('4月9日上午，白沙县人民政府召开第十一次常务会议，县长柯远航主持会议。', '会议要求，各乡镇要作好防汛工作部署。', '要早作安排部署，压实责任。')).toEqual([['requirement', '会议要求']]);
  });
});

describe('a person reporting on behalf of a body (X代表Y作报告)', () => {
  it('opens a section where the sentence begins', () => {
    const got = leads('16日上午，政协白沙市第五届委员会第五次会议在市人民大会堂开幕。邵文泽代表政协白沙市第五届委员会常务委员会作工作报告。', '会议听取了关于提案工作情况的报告。');
    expect(got[0]).toEqual(['text', '邵文泽代表政协白沙市第五届委员会常务委员会作']);
    expect(got[1]).toEqual(['topic', '会议听取了关于提案工作情况的报告']);
  });

  it('needs a body after 代表: a deputy named by a place is no reporter of this kind', () => {
    const got = leads('16日上午，白沙市召开座谈会。', '居民代表们作了很多准备，报告厅里座无虚席。');
    expect(got.some(([, lead]) => String(lead).includes('代表'))).toBe(false);
  });
});

describe('an occasion opening a sentence of the opening paragraph', () => {
  it('starts the business even when the business mentions someone attending (邀請…列席)', () => {
    expect(
      leads('本所4月19日上午召開第一次擴大區務會議暨里長業務會報，會議由何宏綺區長主持，勞工局施淑媛局長列席指導。會議中何區長特別感謝里長的付出，並邀請市政府各相關局處列席，希望透過會議雙向溝通。'),
    ).toEqual([['text', '會議中']]);
  });

  it('still leaves a speaker quoted before the attendance sentence to the opening', () => {
    expect(leads('4月9日上午，白沙县召开安全生产会议。县长柯远航强调，要守住底线。副县长邵宁主持会议，各乡镇负责人参加会议。', '会议要求，各乡镇要抓好落实。')).toEqual([['requirement', '会议要求']]);
  });
});

describe('a head count inside a group of bodies (16个厅局单位)', () => {
  const OPENING = '4月9日上午，白沙县召开项目建设调度会，县长柯远航主持会议。';
  it('reads bodies with their count as reporters in turn', () => {
    expect(leads(OPENING, '县直16个部门围绕年度任务落实情况作了汇报发言。', '会议要求，各部门要抓好落实。')).toEqual([
      ['text', '县直16个部门围绕年度任务落实情况作了汇报发言'],
      ['requirement', '会议要求'],
    ]);
    expect(leads(OPENING, '全县十二个乡镇分别汇报了工作进展。')[0]).toEqual(['text', '全县十二个乡镇分别汇报了']);
  });

  it('does not make a count of people or a date into bodies', () => {
    expect(leads(OPENING, '3个月来全县建成项目12个，汇报材料已印发。')).toEqual([]);
  });
});

describe('the occasion named with its kind of gathering (专题会上，)', () => {
  const OPENING = '4月9日上午，白沙县召开项目建设推进会，县长柯远航主持会议。';
  it('opens a section where a sentence begins, with the kind of its stronger verb', () => {
    expect(leads(OPENING, '县发改局负责人列席。专题会上，邵宁首先传达了省里的会议精神。')).toEqual([['directive', '专题会上']]);
    expect(leads(OPENING, '各乡镇负责人参加。推進會上，各鄉鎮負責人逐一發言。')).toEqual([['text', '推進會上']]);
  });

  it('leaves other words ending in 会上 alone (社会上)', () => {
    expect(leads(OPENING, '会议要求，各乡镇要抓好落实。社会上，对这项工作有很多期待。')).toEqual([['requirement', '会议要求']]);
  });
});

describe('an agenda announced with its count and listed by ；', () => {
  const OPENING = '16日上午，白沙市政协第五届委员会第五次会议开幕。';
  const sectionsOf = (...paragraphs: string[]) => importText([OPENING, ...paragraphs].join('\n'), { now: NOW }).draft.sections.slice(1);

  it('is one topic with as many items as announced', () => {
    const got = sectionsOf('会议议程有三项：听取和审议常务委员会工作报告；增选常务委员会组成人员；审议通过会议决议。', '会议要求，各委员要履职尽责。');
    expect(got.map((s) => [s.kind, s.items.length])).toEqual([
      ['topic', 3],
      ['requirement', 0],
    ]);
  });

  it('lets the sentences after the list go on as leads of their own', () => {
    const got = sectionsOf('會議議程有兩項：聽取工作報告；審議通過會議決議。邵市長強調，要抓好落實。');
    expect(got.map((s) => s.kind)).toEqual(['topic', 'requirement']);
  });

  it('is not read when the parts do not match the count', () => {
    const got = sectionsOf('会议议程有三项：听取工作报告；审议通过会议决议。');
    expect(got.some((s) => s.kind === 'topic' && s.items.length === 3)).toBe(false);
  });
});
