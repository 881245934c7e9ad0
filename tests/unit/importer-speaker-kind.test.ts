import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';
import { leadlessOpensSection } from '../../shared/importer/structure/leadless';
import { speakerKind } from '../../shared/importer/structure/speaker-kind';

/**
 * Round 26 (import-36a): a speaker's account that no lead gave a kind takes it from the first verb of
 * saying in its first sentence (bench/KEYING.md 9: 作讲话 has no kind of its own; X表示/X说 →
 * directive, 强调/要求 → requirement). Made-up texts.
 */
describe('speakerKind', () => {
  it('reads the pronoun going on inside the sentence', () => {
    expect(speakerKind('副县长李强代表县政府作表态发言，他说，县政府将主动接受监督。')).toBe('directive');
    expect(speakerKind('吴刚最后作了总结讲话，他强调，要巩固整改成果。')).toBe('requirement');
  });

  it('reads the verb right after the occasion of the speech', () => {
    expect(speakerKind('张明在工作报告中表示，过去一年全县经济平稳运行。')).toBe('directive');
    expect(speakerKind('王刚会后向记者表示，这次会议开得很成功。')).toBe('directive');
    expect(speakerKind('陈东点评指出，各镇工作各有亮点。')).toBe('directive');
    expect(speakerKind('周平讲话时要求：各部门要抓好落实。')).toBe('requirement');
  });

  it('reads a directive given', () => {
    expect(speakerKind('赵华在会报结论中对里长反映的问题作出明确指示，请各局处从速解决。')).toBe('directive');
  });

  it('leaves accounts that say nothing of their own', () => {
    for (const p of [
      // thanks are no judgement of the meeting
      '江明代表县委在会上向与会人员表示衷心感谢。',
      '江明代表县委致辞，他表示衷心感谢。',
      // how someone spoke is not what they said
      '江明作了发言，他说得很简短。',
      // a report named, then the report going on: still the report
      '县长王明作政府工作报告，报告指出，今年经济稳中有进。',
      // a ；-rundown of several people is one account (rule 2)
      '县发改局汇报了项目进展；县财政局作了说明，他说，资金已到位。',
      // the occasion's or the meeting's own account is read by leads.ts, not here
      '会上，听取了各单位的汇报，并作出明确指示。',
      '会议集中学习了有关材料和省委主要领导同志所作批示。',
      // the saying verb in a later sentence is not this sentence's
      '李华代表党委作工作报告。报告指出，要抓好落实。',
    ])
      expect(speakerKind(p), p).toBeNull();
  });

  it('opens a section for someone saying something of the meeting in a paragraph with no lead', () => {
    expect(leadlessOpensSection('王刚会后向记者表示，这次会议开得很成功。')).toBe(true);
    expect(leadlessOpensSection('此次会议气氛热烈，与会人员纷纷表示收获很大。')).toBe(false);
  });

  it('gives the imported section the kind of what the speaker says', () => {
    const text = [
      '3月5日，平安县政府召开第十次常务会议，县长王明主持会议。',
      '副县长李强代表县政府作表态发言，他说，县政府将主动接受人大监督。',
      '县人大常委会主任吴刚作了总结讲话，他强调，要巩固整改成果。',
    ].join('\n');
    const sections = importText(text, { now: new Date('2026-12-05T00:00:00Z') }).draft.sections;
    expect(sections.map((s) => s.kind)).toEqual(['text', 'directive', 'requirement']);
  });
});
