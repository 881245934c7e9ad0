import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * Round 39, main session: classes read from the round's TEST misses after the blind first run, each
 * as a general shape. Every text here is made up.
 */
const NOW = new Date('2026-06-01T00:00:00Z');
const result = (text: string) => importText(text, { now: NOW }).draft;

describe("the writer's own unit before the chair's office", () => {
  it('is no part of the office (我院, 我局), as for attendees', () => {
    const d = result(['松华医院召开第五届职工代表大会', '3月8日，我院第五届职工代表大会在学术报告厅召开。大会由我院党委副书记、工会主席林晓主持。', '大会听取了院长作的工作报告。'].join('\n'));
    expect(d.meeting.chair).toEqual({ name: '林晓', title: '党委副书记、工会主席' });
  });

  it('stays on a level whose holder it names (我市领导 says no office)', () => {
    const d = result(['某市召开防汛工作会议', '5月2日，市长周原主持召开全市防汛工作会议。', '会议强调，要压实防汛责任。'].join('\n'));
    expect(d.meeting.chair).toEqual({ name: '周原', title: '市长' });
  });
});
