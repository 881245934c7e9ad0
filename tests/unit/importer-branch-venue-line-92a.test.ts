import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * A closing line of who attended a video meeting, its last part those who followed it from branch
 * venues (…在各乡镇分会场收听收看会议实况), is an attendance line (KEYING 18). Every text is made up.
 */
const NOW = new Date('2026-03-05T00:00:00Z');
const people = (lines: string[]) => importText(lines.join('\n'), { now: NOW }).draft.meeting.attendees.map((p) => `${p.title}|${p.name}`);

describe('a closing line ending with the branch venues', () => {
  it('reads the main venue roll before it', () => {
    const got = people([
      '3月8日下午，全省春季农业生产视频调度会议召开，县委书记陈海峰在我县主会场参加会议并讲话。',
      '陈海峰强调，要抓好春耕备耕各项工作。',
      '王立新、周玉兰等县领导以及县农业农村局、县水利局等有关单位主要负责同志在我县主会场参加会议；各乡镇党委书记、乡镇长在各乡镇分会场收听收看会议实况。',
    ]);
    expect(got).toEqual(expect.arrayContaining(['县领导|王立新', '县领导|周玉兰']));
  });

  it('does the same in Traditional script', () => {
    const got = people([
      '3月8日下午，全省春季農業生產視頻調度會議召開，縣委書記陳海峰在我縣主會場參加會議並講話。',
      '陳海峰強調，要抓好春耕備耕各項工作。',
      '王立新、周玉蘭等縣領導以及縣農業農村局等有關單位主要負責同志在我縣主會場參加會議；各鄉鎮黨委書記、鄉鎮長在各鄉鎮分會場收聽收看會議實況。',
    ]);
    expect(got).toEqual(expect.arrayContaining(['縣領導|王立新', '縣領導|周玉蘭']));
  });
});
