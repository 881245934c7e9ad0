import { describe, expect, it } from 'vitest';
import { parsePeopleList, parsePerson } from '../../shared/importer/structure/people';

/** A name written before its office, and courtesies after a name. Made-up names. */
describe('an office of two characters before 长 after the name', () => {
  it('reads 大队长 and 支队长 when the office repeats the unit’s kind', () => {
    expect(parsePerson('县消防大队赵国强大队长')).toEqual({ name: '赵国强', title: '县消防大队大队长' });
    expect(parsePerson('市公安局交警支队王强支队长')).toEqual({ name: '王强', title: '市公安局交警支队支队长' });
  });

  it('keeps the one-character office where the name ends before it', () => {
    expect(parsePerson('县应急局李春燕局长')).toEqual({ name: '李春燕', title: '县应急局局长' });
    expect(parsePerson('镇派出所刘明所长')).toEqual({ name: '刘明', title: '镇派出所所长' });
  });

  it('reads a list of such people', () => {
    expect(parsePeopleList('县应急局李春燕局长，县消防大队赵国强大队长').map((p) => [p.title, p.name])).toEqual([
      ['县应急局局长', '李春燕'],
      ['县消防大队大队长', '赵国强'],
    ]);
  });
});

describe('女士 and 先生 after a name', () => {
  it('are left out of the name, titled or not', () => {
    expect(parsePeopleList('副市長李春燕女士、局長趙國強先生').map((p) => [p.title, p.name])).toEqual([
      ['副市長', '李春燕'],
      ['局長', '趙國強'],
    ]);
    expect(parsePeopleList('副市長李春燕女士及局長趙國強先生').map((p) => p.name)).toEqual(['李春燕', '趙國強']);
  });

  it('stay in a group that is no name', () => {
    expect(parsePeopleList('各位女士').map((p) => p.name)).toEqual(['各位女士']);
  });
});
