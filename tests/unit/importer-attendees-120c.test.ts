import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

// Reports written for this test (fictional people and places), not taken from any bench set.
function people(text: string): string[] {
  const { meeting } = importText(text).draft;
  return [...meeting.attendees, ...meeting.observers].map((p) => (p.title ? `${p.title}|${p.name}` : p.name));
}

describe('counted groups read with the one list of manner words', () => {
  it('takes 准时 off a counted group in the body, as the opening readers do', () => {
    const text = '某局召开安全工作会议\n\n3月1日，某局召开安全工作会议，局长王明主持会议。\n会上，各村党支部书记30余人准时参加会议。\n会议强调，要抓好安全生产。';
    expect(people(text)).toContain('各村党支部书记');
  });
});
