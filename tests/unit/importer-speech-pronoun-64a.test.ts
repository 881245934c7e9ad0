import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * Round 33 (import-64a): a person's speech announced in a paragraph's first sentence, then going on
 * with 他/她 and a lead, is one section keyed by the paragraph's opening words, of the pronoun
 * verb's kind (bench/KEYING.md 9 and 15), also with a step word first (最后，), words of its own
 * before 讲话 (会议小结讲话) or a directive given (做了具体指示). A sentence that names no speech
 * (X对…作了回顾。他强调…) still leaves the pronoun its own section. Made-up texts.
 */
const NOW = { now: new Date('2026-12-06T00:00:00Z') };
const OPENING = '3月2日，青禾镇召开党建工作会议。镇机关干部参加会议。';
const sections = (paragraph: string) => importText(`${OPENING}\n${paragraph}`, NOW).draft.sections.slice(1);

describe('a speech announced, then its pronoun sentences', () => {
  it('keeps a closing speech with a step word first as one section', () => {
    const got = sections('最后，镇党委书记王明远作总结讲话。他回顾了一年来的党建工作，要求各支部抓好落实。');
    expect(got).toHaveLength(1);
    expect(got[0]!.paragraphs[0]).toMatch(/^最后/u);
    expect(got[0]!.kind).not.toBe('text');
  });

  it('keeps a speech named with words of its own before 讲话 as one section', () => {
    expect(sections('李红梅作会议小结讲话。她对各支部的工作给予肯定，并强调，要把学习成果转化为工作实效。')).toHaveLength(1);
  });

  it('keeps a directive given, then 他指出, as one directive section', () => {
    const got = sections('副书记张立对创建工作做了具体指示。他指出，创建工作是近期的重点工作。');
    expect(got).toHaveLength(1);
    expect(got[0]!.kind).toBe('directive');
  });

  it('still splits a pronoun lead after a sentence that names no speech', () => {
    expect(sections('镇长刘平对去年工作作了回顾。他强调，要抓好今年的重点项目。')).toHaveLength(2);
  });
});
