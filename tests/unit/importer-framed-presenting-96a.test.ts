import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * A person presenting to the meeting with a frame between person and verb (就…进行了汇报, 从…方面介绍,
 * 代表…发言, 向…解读), in a sentence of its own inside a paragraph, opens an `other` section
 * (bench/KEYING.md 13, 15, 19); the paragraph's speaker going on does not (KEYING 18).
 * Every text here is made up (names, places, bodies).
 */
const NOW = new Date('2026-06-01T00:00:00Z');
const OPENING = '4月8日上午，青岭县召开乡村振兴工作座谈会，县长高远山主持会议，各乡镇负责人参加会议。';
const leadsOf = (...paragraphs: string[]) =>
  importText([OPENING, ...paragraphs].join('\n'), { now: NOW })
    .draft.sections.slice(1)
    .map((s) => [s.kind, s.lead]);

describe('a person presenting, framed, in a sentence of its own (import-96a)', () => {
  it('opens a section at 从…方面介绍 after another account', () => {
    expect(leadsOf('座谈会上，镇长周文涛介绍了全镇概况。县农业局局长钱立新从产业、人才两个方面介绍了帮扶计划。')).toEqual([
      ['text', '座谈会上'],
      ['text', '县农业局局长钱立新从产业、人才两个方面介绍'],
    ]);
  });

  it('opens a section at 就…进行了汇报 and at 代表…作…发言', () => {
    const got = leadsOf('会议期间，各代表提交了建议。村民代表孙玉兰代表全村作了题为《守好绿水青山》的发言。副镇长梁秋实就产业帮扶情况进行了汇报。');
    expect(got.map((x) => x[1])).toEqual(['会议期间', '村民代表孙玉兰代表全村作了题为《守好绿水青山》的发言', '副镇长梁秋实就产业帮扶情况进行了汇报']);
  });

  it('splits where the person was named before only as an object', () => {
    expect(leadsOf('座谈会上，校长张金海对李文博一行表示欢迎。李文博从三个方面介绍了合作设想。').map((x) => x[1])).toEqual(['座谈会上', '李文博从三个方面介绍']);
  });

  it('keeps the speaker going on by surname and post in the speech (KEYING 18)', () => {
    expect(leadsOf('会上，县长吴海明强调，要抓好春耕生产。吴县长向与会人员详细解读了补贴政策。')).toEqual([['requirement', '会上']]);
  });

  it('does not read a clause joined on by 并 as a presenter', () => {
    const got = leadsOf('座谈会上，县委书记黄振华主持会议，并代表县委向与会人员介绍了全县情况。');
    expect(got.map((x) => x[1])).not.toContain('并代表县委向与会人员介绍');
  });
});
