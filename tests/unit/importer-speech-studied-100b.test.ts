import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * A pronoun lead after a sentence with no lead of its own opens its own section (bench/KEYING.md 9),
 * unless that sentence told a speech the pronoun goes on with (X作了讲话。他指出…). A higher level's
 * speech studied or passed on as a text (重要讲话精神, 《在…上的讲话》) is no speech made at the
 * meeting. Every text here is made up (names, places, bodies).
 */
const NOW = new Date('2026-06-01T00:00:00Z');
const OPENING = '6月3日，青岭镇召开全体党员大会，镇党委副书记周文涛主持会议，全镇党员参加会议。';
const leadsOf = (...paragraphs: string[]) =>
  importText([OPENING, ...paragraphs].join('\n'), { now: NOW })
    .draft.sections.slice(1)
    .map((s) => [s.kind, s.lead]);

describe('a speech studied is no speech made (import-100b)', () => {
  it('splits at 他强调 after a sentence that passes a speech on as a text', () => {
    const got = leadsOf('此前，镇党委书记高远山为全体党员宣讲了省委书记在全省大会上的重要讲话精神。他强调，要把学习成果转化为推动工作的动力。');
    expect(got.at(-1)).toEqual(['requirement', '他强调']);
  });

  it('splits after a speech named as a title', () => {
    const got = leadsOf('镇党委书记高远山带领党员研读了《在全省乡村振兴大会上的讲话》。他指出，乡村振兴关键在人。');
    expect(got.at(-1)).toEqual(['directive', '他指出']);
  });

  it('keeps the pronoun with a speech made at the meeting', () => {
    const got = leadsOf('最后，镇党委书记高远山作了总结讲话。他强调，要把学习成果转化为推动工作的动力。');
    expect(got.map((x) => x[1])).not.toContain('他强调');
  });
});
