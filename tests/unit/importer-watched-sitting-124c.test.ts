import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

// Reports written for this test (fictional bodies and people), not taken from any bench set.
const NOW = new Date('2026-01-01T00:00:00Z');
const who = (text: string) => importText(text, { now: NOW }).draft.meeting.attendees.map((a) => `${a.title}|${a.name}`);

describe('what a branch venue follows is the sitting, whatever the page calls it (WATCHED)', () => {
  it('reads leaders who 收看了会议实况 at a branch venue as attendees', () => {
    const text = '3月5日，全市安全生产工作会议召开。区委书记王明，区委副书记、区长李强在青禾区分会场收看了会议实况。\n会议指出，要压实责任。';
    expect(who(text)).toEqual(['区委书记|王明', '区委副书记、区长|李强']);
  });

  it('reads those who 收听收看了视频会 at a branch venue as attendees', () => {
    const text = '3月5日，全市安全生产工作会议召开。区委书记王明，区委副书记、区长李强在青禾区分会场收听收看了视频会。\n会议指出，要压实责任。';
    expect(who(text)).toEqual(['区委书记|王明', '区委副书记、区长|李强']);
  });

  it('still reads nobody who only 收看 a broadcast with no branch venue named', () => {
    const text = '3月5日，青禾区召开安全生产工作会议。区委书记王明主持会议。\n区委副书记、区长李强收看了会议实况。\n会议指出，要压实责任。';
    expect(who(text)).not.toContain('区委副书记、区长|李强');
  });
});
