import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * Round 31, after the first run: two lead verbs bench/KEYING.md 14 settles. Every text here is made up.
 */
const NOW = { now: new Date('2026-12-05T00:00:00Z') };
const kinds = (text: string): string[] =>
  importText(text, NOW)
    .draft.sections.filter((s) => s.lead)
    .map((s) => `${s.kind} ${s.lead}`);

describe('lead verbs settled by KEYING 14', () => {
  it('reads X谈到 where a sentence begins as a directive, as X提到', () => {
    const text = ['5月6日，市教育局召开党组会议，局长李文清主持。', '会议传达学习了全省教育大会精神。', '副局长周海明谈到，今年招生工作要稳中求进。'].join('\n');
    expect(kinds(text)).toContain('directive 副局长周海明谈到');
  });

  it('reads the meeting turning a motion down as a decision', () => {
    const text = ['3月2日，青石县人大常委会召开第十次会议，主任王立新主持。', '会议听取了县政府关于河道整治的报告。', '会议否决了关于调整停车收费的议案。'].join('\n');
    expect(kinds(text)).toContain('decision 会议否决了');
  });
});
