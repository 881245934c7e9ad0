import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

// Made-up reports: a paper dates a meeting of several days by the month, days alone.
const NOW = { now: new Date('2026-12-05T00:00:00Z') };

describe('a day-only date over several days', () => {
  it('keeps the range whole, as a full date’s range is kept', () => {
    const r = importText('青禾网讯（记者 王明）12日至14日，青禾市政协第五次联席会议在青禾召开。市政协主席李强主持会议。\n会议指出，要加强协作。', NOW);
    expect(r.recognized.dateText).toBe('12日至14日');
  });

  it('still reads a single day with its part of the day', () => {
    const r = importText('青禾网讯（记者 王明）12日上午，青禾市政协第五次联席会议在青禾召开。市政协主席李强主持会议。\n会议指出，要加强协作。', NOW);
    expect(r.recognized.dateText).toBe('12日上午');
  });
});
