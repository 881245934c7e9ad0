import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';
import { clockWidget } from '../../shared/importer/cleanup/page-fields';

/**
 * A portal's clock widget (北京时间 … 星期X, 今天是 … 农历…) is read by its pieces, not by a list of
 * lines: a line of nothing else is page furniture, and one that opens on the clock label, a date and
 * a weekday before a headline is the portal's template line, which dates the page and not the
 * meeting (KEYING 27). Made-up texts (round 45, import-112d).
 */
const NOW = new Date('2026-03-05T00:00:00Z');
const TITLE = '松林县政协召开十届五次常委会议';
const OPENING = '3月5日上午，松林县政协召开十届五次常委会议，县政协主席周海明主持会议。会议听取了县政府关于民生实事项目的情况通报，审议通过了有关人事事项。';
const LATER = '会议强调，要把履职工作与全县中心工作深度融合，办好人民满意的实事。';

describe('a portal clock widget', () => {
  it('reads the widget by its pieces', () => {
    expect(clockWidget('北京时间：2026-03-05 星期四')).toBe('alone');
    expect(clockWidget('今天是：2026年3月5日 星期四 农历正月十七')).toBe('alone');
    expect(clockWidget('北京時間 2026年3月5日 星期四')).toBe('alone');
    expect(clockWidget('北京时间：2026年3月5日，星期四，松林县政协召开十届五次常委会议')).toBe('prefix');
  });

  it('leaves a form date, a bare date and a sentence that opens on the time', () => {
    expect(clockWidget('时间：2026年3月5日（星期四）上午9:00')).toBeNull();
    expect(clockWidget('2026年3月5日（星期四）上午')).toBeNull();
    expect(clockWidget('北京时间3月5日上午，松林县召开视频会议。')).toBeNull();
  });

  it('takes the widget line out under the headline, in either script', () => {
    for (const widget of ['北京时间：2026-03-05 星期四', '今天是：2026年3月5日 星期四 农历正月十七', '北京时间2026年03月05日 星期四 10:20:33']) {
      const r = importText([TITLE, widget, OPENING, LATER].join('\n'), { now: NOW });
      expect(r.text).not.toContain(widget);
      expect(r.draft.title).toBe(TITLE);
    }
    const top = importText(['北京時間 2026年3月5日 星期四', TITLE, OPENING, LATER].join('\n'), { now: NOW });
    expect(top.text).not.toContain('北京時間');
  });

  it('takes out the template line that runs on into a headline; the date is the report’s', () => {
    const line = '北京时间：2026年3月5日，星期四，松林县政协召开十届五次常委会议';
    const r = importText([TITLE, line, OPENING, LATER].join('\n'), { now: NOW });
    expect(r.text).not.toContain(line);
    expect(r.recognized.dateText).toBe('3月5日上午');
  });
});
