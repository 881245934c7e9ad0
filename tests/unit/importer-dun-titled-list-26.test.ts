import { describe, expect, it } from 'vitest';
import { importedPeople } from '../helpers/imported-people';

/**
 * Titled people joined by 、 where one name starts with a surname the importer does not list (代, 郇):
 * the list's shape vouches for the run after the office (round 26). Every text here is made up.
 */
const report = (list: string): string => `2月10日，区委书记张立卫主持召开区委常委会会议。${list}参加会议。\n会议指出，要抓好落实。`;

describe('a 、 list of titled people with an unlisted surname', () => {
  it('reads each part as an office and a name, in both scripts', () => {
    expect(importedPeople(report('区长代金明、区人大常委会主任吴书林、区委副书记赵嘉明等')).attendees).toEqual([
      ['代金明', '区长'],
      ['吴书林', '区人大常委会主任'],
      ['赵嘉明', '区委副书记'],
    ]);
    expect(importedPeople(report('區長代金明、區政協主席龔祖平')).attendees).toEqual([
      ['代金明', '區長'],
      ['龔祖平', '區政協主席'],
    ]);
  });

  it("keeps one person's two posts joined by 、 as that person's title", () => {
    expect(importedPeople(report('市委副书记、市长李国栋，副市长郇文')).attendees).toEqual([
      ['李国栋', '市委副书记、市长'],
      ['郇文', '副市长'],
    ]);
  });

  it('leaves a list of units with no listed name as it was', () => {
    expect(importedPeople(report('区发改局、区财政局主要负责同志')).attendees).toEqual([['区发改局、区财政局主要负责同志', '']]);
  });
});
