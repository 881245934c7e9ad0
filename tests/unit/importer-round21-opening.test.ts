import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * Round 21 (import-27b): the opening's chair and attendees by general signals. Every text here is
 * made up.
 */
const NOW = new Date('2026-03-05T00:00:00Z');
const meeting = (lines: string[]) => importText(lines.join('\n'), { now: NOW }).draft.meeting;

describe('the chair', () => {
  it('reads a military office (司令员) as a title', () => {
    expect(meeting(['6月3日，北山兵团党委全委会议在北山召开。兵团党委书记、政委王成作讲话，兵团党委副书记、司令员钱立新主持会议。', '会议强调，要做好防汛工作。']).chair).toEqual({
      name: '钱立新',
      title: '兵团党委副书记、司令员',
    });
  });

  it('drops an adverb of order between the chair and the verb (先后, 再次)', () => {
    expect(meeting(['4月8日，省政府黨組書記、省長周明遠先後主持召開省政府黨組會議和常務會議。', '會議強調，要抓好春耕。']).chair).toEqual({
      name: '周明遠',
      title: '省政府黨組書記、省長',
    });
    expect(meeting(['4月8日，县委书记沈立再次主持召开县委常委会会议。', '会议强调，要抓好春耕。']).chair).toEqual({ name: '沈立', title: '县委书记' });
  });

  it('reads the chair of a congress sitting named later (主持第一次全体会议)', () => {
    expect(
      meeting([
        '12月3日上午，中国共产党北溪镇第五次党员代表大会第二次会议召开。来自全镇的98名党代表参加会议。',
        '镇党委书记许强代表镇党委向大会作工作报告。',
        '镇党委副书记、镇长吴海主持第一次全体会议。',
        '大会审议了镇党委工作报告。',
      ]).chair,
    ).toEqual({ name: '吴海', title: '镇党委副书记、镇长' });
  });
});
