import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';
import { leadlessKind } from '../../shared/importer/structure/leadless-kind';

/**
 * A paragraph with no lead takes the kind of its first sentence's main verb (bench/KEYING.md 9, 12;
 * issue 11, import-72c). Every text here is made up.
 */
const NOW = new Date('2026-03-05T00:00:00Z');
const OPENING = '3月2日，县长韩松主持召开县政府第12次常务会议。';
const kinds = (...paragraphs: string[]) =>
  importText([OPENING, ...paragraphs].join('\n'), { now: NOW })
    .draft.sections.slice(1)
    .map((s) => s.kind);

describe('the verb of deciding', () => {
  it('reads electing someone to a post as a decision', () => {
    expect(leadlessKind('全组会议推选周立明为代表组组长，孙海为副组长。')).toBe('decision');
    expect(leadlessKind('经过选举，吴青同志当选为镇长。')).toBe('decision');
  });

  it('reads adopting as the decision even after hearing', () => {
    expect(leadlessKind('全体代表听取并审议通过了《镇政府工作报告》。')).toBe('decision');
  });

  it('does not read 审议通过的, a relative clause, as deciding', () => {
    expect(leadlessKind('本次会议审议通过的事项将提交全会。')).toBeNull();
  });

  it('does not read 通过 opening a clause, by way of, as adopting', () => {
    expect(leadlessKind('通过走访座谈，大家的认识进一步统一。')).toBeNull();
  });
});

describe('the verb of demanding', () => {
  it('reads X对…提出要求 as a requirement', () => {
    expect(leadlessKind('在观看录像后，党委书记林峰对下一步学习提出要求。')).toBe('requirement');
  });

  it('reads X对…进行了强调 as a requirement', () => {
    expect(leadlessKind('主任沈青从四个方面对全年工作进行了强调。')).toBe('requirement');
  });

  it('does not read 要求 as a noun (写作要求) as demanding', () => {
    expect(leadlessKind('主席韦林就写作要求和分工作了讲话。')).toBeNull();
  });
});

describe('the verb of directing', () => {
  it('reads passing a higher level’s words on as a directive', () => {
    expect(leadlessKind('宣讲团成员罗雯宣讲了全会精神。')).toBe('directive');
    expect(leadlessKind('理论学习中心组深入学习了有关重要论述。')).toBe('directive');
  });

  it('reads a judgement (给予充分肯定, 认为，) as a directive', () => {
    expect(leadlessKind('郑海对学校的办学成绩给予充分肯定。')).toBe('directive');
    expect(leadlessKind('与会专家在研读报告后认为，报告的判断更为准确。')).toBe('directive');
  });

  it('reads a welcome or thanks said for a body as a directive', () => {
    expect(leadlessKind('林涛代表县委对考察团的到来表示欢迎。')).toBe('directive');
    expect(leadlessKind('孔华代表商会对各界的支持表示衷心的感谢，希望合作更紧密。')).toBe('directive');
  });

  it('leaves 致以感谢 and a bare congratulation plain', () => {
    expect(leadlessKind('郭明代表市政府向各位来宾致以衷心感谢。')).toBeNull();
    expect(leadlessKind('严青对大会的召开表示热烈祝贺。')).toBeNull();
  });

  it('does not read 进行宣讲 or 进行传达 with no object as passing words on', () => {
    expect(leadlessKind('秦岚用通俗的语言进行宣讲。')).toBeNull();
  });
});

describe('the verb of hearing', () => {
  it('reads hearing a report in the first clause as a topic', () => {
    expect(leadlessKind('督查组听取了石桥镇工作情况汇报。')).toBe('topic');
    expect(leadlessKind('二、审议《石桥镇河道保护方案》。')).toBe('topic');
  });

  it('does not read hearing inside a context clause (在听取…后)', () => {
    expect(leadlessKind('在认真听取了《关于全镇工作的报告》后，与会人员踊跃发言。')).toBeNull();
  });

  it('does not read hearing speeches, no report, as a topic', () => {
    expect(leadlessKind('韩梅认真听取发言，逐一和大家交流。')).toBeNull();
  });
});

describe('inside the importer', () => {
  it('gives a leadless paragraph its verb’s kind', () => {
    const heard = '会议听取了县交通局关于道路建设的汇报。';
    expect(kinds(heard, '全组会议推选周立明为代表组组长，孙海为副组长。')).toEqual(['topic', 'decision']);
    expect(kinds(heard, '随后，宣讲团成员罗雯宣讲了全会精神。')).toEqual(['topic', 'directive']);
  });
});
