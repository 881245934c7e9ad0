import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * Round 33 (import-65a): 会上，X作…报告，她指出… — the pronoun after the comma is the reporter the
 * sentence named, and its strong verb gives the occasion's account its kind, as a bare verb after
 * the comma does (…报告，指出…); it opens no section of its own (bench/KEYING.md 16: within one
 * sentence one section; rule 15's lead after a report). A chair clause before the pronoun (X主持并
 * 讲话，他强调…) stays the opening's. Made-up texts.
 */
const NOW = { now: new Date('2026-12-06T00:00:00Z') };
const OPENING = '4月9日，白石区召开防汛工作会议。区长周立新主持会议。\n区长周立新强调，要压实防汛责任。';
const sections = (paragraph: string) => importText(`${OPENING}\n${paragraph}`, NOW).draft.sections.slice(2);

describe('a pronoun lead inside the occasion sentence', () => {
  it('gives 会上 the kind of 她指出 after a report, one section', () => {
    const got = sections('会上，副区长孙晓梅作防汛工作报告，她指出，今年汛期来得早。');
    expect(got).toHaveLength(1);
    expect(got[0]!.lead).toBe('会上');
    expect(got[0]!.kind).toBe('directive');
  });

  it('gives 会上 the kind of 他要求 after a speech, one section', () => {
    const got = sections('会上，水务局局长钱海作了讲话，他要求各街道备足物资。');
    expect(got).toHaveLength(1);
    expect(got[0]!.kind).toBe('requirement');
  });

  it('leaves the account `other` when the pronoun only reports', () => {
    const got = sections('会上，副区长孙晓梅作防汛工作报告，她介绍了去年的汛情。');
    expect(got).toHaveLength(1);
    expect(got[0]!.kind).toBe('text');
  });

  it('keeps the pronoun lead after a chair clause in the opening', () => {
    const got = importText('5月6日，白石区人大常委会会议召开。主任吴向东主持并讲话，他强调，要依法履职。\n会议听取了预算执行情况的报告。', NOW).draft.sections;
    expect(got.map((s) => s.kind)).toEqual(['requirement', 'topic']);
  });
});

describe('a speech act carrying a lead (bench/KEYING.md 16)', () => {
  it('opens a section for a bare name whose welcome speech asks', () => {
    const got = sections('王建华致欢迎词时，对与会企业提出了要求。');
    expect(got).toHaveLength(1);
    expect(got[0]!.lead).toBe('王建华');
    expect(got[0]!.kind).toBe('requirement');
  });

  it('opens a section for a bare name speaking, then a bare 要求', () => {
    const got = sections('钱海讲话时，要求各街道备足物资。');
    expect(got.map((s) => [s.lead, s.kind])).toEqual([['钱海', 'requirement']]);
  });
});

describe('the attendees deliberating (bench/KEYING.md 16)', () => {
  it('reads 与会人员围绕…进行了讨论 as a topic, as with 对/就', () => {
    const got = sections('与会人员围绕防汛预案进行了讨论。');
    expect(got.map((s) => s.kind)).toEqual(['topic']);
  });
});
