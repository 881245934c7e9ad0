import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';
import { enumeratedGroupsOnly } from '../../shared/importer/structure/people';

/**
 * Groups of people only, enumerated by the page (commas between kinds, 、 between the units or kinds
 * of one group), said to attend: the marks say several came, so the roll is read wherever it stands
 * (KEYING 3, 8). Every text here is made up.
 */
const NOW = new Date('2026-03-05T00:00:00Z');
const people = (lines: string[]) => {
  const m = importText(lines.join('\n'), { now: NOW }).draft.meeting;
  return { attendees: m.attendees.map((p) => p.name), observers: m.observers.map((p) => p.name) };
};
const names = (words: string) => enumeratedGroupsOnly(words).map((p) => p.name);

describe('enumeratedGroupsOnly', () => {
  it('reads each comma part of a roll of kinds as its group, a count closing it left out', () => {
    expect(names('院领导、行政科室负责人，临床科室正副主任、护士长，党支部书记共90余人')).toEqual(['院领导、行政科室负责人', '临床科室正副主任、护士长', '党支部书记']);
  });

  it('reads one group whose 、 enumerates the units it joins, where they came from left out', () => {
    expect(names('区委办、区财政局、区审计局有关负责同志')).toEqual(['区委办、区财政局、区审计局有关负责同志']);
    expect(names('来自市发改委、市商务局负责同志')).toEqual(['市发改委、市商务局负责同志']);
  });

  it('reads only the roll closing the words: a clause before it ends it', () => {
    expect(names('会上，区委办、区财政局有关负责同志')).toEqual(['区委办、区财政局有关负责同志']);
  });

  it('reads nothing without an enumeration, or where a person, a unit alone or a clause is inside', () => {
    for (const s of [
      '全体干部',
      '会后，全体干部',
      '区长韩立明等区委常委，各部门负责人',
      '韩立明、邵海及各局负责人',
      '镇长韩立明亲率民政、财政等科室负责人',
      '各单位、各部门',
      '书记传达了会议精神全体干部、各村书记',
    ])
      expect(names(s)).toEqual([]);
  });
});

describe('enumerated groups attending', () => {
  it('reads the roll of kinds in the opening, each comma part a group', () => {
    const opening = '3月2日，青禾区人民医院召开职工大会。院长韩立明出席会议并讲话。院领导、行政科室负责人，临床科室正副主任、护士长，党支部书记共90余人参加大会。';
    expect(people([opening, '韩立明指出，要提升服务水平。']).attendees).toEqual(['韩立明', '院领导、行政科室负责人', '临床科室正副主任、护士长', '党支部书记']);
  });

  it('reads a roll of kinds in a later paragraph, and one told to attend not at all', () => {
    const opening = '1月9日，青禾市政府召开全体会议，市长韩立明主持会议并讲话。';
    const roll = '市政府班子成员、副秘书长，市直有关部门主要负责同志，各县区政府主要负责同志参加会议；会议以视频形式开到各县区。';
    expect(people([opening, '韩立明指出，要抓好经济工作。', roll]).attendees).toEqual(['市政府班子成员、副秘书长', '市直有关部门主要负责同志', '各县区政府主要负责同志']);
    const told = '会议要求，市直有关部门主要负责同志，各县区政府主要负责同志参加下周的调度会。';
    expect(people([opening, '韩立明指出，要抓好经济工作。', told]).attendees).toEqual([]);
  });

  it('keeps the opening’s own reading of a list the body reads again', () => {
    const opening = '5月6日，青禾医院召开干部大会。我院院领导、科室负责人参加会议。';
    expect(people([opening, '院长韩立明指出，要抓好服务。']).attendees).toHaveLength(1);
  });
});
