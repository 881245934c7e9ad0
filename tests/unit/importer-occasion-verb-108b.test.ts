import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';
import { occasionVerbKind } from '../../shared/importer/structure/occasion-verb';

/**
 * Round 44 (import-108b): a 会上 account that occasion-kind.ts leaves plain takes the class of its
 * first sentence's strongest verb, whoever acts in it (bench/KEYING.md 9, 14, 19, 20), unless it is a
 * rundown of several people's acts or a bare verb after 会上. Made-up texts.
 */
describe('occasionVerbKind', () => {
  it('reads a speaker with two posts, a body spoken for, a group', () => {
    expect(occasionVerbKind('公司党委书记、董事长李明首先对各位来宾在百忙之中莅临指导表示热烈欢迎，并介绍了公司概况。')).toBe('directive');
    expect(occasionVerbKind('周平代表县委、县政府对考察团的到来表示欢迎。')).toBe('directive');
    expect(occasionVerbKind('与会人员围绕规划草案，就交通、教育等方面提出了意见建议。')).toBe('directive');
    expect(occasionVerbKind('按照县委的要求，中心组成员共同学习了《关于加强基层治理的意见》。')).toBe('directive');
  });

  it('leaves a rundown of several people’s acts plain', () => {
    expect(occasionVerbKind('副县长王立通报了近期工作，县委常委、宣传部部长赵平领学了《条例》，县委办主任孙强作了发言。')).toBeNull();
    expect(occasionVerbKind('王立传达了会议精神；赵平提出了意见建议。')).toBeNull();
    expect(occasionVerbKind('镇党委书记李平通报了全镇情况，老党员们表示，将继续关心家乡发展。')).toBeNull();
  });

  it('leaves a bare verb after 会上 to the occasion’s agenda reading', () => {
    expect(occasionVerbKind('集中学习了上级有关文件，通报了近期工作情况。')).toBeNull();
    expect(occasionVerbKind('传达了县领导察看河道的情况。')).toBeNull();
  });
});

describe('importText: 座谈会上 accounts', () => {
  const report = (body: string) => `5月6日，青石县召开招商引资座谈会。副县长陈明主持会议。\n${body}\n会议要求，各部门要抓好落实。`;
  const kindOf = (body: string) => importText(report(body), { now: new Date('2026-12-07') }).draft.sections.find((x) => /座谈会上/u.test(x.lead))?.kind;

  it('gives the welcome of a speaker with two posts its verb’s kind', () => {
    expect(kindOf('座谈会上，青石县委书记、县人大常委会主任刘强首先对远道而来的企业家们表示热烈的欢迎。')).toBe('directive');
  });

  it('gives the group’s suggestions their verb’s kind', () => {
    expect(kindOf('座谈会上，在听取了规划起草说明后，与会企业家围绕营商环境提出了意见建议。')).toBe('directive');
  });
});
