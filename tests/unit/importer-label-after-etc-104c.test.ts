import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * Round 43 (import-104c): the kind after 等 is each untitled name's title whatever it names
 * (KEYING 25: 等省委、省政府领导班子成员 -> 省委、省政府领导班子成员), its qualifier kept whole (KEYING 21:
 * 等在家的县处级领导); a bare 等领导 labels no one. Every text here is made up.
 */
const NOW = new Date('2026-06-01T00:00:00Z');
const people = (text: string) => {
  const m = importText(text, { now: NOW }).draft.meeting;
  return [...m.attendees, ...m.observers].map((p) => [p.name, p.title]);
};
const report = (attendance: string) => ['4月9日，某县召开重点项目推进会议。', attendance, '会议强调，要加快项目建设进度。'].join('\n');

describe('the kind after 等 labels the names before it', () => {
  it('several bodies and their leading team', () => {
    const got = people(report('孔立言、窦方明、苗一川等县委、县政府领导班子成员出席会议。'));
    expect(got).toEqual(
      expect.arrayContaining([
        ['孔立言', '县委、县政府领导班子成员'],
        ['苗一川', '县委、县政府领导班子成员'],
      ]),
    );
  });

  it('a qualifier with 的 stays whole', () => {
    const got = people(report('孔立言、窦方明、苗一川等在家的县处级领导参加会议。'));
    expect(got).toContainEqual(['窦方明', '在家的县处级领导']);
  });

  it('a longer kind of leaders than a level’s', () => {
    const got = people(report('孔立言、窦方明、苗一川等县四套班子领导出席会议。'));
    expect(got).toContainEqual(['孔立言', '县四套班子领导']);
  });

  it('a bare 等领导 labels no one', () => {
    const got = people(report('孔立言、窦方明、苗一川等领导出席会议。'));
    expect(got).toContainEqual(['孔立言', '']);
  });

  it('a titled name keeps its own title', () => {
    const got = people(report('副县长孔立言、窦方明等县领导出席会议。'));
    expect(got).toContainEqual(['孔立言', '副县长']);
  });

  it('a description before an office still drops (担任…的)', () => {
    const got = people(report('担任本届委员的县政协副主席孔立言出席会议。'));
    expect(got).toContainEqual(['孔立言', '县政协副主席']);
  });
});
