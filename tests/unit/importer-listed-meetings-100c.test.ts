import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';
import { firstOfListed, withoutTheme } from '../../shared/importer/recognise';

/**
 * Meetings listed as one object of 召开 (党组会议和常务会议, 支委会及民主生活会, 甲会议、乙会议) give
 * the first as the name (KEYING 23, 24); 暨 joins one name. Made-up texts (round 42, import-100c).
 */
const NOW = new Date('2026-03-05T00:00:00Z');

describe('listed meetings give the first', () => {
  it('takes the first of meetings joined by 和, 及 or 、', () => {
    expect(firstOfListed('县政府党组会议和第8次常务会议')).toBe('县政府党组会议');
    expect(firstOfListed('市政协党组(扩大)会议、主席会议')).toBe('市政协党组(扩大)会议');
    expect(firstOfListed('第三党支部组织生活会及民主评议党员会议')).toBe('第三党支部组织生活会');
  });

  it('keeps one name joined by 暨, a list of conveners, a study of meetings and a meeting about meetings', () => {
    expect(firstOfListed('县政府党组会议暨第8次常务会议')).toBe('县政府党组会议暨第8次常务会议');
    expect(firstOfListed('管委会、区政府党组会议')).toBe('管委会、区政府党组会议');
    expect(firstOfListed('松林镇学习贯彻县人大会议和县政协会议精神会议')).toBe('松林镇学习贯彻县人大会议和县政协会议精神会议');
    expect(firstOfListed('县人代会、县政协会议“两会”筹备工作部署会')).toBe('县人代会、县政协会议“两会”筹备工作部署会');
  });

  it('names the meeting of a convening sentence by the first', () => {
    const r = importText(
      [
        '松林县政府召开党组会议和常务会议',
        '3月5日上午，松林县政府召开党组会议和第8次常务会议，县长周海明主持会议。',
        '会议强调，要压紧压实安全生产责任，确保全县安全形势持续稳定，各部门要抓好落实。',
      ].join('\n'),
      { now: NOW },
    );
    expect(r.draft.meeting.name).toBe('松林县政府党组会议');
  });
});

describe('a theme clause after the convening body (KEYING 23)', () => {
  it('leaves the theme out of the name, the body kept', () => {
    expect(withoutTheme('松林县工商联以“同心聚力、共谋发展”为主题的民营企业家座谈会')).toBe('松林县工商联民营企业家座谈会');
    expect(withoutTheme('松林县工商联民营企业家座谈会')).toBe('松林县工商联民营企业家座谈会');
  });
});
