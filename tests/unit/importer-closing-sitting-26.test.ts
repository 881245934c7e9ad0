import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';
import { importedPeople } from '../helpers/imported-people';

/**
 * A congress or 政协 session reported by its closing sitting, with the rostrum, the presidium and
 * the invited guests each in a paragraph of their own (round 26). Every text here is made up.
 */
const NOW = { now: new Date('2026-12-05T00:00:00Z') };
const REPORT = [
  '（记者 林晓）政协第九届东川市委员会第四次会议圆满完成各项议程，于1月18日上午胜利闭幕。',
  '市委书记周立民，市委副书记、市长陈国华在主席台就座。',
  '市政协主席刘建新，副主席孙卫东、何丽出席并在主席台前排就座。闭幕会执行主席由刘建新、孙卫东担任。会议由刘建新主持。',
  '应邀出席会议并在主席台就座的领导同志有：市委常委，市人大常委会副主任，市法院、市检察院主要负责同志。',
  '会议表决通过了政治决议。',
  '会议指出，要把会议精神落到实处。',
].join('\n');

describe('a session reported by its closing sitting', () => {
  it('takes the closing sentence for the opening: its day, and no section of it', () => {
    const r = importText(REPORT, NOW);
    expect(r.draft.meeting.date).toBe('2026-01-18');
    expect(r.draft.sections.map((s) => s.lead)).toEqual(['', '会议表决通过了', '会议指出']);
  });

  it('reads the rostrum, the chair with the presidium, and the invited guests as the opening account', () => {
    const { chair } = importText(REPORT, NOW).draft.meeting;
    expect([chair.name, chair.title]).toEqual(['刘建新', '市政协主席']);
    const p = importedPeople(REPORT);
    expect(p.attendees).toEqual([
      ['周立民', '市委书记'],
      ['陈国华', '市委副书记、市长'],
      ['孙卫东', '副主席'],
      ['何丽', '副主席'],
      ['市委常委', ''],
      ['市人大常委会副主任', ''],
      ['市法院、市检察院主要负责同志', ''],
    ]);
  });

  it('still reads a list after 出席会议并讲话 at its verb, not as a list that follows', () => {
    const p = importedPeople('3日，县政府召开防汛工作会议。\n副县长王海出席会议并讲话。\n王海强调，要抓好落实。');
    expect(p.attendees).toEqual([['王海', '副县长']]);
  });
});
