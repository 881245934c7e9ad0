import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * The occasion as a lead (bench/KEYING.md 9 and 13): a gathering named by its kind before 会上
 * (学习会上 / 中心组学习会上 / 汇报会上), 会上 glued to its verb by an adverb (会上还学习了), and
 * a 会上 sentence adopting papers after 研讨 (研讨通过) (import-34a). Every text here is made up.
 */
const NOW = new Date('2026-03-05T00:00:00Z');

/** Sections after the opening: kind and the first words of their lead or text. */
function sections(text: string): [string, string][] {
  return importText(text, { now: NOW })
    .draft.sections.slice(1)
    .map((s) => [s.kind, (s.lead || s.paragraphs[0] || '').slice(0, 7)]);
}

const OPENING = '3月4日，柳溪区委理论学习中心组召开集中学习会。区委副书记周明主持。';

describe('a gathering named by its kind before 会上', () => {
  it('opens a section at 学习会上 when a lecturer reports to it', () => {
    const text = [OPENING, '学习会上，省委党校教授韩立平作了专题辅导报告。', '区领导王建、孙丽围绕主题作研讨交流。'].join('\n');
    expect(sections(text)[0]).toEqual(['text', '学习会上']);
  });

  it('reads a qualified kind (中心组学习会上) the same way, in Traditional script too', () => {
    const text = [OPENING, '中心組學習會上，省委黨校教授韓立平作了專題輔導報告。'].join('\n');
    expect(sections(text)).toEqual([['text', '中心組學習會上']]);
  });

  it('gives the occasion the kind of the speaker who asks in its sentence', () => {
    const text = [OPENING, '汇报会上，周明强调，各部门要把学习成果转化为工作成效。'].join('\n');
    expect(sections(text)).toEqual([['requirement', '汇报会上']]);
  });

  it('does not read 社会上 (in society) as an occasion', () => {
    const text = [OPENING, '会议传达了省委全会精神。', '社会上，群众对停车难问题反映强烈，有关部门正在研究办法。'].join('\n');
    expect(sections(text)).toEqual([['directive', '会议传达了']]);
  });
});

describe('会上 where a sentence begins', () => {
  it('opens a section at 会上还学习了 after a full stop inside a paragraph', () => {
    const text = [OPENING, '办事处主任叶文传达了区长的讲话要点。会上还学习了有关文件，要求做好节前安全工作。'].join('\n');
    expect(sections(text).map(([, lead]) => lead)).toEqual(['办事处主任叶文', '会上']);
  });

  it('keeps 会上 inside a sentence (…，会上还…) in that sentence', () => {
    const text = [OPENING, '办事处主任叶文传达了区长的讲话要点，会上还学习了有关文件。'].join('\n');
    expect(sections(text)).toHaveLength(1);
  });

  it('reads 研讨通过了 after 会上 as a decision', () => {
    const text = [OPENING, '会上，学院领导班子成员研讨通过了“关于推荐学科带头人的名单”等6个议题。'].join('\n');
    expect(sections(text)).toEqual([['decision', '会上']]);
  });
});
