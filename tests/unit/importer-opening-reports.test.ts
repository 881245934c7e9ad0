import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * A person presenting to the meeting (X作工作报告 / X在会上作…报告 / X宣读了…) in a sentence of
 * their own inside the opening paragraph is the meeting's business, an `other` section
 * (bench/KEYING.md 9 and 13), even when the chair clause comes after it (import-34a).
 * Every text here is made up.
 */
const NOW = new Date('2026-03-05T00:00:00Z');

/** Sections after the opening: kind and the first words of their lead or text. */
function sections(text: string): [string, string][] {
  return importText(text, { now: NOW })
    .draft.sections.slice(1)
    .map((s) => [s.kind, (s.lead || s.paragraphs[0] || '').slice(0, 8)]);
}

describe('a report inside the opening paragraph', () => {
  it('opens a section at X作工作报告 with the chair clause after its comma', () => {
    const text = ['27日上午，柳溪学院第五次党代会开幕。市委常委韩丽芳出席开幕式并讲话。柳溪学院党委书记黎明作工作报告，院长钟华主持会议。', '韩丽芳指出，要加快建设高水平应用型大学。'].join('\n');
    expect(sections(text)).toEqual([
      ['text', '柳溪学院党委书记'],
      ['directive', '韩丽芳指出'],
    ]);
  });

  it('opens a section at X在会上作…报告 with the chair sentence after it', () => {
    const text = [
      '1月13日上午，政协第九届青川市委员会第三次会议开幕。市委书记罗海出席会议。市政协主席薛中在会上作常务委员会工作报告。大会由市政协副主席朱齐主持。',
      '薛中说，过去一年，市政协紧扣中心履职尽责。',
    ].join('\n');
    expect(sections(text)).toEqual([
      ['text', '市政协主席薛中在'],
      ['directive', '薛中说'],
    ]);
  });

  it('reads a report with a long name', () => {
    const text = [
      '1月13日上午，政协第九届青川市委员会第三次会议开幕。市委书记罗海出席会议。市政协副主席王宁作政协第九届青川市委员会常务委员会关于九届二次会议以来提案工作情况的报告。大会由市政协副主席朱齐主持。',
      '罗海指出，要把会议开成团结民主的大会。',
    ].join('\n');
    expect(sections(text)).toEqual([
      ['text', '市政协副主席王宁'],
      ['directive', '罗海指出'],
    ]);
  });

  it('reads a report the person then speaks on (作工作报告并讲话) as a report', () => {
    const text = ['2月10日，民盟青川市委全委会举行。市政协副主席、民盟市委主委陈群代表常委会作工作报告并讲话。', '会议要求，广大盟员要积极建言献策。'].join('\n');
    expect(sections(text)).toEqual([
      ['text', '市政协副主席、民'],
      ['requirement', '会议要求'],
    ]);
  });

  it('does not read a speech (作重要讲话) before the chair clause as a report', () => {
    const text = ['3月2日，柳溪县召开经济工作会议。县委书记李明作重要讲话，县长王华主持会议。', '会议要求，各乡镇要抓好落实。'].join('\n');
    expect(sections(text)).toEqual([['requirement', '会议要求']]);
  });

  it('keeps a speaker quoted before the chair clause in the opening', () => {
    const text = ['3月2日，柳溪县召开安全生产工作会议。县长王明强调，要压实各方责任。副县长李华主持会议，各乡镇负责人参加。', '会议要求，各乡镇要立即开展隐患排查。'].join('\n');
    expect(sections(text)).toEqual([['requirement', '会议要求']]);
  });
});
