import { describe, expect, it } from 'vitest';
import { importedPeople } from '../helpers/imported-people';

/**
 * Bare names, then 等 and a kind of leaders (李强、王芳等县领导): each name is a person, however few.
 * Every text here is made up.
 */
const open = '5月6日上午，青岭县召开防汛工作会议，县长周海明主持会议。';
const tail = '\n周海明强调，要压实责任。';

describe('names before 等 and a kind of leaders', () => {
  it('reads two untitled names as two people (Simplified)', () => {
    // 等县领导: one level's leaders, each name's title as 县领导李强、王芳 would be (KEYING 12; round 31).
    expect(importedPeople(`${open}李强、王芳等县领导参加会议。${tail}`).attendees).toEqual([
      ['李强', '县领导'],
      ['王芳', '县领导'],
    ]);
  });

  it('reads them before 领导同志 or 班子成员 too', () => {
    expect(importedPeople(`${open}王明、李华等领导同志出席会议。${tail}`).attendees).toEqual([
      ['王明', ''],
      ['李华', ''],
    ]);
    // KEYING 25: the kind after 等 is each name's title whatever it names (a bare 领导同志 says nothing).
    expect(importedPeople(`${open}王明、李华等班子成员参加会议。${tail}`).attendees).toEqual([
      ['王明', '班子成员'],
      ['李华', '班子成员'],
    ]);
  });

  it('reads two untitled names as two people (Traditional)', () => {
    expect(importedPeople('5月6日上午，青嶺縣召開防汛工作會議，縣長周海明主持會議。李強、王芳等縣領導參加會議。\n周海明強調，要壓實責任。').attendees).toEqual([
      ['李強', '縣領導'],
      ['王芳', '縣領導'],
    ]);
  });

  it('does not split places before 等 and the heads of units', () => {
    const people = importedPeople(`${open}江北、江南等乡镇负责人参加会议。${tail}`).attendees.map((p) => p[0]);
    expect(people).not.toContain('江北');
    expect(people).not.toContain('江南');
  });
});
