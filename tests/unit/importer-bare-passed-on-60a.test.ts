import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * The meeting passing a higher level's words on with 会议 (and 了) left out, after a sentence of the
 * same paragraph (。传达学习…精神 / 。传达贯彻了…会议精神): a directive item of its own
 * (bench/KEYING.md 2 and 9; issue 11, import-60a). Every text here is made up.
 */
const NOW = new Date('2026-03-05T00:00:00Z');
const sections = (...paragraphs: string[]) =>
  importText(paragraphs.join('\n'), { now: NOW })
    .draft.sections.filter((s) => s.lead)
    .map((s) => [s.kind, s.lead.slice(0, 4)]);

describe('passing words on with 会议 left out', () => {
  it('reads 。传达学习…精神 after the convening sentence as a directive item', () => {
    expect(sections('3月2日，县长韩松主持召开县政府第12次常务会议。传达学习上级有关会议精神，并研究部署相关工作。', '会议要求，各部门要抓好落实。')).toEqual([
      ['directive', '传达学习'],
      ['requirement', '会议要求'],
    ]);
  });

  it('reads 。传达贯彻了… as a directive item', () => {
    expect(sections('3月2日，县委召开常委会议。会议学习了省委全会精神。传达贯彻了全市生态环境保护工作会议精神。')).toEqual([
      ['directive', '会议学习'],
      ['directive', '传达贯彻'],
    ]);
  });

  it('leaves an instruction about passing on inside its section', () => {
    expect(sections('3月2日，县委召开常委会议。会议要求，各部门要抓好落实。传达到位，不留死角。')).toEqual([['requirement', '会议要求']]);
  });
});
