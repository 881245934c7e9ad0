import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';
import { readHeader } from '../../shared/importer/structure/header';

/**
 * The opening, tuned after round 15's seen batch (branch import-19a): general kinds of miss, each
 * with made-up wording. No text here comes from a batch.
 */
const NOW = new Date('2026-03-05T00:00:00Z');
const imp = (lines: string[]) => importText(lines.join('\n'), { now: NOW });

describe('a record form’s date field', () => {
  it('keeps 时间：<date> above 地点：/主持人： as the meeting’s date, not page furniture', () => {
    const r = imp(['村两委会议记录', '时间：2024年11月8日', '地点：村委会二楼', '主持人：村支书李平', '一、学习有关文件']);
    expect(r.draft.meeting.date).toBe('2024-11-08');
    expect(r.text.startsWith('时间：2024年11月8日')).toBe(true);
  });

  it('keeps 日期： below another field too', () => {
    const r = imp(['社区居委会例会纪要', '地点：社区活动室', '日期：2023年5月9日', '记录人：韦兰', '一、通报近期工作']);
    expect(r.draft.meeting.date).toBe('2023-05-09');
  });

  it('still removes a page’s date stamp beside its source line', () => {
    const r = imp(['县政府召开安全生产会议', '来源：县政府办', '时间：2024-03-02', '3月1日上午，县长韦立主持召开安全生产会议。']);
    expect(r.text).not.toContain('时间：2024-03-02');
  });
});

describe('titled people between commas', () => {
  it('reads a title holding 、 and a name with no listed surname as one person', () => {
    const h = readHeader('3月2日上午，旗人大会议预备会议在旗礼堂召开。旗委书记韦立，旗委副书记、旗长乌力吉，旗人大常委会主任朝克巴特尔，旗政协主席那顺参加会议。');
    expect(h.attendees).toEqual([
      { name: '韦立', title: '旗委书记', unit: '' },
      { name: '乌力吉', title: '旗委副书记、旗长', unit: '' },
      { name: '朝克巴特尔', title: '旗人大常委会主任', unit: '' },
      { name: '那顺', title: '旗政协主席', unit: '' },
    ]);
  });

  it('keeps a group after the titled people a group', () => {
    const h = readHeader('3月2日，镇党委召开会议。镇党委书记韦立，镇长伍平，各村党支部书记参加会议。');
    expect(h.attendees.map((p) => p.name)).toEqual(['韦立', '伍平', '各村党支部书记']);
  });
});

describe('an academic honour after the chair’s name', () => {
  it('drops 院士 after the name as it drops 教授', () => {
    const h = readHeader('2024年5月6日，北岭学院召开学科建设专题会议。党委书记韦立作总结讲话，校长王刚院士主持会议。');
    expect(h.chair).toEqual({ name: '王刚', title: '校长' });
  });
});

describe('a subject meeting dated 昨（<Chinese numerals>）日', () => {
  it('reads the day in Chinese numerals and keeps it out of the meeting’s name', () => {
    const r = imp(['第三次全縣村長聯繫會議昨（十九）日上午在縣禮堂舉行，縣長韋立到場。', '韋立表示，要做好服務。']);
    expect(r.draft.meeting.name).toBe('第三次全縣村長聯繫會議');
    expect(r.recognized.dateText).toBe('昨（十九）日上午');
    expect(r.draft.meeting.date).toBe('2026-02-19');
  });
});

describe('a group counted with 位 and where it came from', () => {
  it('keeps only the kind of people', () => {
    const r = imp(['第三次全縣村長聯繫會議昨（19）日上午在縣禮堂舉行，近五十位來自各鄉鎮的村長代表出席。', '會議指出，要做好服務。']);
    expect(r.draft.meeting.attendees).toEqual([{ name: '村長代表', title: '', unit: '' }]);
  });

  // Round 32: 来自 opening the list says where the group came from, not who they are (the keys of
  // 来自…负责同志 and 有來自…會員代表 leave it out), with or without a count.
  it('leaves a group without a count as written, less the 来自 before it', () => {
    const h = readHeader('3月4日，县农业农村局召开座谈会，来自各乡镇的种粮大户参加。');
    expect(h.attendees.map((p) => p.name)).toEqual(['各乡镇的种粮大户']);
  });
});
