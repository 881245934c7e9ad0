import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';
import { isPersonRef } from '../../shared/importer/structure/people';

/**
 * A speaker named with several posts closed by 、 (全国人大代表、民主党派党员、某医院副院长 + name)
 * runs past the 24 characters a person's reference was allowed: the paragraph they lead fell to
 * text. Every text here is made up.
 */
const NOW = new Date('2026-03-05T00:00:00Z');
const OPENING = '3月15日上午，九三学社西川市委会召开大会，传达学习全国两会精神。\n市委会专职副主委刘新民主持会议。';
const sections = (...paragraphs: string[]) =>
  importText([OPENING, ...paragraphs].join('\n'), { now: NOW })
    .draft.sections.filter((s) => s.lead)
    .map((s) => `${s.kind}:${s.lead}`);

describe('a speaker with several posts', () => {
  it('leads a section whatever the length of the posts, in either script', () => {
    expect(sections('全国人大代表、九三学社社员、西川市第二人民医院副院长周雅琴传达十四届全国人大三次会议精神。')).toEqual([
      'directive:全国人大代表、九三学社社员、西川市第二人民医院副院长周雅琴传达',
    ]);
    expect(sections('全國人大代表、九三學社社員、西川市第二人民醫院副院長周雅琴傳達十四屆全國人大三次會議精神。')).toEqual([
      'directive:全國人大代表、九三學社社員、西川市第二人民醫院副院長周雅琴傳達',
    ]);
    expect(sections('市第九次代表大会党代表、我院党委委员、副院长孔令辉同志传达了大会精神。')).toEqual(['directive:市第九次代表大会党代表、我院党委委员、副院长孔令辉同志传达了']);
  });

  it('reads the last part as the person, the others as posts', () => {
    expect(isPersonRef('全国人大代表、九三学社社员、西川市第二人民医院副院长周雅琴')).toBe(true);
    // A long run with no 、 is no person's reference, nor are more than four parts.
    expect(isPersonRef('在全市上下深入学习贯彻全会精神的关键时刻召开的这次会议')).toBe(false);
    expect(isPersonRef('甲乙、丙丁、戊己、庚辛、壬癸、西川市第二人民医院副院长周雅琴')).toBe(false);
  });
});
