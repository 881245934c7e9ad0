import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * Section kinds decided by the lead's own grammar (bench/KEYING.md 2, 5, 9 and 11; issue 11,
 * import-68c). Every text here is made up.
 */
const NOW = new Date('2026-03-05T00:00:00Z');
const OPENING = '3月2日，县长韩松主持召开县政府第12次常务会议。';
const sections = (...paragraphs: string[]) =>
  importText([OPENING, ...paragraphs].join('\n'), { now: NOW })
    .draft.sections.filter((s) => s.lead)
    .map((s) => [s.kind, s.lead.slice(0, 5)]);

describe('a report named inside what the meeting heard', () => {
  it('reads 听取了…报告的决议草案 as hearing, not as a report qualifying a noun', () => {
    expect(sections('会议听取了各小组关于县政府工作报告的决议草案审议情况，决定提交大会表决。')).toEqual([['decision', '会议听取了']]);
  });

  it('reads 听取了…报告的决议草案 with nothing decided as a topic', () => {
    expect(sections('会议听取了各小组关于县政府工作报告的决议草案审议情况。')).toEqual([['topic', '会议听取了']]);
  });
});

describe('the meeting speaking inside a time clause', () => {
  it('reads 会议在研究…时强调 as a requirement', () => {
    expect(sections('会议在研究城区旧村改造工作时强调，各镇要依法有序推进。')).toEqual([['requirement', '会议在研究']]);
  });

  it('reads 会议在审定《…》时强调 as a requirement, not as a decision', () => {
    expect(sections('会议在审定《石桥县河道保护规划》时强调，各部门要抓好落实。')).toEqual([['requirement', '会议在审定']]);
  });

  it('reads 会议在研究…时指出 as a directive', () => {
    expect(sections('会议在研究秋粮收购工作时指出，粮食安全是头等大事。')).toEqual([['directive', '会议在研究']]);
  });
});

describe("a record's numbered items of business", () => {
  const record = (...lines: string[]) =>
    importText(['石湖鎮民代表會第3次會議紀錄', '時間：中華民國114年3月2日上午9時', '地點：本會議事廳', '主席：林志明', ...lines].join('\n'), { now: NOW })
      .draft.sections.filter((s) => /^[一二三四五六七八九十]、|^決[議定]/u.test(s.lead || s.paragraphs[0] || ''))
      .map((s) => [s.kind, (s.lead || s.paragraphs[0] || '').slice(0, 4)]);

  it('reads an item that puts a motion to the meeting (請議決案) as a topic, its 決議 as a decision', () => {
    expect(record('一、本鎮公墓管理要點修正草案，請議決案。', '決議：照案通過。')).toEqual([
      ['topic', '一、本鎮'],
      ['decision', '決議'],
    ]);
  });

  it('reads the whole run of plain items as topics when one of them is laid before the meeting', () => {
    expect(record('一、本會本年度經費預算為80萬元，由秘書室依規定動支。', '二、本會下次會議訂於4月6日召開，各代表準時出席。', '三、檢附各村里陳情案計3案，請參考。')).toEqual([
      ['topic', '一、本會'],
      ['topic', '三、檢附'],
    ]);
  });

  it('reads the items under a 報告事項 part as topics, between their 決定 lines', () => {
    expect(record('報告事項', '一、本會本年度經費預算為80萬元，由秘書室依規定動支。', '決定：洽悉。', '二、本會下次會議訂於4月6日召開。', '決定：洽悉。')).toEqual([
      ['topic', '一、本會'],
      ['decision', '決定'],
      ['topic', '二、本會'],
      ['decision', '決定'],
    ]);
  });

  it('leaves numbered prose that puts nothing to the meeting as it was', () => {
    expect(record('一、本會本年度經費預算為80萬元，由秘書室依規定動支。', '決定：洽悉。', '二、本會下次會議訂於4月6日召開。')).toEqual([
      ['text', '一、本會'],
      ['decision', '決定'],
      ['text', '二、本會'],
    ]);
  });
});

describe('a deliberation that ends in a judgement', () => {
  it('reads 会议审议了《…》，强调要… as a requirement', () => {
    expect(sections('会议审议了《石桥县河道保洁办法》，强调要压实各镇责任，确保河面常年清洁。')).toEqual([['requirement', '会议审议了']]);
  });

  it('reads 会议审议…并指出，… as a directive', () => {
    expect(sections('会议审议县域商业体系建设工作安排并指出，商业网点是民生所系。')).toEqual([['directive', '会议审议']]);
  });

  it('keeps a deliberation that adopts something a decision', () => {
    expect(sections('会议审议了《石桥县河道保洁办法》，原则同意印发，要求各镇抓好落实。')).toEqual([['decision', '会议审议了']]);
  });

  it('keeps hearing a report a topic, whatever follows it', () => {
    expect(sections('会议听取了县水利局关于汛前检查情况的汇报，强调要守住安全底线。')).toEqual([['topic', '会议听取了']]);
  });
});

describe('a weak lead that ends in a bare adopting verb', () => {
  it('reads 会议研究了《…》，原则同意该报告 as a decision', () => {
    expect(sections('会议研究了《石桥县2025年财政预算执行情况报告》，原则同意该报告。')).toEqual([['decision', '会议研究了']]);
  });

  it('reads 会议研究了…，同意提交… as a decision', () => {
    expect(sections('会议研究了有关人事任免事项，同意提交县委常委会审议。')).toEqual([['decision', '会议研究了']]);
  });

  it('keeps 会议研究了… with nothing adopted an agenda item (topic, KEYING 19)', () => {
    expect(sections('会议研究了有关人事任免事项，听取了各镇意见。')).toEqual([['topic', '会议研究了']]);
  });
});

describe('the meeting deliberating with 进行', () => {
  it('reads 会议还围绕…进行研讨 as a topic (研讨 is 讨论)', () => {
    expect(sections('会议还围绕农村人居环境整治的方式方法进行研讨，县农业农村局作了情况说明。')).toEqual([['topic', '会议还围绕']]);
  });

  it('reads 会议还对…进行了审议 as a topic', () => {
    expect(sections('会议还对县城总体规划修编进行了审议。')).toEqual([['topic', '会议还对县']]);
  });
});

describe("the meeting's ；-agenda and its reply to a report", () => {
  it('gives 会议审议了…；传达学习了…精神 its strongest part, a directive', () => {
    expect(sections('会议审议了《县政协常委会工作规则》；协商了有关人事事项；传达学习了全省政协工作会议精神。')).toEqual([['directive', '会议审议了']]);
  });

  it('keeps 会议审议了…；审议了… a topic', () => {
    expect(sections('会议审议了《县政协常委会工作规则》；审议了《县政协提案工作办法》。')).toEqual([['topic', '会议审议了']]);
  });

  it('reads 会议听取…汇报强调，… (the verb glued to the report) as a requirement', () => {
    expect(sections('会议听取全县河道排查整治工作情况汇报强调，要压实各镇责任。')).toEqual([['requirement', '会议听取全']]);
  });

  it('keeps 会议听取…汇报，强调… (a comma between) a topic', () => {
    expect(sections('会议听取全县河道排查整治工作情况汇报，强调要压实各镇责任。')).toEqual([['topic', '会议听取全']]);
  });
});
