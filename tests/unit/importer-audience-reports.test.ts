import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';
import { leadlessOpensSection } from '../../shared/importer/structure/leadless';

/**
 * A person reporting TO the meeting (向大会作了…报告 / 向全会报告工作), and the report going on in the
 * paragraphs after it (報告介紹，… / 报告显示，…) (import-30a). Every text here is made up.
 */
const NOW = new Date('2026-03-05T00:00:00Z');

function leads(text: string): [string, string][] {
  return importText(text, { now: NOW })
    .draft.sections.filter((s) => s.lead)
    .map((s) => [s.kind, s.lead]);
}

describe('a report made to the meeting', () => {
  it('reads 向大会作了…报告 and 向大会报告… as two reporters, in traditional script', () => {
    const text = ['11日，柳溪縣政協第九屆委員會第一次會議在縣城開幕。', '縣政協副主席李文生向大會作了八屆政協工作報告。縣政協副主席王海明向大會報告八屆政協提案工作情況，五年共收到提案421件。'].join(
      '\n',
    );
    expect(leads(text)).toEqual([
      ['text', '縣政協副主席李文生向大會作了'],
      ['text', '縣政協副主席王海明向大會報告'],
    ]);
  });

  it('reads 向全会 in simplified script the same way', () => {
    const text = ['8月14日，中共柳溪县委十一届五次全会召开。', '县委副书记李文生向全会作了县委常委会工作报告。'].join('\n');
    expect(leads(text)).toEqual([['text', '县委副书记李文生向全会作了']]);
  });

  it('keeps 向 another audience (向群众报告) out of it', () => {
    const text = ['8月14日，柳溪县召开防汛工作会议。', '村干部要及时向群众报告汛情。'].join('\n');
    expect(leads(text)).toEqual([]);
  });
});

describe('a report for a body with the reporter left out', () => {
  it('reads 代表…向全会报告工作 after the chair clause as the chair reporting', () => {
    const text = ['8月14日上午，中共柳溪县第十六届委员会第十一次全体会议召开。', '县委书记李文生主持第一次全体会议并讲话，代表县委常委会向全会报告工作，并就《实施方案（讨论稿）》作说明。'].join('\n');
    expect(leads(text)).toEqual([['text', '代表县委常委会向全会报告工作']]);
  });

  it('needs a body after 代表 (代表们, 代表大家 are no such report)', () => {
    const text = ['8月14日上午，柳溪县人代会召开。', '县人大常委会主任李文生主持会议，代表们认真审议了政府工作报告。'].join('\n');
    expect(leads(text).map(([, lead]) => lead)).not.toContain('代表们认真审议了政府工作报告');
  });
});

describe('the report going on', () => {
  it('joins 報告介紹 / 报告显示 paragraphs to the report before', () => {
    for (const p of ['報告介紹，五年來，縣政協累計完成協商計劃50余項。', '报告显示，全县提案办复率达到100%。', '报告提出，今后五年要抓好三件事。']) expect(leadlessOpensSection(p), p).toBe(false);
  });
});
