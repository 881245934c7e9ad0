import { describe, expect, it } from 'vitest';
import { importedPeople } from '../helpers/imported-people';

/**
 * Attendance the importer missed (round 33, import-65b): a person's standing written before the name
 * where no office word closes it (副县级干部, 基层代表, 记者, 组织员), and the verbs 列席旁听 and
 * 列席学习会. Every text here is made up.
 */

describe('standings before a name and sitting in', () => {
  it('reads 干部, 代表 and 记者 before a name as the title', () => {
    const text = '3月2日，县长王强主持召开县政府常务会议。县领导周启、韩立成，副县级干部方春华、饶锦云参加会议。基层代表马国强、报社记者闫文列席会议。\n会议研究了有关事项。';
    const people = importedPeople(text);
    expect(people.attendees).toEqual([
      ['周启', '县领导'],
      ['韩立成', '县领导'],
      ['方春华', '副县级干部'],
      ['饶锦云', '副县级干部'],
    ]);
    expect(people.observers).toEqual([
      ['马国强', '基层代表'],
      ['闫文', '报社记者'],
    ]);
  });

  it('keeps a group of 干部 and 职工 a group: no surname follows the standing', () => {
    const text = '3月2日，县长王强主持召开县政府常务会议。机关全体干部职工参加会议。\n会议研究了有关事项。';
    expect(importedPeople(text).attendees).toEqual([['机关全体干部职工', '']]);
  });

  it('reads 列席旁听会议 as sitting in', () => {
    const text = '3月2日，县委书记王强主持召开县委常委会会议。团委正科级干部耿青列席旁听会议。\n会议传达学习了有关精神。';
    expect(importedPeople(text).observers).toEqual([['耿青', '团委正科级干部']]);
  });

  it('reads 列席学习会 as sitting in, and 组织员 as a post', () => {
    const text = '4月5日，局党组书记王强主持召开学习会。组织员、支部书记孙越、张运成列席学习会。\n会议传达学习了有关精神。';
    expect(importedPeople(text).observers).toEqual([
      ['孙越', '组织员、支部书记'],
      ['张运成', '组织员、支部书记'],
    ]);
  });
});
