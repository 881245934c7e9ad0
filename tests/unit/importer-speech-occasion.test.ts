import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * A speaker quoted from a speech of their own (X致詞時指出, X在讲话中强调) right after the clause
 * convening the meeting leads the rest of the sentence; a plain speaker there (县长A传达了…) stays the
 * opening's account (bench/KEYING.md 2). 致詞/致词 is how Taiwan and Macau write 致辞. Every text
 * here is made up.
 */
const NOW = new Date('2026-03-05T00:00:00Z');
const sections = (text: string) => importText(text, { now: NOW }).draft.sections.map((s) => `${s.kind}:${s.lead ?? ''}`);

describe('a speech after the convening clause', () => {
  it('opens its own section in either script, the convening clause staying the opening', () => {
    expect(sections('北港鎮民代表會昨天召開定期大會，鎮代會主席林志明致詞時指出，代表必須充分反映民意。\n會議審議通過了總預算案。')).toEqual([
      'text:',
      'directive:鎮代會主席林志明致詞時指出',
      'decision:會議審議通過了',
    ]);
    expect(sections('某县人大常委会昨天召开第十次会议，县人大常委会主任李明在讲话中强调，要依法履职。\n会议审议通过了有关决定。')).toEqual([
      'text:',
      'requirement:县人大常委会主任李明在讲话中强调',
      'decision:会议审议通过了',
    ]);
  });

  it('reads 致詞時 at a paragraph start as 致辞时', () => {
    expect(sections('北港鎮民代表會昨天召開定期大會。\n鎮代會主席林志明致詞時指出，代表必須充分反映民意。')).toEqual(['text:', 'directive:鎮代會主席林志明致詞時指出']);
  });

  it('leaves a plain speaker after the convening clause to the opening', () => {
    expect(sections('3月5日，县政府召开常务会议，县长王强传达了省政府全体会议精神。\n会议研究了春耕生产工作。')).toEqual(['text:', 'topic:会议研究了']);
  });
});
