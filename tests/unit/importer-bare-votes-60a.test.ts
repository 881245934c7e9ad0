import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * A session's vote or election told with 会议 left out, after a sentence of the same paragraph
 * (。依法选举产生了… / 。依次表决通过了… / 。依照法定程序选举产生X为…): the meeting's own decision, an
 * item of its own (bench/KEYING.md 2 and 9; issue 11, import-60a). Every text here is made up.
 */
const NOW = new Date('2026-03-05T00:00:00Z');
const sections = (body: string) =>
  importText(['3月2日，柳溪镇第九届人民代表大会第三次会议召开，镇人大代表46人出席会议。', body].join('\n'), { now: NOW })
    .draft.sections.slice(1)
    .map((s) => [s.kind, s.lead]);

describe('votes and elections with 会议 left out', () => {
  it('reads 依法选举产生了 after the hearing as a decision of its own', () => {
    const found = sections('会议听取和审议了《镇政府工作报告》。依法选举产生了周岩同志为镇人大副主席。');
    expect(found.map(([kind]) => kind)).toEqual(['topic', 'decision']);
    expect(found[1]?.[1]).toBe('依法选举产生了');
  });

  it('reads 依次表决通过了 and 依照法定程序选举产生 as decisions', () => {
    expect(sections('会议听取了代表资格审查报告。依次表决通过了各委员会组成人员名单。')[1]).toEqual(['decision', '依次表决通过了']);
    expect(sections('会议听取了镇长作的工作报告。依照法定程序选举产生林海同志为镇长。')[1]?.[0]).toBe('decision');
  });

  it('leaves people described as elected to the sentence they are in', () => {
    expect(sections('会议听取了镇长作的工作报告。选举产生的代表要密切联系群众。').map(([kind]) => kind)).toEqual(['topic']);
  });
});
