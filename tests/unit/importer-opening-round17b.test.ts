import { describe, expect, it } from 'vitest';
import { importText, parsePeopleList } from '../../shared/importer';

/**
 * Round 17, second wave (import-23b): the opening, people and page furniture. Every text is made
 * up (松林县, 周海明 stand for any county and leader).
 */
const NOW = new Date('2026-06-01T00:00:00Z');
const BODY = '会议强调，要抓好各项工作落实，各部门要压实责任、细化措施，把各项工作抓细抓实抓到位。';
const run = (...lines: string[]) => importText(['松林县召开工作会议', ...lines, BODY].join('\n'), { now: NOW });
const paragraphs = (r: ReturnType<typeof run>) => r.draft.sections.flatMap((s) => s.paragraphs).join('\n');

describe('joined titles, then a name no surname marks', () => {
  it('reads the name and gives the next name the same titles', () => {
    expect(parsePeopleList('州委常委、州政府副州长扎西多吉、周海明')).toEqual([
      { name: '扎西多吉', title: '州委常委、州政府副州长', unit: '' },
      { name: '周海明', title: '州委常委、州政府副州长', unit: '' },
    ]);
  });
  it('keeps a run of titles alone when no name follows it', () => {
    expect(parsePeopleList('县委常委、副县长、县总工会主席孙丽华')).toEqual([{ name: '孙丽华', title: '县委常委、副县长、县总工会主席', unit: '' }]);
  });
});

describe('a list that names only units', () => {
  it('is no attendee after named people (KEYING 3)', () => {
    expect(parsePeopleList('副县长林晓东、钱文博及相关单位')).toEqual([
      { name: '林晓东', title: '副县长', unit: '' },
      { name: '钱文博', title: '副县长', unit: '' },
    ]);
  });
  it('keeps the people of the units', () => {
    expect(parsePeopleList('副县长林晓东及相关单位负责人').map((p) => p.name)).toEqual(['林晓东', '相关单位负责人']);
  });
});

describe('a titled person before 等 and a kind', () => {
  const opening = (list: string) => run(`4月8日，县委书记周海明主持召开县委常委会会议，${list}。`);
  it('names the person, not a group of the kind', () => {
    expect(opening('县委副书记、县长林晓东，县委副书记钱文博等县委常委出席').draft.meeting.attendees).toEqual([
      { name: '林晓东', title: '县委副书记、县长', unit: '' },
      { name: '钱文博', title: '县委副书记', unit: '' },
    ]);
  });
  it('a unit before 等 stays in the group', () => {
    const names = opening('县委办、县财政局等部门负责同志列席').draft.meeting.observers.map((p) => p.name);
    expect(names).toEqual(['县委办、县财政局等部门负责同志']);
  });
});

describe('a chair who visited first, the chairing in a clause of its own', () => {
  it('ends the name where the visit begins', () => {
    const r = run('4月8日，县委副书记、县长周明深入城关镇调研，并主持召开座谈会。');
    expect(r.draft.meeting.chair).toEqual({ name: '周明', title: '县委副书记、县长' });
  });
});

describe('where the others sat, before who attended', () => {
  it('is not part of the group', () => {
    const r = run('4月8日，县长周海明主持召开全县防汛工作视频会议，县设主会场，各乡镇设分会场，乡镇主要负责人参加会议。');
    expect(r.draft.meeting.attendees.map((p) => p.name)).toEqual(['乡镇主要负责人']);
  });
});

describe('whom the meeting invited', () => {
  it('reads the invited person without 会议邀请了 in the title', () => {
    const r = run('4月8日，县人大常委会主任周海明主持召开县人大常委会会议。会议邀请了县政协副主席林晓东列席会议。');
    expect(r.draft.meeting.observers).toEqual([{ name: '林晓东', title: '县政协副主席', unit: '' }]);
  });
});

