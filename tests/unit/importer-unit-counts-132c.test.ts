import { describe, expect, it } from 'vitest';
import { parsePeopleList } from '../../shared/importer/structure/people';

// Groups written for this test (fictional places and bodies), not taken from any bench set.
const names = (s: string) => parsePeopleList(s).map((p) => p.name);

describe('a count of units inside a group of people', () => {
  it('drops a count right after the place, sector or body the units lie in', () => {
    expect(names('青石市12个乡镇主要负责人')).toEqual(['青石市乡镇主要负责人']);
    expect(names('能源板块9家企业负责人和财务负责人')).toEqual(['能源板块企业负责人和财务负责人']);
    expect(names('青石市县（市、区）五家人民医院院长')).toEqual(['青石市县（市、区）人民医院院长']);
  });

  it('drops a count of units opening the group', () => {
    expect(names('30余家重点企业负责人')).toEqual(['重点企业负责人']);
  });

  it('keeps a count after a verb, a 全 scope, a join, or before 的', () => {
    expect(names('青石镇党委下辖6个党支部全体党员')).toEqual(['青石镇党委下辖6个党支部全体党员']);
    expect(names('全省15家中医医院代表')).toEqual(['全省15家中医医院代表']);
    expect(names('全镇十个村的村干部')).toEqual(['全镇十个村的村干部']);
  });
});
