import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * Round 43 (import-104c): at a video conference, a list that sat at a branch venue and 参加收听收看
 * attended it, as one that only 收听收看 there does; and the venue cut off the list is the last
 * 在's, so a qualifier holding 在 (在家的) stays with the label. Every text here is made up.
 */
const NOW = new Date('2026-06-01T00:00:00Z');
const people = (text: string) => {
  const m = importText(text, { now: NOW }).draft.meeting;
  return [...m.attendees, ...m.observers].map((p) => [p.name, p.title]);
};

describe('attending a video conference at a branch venue', () => {
  it('names before 等 and their label, who 在…分会场参加收听收看', () => {
    const text = [
      '5月12日，全省安全生产电视电话会议召开。县委书记齐文斌，县长苗远在省主会场参加会议，孔立言、窦方明、苗一川等在家的县处级领导在南塘分会场参加收听收看。',
      '会议强调，要压实安全生产责任。',
    ].join('\n');
    const got = people(text);
    expect(got).toEqual(
      expect.arrayContaining([
        ['齐文斌', '县委书记'],
        ['孔立言', '在家的县处级领导'],
        ['苗一川', '在家的县处级领导'],
      ]),
    );
  });

  it('the venue is the last 在’s: 在家的 stays in the label', () => {
    const text = ['5月12日，县委召开防汛工作会议。孔立言、窦方明、苗一川等在家的县处级领导在南塘分会场参加会议。', '会议强调，要压实防汛责任。'].join('\n');
    expect(people(text)).toContainEqual(['窦方明', '在家的县处级领导']);
  });
});
