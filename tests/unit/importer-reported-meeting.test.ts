import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * The meeting a report is about, when its opening first tells of an earlier one; groups that count
 * several holders of an office. Every text here is made up.
 */
const NOW = new Date('2026-03-05T00:00:00Z');

describe('an opening that mentions an earlier meeting first', () => {
  const text = [
    '青川县人民医院集团党委召开成立后第一次全体会议',
    '青川县5月10日召开医疗集团组建动员会，宣布了集团党委班子。5月16日下午，人民医院集团党委第一次全体会议在集团二楼会议室召开，集团党委委员参加会议。会议由集团党委书记顾振华主持。',
    '会议审议通过了《集团党委议事规则》。',
  ];

  it('takes the name and date of the meeting the headline names', () => {
    const r = importText(text.join('\n'), { now: NOW });
    expect(r.draft.meeting.name).toBe('人民医院集团党委第一次全体会议');
    expect(r.recognized.dateText).toBe('5月16日下午');
    expect(r.draft.meeting.chair.name).toBe('顾振华');
  });

  it('keeps the first meeting when the headline names no later one', () => {
    const r = importText(['青川县召开医疗集团组建动员会', ...text.slice(1)].join('\n'), { now: NOW });
    expect(r.draft.meeting.name).toBe('青川县医疗集团组建动员会');
    expect(r.recognized.dateText).toBe('5月10日');
  });
});

describe('an office with a count before it is a group', () => {
  it('keeps 十大科室主任 among the groups instead of dropping it as one unnamed office', () => {
    const r = importText(['6月3日，柳溪镇召开卫生院工作会议，镇党委委员，卫生院八大科室主任，各村卫生室负责人参加会议。', '会议要求，各科室要抓好落实。'].join('\n'), { now: NOW });
    expect(r.draft.meeting.attendees.map((p) => p.name)).toEqual(['镇党委委员', '卫生院八大科室主任', '各村卫生室负责人']);
  });
});
