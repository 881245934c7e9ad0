import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';
import { speechWordsKind } from '../../shared/importer/structure/speech-words';

/**
 * A speech announced in a paragraph's first sentence takes the kind of the verb its next sentence
 * opens with, the speaker named again, by pronoun or left out (bench/KEYING.md 9, 18; issue 11,
 * round 38, import-84c). Every text here is made up.
 */

describe('the words of an announced speech', () => {
  it('reads a welcome or praise opening the speech as a directive', () => {
    expect(speechWordsKind('会议伊始，林海代表学校全体教职工发表致辞。林海首先对各位专家的到来表示最热烈的欢迎。')).toBe('directive');
    expect(speechWordsKind('随后，韦青发表讲话。首先对我县近年来的河道治理给予充分的肯定。他强调，要久久为功。')).toBe('directive');
    expect(speechWordsKind('會議最後，副市長、林州市市長孔明作了熱情洋溢的講話。他首先對考察團一行表示歡迎。')).toBe('directive');
  });

  it('reads a demand opening the speech as a requirement', () => {
    expect(speechWordsKind('随后，韦青发表讲话。他对下一步工作提出要求。')).toBe('requirement');
  });

  it('leaves a next sentence of another subject alone', () => {
    expect(speechWordsKind('随后，韦青发表讲话。各村代表对他的讲话表示感谢。')).toBeNull();
  });

  it('leaves a speech with business of its own after a comma alone', () => {
    expect(speechWordsKind('随后，韦青发表讲话，并为获奖单位颁奖。他首先对大家表示感谢。')).toBeNull();
  });

  it('leaves a speech whose words carry no classed verb alone', () => {
    expect(speechWordsKind('随后，韦青发表讲话。他首先回顾了学校的发展历程。')).toBeNull();
  });
});

describe('inside the importer', () => {
  it('gives the paragraph the kind of the speech’s words', () => {
    const r = importText(['3月2日，县长韩松主持召开县政府第12次常务会议。', '会议听取了县交通局关于道路建设的汇报。', '随后，韦青发表讲话。首先对各镇的工作给予充分的肯定。'].join('\n'), {
      now: new Date('2026-03-05T00:00:00Z'),
    });
    expect(r.draft.sections.slice(1).map((s) => s.kind)).toEqual(['topic', 'directive']);
  });
});
