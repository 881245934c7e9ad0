import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * The sitting pointed at (此次会议 / 本次会议) inside a paragraph (round 34, import-68b): a speaker
 * summing up what the meeting did, not the meeting's next item (bench/KEYING.md 10); a paragraph it
 * opens is still a section of its own. Every text here is made up.
 */

function leads(text: string): string[] {
  return importText(text)
    .draft.sections.slice(1)
    .map((s) => `${s.kind}:${s.lead}`);
}

describe('the sitting pointed at inside a paragraph', () => {
  it('keeps 本次会议表决通过了 after a comma in the speech that says it', () => {
    const text = [
      '11月30日，青川省人大常委会第二十次会议闭幕。',
      '会议表决通过了《青川省河湖保护条例》。',
      '常委会主任甲明远在讲话中说，为了守护好河湖，本次会议表决通过了《青川省河湖保护条例》。这项立法回应了群众期盼。',
    ].join('\n');
    expect(leads(text)).toEqual(['decision:会议表决通过了', 'directive:常委会主任甲明远在讲话中说']);
  });

  it('keeps 此次会议又明确了 after a full stop in the judgement that says it', () => {
    const text = [
      '5月6日，自治区召开北湾新区建设推进会。',
      '自治区副主席乙振华指出，北湾新区在全区发展中地位重要，此前已出台一批支持政策。此次会议又进一步明确了发展方向和阶段目标。各部门要形成合力。',
    ].join('\n');
    expect(leads(text)).toEqual(['directive:自治区副主席乙振华指出']);
  });

  it('still opens a section where the sitting pointed at opens the paragraph', () => {
    const text = ['3月2日，县政府召开第九次常务会议。', '会议听取了县财政局的汇报。', '这次会议研究讨论了7项议题。'].join('\n');
    expect(leads(text)).toHaveLength(2);
  });
});
