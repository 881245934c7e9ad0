import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';
import { actsWhileAttending } from '../../shared/importer/structure/acting-attendee';

/**
 * A sentence the people readers take as attendance, in which the person chairs or speaks, opening a
 * paragraph after the convening one: an `other` section of its own (bench/KEYING.md 19–21, 30), the
 * people still read from it; a sentence that only says who attended opens none. Every text here is
 * made up.
 */
const NOW = { now: new Date('2026-12-05T00:00:00Z') };
const OPENING = '3月5日，平安县召开春耕生产工作会议，部署春耕备耕工作。';

function read(text: string) {
  const { draft } = importText(text, NOW);
  return { sections: draft.sections.map((s) => ({ kind: s.kind, lead: s.lead, text: s.paragraphs.join('') })), meeting: draft.meeting };
}

describe('a later paragraph whose attendance sentence chairs or speaks', () => {
  it('tells chairing, speaking and greeting from attending only', () => {
    expect(actsWhileAttending('副县长王明出席并讲话')).toBe(true);
    expect(actsWhileAttending('會議由縣長李春主持')).toBe(true);
    expect(actsWhileAttending('副市长赵强出席会议并致辞')).toBe(true);
    expect(actsWhileAttending('县人大常委会副主任孙立出席会议')).toBe(false);
    expect(actsWhileAttending('县委书记王明主持召开会议')).toBe(false);
  });

  it('keeps a one-line 出席并讲话 paragraph as a section and its speaker as an attendee', () => {
    const { sections, meeting } = read(`${OPENING}\n副县长王明出席并讲话。\n王明要求，各乡镇要抓好农资供应，确保不误农时。`);
    expect(sections.map((s) => s.text || s.lead)).toContain('副县长王明出席并讲话。');
    expect(sections[0]!.text).toBe(OPENING);
    expect(sections.find((s) => s.lead === '王明要求')?.kind).toBe('requirement');
    expect(meeting.attendees).toContainEqual(expect.objectContaining({ name: '王明', title: '副县长' }));
  });

  it('keeps a chair sentence before a lead as its own section, the lead opening the next', () => {
    const { sections, meeting } = read(`${OPENING}\n县委副书记、县长李春主持会议并讲话。副县长赵强传达了全省春耕生产电视电话会议精神。\n会议强调，各乡镇要抓好农资供应。`);
    expect(sections[0]!.text).toBe(OPENING);
    expect(sections[1]).toMatchObject({ kind: 'text', lead: '', text: '县委副书记、县长李春主持会议并讲话。' });
    expect(sections[2]).toMatchObject({ kind: 'directive', lead: '副县长赵强传达了' });
    expect(meeting.chair).toEqual({ name: '李春', title: '县委副书记、县长' });
  });

  it('still folds a paragraph that only says who attended into the opening', () => {
    const { sections, meeting } = read(`${OPENING}\n县人大常委会副主任孙立出席会议。\n会议强调，各乡镇要抓好农资供应。`);
    expect(sections.map((s) => s.kind)).toEqual(['text', 'requirement']);
    expect(sections[0]!.text).not.toContain('孙立');
    expect(meeting.attendees).toContainEqual(expect.objectContaining({ name: '孙立' }));
  });
});
