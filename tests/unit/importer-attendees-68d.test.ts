import { describe, expect, it } from 'vitest';
import { readHeader } from '../../shared/importer/structure/header';

/**
 * Attendee shapes of round 34 (import-68d). Every text here is made up.
 */
const read = (s: string) => readHeader(s).attendees.map((p) => [p.name, p.title]);

describe('a named meeting closing the attendance sentence', () => {
  it('reads titled people and the kind of people after them (…以及X主要负责同志参加汇报会。)', () => {
    expect(read('青山区委常委、副区长周立新，副区长韩明，以及区财政局、区科技局主要负责同志参加汇报会。')).toEqual([
      ['周立新', '青山区委常委、副区长'],
      ['韩明', '副区长'],
      ['区财政局、区科技局主要负责同志', ''],
    ]);
  });

  it('still reads nobody from a business clause ending on a meeting', () => {
    expect(read('会议研究了各乡镇负责人参加全县培训会。')).toEqual([]);
  });
});
