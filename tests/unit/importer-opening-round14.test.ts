import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';
import { afterDateline, findMeetingDate } from '../../shared/importer/structure/dates';
import { readHeader } from '../../shared/importer/structure/header';
import { findTitleLine, headlineText } from '../../shared/importer/structure/title';

/**
 * The opening tuned on round 14's seen batches (branch import-17a) by mechanisms meant to carry to
 * wording no batch has shown: the writer's own unit, ordinals that are no body, places with a note
 * in brackets, a 会议 followed by what it did, datelines, forms captured from tables, and lines a
 * capture broke. Every text here is made up.
 */
const NOW = new Date('2026-03-05T00:00:00Z');
const body = '会议强调，各单位要抓好落实，确保各项任务按期完成，切实把工作做细做实做到位。';
const draft = (lines: string[]) => importText(lines.join('\n'), { now: NOW }).draft;

describe('the meeting’s name', () => {
  it('keeps the writer’s own unit (我校, 我院) that convenes, with a place between it and the verb', () => {
    expect(readHeader('5月8日下午，我院在行政楼二楼会议室召开院务（扩大）会议。会议由院长沈立主持。').meetingName).toBe('我院院务（扩大）会议');
    expect(readHeader('4月2日，我局召开安全生产专题会议，局长韦东主持会议。').meetingName).toBe('我局安全生产专题会议');
  });

  it('does not take an ordinal (第五次) for a body of the object’s own', () => {
    const h = readHeader('9月3日，市统计局以视频会议方式召开第五次党组理论学习中心组学习会议，局党组书记戴平主持会议并讲话。');
    expect(h.meetingName).toBe('市统计局第五次党组理论学习中心组学习会议');
  });

  it('leaves where it met, a bracketed note included, out of a meeting that is the subject', () => {
    const h = readHeader('6月3日，城东学院附属中学家校共育座谈会在本部校区（主校区）召开。副校长邝敏主持。');
    expect(h.meetingName).toBe('城东学院附属中学家校共育座谈会');
  });

  it('names a council’s 会议 when the object goes straight on with what the meeting did', () => {
    expect(readHeader('5月6日，院党委常委会召开会议专题研究招生工作。党委书记伍平主持会议。').meetingName).toBe('院党委常委会会议');
    // A person is no convening body: nothing is guessed.
    expect(readHeader('5月6日，县长伍平召开会议研究防汛工作。').meetingName).not.toBe('县长伍平会议');
  });

  it('takes a form’s numbered headline as the meeting when a labelled chair stands under it', () => {
    const d = draft(['第42次科务会报', '主席：韦科长正平', '纪录：邝小米', '一、上次会议决议事项执行情形', '各股均已办理完毕，无待追踪事项。']);
    expect(d.meeting.name).toBe('第42次科务会报');
    expect(d.meeting.chair).toEqual({ name: '韦正平', title: '科长' });
  });
});

describe('the chair in forms', () => {
  it('reads a chair whose stand-in is noted in brackets after the name', () => {
    const d = draft(['第9次处务会报', '主席：黎处长志中（邝一民代）', '出席：邝一民、韦明', '一、报告事项', '各科报告本月工作进度，均已按期完成。']);
    expect(d.meeting.chair).toEqual({ name: '黎志中', title: '处长' });
  });

  it('reads a label and its value captured as two lines (a table’s cells)', () => {
    const d = draft([
      '东河市政府第88次市务会议纪录',
      '时间',
      '时间：2024年4月9日上午9时',
      '地点',
      '本府3楼会议室',
      '主席',
      '市长 邝志远',
      '出列席人员',
      '（详如签到簿）',
      '主席裁示事项：',
      '一、请各局处加强防汛准备，落实责任。',
    ]);
    expect(d.meeting.chair).toEqual({ name: '邝志远', title: '市长' });
    expect(d.meeting.location).toBe('本府3楼会议室');
    expect(d.meeting.attendees).toEqual([]);
  });
});

