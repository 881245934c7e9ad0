import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * Round 35 (main, after the blind first run): a leader's visit reported before the meeting he
 * chaired during it may say what the work is for — 为全国“两会”胜利召开营造…环境, 迎接党代会顺利召开 —
 * and that convening, still to come, was taken for the opening: the chair and the meeting were
 * lost. Made-up texts.
 */
const NOW = { now: new Date('2026-12-06T00:00:00Z') };

describe('a convening still to come is no opening', () => {
  it('reads the chair and the meeting from the paragraph that convenes it', () => {
    const r = importText(
      [
        '省委常委、副省长陈立安3日到青河市检查调研。他强调，要坚决防范事故发生，为全国“两会”胜利召开营造安全稳定的社会环境。',
        '陈立安先后深入项目建设现场实地检查调研。',
        '调研期间，陈立安主持召开专题会议，安排部署安全生产工作。在听取汇报后，陈立安强调，要压实责任。',
      ].join('\n'),
      NOW,
    );
    expect(r.draft.meeting.chair).toEqual({ name: '陈立安', title: '省委常委、副省长' });
    expect(r.draft.meeting.name).toBe('专题会议');
  });

  it('still opens on a paragraph that convenes the meeting reported', () => {
    const r = importText(['3月2日，县委书记林海主持召开县委常委会议，为迎接党代会顺利召开作安排。', '会议指出，要抓好筹备工作。'].join('\n'), NOW);
    expect(r.draft.meeting.chair.name).toBe('林海');
    expect(r.draft.meeting.name).toBe('县委常委会议');
  });
});
