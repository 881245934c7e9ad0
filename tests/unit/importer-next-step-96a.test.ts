import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * 随后， opening a sentence inside a paragraph, someone doing the meeting's business after it, is the
 * meeting's next step: an `other` section of its own (bench/KEYING.md 13 and 16: step words); not
 * the speaker going on (随后，他…) nor what is still to come (将/拟).
 * Every text here is made up (names, places, bodies).
 */
const NOW = new Date('2026-06-01T00:00:00Z');
const OPENING = '6月3日上午，青岭县召开医疗合作座谈会，县长高远山主持会议，各乡镇负责人参加会议。';
const leadsOf = (...paragraphs: string[]) =>
  importText([OPENING, ...paragraphs].join('\n'), { now: NOW })
    .draft.sections.slice(1)
    .map((s) => [s.kind, s.lead]);

describe('随后， where a sentence begins (import-96a)', () => {
  it('opens a section at the next step inside a paragraph', () => {
    expect(leadsOf('会上，县人民医院院长钟立群介绍了医院基本情况。随后，与会领导共同为合作基地揭牌。')).toEqual([
      ['text', '会上'],
      ['text', '随后'],
    ]);
  });

  it('leaves the speaker going on and what is still to come in their section', () => {
    expect(leadsOf('会上，县人民医院院长钟立群介绍了医院基本情况。随后，他带大家参观了急诊大楼。')).toEqual([['text', '会上']]);
    expect(leadsOf('会上，县人民医院院长钟立群介绍了医院基本情况。随后，双方将签订合作协议。')).toEqual([['text', '会上']]);
  });
});
