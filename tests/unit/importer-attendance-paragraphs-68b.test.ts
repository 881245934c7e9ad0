import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';
import { attendanceOnly } from '../../shared/importer/structure/sections';

/**
 * A paragraph that only tells who met (round 34, import-68b): the quorum with no attendance verb,
 * who sat on the rostrum, a speech announced with nothing of what was said beside the chair and
 * attendance, attending 并作重要讲话, and the chair of a sitting named by a short name of its own
 * (主持闭幕会) carry the section or opening before them on (bench/KEYING.md 13); they are no
 * sections of their own. Every text here is made up.
 */

/** Leads of the draft's sections after the opening. */
function leads(text: string): string[] {
  return importText(text)
    .draft.sections.slice(1)
    .map((s) => `${s.kind}:${s.lead}`);
}

describe('paragraphs that only tell who met', () => {
  it('keeps a quorum line with no attendance verb in the opening', () => {
    const text = [
      '3月2日上午，政协青桐市第六届委员会第一次会议在市会展中心闭幕。',
      '政协青桐市第六届委员会现有委员260名，实到247名，符合政协章程规定。',
      '会议选举产生了市政协主席、副主席和秘书长。',
    ].join('\n');
    expect(leads(text)).toEqual(['decision:会议选举产生了']);
  });

  it('reads who sat on the rostrum as who was present', () => {
    expect(attendanceOnly('县领导邵明轩、乔志远等应邀出席大会，并在主席台就座。')).toBe(true);
    expect(attendanceOnly('各村代表齐聚一堂，镇领导甲立新、乙文海等主席团成员在主席台前排就座。')).toBe(true);
  });

  it('reads a chair line and a speech only announced as an other section', () => {
    // (KEYING 19, 21: a chair line on its own after the convening paragraph is an `other` section; keys before round 37 left it in the opening)
    const text = ['5月8日，北湾镇第三届人民代表大会第四次会议胜利闭幕。', '镇人大主席潘立宏主持闭幕会。镇党委书记骆文涛作重要讲话。', '大会表决通过了关于镇政府工作报告的决议。'].join('\n');
    expect(leads(text)).toEqual(['text:', 'decision:大会表决通过了']);
  });

  it('reads a chair line with attending 并作重要讲话 as an other section', () => {
    // (KEYING 19, 21: a chair line on its own after the convening paragraph is an `other` section; keys before round 37 left it in the opening)
    const text = [
      '9月12日，市中心医院召开主题教育动员部署会。',
      '会议由院长宁海波主持。市卫健委副主任戚永康出席会议并作重要讲话。全院中层干部参加会议。',
      '会上，党委书记蓝少华对主题教育作了部署。',
    ].join('\n');
    expect(leads(text)).toEqual(['text:', 'text:会上']);
  });

  it('reads the chair of a sitting named 闭幕会 as who met', () => {
    expect(attendanceOnly('县人大主席潘立宏主持闭幕会。')).toBe(true);
  });

  it('still reads a speech announced alone, or business done beside attendance, as business', () => {
    expect(attendanceOnly('最后，区政协主席杜文海作总结讲话。')).toBe(false);
    expect(attendanceOnly('规划院院长江一鸣作方案汇报，副院长林可主持汇报会。')).toBe(false);
    expect(attendanceOnly('区政协主席杜文海主持会议。区委书记甲立新作重要讲话，他指出，要围绕中心履职。')).toBe(false);
  });
});
