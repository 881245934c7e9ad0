import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';
import { findItems } from '../../shared/importer/structure/items';

/**
 * Round 20 (import-26a): section leads by general classes of subject and verb. Every text here is
 * made up (青禾县, 苏明远 and the rest stand for any county and any leader).
 */
const NOW = new Date('2026-06-01T00:00:00Z');
const OPENING = '3月2日上午，青禾县委召开十五届六次全体会议，县委书记苏明远主持会议。';
/** Sections after the opening, as [kind, lead]. */
const leads = (...paragraphs: string[]) =>
  importText([OPENING, ...paragraphs].join('\n'), { now: NOW })
    .draft.sections.filter((s, i) => !(i === 0 && s.kind === 'text' && s.lead === ''))
    .map((s) => [s.kind, s.lead]);

describe('the meeting in any of its names as a lead subject', () => {
  it('reads 全会 with a judging, pointing or asking verb as 会议 would be read', () => {
    expect(leads('全会认为，过去一年全县经济运行稳中有进。', '全会指出，今年是攻坚之年。', '全会强调，要抓好各项任务落实。')).toEqual([
      ['directive', '全会认为'],
      ['directive', '全会指出'],
      ['requirement', '全会强调'],
    ]);
  });

  it('reads 全会听取和审议了 as the agenda, and a 主任会议 adopting in its sentence as a decision', () => {
    expect(leads('全会听取和审议了苏明远代表县委常委会所作的工作报告。')).toEqual([['topic', '全会听取和审议了苏明远代表县委常委会所作的工作报告']]);
    expect(leads('主任会议听取审议了县人大常委会关于代表建议办理情况的报告，研究决定了召开第六次会议的有关事项。')[0]![0]).toBe('decision');
  });

  it('reads 大会 and 常委会 as the meeting too, in traditional script as well', () => {
    expect(leads('大會選舉產生了新一屆理事會。')[0]).toEqual(['decision', '大會選舉產生了']);
    expect(leads('常委会要求，各专门委员会要加强调研。')[0]).toEqual(['requirement', '常委会要求']);
  });

  it('does not read 全会 inside another name as the meeting', () => {
    expect(leads('十九届五中全会精神是当前的首要学习内容。').filter(([kind]) => kind !== 'text')).toEqual([]);
  });
});

describe("the meeting studying a higher level's words", () => {
  it('reads 会议学习了…精神 and 會議認真學習…論述 as directives, as 传达学习', () => {
    expect(leads('会议集体学习了党中央近期重要会议精神。')).toEqual([['directive', '会议集体学习了']]);
    expect(leads('會議認真學習關於生態文明建設的重要論述摘編，研究了本縣落實措施。')[0]).toEqual(['directive', '會議認真學習']);
  });

  // Studying anything else with 了 (会议学习了统计工作相关知识) is a directive too since bench/KEYING.md 14
  // (round 32): importer-section-kinds-60b.test.ts holds it.
  it("keeps 学习贯彻 as the meeting's aim out of the directives", () => {
    expect(leads('会议深入学习贯彻党中央重要指示精神，进一步深化双方合作。').filter(([kind]) => kind === 'directive')).toEqual([]);
  });
});

describe("the meeting's own agenda joined by ；", () => {
  it('takes the kind of its strongest bare-verb part', () => {
    expect(leads('会议书面通报了上半年工作情况；传达学习了省委全会精神；研究了下半年工作安排。')).toEqual([['directive', '会议书面通报了']]);
    expect(leads('会议研究了防汛工作；要求各乡镇落实值班制度；传达学习了省委全会精神。')[0]![0]).toBe('requirement');
  });

  it('keeps an agenda with no stronger part, or parts with subjects of their own, an account', () => {
    expect(leads('会议书面通报了上半年工作情况；研究了下半年工作安排。')[0]![0]).toBe('text');
    expect(leads('会议通报了上半年工作情况；县财政局传达了省里的通知。')[0]).toEqual(['text', '会议通报了']);
  });
});

describe('the people present deciding, and a decision at a closing occasion', () => {
  it("reads 与会党员/与会代表 adopting something as the meeting's decision", () => {
    expect(leads('与会党员以举手表决方式通过了支部工作报告。')).toEqual([['decision', '与会党员以举手表决方式通过']]);
    expect(leads('与会代表审议通过了大会决议。')).toEqual([['decision', '与会代表审议通过了']]);
    expect(leads('与会代表一致认为，方案切实可行。')).toEqual([['directive', '与会代表一致认为']]);
  });

  it('opens a decision at 在随后召开的…会议上 where a sentence adopts something', () => {
    expect(leads('会议听取了县财政局的汇报。在随后召开的党组会议上，审议通过了《实施方案》。')).toEqual([
      ['topic', '会议听取了县财政局的汇报'],
      ['decision', '在随后召开的党组会议上'],
    ]);
  });

  it('opens nothing at such an occasion when nothing is adopted, nor for the people present told what to do', () => {
    expect(leads('会议听取了县财政局的汇报。在随后召开的党组会议上，大家交流了学习体会。')).toHaveLength(1);
    expect(leads('全体党员要发挥先锋模范作用。').filter(([kind]) => kind !== 'text')).toEqual([]);
  });
});

