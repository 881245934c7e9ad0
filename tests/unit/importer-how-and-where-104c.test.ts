import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * Round 43 (import-104c): where and how people attended, written between them and the verb, is no
 * part of who they are, in whatever order the page writes the two (在列席会场以视频形式); a rostrum
 * clause before them is a clause of its own; 主席台 holds no office. Every text here is made up.
 */
const NOW = new Date('2026-06-01T00:00:00Z');
const people = (text: string) => {
  const m = importText(text, { now: NOW }).draft.meeting;
  return [...m.attendees, ...m.observers].map((p) => [p.name, p.title]);
};
const report = (attendance: string) => ['2月6日上午，市政协十届五次会议举行第二次全体会议。市政协主席龙德安主持会议。', attendance, '会议听取了市政府工作报告。'].join('\n');

describe('where and how, between the list and its verb', () => {
  it('a venue and then the means, after a rostrum clause', () => {
    const got = people(report('市长贝文涛在主席台就座，市人大常委会主任邝立新在列席会场以视频形式出席会议。'));
    expect(got).toEqual(
      expect.arrayContaining([
        ['贝文涛', '市长'],
        ['邝立新', '市人大常委会主任'],
      ]),
    );
    expect(got.some(([name, title]) => /就座|主席台|会场/u.test(`${name}${title}`))).toBe(false);
  });

  it('通过视频连线 is how they attended', () => {
    expect(people(report('市委常委、副市长贝文涛通过视频连线出席会议。'))).toContainEqual(['贝文涛', '市委常委、副市长']);
  });

  it('以视频会议形式 is how a group attended', () => {
    const got = people(report('全体委员参加会议，另有部分委员以视频会议形式参加。'));
    expect(got.some(([name]) => /视频/u.test(name!))).toBe(false);
  });
});
