import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';
import { parsePeopleList } from '../../shared/importer/structure/people';

// Reports and lists written for this test (fictional bodies and people), not taken from any bench set.
const NOW = new Date('2026-01-01T00:00:00Z');
const who = (text: string) => importText(text, { now: NOW }).draft.meeting.attendees.map((a) => `${a.title}|${a.name}`);

describe('an enumeration of names read by its shape (enumeratedNames)', () => {
  it('reads a form field of given names, none with a listed surname, as one person each', () => {
    const text = '青禾社區發展協會理事會會議紀錄\n一、時間：3月5日 08:30\n二、地點：活動中心2樓\n三、主席：嘉倩\n四、出席人員：淑芬、志宏、君儀、珮珮\n五、報告事項：\n一、活動中心修繕進度報告。';
    expect(who(text)).toEqual(['|淑芬', '|志宏', '|君儀', '|珮珮']);
  });

  it('keeps the others of a titled list where the capture damaged one name', () => {
    expect(parsePeopleList('县人大常委会副主任覃?┬?、田克先、邓忠勋、包业康').map((p) => `${p.title}|${p.name}`)).toEqual([
      '县人大常委会副主任|覃?┬?',
      '县人大常委会副主任|田克先',
      '县人大常委会副主任|邓忠勋',
      '县人大常委会副主任|包业康',
    ]);
  });

  it('leaves a list of kinds, or of places the segmenter knows, as one group', () => {
    expect(parsePeopleList('村干部、党员、群众代表')).toHaveLength(1);
    expect(parsePeopleList('城关、塬上、清池')).toHaveLength(1);
  });

  it('does not read two damaged names, or a damaged one with a single clean one, as a list', () => {
    expect(parsePeopleList('县人大常委会副主任覃?┬?、田?┬?、邓忠勋')).toHaveLength(1);
    expect(parsePeopleList('县人大常委会副主任覃?┬?、田克先')).toHaveLength(1);
  });
});
