import { describe, expect, it } from 'vitest';
import { importedPeople } from '../helpers/imported-people';

/**
 * Attendance lists as newspapers and Macau/Taiwan pages write them (issue 11, import-11f): a list
 * introduced by 出席者包括, names joined by 及, four-character names after a transliterated one, and
 * surnames that are also words. Every text here is made up.
 */

describe('attendance lists', () => {
  it('reads a list introduced by 出席者包括, the title written once, the last name after 及', () => {
    const text = '會議於六月二日下午在議事廳舉行，由諮詢委員會主席歐陽明主持，出席者包括副主席陳家樂、委員葉思遠、程立文及容兆基。\n會議審議了年度計劃。';
    expect(importedPeople(text).attendees).toEqual([
      ['陳家樂', '副主席'],
      ['葉思遠', '委員'],
      ['程立文', '委員'],
      ['容兆基', '委員'],
    ]);
  });

  it('splits a list that opens with a transliterated name, four-character names included', () => {
    const text = '5月2日，自治区政协副主席李明主持会议，自治区政协副主席扎西·次仁、索朗多吉、卓玛、王亚林出席。\n会议传达学习了有关文件。';
    expect(importedPeople(text).attendees).toEqual([
      ['扎西·次仁', '自治区政协副主席'],
      ['索朗多吉', '自治区政协副主席'],
      ['卓玛', '自治区政协副主席'],
      ['王亚林', '自治区政协副主席'],
    ]);
  });

  it('takes 全 and 赖 as surnames in a list of names, 全体 still a group', () => {
    const text = '3月4日，县政协主席韦芳主持召开主席会议，县政协副主席王明、全文华出席会议，县政协秘书长谭伟及赖志诚列席会议，全体机关干部参加会议。\n会议研究了有关事项。';
    const p = importedPeople(text);
    expect(p.attendees).toEqual([
      ['王明', '县政协副主席'],
      ['全文华', '县政协副主席'],
      ['全体机关干部', ''],
    ]);
    expect(p.observers).toEqual([
      ['谭伟', '县政协秘书长'],
      ['赖志诚', '县政协秘书长'],
    ]);
  });
});
