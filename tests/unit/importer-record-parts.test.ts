import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * A record's part headings and a newspaper's attendance paragraph that opens with where and when
 * the meeting sat (issue 11, import-11f). Every text here is made up.
 */
const NOW = new Date('2026-03-05T00:00:00Z');

describe('record parts and attendance paragraphs', () => {
  it('takes a short part line before numbered items as a heading of its own', () => {
    const text = [
      '嶺東市政府第88次市政會議紀錄',
      '市長提示:',
      '一、請各局處加強防疫宣導，連假期間不要有防疫疲勞，並請民政系統協助長輩接種。',
      '報告事項',
      '一、法制處陳報「法案介紹」報告。(詳如書面資料)',
      '決定:准予備查。',
    ].join('\n');
    const s = importText(text, { now: NOW }).draft.sections;
    expect(s.map((x) => [x.kind, x.heading || x.lead])).toContainEqual(['topic', '報告事項']);
  });

  it('names a part before its colon when a bracketed note follows it', () => {
    const text = ['青岭鎮民代表會第3次臨時會議事錄', '一、時間：115年3月2日上午9時', '八、秘書報告出缺席人數：（另載）', '九、臨時動議：'].join('\n');
    const s = importText(text, { now: NOW }).draft.sections.filter((x) => x.heading);
    expect(s.map((x) => [x.heading, x.paragraphs.join('')])).toContainEqual(['八、秘書報告出缺席人數', '（另載）']);
    expect(s.map((x) => x.heading)).toContain('九、臨時動議：');
  });

  it('keeps 會議於…舉行，由X主持，出席者包括… with the opening, not as a section', () => {
    const text = [
      '【特訊】諮詢委員會日前召開特別大會，審議年度預算修改。',
      '會議於五月三十一日下午在大禮堂舉行，由諮詢委員會主席歐陽明主持，出席者包括副主席陳家樂、委員葉思遠及程立文。管理委員會主席施恩列席會議。',
      '署方代表隨後介紹重鋪道路計劃，須申請額外增撥預算。',
    ].join('\n');
    const r = importText(text, { now: NOW }).draft;
    expect(r.sections.length).toBe(2);
    expect(r.meeting.attendees.map((p) => p.name)).toEqual(['陳家樂', '葉思遠', '程立文']);
    expect(r.meeting.observers.map((p) => p.name)).toEqual(['施恩']);
  });
});
