import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * Round 19 (import-25a): section recognition on unseen reports. Every text here is made up, in the
 * style of the misses the training batches showed.
 */
const NOW = new Date('2026-06-01T00:00:00Z');
const OPENING = '5月8日上午，青禾镇召开夏季防汛工作推进会。';
const draft = (text: string) => importText(text, { now: NOW }).draft;
const leads = (text: string) =>
  draft(text)
    .sections.filter((s, i) => !(i === 0 && s.kind === 'text' && s.lead === ''))
    .map((s) => [s.kind, (s.lead || s.paragraphs[0] || '').slice(0, 6)]);

describe('a closing paragraph that does business before saying who attended', () => {
  it('keeps the business as the last section and still reads the attendance', () => {
    const d = draft([OPENING, '会议听取了各村防汛准备情况汇报。', '最后，镇党委书记林向东从压实责任、排查隐患两个方面进行了强调，并要求各村立即行动。镇班子成员、各村书记参加了会议。'].join('\n'));
    const ours = d.sections.filter((s) => s.lead);
    expect(ours.map((s) => [s.kind, s.lead.slice(0, 3)])).toEqual([
      ['topic', '会议听'],
      ['requirement', '最后，'],
    ]);
    expect(d.meeting.attendees.map((p) => p.name)).toContain('镇班子成员、各村书记');
  });

  it('still takes a closing paragraph that only says who attended as no section', () => {
    expect(leads([OPENING, '会议听取了各村防汛准备情况汇报。', '镇班子成员、各村书记参加了会议。'].join('\n'))).toEqual([['topic', '会议听取了各']]);
  });
});
