import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * Two or more short lines naming someone's act, each between lines of prose, are a page's photo
 * captions (KEYING 21); one alone is left. Made-up texts (round 42, import-100c).
 */
const NOW = new Date('2026-03-05T00:00:00Z');
const OPENING = '3月5日上午，松林中学召开第五次党员大会，全校党员共120人参加会议，会议由校党委副书记周海明主持。';
const P1 = '校党委书记吴立新代表上届党委作工作报告，回顾了五年来学校党建工作取得的成绩，分析了存在的不足。';
const P2 = '大会以无记名投票方式选举产生了新一届校党委委员和纪委委员，新当选的委员表示将不负重托。';
const P3 = '吴立新强调，要把党建工作与教育教学深度融合，办好人民满意的教育。';

describe('captions by their number on the page', () => {
  it('takes out two act lines standing among the prose', () => {
    const r = importText(['松林中学召开第五次党员大会', OPENING, '校办主任何志刚宣读选举办法', P1, '监票人员清点选票现场', P2, '吴立新作总结讲话', P3].join('\n'), { now: NOW });
    expect(r.text).not.toContain('校办主任何志刚宣读选举办法');
    expect(r.text).not.toContain('吴立新作总结讲话');
    expect(r.text).toContain(P2);
  });

  it('takes out captions that run one under the other between paragraphs', () => {
    const r = importText(['松林县调研组赴江南调研', OPENING, P1, '周海明与江南县政协委员座谈交流', '调研组一行走访江南县工业园区', P2, P3].join('\n'), { now: NOW });
    expect(r.text).not.toMatch(/与江南县政协委员座谈交流|走访江南县工业园区/u);
  });

  it('leaves a single act line, and a run of agenda items or numbered headings', () => {
    const one = importText(['松林中学召开第五次党员大会', OPENING, P1, '吴立新作总结讲话', P2, P3].join('\n'), { now: NOW });
    expect(one.text).toContain('吴立新作总结讲话');
    const agenda = importText(['松林中学召开第五次党员大会', OPENING, P1, '听取校党委工作报告', P2, '审议校纪委工作报告', P3].join('\n'), { now: NOW });
    expect(agenda.text).toContain('听取校党委工作报告');
    expect(agenda.text).toContain('审议校纪委工作报告');
  });
});
