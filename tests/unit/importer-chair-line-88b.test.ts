import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * Round 39 (import-88b): a paragraph of its own after the convening one that says who CHAIRED
 * (and who attended) is an `other` section (bench/KEYING.md 19: a chair sentence opening a later
 * paragraph; 21: a paragraph that only chairs and lists who attended). A line that only says who
 * attended still joins the opening. Every text here is made up.
 */
const NOW = new Date('2026-06-01T00:00:00Z');
const OPENING = '6月3日上午，白石县召开秋粮收购工作推进会，传达全市秋粮收购工作会议精神。';
const result = (text: string) => importText(text, { now: NOW });
const body = (text: string) =>
  result(text)
    .draft.sections.filter((s, i) => !(i === 0 && s.kind === 'text' && s.lead === ''))
    .map((s) => [s.kind, (s.lead || s.paragraphs[0] || '').slice(0, 6)]);

describe('a chair line on its own after the convening paragraph', () => {
  it('is an other section, and its chair is still read', () => {
    const text = [OPENING, '副县长韩志平出席会议并讲话。县政府办主任顾一帆主持会议。', '会议强调，要守住收购秩序，确保颗粒归仓。'].join('\n');
    expect(body(text)).toEqual([
      ['text', '副县长韩志平'],
      ['requirement', '会议强调'],
    ]);
    expect(result(text).draft.meeting.chair.name).toBe('顾一帆');
  });

  it('is one too when the meeting is the subject (会议由X主持) and attendees follow', () => {
    const text = [OPENING, '会议由副县长韩志平主持，各乡镇分管负责人参加。', '会议要求，各乡镇要加快资金兑付。'].join('\n');
    expect(body(text)).toEqual([
      ['text', '会议由副县长'],
      ['requirement', '会议要求'],
    ]);
    expect(result(text).draft.meeting.chair.name).toBe('韩志平');
  });

  it('leaves a line that only says who attended in the opening', () => {
    const text = [OPENING, '副县长韩志平，各乡镇分管负责人参加会议。', '会议要求，各乡镇要加快资金兑付。'].join('\n');
    expect(body(text)).toEqual([['requirement', '会议要求']]);
  });

  it('leaves a paragraph that convenes the meeting itself in the opening (会议于…举行，由X主持)', () => {
    const text = ['白石县秋粮收购工作推进会昨日召开。', '会议于6月3日上午在县政府举行，由副县长韩志平主持，各乡镇分管负责人参加。', '会议要求，各乡镇要加快资金兑付。'].join('\n');
    expect(body(text)).toEqual([['requirement', '会议要求']]);
  });
});
