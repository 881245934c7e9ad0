import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';
import { echoCaptionLines } from '../../shared/importer/cleanup/echo-caption';
import { splitLines } from '../../shared/importer/cleanup/lines';
import { foldToSimplified } from '../../shared/importer/script';

/**
 * Captions inside the body (a speaker's picture, a scene, the headline printed again over a part)
 * that the prose around them tells again: the shape and the echo together. Every text here is made up.
 */
const NOW = { now: new Date('2026-12-05T00:00:00Z') };

function captions(text: string): string[] {
  const nonEmpty = splitLines(text).filter((l) => l.text.trim() !== '');
  return echoCaptionLines(nonEmpty, new Set()).map((l) => l.text.trim());
}

const OPENING = '3月2日上午，青林学院第五届教职工代表大会第二次会议在学术报告厅召开，全体代表参加会议。';

describe('captions echoed by the prose', () => {
  it('takes a speaker caption whose act the next paragraph tells at length', () => {
    const text = [OPENING, '林一宁院长作学院工作报告', '学院党委副书记、院长林一宁作学院工作报告，回顾了过去一年的工作。', '会议审议通过了各项决议。'].join('\n\n');
    expect(captions(text)).toEqual(['林一宁院长作学院工作报告']);
  });

  it('takes a caption in brackets, and leaves a second story’s headline closing on its meeting', () => {
    const text = [
      '青林學院召開教代會',
      '3月2日上午，青林學院第五屆教職工代表大會第二次會議在學術報告廳召開，全體代表參加會議。',
      '（院長林一宁作學院工作報告）',
      '學院黨委副書記、院長林一宁作學院工作報告，回顧了過去一年的工作。',
      '學院黨委召開常委會會議',
      '3月3日，學院黨委書記王強主持召開學院黨委常委會會議，研究開學工作。',
    ].join('\n\n');
    expect(captions(text)).toEqual(['（院長林一宁作學院工作報告）']);
  });

  it('hears the echo across scripts (a Simplified caption under a Traditional report)', () => {
    const text = [
      '青林學院召開教代會',
      '3月2日上午，青林學院第五屆教職工代表大會第二次會議在學術報告廳召開，全體代表參加會議。',
      '林一宁院长作学院工作报告',
      '學院黨委副書記、院長林一宁作學院工作報告，回顧了過去一年的工作。',
    ].join('\n\n');
    expect(captions(text)).toEqual(['林一宁院长作学院工作报告']);
  });

  it('keeps headings the prose does not tell again, numbered parts and the meeting’s own acts', () => {
    const text = [
      OPENING,
      '林一宁院长讲话',
      '他要求，各部门要抓好开学各项工作，确保平安有序。',
      '二、关于学院教职工代表大会的报告',
      '关于学院教职工代表大会的报告经审议后原则通过，会议同意提交学院党委研究。',
      '会议听取了学院工作报告',
      '会议听取了学院工作报告，一致同意该报告。',
    ].join('\n\n');
    expect(captions(text)).toEqual([]);
  });

  it('leaves the headline above the opening to the title', () => {
    const text = ['林一宁主持召开学院第五次院务会议', '3月2日上午，院长林一宁主持召开学院第五次院务会议，研究开学工作。', '会议要求抓好安全。'].join('\n\n');
    expect(captions(text)).toEqual([]);
    expect(importText(text, NOW).draft.title).toContain('林一宁主持召开学院第五次院务会议');
  });

  it('drops the caption from the imported report', () => {
    const text = ['学院召开教代会', OPENING, '林一宁院长作学院工作报告', '学院党委副书记、院长林一宁作学院工作报告，回顾了过去一年的工作。', '会议审议通过了各项决议。'].join('\n\n');
    const r = importText(text, NOW);
    expect(r.text).not.toMatch(/^林一宁院长作学院工作报告$/mu);
    expect(r.text).toContain('院长林一宁作学院工作报告，回顾了');
  });

  it('folds Traditional characters of the pair list to Simplified', () => {
    expect(foldToSimplified('會議記錄')).toBe('会议记录');
  });
});
