import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * Chairs whose names our surname list cannot read (issue 11, import-11e): a transliterated name
 * with a middle dot, and a four-character name after a title. Every text here is made up.
 */
const NOW = new Date('2026-03-05T00:00:00Z');
const chair = (lines: string[]) => importText(lines.join('\n'), { now: NOW }).draft.meeting.chair;

describe('the chair slot', () => {
  it('reads a name with a middle dot after the title', () => {
    expect(chair(['3月4日，县委副书记、县长买买提·吐尔洪同志主持召开县人民政府第12次常务会议。', '会议强调，要做好春耕备耕。'])).toEqual({
      name: '买买提·吐尔洪',
      title: '县委副书记、县长',
    });
  });

  it('reads a four-character name after a title', () => {
    expect(chair(['4月3日，高原州委书记扎西多吉主持召开州委书记专题会议。', '会议要求，要抓好牧区防灾。'])).toEqual({
      name: '扎西多吉',
      title: '高原州委书记',
    });
  });

  it('does not take an office for a name', () => {
    expect(chair(['4月3日，县委书记主持召开县委常委会会议。', '会议要求，要抓好防灾。']).name).toBe('');
  });
});
