import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * Verbs of saying the segmenter tags as verbs that the lead lists lacked: 讲到/说道/谈道 (谈到's kin,
 * a verb with its result complement) and 称 before its comma (X称，/ 他又稱，, as 指 is read), a
 * directive when a person or the meeting is the subject (bench/KEYING.md 9, 14). Not 称 inside 号称,
 * 称为 or 称号. Every text here is made up.
 */
const NOW = new Date('2026-06-01T00:00:00Z');
const OPENING = '5月20日，枫桥县召开安全生产工作会议，副县长罗晓岚主持会议。';
const leadsOf = (...paragraphs: string[]) =>
  importText([OPENING, ...paragraphs].join('\n'), { now: NOW })
    .draft.sections.slice(1)
    .map((s) => [s.kind, s.lead]);

describe('verbs of saying the lead lists now hold (import-124a)', () => {
  it('reads 讲到 after the meeting as its judgement', () => {
    expect(leadsOf('会议讲到，今年以来全县安全形势总体平稳。')).toEqual([['directive', '会议讲到']]);
  });

  it('reads 称 before its comma after a person, inside a paragraph or opening one', () => {
    expect(leadsOf('县应急局汇报了隐患排查情况。罗晓岚称，要把问题解决在萌芽状态。')).toEqual([
      ['text', '县应急局汇报了'],
      ['directive', '罗晓岚称'],
    ]);
    expect(leadsOf('罗晓岚作了讲话。', '他又稱，各镇要压实责任。').map(([kind]) => kind)).toContain('directive');
  });

  it('reads no 称 that names or calls something', () => {
    expect(leadsOf('会议号称全年最重要的会议。').map(([kind]) => kind)).not.toContain('directive');
    expect(leadsOf('罗晓岚称赞各镇的做法。').map(([kind]) => kind)).not.toContain('directive');
  });
});
