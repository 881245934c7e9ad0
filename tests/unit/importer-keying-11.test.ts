import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * bench/KEYING.md section 11 (round 17) for sections: a bare 决定 after the meeting's weak lead
 * gives the section its kind; X提到/X提出 and 领学 as directives. Every text here is made up.
 */
const NOW = new Date('2026-06-01T00:00:00Z');
const OPENING = '4月9日上午，青禾县政协召开第12次主席会议，县政协主席柯远航主持会议。';
const sectionsOf = (...paragraphs: string[]) =>
  importText([OPENING, ...paragraphs].join('\n'), { now: NOW })
    .draft.sections.slice(1)
    .map((s) => [s.kind, s.lead]);

describe('a bare 决定 after a weak lead (KEYING 11)', () => {
  it('makes the section a decision when the weak lead goes on to adopt a named paper', () => {
    expect(sectionsOf('会议专题研究了机关作风建设工作，听取了作风整顿情况的汇报，审议通过了《机关作风建设实施办法》等制度。')).toEqual([['decision', '会议专题研究了']]);
    expect(sectionsOf('會議專題研究了機關作風建設工作，審議通過了《機關作風建設實施辦法》。')).toEqual([['decision', '會議專題研究了']]);
    expect(sectionsOf('会议专题研究了机关作风建设工作，听取了作风整顿情况的汇报。')).toEqual([['text', '会议专题研究了']]);
  });

  it('makes the section a decision, whatever the object of 决定', () => {
    expect(sectionsOf('会议审议了全会新闻发言人名单（草案），决定由县政协办公室主任邵宁担任新闻发言人。')).toEqual([['decision', '会议审议了']]);
    expect(sectionsOf('会议研究了春季植树活动方案，决定于4月12日组织委员植树。')).toEqual([['decision', '会议研究了']]);
    expect(sectionsOf('会议听取审议了提案办理情况的通报，研究决定了年度重点提案。')).toEqual([['decision', '会议听取审议了']]);
  });

  it('does not split the sentence', () => {
    expect(sectionsOf('会议研究了委员培训事项，决定在5月举办培训班。')).toHaveLength(1);
  });

  it('leaves an item put off to later deliberation a topic', () => {
    expect(sectionsOf('会议听取了城区交通治理的汇报，决定近期由县领导召开专题会议协调研究后，再提交县委审议。')).toEqual([['topic', '会议听取了城区交通治理的汇报']]);
  });
});

describe('X提出 / X提到 and 领学 as directives (KEYING 11)', () => {
  it('reads 会议提出 without 要求 as the meeting’s judgement, 提出…要求 as asking', () => {
    expect(sectionsOf('会议提出，今年是委员履职的关键之年，各项工作意义重大。')).toEqual([['directive', '会议提出']]);
    expect(sectionsOf('柯远航提到，今年是换届之年。')).toEqual([['directive', '柯远航提到']]);
    expect(sectionsOf('会议提出了明确要求，各专委会要拿出方案。')[0]![0]).toBe('requirement');
  });

  it('reads a person leading the study of a text, named bare or with a post', () => {
    expect(sectionsOf('会议听取了汇报。邵宁领学了全会精神。')).toEqual([
      ['topic', '会议听取了汇报'],
      ['directive', '邵宁领学了'],
    ]);
    expect(sectionsOf('会议听取了汇报。', '县政协副主席邵宁领学了全会精神。')[1]).toEqual(['directive', '县政协副主席邵宁领学了']);
  });
});

