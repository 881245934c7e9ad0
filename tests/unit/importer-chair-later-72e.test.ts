import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';
import { chairOfMeetingLater } from '../../shared/importer/structure/header';

/**
 * A chair named in a later paragraph with 主持会议并讲话 (the speech joined by 并), and one named by
 * the name alone opening its sentence. Every text here is made up.
 */
const NOW = { now: new Date('2026-12-05T00:00:00Z') };

describe('the chair of the meeting in a later paragraph', () => {
  it('reads 主持会议并讲话 as 主持会议', () => {
    expect(chairOfMeetingLater(['县委书记王大同主持会议并讲话。他指出，要抓好落实。'])).toEqual({ name: '王大同', title: '县委书记' });
  });

  it('reads a name alone opening its sentence', () => {
    expect(chairOfMeetingLater(['应到代表120名，实到115名。', '李明远主持會議並講話。他說，要團結一致。'])).toEqual({ name: '李明远', title: '' });
  });

  it('reads no bare word that is not a name, nor a name inside a clause', () => {
    expect(chairOfMeetingLater(['大家主持会议并讲话。'])).toBeNull();
    expect(chairOfMeetingLater(['会后，由王大同主持会议室的布置。'])).toBeNull();
  });

  it('gives the draft its chair', () => {
    const text = '某省代表大会举行预备会议\n\n3月2日，某省第五次代表大会预备会议在省城举行。\n\n大会应到代表400名，实到392名，符合规定人数。\n\n李明远主持会议并讲话。他说，这次大会是一次重要会议。';
    expect(importText(text, NOW).draft.meeting.chair.name).toBe('李明远');
  });
});
