import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';
import { parsePeopleList } from '../../shared/importer/structure/people';

// Reports and lists written for this test (fictional people and places), not taken from any bench set.
function people(text: string): string[] {
  const { meeting } = importText(text).draft;
  return [...meeting.attendees, ...meeting.observers].map((p) => (p.title ? `${p.title}|${p.name}` : p.name));
}

describe('以及 opens a run of its own in a list of people', () => {
  it('is no part of the title after the comma it follows', () => {
    expect(parsePeopleList('市政府秘书长邹立新，以及历届区政协主要领导钱海波、蔡文静')).toEqual([
      { name: '邹立新', title: '市政府秘书长', unit: '' },
      { name: '钱海波', title: '历届区政协主要领导', unit: '' },
      { name: '蔡文静', title: '历届区政协主要领导', unit: '' },
    ]);
  });

  it('keeps the office of the name before it from the bare names after it', () => {
    const listed = parsePeopleList('县政协主席潘立新以及郑海波、於晓丽、汪立成');
    expect(listed[0]).toEqual({ name: '潘立新', title: '县政协主席', unit: '' });
    expect(listed.filter((p) => p.title === '县政协主席').map((p) => p.name)).toEqual(['潘立新']);
  });

  it('still lets 及 share the office, as a 、 does', () => {
    expect(parsePeopleList('副主席韩立平及贺明远')).toEqual([
      { name: '韩立平', title: '副主席', unit: '' },
      { name: '贺明远', title: '副主席', unit: '' },
    ]);
  });

  it('gives the bare names after 以及 the label after 等 in an attendance clause', () => {
    const text = '某县召开重点项目推进会\n\n3月8日，某县召开重点项目推进会，县委书记曹振华主持会议。县政协主席潘立新以及郑海波、於晓丽、汪立成、邹文斌等县领导参加会议。\n会议强调，要加快项目建设。';
    const got = people(text);
    expect(got).toEqual(expect.arrayContaining(['县政协主席|潘立新', '县领导|郑海波', '县领导|汪立成', '县领导|邹文斌']));
    expect(got.filter((p) => p.startsWith('县政协主席|'))).toEqual(['县政协主席|潘立新']);
  });
});
