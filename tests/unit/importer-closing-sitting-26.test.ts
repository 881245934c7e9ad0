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
    // The paragraph that ends 会议由刘建新主持。 is an `other` section of its own (KEYING 19, 21: a chair line on its own after the convening paragraph is an `other` section; keys before round 37 left it in the opening).
    expect(r.draft.sections.map((s) => s.lead)).toEqual(['', '', '会议表决通过了', '会议指出']);
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

  it('reads a plenary sitting: head count, guests who came to hear, the presidium and its chair', () => {
    const text = [
      '1月12日下午，政协第七届南岭市委员会第二次会议举行第二次全体会议。',
      '本次大会应出席委员230人，实到212人，符合规定人数。',
      '市委书记陈立华，市人大常委会主任杜文涛应邀在主席台就座，听取委员发言。',
      '大会执行主席王安平、马骏、周兰在主席台就座。马骏主持会议。',
      '会上，12名委员围绕优化营商环境等作大会发言。',
    ].join('\n');
    const { chair } = importText(text, NOW).draft.meeting;
    expect([chair.name, chair.title]).toEqual(['马骏', '大会执行主席']);
    expect(importedPeople(text).attendees).toEqual([
      ['陈立华', '市委书记'],
      ['杜文涛', '市人大常委会主任'],
      ['王安平', '大会执行主席'],
      ['周兰', '大会执行主席'],
    ]);
  });
});
