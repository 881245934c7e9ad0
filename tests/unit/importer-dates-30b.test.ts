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

describe('a day alone or a bracketed day with its clock', () => {
  it.each([
    ['本报讯（记者 王明）8日上午9时，政协北川县五届五次会议在县城开幕。', '8日上午9时'],
    ['第八屆立法會今日（14日）上午11時在綜合大樓會議廳舉行首次會議。', '今日（14日）上午11時'],
    ['县长杜明远18日上午9时主持召开县政府常务会议。', '18日上午9时'],
    ['县长杜明远18日上午主持召开县政府常务会议。', '18日上午'],
  ])('reads %s as %s', (opening, want) => expect(dateText(opening)).toBe(want));

  it('takes no number after the day that is no clock', () => {
    expect(dateText('8日上午，县政府召开第5次常务会议。')).toBe('8日上午');
  });
});
