import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * When the body only says 主持会议 and names no meeting, the headline may: a session that opens or
 * closes in it, or a headline that is itself a numbered sitting. Made up.
 */
const NOW = new Date('2026-03-05T00:00:00Z');

describe('a meeting named only in the headline', () => {
  it('takes the session that closes in the headline', () => {
    const r = importText('南岭省十五届人大二次会议闭幕\n大会执行主席卫明远主持会议并讲话。卫明远强调，要团结一心，奋力前行。\n会议表决通过了政府工作报告的决议。', { now: NOW });
    expect(r.draft.meeting.name).toBe('南岭省十五届人大二次会议');
  });

  it('takes a headline that is a numbered sitting', () => {
    const r = importText(
      '第五屆第八次理、監事聯席會\n時間：112.11.24(五)下午四時\n秋日午後，會員陸續抵達簽到，今天要召開的理監事會是今年最後一次，理事長林志遠主持會議。\n會議討論了年度預算，並一致通過。',
      { now: NOW },
    );
    expect(r.draft.meeting.name).toBe('第五屆第八次理、監事聯席會');
  });
});
