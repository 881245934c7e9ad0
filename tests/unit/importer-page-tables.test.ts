import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * Page furniture seen in round 5 (issue 11, import-11e): an open-government metadata table printed
 * one cell a line, and an e-paper masthead above the headline. Every text here is made up.
 */
const NOW = new Date('2026-03-05T00:00:00Z');
const imp = (lines: string[]) => importText(lines.join('\n'), { now: NOW });

describe('a metadata table printed one cell a line', () => {
  const page = [
    '您的位置: 首页>>政务公开>>政府会议',
    '',
    '柯平主持召开县政府第12次常务会议',
    '',
    '索引号',
    '531122001/2024-00031',
    '发布机构',
    '柳溪县政府办',
    '公开形式',
    '主动公开',
    '生成日期',
    '2024-05-09 10:00:00',
    '',
    '县长柯平5月8日主持召开县政府第12次常务会议。',
    '',
    '会议听取了全县防汛准备工作汇报。会议强调，要压实各级防汛责任，确保安全度汛。',
  ];

  it('is removed, and the opening under it is read', () => {
    const r = imp(page);
    for (const gone of ['索引号', '531122001', '发布机构', '柳溪县政府办', '公开形式', '生成日期']) expect(r.text).not.toContain(gone);
    expect(r.draft.meeting.chair.name).toBe('柯平');
    expect(r.draft.meeting.name).toBe('县政府第12次常务会议');
    expect(r.draft.title).toBe('柯平主持召开县政府第12次常务会议');
  });

  it('leaves a short run of fragments that carries no chrome signal', () => {
    const r = imp(['议程', '一', '二', '三', '四', '五', '县长柯平主持召开县政府第12次常务会议。', '会议强调，要压实防汛责任。']);
    for (const kept of ['一', '三', '五']) expect(r.text).toMatch(new RegExp(`^${kept}$`, 'mu'));
  });
});

describe('an e-paper masthead above the headline', () => {
  it('is not taken for the title', () => {
    const r = imp([
      '第三版:综合总第1021期 >2024-06-03编印',
      '',
      '县委召开常委会会议',
      '',
      '6月2日,县委书记罗远山主持召开县委常委会会议。',
      '',
      '会议传达学习了省委全会精神。会议强调,要抓好贯彻落实。',
    ]);
    expect(r.draft.title).toBe('县委召开常委会会议');
    expect(r.text).not.toContain('总第1021期');
  });

  it('drops a 国内统一刊号 line', () => {
    const r = imp(['国内统一刊号:CN12-0007 柳溪日报社出版', '', '县政府召开常务会议', '', '6月2日,县长柯平主持召开县政府常务会议。', '会议强调,要抓好防汛。']);
    expect(r.text).not.toContain('刊号');
    expect(r.draft.title).toBe('县政府召开常务会议');
  });
});

describe('a type-size label alone and a dash-joined dateline', () => {
  it('drops 字体: on its own line', () => {
    const r = imp(['县政府召开常务会议', '字体:', '', '6月2日,县长柯平主持召开县政府常务会议。', '会议强调,要抓好防汛。']);
    expect(r.text).not.toMatch(/^字体/mu);
  });

  it('drops a site-and-paper dateline glued to the date', () => {
    const r = imp(['柳溪网-柳溪日报讯(记者 石小燕)6月2日,县长柯平主持召开县政府常务会议。', '会议强调,要抓好防汛。']);
    expect(r.text).not.toContain('记者');
    expect(r.draft.meeting.chair.name).toBe('柯平');
  });
});
