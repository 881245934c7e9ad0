import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';
import { occasionKind } from '../../shared/importer/structure/occasion-kind';

/**
 * Round 30 (import-52a): a 会上 account takes the kind of the one speaker directing in its first
 * sentence (bench/KEYING.md 9: 会上X强调 → requirement, 会上X传达了 → directive), also where the
 * verb has no comma after it or the speaker leads the study; and the closing 会议号召 is `other`.
 * Made-up texts.
 */
describe('occasionKind', () => {
  it('reads one speaker directing in the first clause', () => {
    expect(occasionKind('刘明指出在新的一年里要把握机遇，推动发展。')).toBe('directive');
    expect(occasionKind('王立提出，县政协将继续聚焦中心工作，积极协商议政。')).toBe('directive');
    expect(occasionKind('周书记带领与会人员一同学习了《党员教育管理条例》主要内容。')).toBe('directive');
    expect(occasionKind('陈县长强调，要守住安全底线。')).toBe('requirement');
    expect(occasionKind('县长就下一步工作提出了明确要求，各部门要抓好落实。')).toBe('requirement');
  });

  it('reads the occasion passing a higher level’s words on with no speaker', () => {
    expect(occasionKind('传达学习了上级关于安全生产工作的重要讲话精神，安排部署近期工作。')).toBe('directive');
  });

  it('leaves the occasion’s own account', () => {
    for (const body of [
      // news passed on, not a higher level's words
      '传达了省里领导昨日察看造林现场的情况。',
      // a report first: the report is the account
      '副县长李强作了全县项目建设情况报告，并指出存在的问题。',
      // several speakers: one rundown (rule 2)
      '县发改局、县财政局分别指出了项目推进中的问题。',
      '张平通报了防汛准备情况；李红传达了上级要求。',
      // nothing directed
      '与会人员观看了警示教育片。',
    ])
      expect(occasionKind(body)).toBeNull();
  });
});

describe('importText: 会上 and 号召 sections', () => {
  const report = (body: string) => `3月2日，青石县召开县政府党组会议。县长陈明主持会议。\n${body}`;

  it('gives a 会上 section the kind of its one directing speaker', () => {
    const r = importText(report('会上，刘明指出在新的一年里要把握机遇，推动全县经济稳中求进。\n会议要求，各部门要抓好落实。'), { now: new Date('2026-12-05') });
    const s = r.draft.sections.find((x) => x.lead.startsWith('会上'));
    expect(s?.kind).toBe('directive');
  });

  it('keeps a 会上 rundown of several speakers `other`', () => {
    const r = importText(report('会上，县发改局汇报了重点项目进展；县财政局传达了上级资金管理要求。\n会议要求，各部门要抓好落实。'), { now: new Date('2026-12-05') });
    const s = r.draft.sections.find((x) => x.lead.startsWith('会上'));
    expect(s?.kind).toBe('text');
  });

  it('reads the closing 会议号召 as the meeting’s call, not a requirement', () => {
    const r = importText(report('会议强调，要守住安全底线。\n会议号召，全县上下要紧密团结，真抓实干，以优异成绩迎接新的一年。'), { now: new Date('2026-12-05') });
    const kinds = r.draft.sections.filter((x) => x.lead).map((x) => [x.lead.slice(0, 4), x.kind]);
    expect(kinds).toContainEqual(['会议号召', 'text']);
    expect(kinds).toContainEqual(['会议强调', 'requirement']);
  });
});

describe('importText: the meeting hearing, then deciding, in one verb chain', () => {
  const report = (body: string) => `5月6日，青石县人民政府召开常务会议。县长陈明主持会议。\n${body}`;
  const sections = (body: string) =>
    importText(report(body), { now: new Date('2026-12-05') })
      .draft.sections.filter((s) => s.lead)
      .map((s) => `${s.kind} ${s.lead.slice(0, 8)}`);

  it('reads 听取并审议通过了 / 听取并原则同意了 as the meeting deciding', () => {
    expect(sections('会议听取并审议通过了《县河道保洁办法》。\n会议强调，要抓好落实。\n会议听取并原则同意了《县老旧小区改造方案》。')).toEqual([
      'decision 会议听取并审议通',
      'requirement 会议强调',
      'decision 会议听取并原则同',
    ]);
  });

  it('reads 会议听取…通报 / …述职 with no 了 as an agenda item', () => {
    expect(sections('会议听取各镇党委书记述职，与会同志进行现场评议。\n会议强调，要抓好落实。')).toEqual(['topic 会议听取各镇党委', 'requirement 会议强调']);
  });
});
