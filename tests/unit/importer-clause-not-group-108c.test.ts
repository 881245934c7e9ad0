import { describe, expect, it } from 'vitest';
import { readHeader } from '../../shared/importer/structure/header';
import { clauseNotGroup } from '../../shared/importer/structure/people';

/**
 * A clause is no group (round 44, import-108c): an untitled entry of an attendance list that ends in
 * no kind of people and holds a verb or a set phrase (the segmenter's tags) is a clause the list's
 * reading ran into. Every text here is made up.
 */
const attendees = (sentence: string) => {
  const h = readHeader(sentence);
  return [...h.attendees, ...h.observers].map((p) => `${p.title}|${p.name}`);
};

describe('clauses before a visit are not attendees', () => {
  it('keeps the named people and the group, drops the purpose, the date and the visit', () => {
    expect(attendees('为进一步做好结对帮扶工作，充分发挥党员先锋作用，6月3日，某学院党委书记江明达与师生党员代表一行赴某村开展结对共建活动，某村党支部书记方向东和村支部党员一同参加了活动。')).toEqual(
      ['某学院党委书记|江明达', '某村党支部书记|方向东', '|村支部党员'],
    );
  });
});

describe('groups stay groups', () => {
  it('keeps a group that ends in a kind of people or a noun for a calling, verbs or not', () => {
    const group = (name: string) => clauseNotGroup({ name, title: '', unit: '' });
    expect(group('驻村选派干部')).toBe(false);
    expect(group('来自各单位的专业评委')).toBe(false);
    expect(group('各部门联系人')).toBe(false);
    expect(group('充分发挥党员先锋作用')).toBe(true);
  });
});
