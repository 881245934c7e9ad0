import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';
import { adoptingKind } from '../../shared/importer/structure/adopting-kind';

/**
 * Round 36 (import-76c): an account still plain whose first sentence adopts or elects with a bare
 * verb done (通过了 / 审定了 / 选举产生了) is a decision, the sentence's strongest part (bench/KEYING.md
 * 12). Made-up texts.
 */
describe('adoptingKind', () => {
  it('reads a bare adopting or electing verb done in the first sentence', () => {
    expect(adoptingKind('随后大会讨论了多项章程修订，其中通过了增设监事一职。')).toBe('decision');
    expect(adoptingKind('会议还研究，审定了其他事项。')).toBe('decision');
    expect(adoptingKind('大会经过无记名投票选举产生了新一届理事会。')).toBe('decision');
  });

  it('leaves what is no adoption done', () => {
    for (const p of [
      // still to come
      '下次会议将通过了年度计划后再议。',
      // a text adopted earlier, named as an object
      '代表们视察了上次会议表决通过了的三个项目。',
      // by way of learning about
      '委员们通过了解群众诉求，提出了建议。',
      // inside a named title
      '会议学习了《关于通过了新章程的说明》。',
      // in a later sentence
      '会议听取了汇报。会后通过了名单。',
    ])
      expect(adoptingKind(p), p).toBeNull();
  });

  it('gives the imported section the decision kind', () => {
    const text = ['3月5日，平安县文化促进会召开第二次会员大会，会长王明主持会议。', '会议听取了理事会工作报告。', '之后大会讨论了多项章程修订，当中包括通过了增设监事一职。'].join('\n');
    const sections = importText(text, { now: new Date('2026-12-05T00:00:00Z') }).draft.sections;
    expect(sections[sections.length - 1]!.kind).toBe('decision');
  });
});
