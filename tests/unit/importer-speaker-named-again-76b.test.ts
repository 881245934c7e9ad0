import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';
import { speechByNameKind } from '../../shared/importer/structure/leads';

/**
 * A speech or address announced in a paragraph's first sentence and carried on by the speaker's own
 * name where 他/她 would stand (甲某作讲话。甲某指出… / 乙某致辞。乙某表示…): one section of the name's
 * verb's kind, as the pronoun gives (bench/KEYING.md 18) (import-76b). Every text here is made up.
 */
const NOW = new Date('2026-03-05T00:00:00Z');

/** Sections after the opening: kind and the first words of their text. */
function sections(text: string): [string, string][] {
  return importText(text, { now: NOW })
    .draft.sections.slice(1)
    .map((s) => [s.kind, (s.lead || s.paragraphs[0] || '').slice(0, 8)]);
}

const OPENING = '3月2日，青石县召开春耕生产工作会议。';
const CLOSE = '会议要求，各乡镇要落实责任。';

describe('a speech carried on by the speaker’s name', () => {
  it('keeps 县长X作讲话。X指出… as one directive section', () => {
    const text = [OPENING, '县长王明远作讲话。王明远指出，春耕是全年农业的基础。王明远强调，要抓好农资供应。', CLOSE].join('\n');
    expect(sections(text)).toEqual([
      ['directive', '县长王明远作讲话'],
      ['requirement', '会议要求'],
    ]);
  });

  it('keeps 会上，X作讲话。X指出… as one section under 会上, of the name’s verb', () => {
    const text = [OPENING, '会上，县长王明远作讲话。王明远强调，要抓好农资供应。', CLOSE].join('\n');
    expect(sections(text)).toEqual([
      ['requirement', '会上'],
      ['requirement', '会议要求'],
    ]);
  });

  it('keeps an address (X致辞。X表示…) as one directive section', () => {
    const text = [OPENING, '县委书记李青山致辞。李青山表示，感谢各位到来。', CLOSE].join('\n');
    expect(sections(text)).toEqual([
      ['directive', '县委书记李青山致'],
      ['requirement', '会议要求'],
    ]);
  });

  it('still splits a lead sentence and the same name’s next lead (X指出…。X强调…)', () => {
    const text = [OPENING, '县长王明远指出，春耕是全年农业的基础。王明远强调，要抓好农资供应。', CLOSE].join('\n');
    expect(sections(text)).toEqual([
      ['directive', '县长王明远指出'],
      ['requirement', '王明远强调'],
      ['requirement', '会议要求'],
    ]);
  });

  it('splits when another person speaks after the announced speech', () => {
    const text = [OPENING, '县长王明远作讲话。副县长赵一川强调，要抓好农资供应。', CLOSE].join('\n');
    expect(sections(text).map(([k]) => k)).toContain('requirement');
    expect(sections(text).length).toBe(3);
  });
});

describe('speechByNameKind', () => {
  it('reads the name’s verb after a speech or address sentence', () => {
    expect(speechByNameKind('县委书记李青山致辞。李青山表示，感谢各位到来。')).toBe('directive');
    expect(speechByNameKind('县长王明远作讲话。王明远强调，要抓好农资供应。')).toBe('requirement');
  });

  it('is null for another name or no announced speech', () => {
    expect(speechByNameKind('县长王明远作讲话。赵一川强调，要抓好农资供应。')).toBeNull();
    expect(speechByNameKind('县长王明远指出，春耕是基础。王明远强调，要抓好农资。')).toBeNull();
  });
});
