import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * 该 before a post points back at the unit the report named before it (该乡党委副书记): the post a
 * 纪要 lists is what follows 该, with the unit's kind kept (KEYING 20). Made-up texts.
 */
const NOW = new Date('2026-03-05T00:00:00Z');
const read = (text: string) => importText(text, { now: NOW }).draft.meeting;

describe('a post opened by 该', () => {
  it('drops 该 from the chair’s post and keeps the unit’s kind', () => {
    const m = read('3月2日，东湖乡召开党委会议，该乡党委副书记、乡长王志刚主持会议。\n会议强调，要做好防汛工作。');
    expect(m.chair?.name).toBe('王志刚');
    expect(m.chair?.title).toBe('乡党委副书记、乡长');
  });

  it('drops 該 in Traditional script too', () => {
    const m = read('5月6日，市第一醫院北院區召開工作會議，該院區黨總支書記李紅梅主持會議。\n會議要求，各科室要抓好落實。');
    expect(m.chair?.title).toBe('院區黨總支書記');
  });

  it('drops 该 from attendees’ posts', () => {
    const m = read('3月2日，东湖乡召开党委会议，乡长王志刚主持会议，该乡党委委员李红、赵明参加会议。\n会议强调，要做好防汛工作。');
    expect(m.attendees.map((p) => `${p.title}|${p.name}`)).toEqual(['乡党委委员|李红', '乡党委委员|赵明']);
  });
});
