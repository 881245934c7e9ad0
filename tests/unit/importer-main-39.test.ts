import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * Round 39, main session: classes read from the round's TEST misses after the blind first run, each
 * as a general shape. Every text here is made up.
 */
const NOW = new Date('2026-06-01T00:00:00Z');
const result = (text: string) => importText(text, { now: NOW }).draft;

describe("the writer's own unit before the chair's office", () => {
  it('is no part of the office (我院, 我局), as for attendees', () => {
    const d = result(['松华医院召开第五届职工代表大会', '3月8日，我院第五届职工代表大会在学术报告厅召开。大会由我院党委副书记、工会主席林晓主持。', '大会听取了院长作的工作报告。'].join('\n'));
    expect(d.meeting.chair).toEqual({ name: '林晓', title: '党委副书记、工会主席' });
  });

  it('stays where what follows is no office (我院领导 says no post)', () => {
    const d = result(['松华医院召开第五届职工代表大会', '3月8日，我院第五届职工代表大会在学术报告厅召开。大会由我院领导林晓主持。', '大会听取了院长作的工作报告。'].join('\n'));
    expect(d.meeting.chair).toEqual({ name: '林晓', title: '我院领导' });
  });
});

describe('a meeting name read from a clause about who came or who watched', () => {
  it('is empty when the reading says who came along (陪同, 一行, 参会)', () => {
    const escorted = result(
      ['某集团调研组到我区调研', '6月4日，市国资委副主任韩林到我区调研，某有限公司党委委员、总经理程立等领导陪同调研并座谈。', '韩林指出，要把项目建设摆在突出位置。'].join('\n'),
    );
    expect(escorted.meeting.name).toBe('');
    const visiting = result(['松岭市人民政府一行莅临商会座谈交流', '9月2日，北疆省松岭市人民政府市长崔明一行到访我会交流座谈。', '崔明表示，欢迎各位企业家到松岭投资。'].join('\n'));
    expect(visiting.meeting.name).toBe('');
  });

  it('drops the body that watched a broadcast meeting', () => {
    const d = result(['我县组织收看全省森林防火电视电话会议', '3月12日上午，我县组织收看全省森林防火电视电话会议。', '会议要求，各乡镇要严管野外火源。'].join('\n'));
    expect(d.meeting.name).toBe('全省森林防火电视电话会议');
  });

  it('keeps the end of a motto clause whose opening quote the reading lost', () => {
    const d = result(
      ['首届民营经济茶叙会举行', '5月20日，以“携手奋进，推动全面振兴”为主题的首届辽海民营经济茶叙会在省城举行。省发展改革委主任李飞主持会议。', '李飞表示，要为企业办实事。'].join('\n'),
    );
    expect(d.meeting.name).toBe('首届辽海民营经济茶叙会');
  });
});

describe('及 between a named person and a kind of people', () => {
  const attendees = (text: string) => result(text).meeting.attendees.map((p) => [p.name, p.title]);

  it('parts the last name of a roll from the group it adds', () => {
    const text = [
      '某旗人大常委会召开会议',
      '1月4日，某旗人大常委会第三十次会议召开。旗人大常委会主任孟根主持会议，旗人大常委会领导宝力、崔明、张永和及旗有关部门负责人列席会议。',
      '会议审议通过了有关决定。',
    ].join('\n');
    expect(attendees(text).concat(result(text).meeting.observers.map((p) => [p.name, p.title]))).toEqual(
      expect.arrayContaining([
        ['张永和', '旗人大常委会领导'],
        ['旗有关部门负责人', ''],
      ]),
    );
  });

  it('leaves an office whose end might read as a name joined to its group', () => {
    const text = ['某集团召开董事会', '3月2日，某集团召开董事会。董事长周平主持会议，董事会秘书、总法律顾问以及相关部门主要负责人列席会议。', '会议审议通过了年度预算。'].join('\n');
    const all = [...result(text).meeting.attendees, ...result(text).meeting.observers].map((p) => p.name);
    expect(all).not.toContain('相关部门主要负责人');
  });
});

describe('a short bracketed tag glued to the start of a paragraph', () => {
  const text = ['某县召开防火会议', '【导语】3月5日，县长王平主持召开全县森林防火工作会议。', '会议总结了去年防火工作。', '【图文】副县长章林参加会议并讲话。他强调，要严管野外火源。'].join('\n');

  it('is no part of the report: the speech after it opens its section', () => {
    const d = result(text);
    expect(d.sections.map((s) => s.kind)).toContain('requirement');
    expect(JSON.stringify(d.sections)).not.toMatch(/【(?:导语|图文)】/u);
  });

  it("leaves a wire's dateline to the dateline rules", () => {
    const d = result(['市政署举办公开会议', '【本报消息】市政署讯：市政署昨日举行公开会议，听取市民意见。', '会议指出，要做好社区服务。'].join('\n'));
    expect(JSON.stringify(d.sections)).not.toContain('市政署讯');
  });
});

describe("a column's name set off by a bar before the headline", () => {
  const title = (line: string) => result([line, '3月2日，东川区第三届人民代表大会第二次会议开幕。区人大常委会主任林远主持会议。', '会议强调，要围绕中心履职尽责。'].join('\n')).title;

  it('is no part of the title (KEYING 22)', () => {
    expect(title('聚焦两会 | 东川区第三届人民代表大会第二次会议开幕')).toBe('东川区第三届人民代表大会第二次会议开幕');
    expect(title('政商交流丨某市政府一行莅临商会座谈交流')).toBe('某市政府一行莅临商会座谈交流');
  });

  it("keeps a body's name before the bar, which convenes the meeting", () => {
    expect(title('东川区人大常委会|第三届人民代表大会第二次会议开幕')).toBe('东川区人大常委会|第三届人民代表大会第二次会议开幕');
  });
});