describe('会上 and who passes news on (KEYING 9)', () => {
  it('is a directive when a named speaker passes a higher level’s words on', () => {
    expect(sectionsOf('会上，镇长邵宁传达了省市会议精神。')).toEqual([['directive', '会上']]);
  });

  it('stays the occasion’s account when no speaker is named, or for 通报', () => {
    expect(sectionsOf('会上，传达了省委常委察看现场的情况。')).toEqual([['text', '会上']]);
    expect(sectionsOf('会上，副镇长邵宁通报了近期安全事故。')).toEqual([['text', '会上']]);
  });

  it('is no decision for the noun 选举 (换届选举工作), only for electing', () => {
    expect(sectionsOf('会上，镇长邵宁传达了换届选举工作会议精神，要求全镇上下明确责任。')).toEqual([['directive', '会上']]);
    expect(sectionsOf('会上，选举产生了新一届委员会。')).toEqual([['decision', '会上']]);
  });
});

describe('a person whose own clause comes first, then the verb', () => {
  it('reads 最后，X就…给予肯定，并针对…指出 as X’s lead, its kind from the later verb', () => {
    expect(sectionsOf('会议听取了汇报。', '最后，郑立航就社区干部主动作为给予肯定，并针对下步工作指出，要提高站位。')[1]).toEqual(['directive', '最后，郑立航']);
  });

  it('reads the speaker before 回应时 / 点评时 as the subject', () => {
    expect(sectionsOf('会议听取了汇报。', '邵宁远副会长回应时指出，各联络处要加强沟通。')[1]).toEqual(['directive', '邵宁远副会长回应时指出']);
  });

  it('reads 彙報 (Taiwan’s form) as 汇报', () => {
    expect(sectionsOf('會議聽取了縣工務處的工作彙報。')).toEqual([['topic', '會議聽取了縣工務處的工作彙報']]);
  });
});

describe('a speech and its pronoun sentences (KEYING 9), with verbs that take their object directly', () => {
  it('takes its kind from 他传达了 / 他责成 / 他对…提出了要求', () => {
    expect(sectionsOf('会议听取了汇报。', '柯远航作了讲话。他传达了省安委会会议精神。')[1]![0]).toBe('directive');
    expect(sectionsOf('会议听取了汇报。', '柯远航作了讲话。他责成县交通局月底前完成排查。')[1]![0]).toBe('action-list');
    expect(sectionsOf('会议听取了汇报。', '柯远航作了讲话。他对下一步工作提出了要求。')[1]![0]).toBe('requirement');
  });
});

describe('a bare name with a verb whose object is a clause', () => {
  it('reads X责成… and X对…提出了要求 as the person’s lead, at a paragraph or sentence start', () => {
    expect(sectionsOf('会议听取了汇报。', '彭立军责成县交通局月底前完成道路排查。')[1]![0]).toBe('action-list');
    expect(sectionsOf('会议听取了汇报。彭立军对下一步工作提出了要求。')[1]).toEqual(['requirement', '彭立军对下一步工作提出了要求']);
  });
});

describe('passing a text on or leading its study written with 进行/作 (KEYING 9, 11)', () => {
  it('reads X就《…》作学习辅导 and X对…进行了传达 as directives', () => {
    expect(sectionsOf('会议听取了汇报。', '县委宣传部部长邵宁远就《条例》作学习辅导。')[1]![0]).toBe('directive');
    expect(sectionsOf('会议听取了汇报。', '县委书记彭立军对全市防汛会议精神进行了传达。')[1]![0]).toBe('directive');
  });

  it('reads a speech whose pronoun sentence asks after a clause of praise as a requirement', () => {
    const s = sectionsOf('会议听取了汇报。', '柯远航作了讲话。她对两位代表认真履职给予了高度评价，并就贯彻落实会议精神提出了要求。');
    expect(s[1]![0]).toBe('requirement');
  });
});

describe('sequence connectors and a person’s verb a clause or two later', () => {
  it('reads 接下来，X…，对…作了布置，他要求… as X’s requirement', () => {
    const s = sectionsOf('会议听取了汇报。', '接下来，县委书记彭立军结合全县实际，对下一阶段工作作了布置，他要求各乡镇对照清单开展自查。');
    expect(s[1]).toEqual(['requirement', '接下来，县委书记彭立军']);
  });
});
