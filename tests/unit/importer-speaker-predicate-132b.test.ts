import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';
import { speakerPredicateKind } from '../../shared/importer/structure/meeting-predicate';
import { isPersonRef } from '../../shared/importer/structure/people';

/**
 * Round 50 (import-132b): a titled speaker's own predicate, read by the segmenter's tags past 代表…,
 * 在讲话中 and 向…/对… phrases, gives a plain account its kind (bench/KEYING.md 26, 32: a titled
 * person's 感谢/欢迎/希望 with no 表示 is `directive`; 9, 16, 18: a speech's kind is its speaker's
 * next verb). Made-up texts.
 */
const titled =
  (known: string[] = []) =>
  (run: string) =>
    isPersonRef(run, known);

describe('speakerPredicateKind', () => {
  it('reads a bare verb of courtesy after a titled subject', () => {
    expect(speakerPredicateKind('县委副书记冯子墨代表县委向全体参会人员致以节日的问候和祝福。', titled())).toBe('directive');
    expect(speakerPredicateKind('梅若溪副县长首先热烈欢迎各兄弟县区的同志来青桐交流。', titled())).toBe('directive');
    expect(speakerPredicateKind('柯望川在讲话中感谢各驻县单位对青桐发展的支持，表示将加强联系。', titled(['柯望川']))).toBe('directive');
  });

  it('reads asking after 就 the segmenter tags as an adverb', () => {
    expect(speakerPredicateKind('柯望川还就做好汛期值班值守工作作了强调。', titled(['柯望川']))).toBe('requirement');
  });

  it('reads a speech by the speaker’s next verb, in the sentence or the next one', () => {
    expect(speakerPredicateKind('冯子墨副校长致闭幕词，对大会圆满成功表示祝贺。', titled())).toBe('directive');
    expect(speakerPredicateKind('会长柯望川作了总结讲话。在讲话中，他希望大家继续关心协会工作。', titled())).toBe('directive');
  });

  it('leaves reports, untitled people and the report as subject plain', () => {
    expect(speakerPredicateKind('副校长冯子墨介绍了学校的基本情况。', titled())).toBeNull();
    expect(speakerPredicateKind('居民们感谢社区为大家办了实事。', titled())).toBeNull();
    expect(speakerPredicateKind('校长冯子墨作了工作报告，报告全面总结了三年来的工作，高度赞扬全体教职工。', titled())).toBeNull();
    expect(speakerPredicateKind('柯望川从丰富内涵、实践要求两个方面阐释了这一问题。', titled(['柯望川']))).toBeNull();
  });

  it('gives a titled speaker’s thanks paragraph its kind in an import', () => {
    const text = ['3月2日，青桐县召开驻县单位座谈会。副县长柯望川主持会议。', '柯望川感谢各驻县单位长期以来对青桐经济社会发展作出的重要贡献。', '会议要求，各单位要加强沟通协调。'].join('\n');
    const sections = importText(text).draft.sections;
    expect(sections.find((s) => (s.lead + (s.paragraphs[0] ?? '')).startsWith('柯望川感谢'))?.kind).toBe('directive');
  });
});
