import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * The opening, tuned after round 15's seen batch (branch import-19a): general kinds of miss, each
 * with made-up wording. No text here comes from a batch.
 */
const NOW = new Date('2026-03-05T00:00:00Z');
const imp = (lines: string[]) => importText(lines.join('\n'), { now: NOW });

describe('a record form’s date field', () => {
  it('keeps 时间：<date> above 地点：/主持人： as the meeting’s date, not page furniture', () => {
    const r = imp(['村两委会议记录', '时间：2024年11月8日', '地点：村委会二楼', '主持人：村支书李平', '一、学习有关文件']);
    expect(r.draft.meeting.date).toBe('2024-11-08');
    expect(r.text.startsWith('时间：2024年11月8日')).toBe(true);
  });

  it('keeps 日期： below another field too', () => {
    const r = imp(['社区居委会例会纪要', '地点：社区活动室', '日期：2023年5月9日', '记录人：韦兰', '一、通报近期工作']);
    expect(r.draft.meeting.date).toBe('2023-05-09');
  });

  it('still removes a page’s date stamp beside its source line', () => {
    const r = imp(['县政府召开安全生产会议', '来源：县政府办', '时间：2024-03-02', '3月1日上午，县长韦立主持召开安全生产会议。']);
    expect(r.text).not.toContain('时间：2024-03-02');
  });
});
