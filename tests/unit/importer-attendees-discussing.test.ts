import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * Round 27 (import-40a): inside a paragraph, the attendees putting forward suggestions goes on with
 * the account before it; their judgement (一致认为, KEYING 12) and a paragraph of their own (KEYING 13)
 * still open an item. Round 43 (import-104b): their discussing (讨论/研讨/探讨) is a `topic` lead of its
 * own wherever its sentence begins (KEYING 17, 21, 25), the convening sentence's paragraph too.
 * Made-up texts.
 */
const NOW = { now: new Date('2026-12-05T00:00:00Z') };
const leads = (text: string) => importText(text, NOW).draft.sections.map((s) => [s.kind, s.lead]);

describe('the attendees discussing inside a paragraph', () => {
  it('opens a topic after the convening sentence, a sentence of its own (KEYING 17)', () => {
    const text = '3月9日，市长周明主持召开市政府全体会议。与会人员围绕《政府工作报告》征求意见稿进行了认真讨论。周明在讲话中指出，要认真吸纳各方面意见。';
    expect(leads(text)).toEqual([
      ['text', ''],
      ['topic', '与会人员围绕'],
      ['directive', '周明在讲话中指出'],
    ]);
  });

  // KEYING 26: the group's suggestions after a clause framing them are a directive section of their own.
  it('opens a directive section when the attendees put forward suggestions after a frame', () => {
    const text = [
      '1月5日，县政府召开座谈会，征求对《政府工作报告》的意见。县政协主席李平参加。',
      '座谈会上，副县长王华介绍了报告的起草过程。就如何修改完善报告，与会人员围绕项目建设、民生保障等方面提出了具体意见和建议。',
      '在认真听取意见建议后，王华要求，起草组要逐条梳理吸收。',
    ].join('\n');
    expect(leads(text)).toEqual([
      ['text', ''],
      ['text', '座谈会上'],
      ['directive', '就如何修改完善报告，与会人员'],
      ['requirement', '在认真听取意见建议后，王华要求'],
    ]);
  });

  it('still opens an item for their judgement, or for a paragraph of their own', () => {
    const judged = ['3月9日，县政府召开常务会议。县长周明主持会议。', '会议听取了春耕准备情况汇报。与会人员一致认为，准备工作扎实有效。'].join('\n');
    expect(leads(judged)).toEqual([
      ['text', ''],
      ['topic', '会议听取了春耕准备情况汇报'],
      ['directive', '与会人员一致认为'],
    ]);
    const own = ['3月9日，县政府召开常务会议。县长周明主持会议。', '与会人员围绕春耕准备进行了认真讨论。'].join('\n');
    expect(leads(own).length).toBe(2);
  });
});
