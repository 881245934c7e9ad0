import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/** A date relative to the issue keeps its clock time, as a written date does (KEYING 6). Made-up texts. */
const NOW = new Date('2026-03-05T00:00:00Z');
const dateText = (opening: string) => importText([opening, '会议选举产生了主席团。'].join('\n'), { now: NOW }).recognized.dateText;

describe('a relative day with its clock', () => {
  it.each([
    ['昨日下午5时，县十四届人大一次会议预备会议在县会堂举行。', '昨日下午5时'],
    ['今天上午9:30，县政府召开第十次常务会议。', '今天上午9:30'],
    ['昨天下午三时，县政协召开常委会议。', '昨天下午三时'],
  ])('reads %s as %s', (opening, want) => expect(dateText(opening)).toBe(want));

  it('does not take a number after the part of day that is no clock', () => {
    expect(dateText('昨日下午，县政府召开第5次常务会议。')).toBe('昨日下午');
  });
});