describe('attendance', () => {
  it('keeps leaders qualified by their body as a group, and a lone 县领导 is still nobody', () => {
    const h = readHeader('3月2日，县政府召开常务会议。县政府相关领导，各乡镇负责人参加会议。');
    expect(h.attendees.map((p) => p.name)).toEqual(['县政府相关领导', '各乡镇负责人']);
  });

  it('reads named people before 等 + the group they make up as the people alone', () => {
    const h = readHeader('4月1日，县长韦立主持召开县政府第9次常务会议，邝明、黎青、伍平等县政府常务会议组成人员参加。');
    expect(h.attendees.map((p) => p.name)).toEqual(['邝明', '黎青', '伍平']);
  });
});

describe('dates and broken lines', () => {
  it('dates the meeting by the sentence after a paper’s dateline, not by the dateline', () => {
    const opening = '东南网5月9日讯（记者 韦明） 8日，全市农业招商推进会举行。';
    expect(findMeetingDate(afterDateline(opening))?.text ?? '').not.toContain('5月9日');
    expect(draft(['全市农业招商推进会举行', opening + '副市长邝平出席并讲话。', body]).meeting.date).not.toMatch(/-05-09$/u);
    // A dateline over an opening with no date of its own still dates it.
    expect(afterDateline('东南网5月9日讯 近期，全市…')).toBe('东南网5月9日讯 近期，全市…');
  });

  it('does not take an opening sentence broken over lines for the headline, and reads it whole', () => {
    expect(findTitleLine(['2024年5月7日上午，东坪镇在镇政府会议室召开了', '全镇防汛工作会议。会议由镇长邝平主持。', body])).toBe(-1);
    const d = draft(['2024年5月7日上午，东坪镇在镇政府会议室召开了', '全镇防汛工作会议。会议由镇长邝平主持，全体班子成员参加会议。', body]);
    expect(d.meeting.name).toBe('东坪镇全镇防汛工作会议');
    expect(d.meeting.date).toBe('2024-05-07');
    // A headline that ends in 召开 is still a headline.
    expect(findTitleLine(['全市防汛工作会议召开', '5月7日，全市防汛工作会议召开。', body])).toBe(0);
  });

  it('drops a byline run onto the headline’s line after a gap', () => {
    expect(headlineText('东坪镇召开2024年度述职评议会议 韦明')).toBe('东坪镇召开2024年度述职评议会议');
    expect(headlineText('全市防汛工作会议 召开')).toBe('全市防汛工作会议 召开');
  });
});

describe('which meeting, and a chair without a name', () => {
  it('reports the meeting the headline names when the paragraph after the opening convenes it', () => {
    const d = draft([
      '东坪镇召开2024年度村干部述职评议会议',
      '3月4日上午，东坪镇召开主题教育专题民主生活会，县委常委韦明到会指导并讲话。',
      '为贯彻落实讲话精神，3月4日下午，我镇召开2024年度村干部述职评议会议，会议由镇长邝平主持。',
      body,
    ]);
    expect(d.meeting.name).toBe('我镇2024年度村干部述职评议会议');
    expect(d.meeting.chair).toEqual({ name: '邝平', title: '镇长' });
    // An undated mention of another meeting in the next paragraph is no report of it.
    const recalled = draft([
      '局党组会传达学习全省河湖长制工作会议精神',
      '5月6日，局长邝平主持召开第9次局党组会议，传达学习全省河湖长制工作会议精神。',
      '会议指出，省委专门召开全省河湖长制工作会议，意义重大。',
      body,
    ]);
    expect(recalled.meeting.name).toBe('第9次局党组会议');
  });

  it('keeps an office alone in the chair’s slot as the chair’s title', () => {
    const d = draft(['5月6日，东坪社区组织召开共建单位联席会议，驻区单位负责同志参加会议。', '会议由社区党支部书记主持，会议共有三项议程。', body]);
    expect(d.meeting.chair).toEqual({ name: '', title: '社区党支部书记' });
  });
});
