import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';
import { meetingKindAfterLead } from '../../shared/importer/structure/meeting-predicate';

/**
 * Round 49 (import-128b): a section a weaker lead gave (会议传达学习了… `directive`, 会议听取… `topic`)
 * takes a stronger kind when the meeting's own predicates of that sentence go on to decide, or to
 * judge after hearing (bench/KEYING.md 2, 11, 12: the strongest part gives the kind). Made-up texts.
 */
describe('meetingKindAfterLead', () => {
  it('reads the meeting deciding later in the sentence', () => {
    expect(meetingKindAfterLead('directive', '会议传达学习了上级文件精神，审议并原则通过了《某县集镇建设实施意见》。')).toBe('decision');
    expect(meetingKindAfterLead('topic', '会议首先听取和审议了镇政府工作报告，随后依照法定程序，选举产生了副镇长一名。')).toBe('decision');
    expect(meetingKindAfterLead('topic', '会议还听取和审定了关于补选代表的有关事项。')).toBe('decision');
    expect(meetingKindAfterLead('directive', '會議傳達學習了上級會議精神，決定于6月3日召開全體委員會議。')).toBe('decision');
  });

  it('reads the meeting judging after hearing', () => {
    expect(meetingKindAfterLead('topic', '会议听取了各科室的工作汇报并肯定了上半年取得的成绩。')).toBe('directive');
  });

  it('keeps the lead kind otherwise', () => {
    // passing on after hearing is not read
    expect(meetingKindAfterLead('topic', '会议听取了水利局的汇报，传达了上级会议精神。')).toBe('topic');
    // a weaker verb never lowers a stronger kind
    expect(meetingKindAfterLead('requirement', '会议强调，要确定好下一步重点。')).toBe('requirement');
    // another subject decides, not the meeting
    expect(meetingKindAfterLead('topic', '会议听取了汇报，各村分别确定了人选。')).toBe('topic');
    // the words said after a verb of saying
    expect(meetingKindAfterLead('directive', '会议指出，各单位要确定专人负责。')).toBe('directive');
  });

  it('gives the imported section the decision kind', () => {
    const text = ['3月5日，平安县人民政府召开第十二次常务会议，县长王明主持会议。', '会议传达学习了上级文件精神，审议并原则通过了《某县集镇建设实施意见》。'].join('\n');
    const sections = importText(text, { now: new Date('2026-12-05T00:00:00Z') }).draft.sections;
    expect(sections[sections.length - 1]!.kind).toBe('decision');
  });
});
