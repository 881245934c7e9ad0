import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';
import { attendedEvent } from '../../shared/importer/structure/attended-event';
import { importedPeople } from '../helpers/imported-people';

/**
 * A session reported by its opening sitting (…第五次会议在某地开幕。) and guests who attended the
 * session's opening ceremony (出席会议开幕式). Every text here is made up.
 */
const NOW = { now: new Date('2026-12-05T00:00:00Z') };

describe('a session reported by its opening sitting', () => {
  it('keeps the session as the meeting when a later paragraph names who presided', () => {
    const text =
      '1月10日上午，政协青川市第四届委员会第三次会议在市会议中心开幕。\n市委书记韩立新，市委副书记、市长宋文杰等市领导出席大会。\n大会听取和审议通过了会议议程。\n大会由市政协副主席罗海平主持。应出席委员312人，实到298人。';
    const r = importText(text, NOW);
    expect(r.draft.meeting.name).toBe('政协青川市第四届委员会第三次会议');
    expect(r.recognized.dateText).toBe('1月10日上午');
    expect(r.draft.meeting.chair.name).toBe('罗海平');
    expect(r.draft.meeting.attendees.map((a) => a.name)).toEqual(['韩立新', '宋文杰']);
  });

  it('reads who presided from the last paragraph, beside the head count', () => {
    const text =
      '1月10日上午，政协青川市第四届委员会第三次会议在市会议中心开幕。\n市委书记韩立新出席大会。\n大会听取了常委会工作报告。\n市政协副主席黄文明作了提案工作情况的报告。\n大会由市政协副主席罗海平主持。应出席委员312人，实到298人，符合规定。';
    const r = importText(text, NOW);
    expect(r.draft.meeting.chair).toEqual({ name: '罗海平', title: '市政协副主席' });
    expect(r.draft.meeting.name).toBe('政协青川市第四届委员会第三次会议');
  });

  it('keeps the chair the opening names over a later 由…主持', () => {
    const text =
      '1月10日上午，政协青川市第四届委员会第三次会议在市会议中心开幕，市政协主席孟庆云主持开幕会。\n大会听取了常委会工作报告。\n下午的全体会议由市政协副主席罗海平主持。应出席委员312人，实到298人。';
    expect(importText(text, NOW).draft.meeting.chair.name).toBe('孟庆云');
  });

  it('reads the opening without 在 and a place (Traditional)', () => {
    const text = '11月3日，東嶺區第六屆人民代表大會第二次會議開幕。\n區委書記鄭國華出席大會。\n大會由區人大常委會主任簡志遠主持。';
    const r = importText(text, NOW);
    expect(r.draft.meeting.name).toBe('東嶺區第六屆人民代表大會第二次會議');
    expect(r.draft.meeting.chair.name).toBe('簡志遠');
  });

  it('still takes the paragraph that convenes when the session opened in an earlier item', () => {
    // The opening sentence convenes; a 开幕 in a later paragraph is not looked for first.
    const text = '3月5日，县政府召开第十二次常务会议。县长周平主持会议。\n会议听取了县人代会开幕以来的议案办理情况汇报。';
    expect(importText(text, NOW).draft.meeting.name).toBe('县政府第十二次常务会议');
  });
});

describe('guests at the meeting’s opening ceremony', () => {
  it('reads named, titled guests who attended the 会议开幕式 and spoke', () => {
    const text = '5月12日，全省县域政协协作会第9次会议在南溪举行。省政协副主席高建国、南溪市政协主席罗晓峰出席会议开幕式并作了讲话。\n会议认为，要发挥政协优势。';
    expect(importedPeople(text).attendees).toEqual([
      ['高建国', '省政协副主席'],
      ['罗晓峰', '南溪市政协主席'],
    ]);
  });

  it('takes the opening or closing ceremony as an event, but never 会议 alone', () => {
    expect(attendedEvent('会议开幕式')).toBe(true);
    expect(attendedEvent('會議閉幕式')).toBe(true);
    expect(attendedEvent('会议')).toBe(false);
    expect(attendedEvent('会议并讲话')).toBe(false);
  });
});
