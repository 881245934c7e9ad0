import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/** Who sat on the rostrum, who came to hear, and bare names attending after the opening. Made-up texts. */
const NOW = new Date('2026-03-05T00:00:00Z');
const meeting = (text: string) => importText(text, { now: NOW }).draft.meeting;
const people = (text: string) => meeting(text).attendees.map((p) => [p.title, p.name]);

describe('seated on the rostrum', () => {
  const text = ['3月6日上午，市政协十二届三次会议举行第二次全体会议。', '市政协常务副主席周海明，副主席王立新、陈玉芳，秘书长林建国在主席台就座。王立新主持会议。', '会议听取了委员发言。'].join('\n');

  it('reads those seated on the rostrum as attendees, the chair apart', () => {
    expect(meeting(text).chair.name).toBe('王立新');
    expect(people(text)).toEqual([
      ['市政协常务副主席', '周海明'],
      ['副主席', '陈玉芳'],
      ['秘书长', '林建国'],
    ]);
  });

  it('reads 出席会议并在主席台就座 once, at its 出席', () => {
    const t = ['3月6日，县人大常委会召开第十次会议。县人大常委会副主任张伟、李强出席会议并在主席台就座。', '会议审议了有关报告。'].join('\n');
    expect(people(t)).toEqual([
      ['县人大常委会副主任', '张伟'],
      ['县人大常委会副主任', '李强'],
    ]);
  });
});

describe('came to the meeting to hear it', () => {
  it('reads 到会听取 and leaves the count of units out of the group', () => {
    const t = ['3月6日下午，市政协会议举行第二次全体会议，市政协主席刘志远主持会议。副市长赵启明，以及36个市直有关部门负责同志到会听取委员发言。', '会议听取了委员发言。'].join('\n');
    expect(people(t)).toEqual([
      ['副市长', '赵启明'],
      ['', '市直有关部门负责同志'],
    ]);
  });
});

describe('bare names attending after the opening', () => {
  const open = '3月6日下午，县十四届人大一次会议预备会议在县会堂举行。\n预备会议应到代表168名，实到152名，符合法定人数。\n';

  it('reads two or more bare names before 出席会议', () => {
    const t = `${open}县人大常委会主任李崇主持会议。王宏伟、程云海、许映雪出席会议并在主席台就座。上级督导组到会指导。\n预备会议选举产生了主席团。`;
    expect(people(t)).toEqual([
      ['', '王宏伟'],
      ['', '程云海'],
      ['', '许映雪'],
    ]);
  });

  it('does not read bare names that do business rather than attend', () => {
    const t = `${open}县人大常委会主任李崇主持会议。\n王宏伟、程云海分别作了发言。\n预备会议选举产生了主席团。`;
    expect(people(t)).toEqual([]);
  });
});

describe('the members a congress counts as present', () => {
  const open = '1月15日下午，县第十八届人民代表大会第四次会议预备会议在县会堂召开。县委书记王雪松参加会议。';

  it('reads 出席预备会议的代表147人 as the delegates attending, without the count', () => {
    const t = `${open}\n本次会议现有代表158人，出席预备会议的代表147人，符合法定人数。\n会议选举产生了主席团。`;
    expect(people(t)).toEqual([
      ['县委书记', '王雪松'],
      ['', '代表'],
    ]);
  });

  it('does not read who should attend (应出席会议的代表)', () => {
    const t = `${open}\n本次会议应出席会议的代表158人。\n会议选举产生了主席团。`;
    expect(people(t)).toEqual([['县委书记', '王雪松']]);
  });
});
