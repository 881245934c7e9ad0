import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * A paragraph with no lead opens its own `other` section when it tells the next step of a sitting or
 * a visit by its frame (bench/KEYING.md 13): the clock time it began at, however the capture spaced
 * it or rounded it (8 时 30 分，/ 上午9时许，), or the place or span where the act was done (在某地期间，
 * / 在某镇，/ 在闭幕式上，). An area of a speech (在经济发展上，要…) or a background frame (在…领导下)
 * goes on with the section before. Every text here is made up (names, places, bodies).
 */
const NOW = new Date('2026-06-01T00:00:00Z');
const OPENING = '6月3日，青岭县召开经济工作会议，县委副书记周文涛主持会议，各乡镇负责人参加会议。';
const SPEECH = '会上，县长高远山作了讲话。他强调，要抓好全年各项工作。';
const sectionsOf = (p: string) =>
  importText([OPENING, SPEECH, p].join('\n'), { now: NOW })
    .draft.sections.slice(1)
    .map((s) => [s.kind, s.paragraphs.length]);

describe('a step told by its frame (import-100b)', () => {
  it('opens a section at a clock time written with spaces or 许', () => {
    expect(sectionsOf('8 时 30 分，周文涛宣布大会开幕。')).toEqual([
      ['requirement', 1],
      ['text', 1],
    ]);
    expect(sectionsOf('上午9时许，周文涛宣布大会开幕。')).toHaveLength(2);
  });

  it('opens a section at the place or span of a visit, in either script', () => {
    expect(sectionsOf('在青岭期间，考察团一行实地考察了现代农业园区。')).toHaveLength(2);
    expect(sectionsOf('在石坪鎮，調研組一行考察了茶葉加工廠。')).toHaveLength(2);
  });

  it('opens a section at a gathering named with 在…上', () => {
    expect(sectionsOf('在大会闭幕式上，县委书记李明作了讲话。')).toHaveLength(2);
  });

  it('goes on with the speech at an area or a background frame', () => {
    expect(sectionsOf('在经济发展上，要抓好项目建设。')).toEqual([['requirement', 2]]);
    expect(sectionsOf('在县委的正确领导下，全县各项工作取得新成效。')).toEqual([['requirement', 2]]);
  });
});