describe('several bodies or their heads speaking in turn', () => {
  it('opens an account of its own (other) for 各部门负责人分别发言 and its kin', () => {
    expect(leads('各部门负责人分别发言。')).toEqual([['text', '各部门负责人分别发言']]);
    expect(leads('各镇街主要负责人分别作了表态发言。')).toEqual([['text', '各镇街主要负责人分别作了表态发言']]);
    expect(leads('县发改局、县财政局分别作了发言。')).toEqual([['text', '县发改局、县财政局分别作了发言']]);
  });

  it("leaves a single leader's speech to the pronoun verb after it", () => {
    expect(leads('副县长李明发言。他强调，要抓好落实。')[0]![0]).toBe('requirement');
  });
});

describe('numbered points in one paragraph after a lead', () => {
  const after = (...paragraphs: string[]) => importText([OPENING, ...paragraphs].join('\n'), { now: NOW }).draft.sections.filter((x) => x.lead !== '');

  it('takes each 一是/二是/三是 of a paragraph as an item of the lead before it', () => {
    const [asked] = after('苏明远要求，要针对群众反映的难题，构建治理新格局。', '一是要抓住工作核心，推动各方形成合力。二是要发掘年轻力量，投身志愿服务。三是要营造向上氛围。');
    expect(asked!.kind).toBe('action-list');
    expect(asked!.items.map((i) => i.text)).toEqual(['要抓住工作核心，推动各方形成合力', '要发掘年轻力量，投身志愿服务', '要营造向上氛围']);
  });

  it('still takes one point a paragraph as one item each', () => {
    const [asked] = after('苏明远提出三点要求：', '一是要抓住工作核心。', '二是要发掘年轻力量。', '三是要营造向上氛围。');
    expect(asked!.items).toHaveLength(3);
  });
});

describe('the meeting pointed at (本次会议), and the agenda announced with its count', () => {
  it('reads 本次会议 hearing reports as the agenda, and an agenda with its count as a topic', () => {
    expect(leads('本次会议听取和审议了县政府工作报告。')).toEqual([['topic', '本次会议听取和审议了县政府工作报告']]);
    expect(leads('这次会议研究讨论了7项议题。')[0]![0]).toBe('topic');
    expect(leads('会议研究了三个事项。')[0]![0]).toBe('topic');
    // 研究了 is an agenda verb as 讨论了 is (KEYING 19), with or without a count
    expect(leads('这次会议研究了近期工作。')[0]![0]).toBe('topic');
  });

  it('opens nothing for the meeting described (这次会议的召开)', () => {
    expect(leads('这次会议的召开，意义重大。').filter(([kind]) => kind !== 'text')).toEqual([]);
  });
});

describe('a speech after a hearing clause', () => {
  it('takes its kind from the pronoun sentence after the speech, as a speech opening its paragraph', () => {
    expect(leads('在听取大家发言后，县委书记苏明远作总结讲话。他强调，要压实责任。')).toEqual([['requirement', '']]);
  });

  it('still ends the lead at a reply verb in the hearing sentence itself', () => {
    expect(leads('在认真听取各乡镇汇报后，县委书记苏明远强调，要压实责任。')).toEqual([['requirement', '在认真听取各乡镇汇报后，县委书记苏明远强调']]);
  });
});

describe('points named by short phrases after an announced count', () => {
  it("takes 态度坚决、加大动员… after 提出四点要求 as the points, the lead's colon taken or not", () => {
    expect(findItems('态度坚决、加大动员、加大整治、加强保障。', '提出四点要求')?.items.map((i) => i.text)).toEqual(['态度坚决', '加大动员', '加大整治', '加强保障']);
    expect(findItems('提出四点要求：态度坚决、加大动员、加大整治、加强保障。')?.items).toHaveLength(4);
    // A count off by one against the phrases listed (四点, then five) still lists them.
    expect(findItems('态度坚决、方法得当、保障有力、加快节奏、加强力度。', '提出四点要求')?.items).toHaveLength(5);
  });

  it('reads the lead as an action list with those items', () => {
    const [asked] = importText([OPENING, '针对文明创建工作，苏明远提出四点要求：态度坚决、加大动员、加大整治、加强保障。'].join('\n'), { now: NOW }).draft.sections.filter((x) => x.lead);
    expect(asked!.kind).toBe('action-list');
    expect(asked!.items).toHaveLength(4);
  });

  it('leaves prose, phrases joined by 和, and counts far off alone', () => {
    expect(findItems('态度坚决、方法得当，确保按期完成。', '提出两点要求')).toBeNull();
    expect(findItems('乡村振兴、城市更新和生态保护。', '抓好三项工作')).toBeNull();
    expect(findItems('态度坚决、方法得当。', '提出五点要求')).toBeNull();
  });
});

describe('the meeting adopting a document named with 关于', () => {
  it('reads 会议通过关于…的决定 as a decision, and 通过 as a means still as nothing', () => {
    expect(leads('会议通过关于免去张三同志职务的决定。')).toEqual([['decision', '会议通过']]);
    expect(leads('会议通过视频形式召开。').filter(([kind]) => kind !== 'text')).toEqual([]);
  });
});

describe("an occasion passing a higher level's words on", () => {
  it('reads 会上，X先后传达了…精神 and 在会上，X对…精神进行了传达 as directives', () => {
    expect(leads('会上，县委常委王海、副县长蔡文先后传达了全国两会精神。')).toEqual([['directive', '会上']]);
    expect(leads('在会上，苏明远首先对全省安全生产会议精神进行了传达。')).toEqual([['directive', '在会上']]);
  });

  it('keeps a ；-rundown and passing on news as accounts', () => {
    expect(leads('会上，王海通报了工作；蔡文传达了省委全会精神。')).toEqual([['text', '会上']]);
    expect(leads('会上，传达了省领导察看造林现场的情况，大家深感责任重大。')).toEqual([['text', '会上']]);
  });
});