describe('when the meeting convened, between the body and the verb', () => {
  it('drops a clock time after the part of the day', () => {
    const r = run('10月10日下午2:30松林县政协召开了文史资料征集座谈会。');
    expect(r.draft.meeting.name).toBe('松林县政协文史资料征集座谈会');
  });
  it('drops a full date after 于, its year included', () => {
    const r = run('松林县政府于2025年3月5日召开第十次常务会议，县长周海明主持会议。');
    expect(r.draft.meeting.name).toBe('松林县政府第十次常务会议');
    expect(r.recognized.dateText).toBe('2025年3月5日');
  });
  it('drops an ISO date before the opening', () => {
    expect(run('2025-03-05 松林县政府召开第十次常务会议。').draft.meeting.name).toBe('松林县政府第十次常务会议');
  });
  it('keeps a year that is part of the name', () => {
    expect(run('2025年松林县招商引资推介会召开。').draft.meeting.name).toBe('2025年松林县招商引资推介会');
  });
});

describe('a record headline', () => {
  const record = (title: string) =>
    importText(
      [title, '', '一、時間：114年3月5日（星期三）上午9時', '二、地點：本校會議室', '三、主席：周海明', '四、紀錄：林曉東', '五、報告事項：', '校舍整修工程已完成，請各處室協助驗收並回報。'].join(
        '\n',
      ),
      { now: NOW },
    );
  it('drops a file date run and says 會議 once', () => {
    expect(record('20250305-松林國小家長會第五次理事會會議會議紀錄').draft.meeting.name).toBe('松林國小家長會第五次理事會會議');
  });
  it('keeps a name that ends in 會議 once', () => {
    expect(record('松林國小家長會第五次理事會會議紀錄').draft.meeting.name).toBe('松林國小家長會第五次理事會會議');
  });
});

describe('参加本次会议 closing the report', () => {
  it('reads the groups of the last paragraph', () => {
    const r = importText(['松林集团召开项目推进会', '3月23日，松林集团组织召开了项目推进会，集团党委书记、董事长周海明主持。', BODY, '集团领导班子、各子公司负责同志参加本次会议。'].join('\n'), {
      now: NOW,
    });
    expect(r.draft.meeting.attendees.map((p) => p.name)).toEqual(['集团领导班子、各子公司负责同志']);
  });
});

describe('credits and datelines around the article', () => {
  const opening = '3月5日，松林县政府召开第十次常务会议，县长周海明主持会议。';
  it.each([
    ['【松林县融媒体中心】', ''],
    ['央广网松林3月5日消息（记者 林晓东）', ''],
    ['', '（钱文博 供稿）'],
    ['', '（县融媒体中心记者 钱文博）'],
    ['', '【责任编辑：钱文博】'],
    ['', '（文/钱文博 图/孙丽华）'],
    ['', '（县委宣传部 钱文博）'],
    ['', '（完）'],
  ])('removes %s%s', (before, after) => {
    const r = importText(['松林县召开工作会议', `${before}${opening}`, `${BODY}${after}`].join('\n'), { now: NOW });
    const text = paragraphs(r);
    if (before) expect(text).not.toContain(before);
    if (after) expect(text).not.toContain(after);
    expect(r.draft.meeting.name).toBe('松林县政府第十次常务会议');
  });
  it('removes a site and its paper joined by a spaced dash, below a subtitle', () => {
    const dateline = '松林新闻网 -松林日报城关讯 (记者/林晓东)';
    const r = importText(['松林县政协常委会议召开', '松林县政协常委会议召开', '周海明主持并讲话', `${dateline}1月22日,松林县政协常委会议在城关召开。县政协主席周海明主持会议。`, BODY].join('\n'), {
      now: NOW,
    });
    expect(r.text).not.toContain('松林新闻网');
  });
  it('keeps a unit in brackets closing a point: it may own the task', () => {
    const r = importText(['松林县召开工作会议', opening, `${BODY}（县农业局）`].join('\n'), { now: NOW });
    expect(paragraphs(r)).toContain('（县农业局）');
  });
});
