import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * Round 27 (import-40a): in the opening paragraph, a speaker's own sentence after the convening
 * sentence and followed only by who attended is the meeting's first business (a section); one
 * followed by who chaired stays inside the opening's account. Made-up texts.
 */
const NOW = { now: new Date('2026-12-05T00:00:00Z') };
const imported = (text: string) => importText(text, NOW);

describe('a speaker between the convening sentence and the attendance sentence', () => {
  it('opens a section when only who attended follows', () => {
    const r = imported(
      [
        '4月8日，市人大常委会召开党组会议。市人大常委会党组书记、主任赵永年在讲话中要求，认真学习贯彻上级会议精神，推动各项工作落实。党组成员、副主任钱立新、孙明华出席会议。',
        '赵永年强调，要扎实做好代表工作。',
      ].join('\n'),
    );
    expect(r.draft.sections.map((s) => [s.kind, s.lead])).toEqual([
      ['text', ''],
      ['requirement', '市人大常委会党组书记、主任赵永年在讲话中要求'],
      ['requirement', '赵永年强调'],
    ]);
    // Those who attended are still read from the sentence after the speech.
    expect(r.draft.meeting.attendees.map((a) => a.name)).toEqual(expect.arrayContaining(['钱立新', '孙明华']));
  });

  it('stays in the opening when someone chairs after the speaker', () => {
    const r = imported(
      ['4月8日，县政府召开全体会议。县委副书记、县长周平强调，要全力抓好春耕生产。县委常委、常务副县长吴刚主持会议，县领导郑华、王强出席会议。', '会议指出，今年以来全县经济运行总体平稳。'].join('\n'),
    );
    expect(r.draft.sections.map((s) => [s.kind, s.lead])).toEqual([
      ['text', ''],
      ['directive', '会议指出'],
    ]);
  });
});
