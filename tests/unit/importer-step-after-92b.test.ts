import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * Round 40 (import-92b): 会后，/ 会议结束后， where a sentence begins inside a paragraph is the step
 * after the sitting, an `other` section of its own (bench/KEYING.md 13 and 16: step words other than
 * 会上 open one), as 随后， does; what is still to come after the meeting (会后，…将…) is not one.
 * Every text here is made up.
 */
const NOW = new Date('2026-06-01T00:00:00Z');
const body = (text: string) =>
  importText(text, { now: NOW })
    .draft.sections.filter((s, i) => !(i === 0 && s.kind === 'text' && s.lead === ''))
    .map((s) => [s.kind, (s.lead || s.paragraphs[0] || '').slice(0, 5)]);

describe('a step after the sitting where a sentence begins', () => {
  it('opens an other section after the meeting asked (会议要求…。会议结束后，…)', () => {
    const text = ['4月2日，石湾镇党委召开专题会议。', '会议传达了县委全会精神。会议要求，各村要抓好落实。会议结束后，各支部分组开展了专题学习。'].join('\n');
    expect(body(text)).toEqual([
      ['directive', '会议传达了'],
      ['requirement', '会议要求'],
      ['text', '会议结束后'],
    ]);
  });

  it('opens one for 會後 in Traditional text too', () => {
    const text = ['4月2日，石灣鎮黨委召開專題會議。', '會議傳達了縣委全會精神。會議要求，各村要抓好落實。會後，與會人員實地察看了村級服務中心。'].join('\n');
    expect(body(text)).toEqual([
      ['directive', '會議傳達了'],
      ['requirement', '會議要求'],
      ['text', '會後'],
    ]);
  });

  it('leaves what is still to come with the section before (会后，…将…)', () => {
    const text = ['4月2日，石湾镇党委召开专题会议。', '会议要求，各村要抓好落实。会后，镇党委将组织党员逐村开展宣讲。'].join('\n');
    expect(body(text)).toEqual([['requirement', '会议要求']]);
  });
});
