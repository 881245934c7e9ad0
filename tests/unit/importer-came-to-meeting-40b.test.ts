import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * 到会 as attendance (issue 11, round 27, import-40b): a guest who 到会 (came to the meeting), with
 * the clause closing there or before the speech the guest gave, attends it as one who 出席s does;
 * and a clause ending in 到会 is no meeting's name. Made-up texts.
 */
const NOW = new Date('2026-03-05T00:00:00Z');
const read = (text: string) => importText(text, { now: NOW }).draft.meeting;
const opening = '2月8日，青石镇第十五届人民代表大会第一次会议在镇政府四楼会议室召开。';
const body = '\n大会审议通过了镇政府工作报告。';

describe('到会 as attendance', () => {
  it('reads a guest who came and spoke as an attendee', () => {
    const m = read(`${opening}区委常委、政法委书记孙立梁到会并讲话。${body}`);
    expect(m.attendees.map((p) => [p.name, p.title])).toEqual([['孙立梁', '区委常委、政法委书记']]);
  });

  // A long list (past what the clause reader takes whole) is read from its verb: 到会 before where
  // they sat (…等到会并在主席台就座) is that verb.
  it('reads a long list of those who came and sat on the rostrum (round 34)', () => {
    const leaders = ['孙立梁', '周德明', '方永年', '韦明', '谢灵芝', '雷鸣', '肖立', '郑一', '区杰', '蒋华', '苏秀'];
    leaders.push('潘康', '张文', '白松林', '王至', '彭文', '覃建', '秦春', '韦凤', '王建', '彭东', '赵仲文');
    const t = `${opening}\n区领导${leaders.join('、')}，区法院院长程明，区检察院检察长林新，区政协党组成员唐文、陆明，区人大常委会秘书长周成，区政府秘书长丁明等到会并在主席台就座。${body}`;
    expect(read(t).attendees.map((p) => p.name)).toEqual([...leaders, '程明', '林新', '唐文', '陆明', '周成', '丁明']);
  });

  it('reads a bare 到会 closing the sentence', () => {
    expect(read(`${opening}区人大常委会副主任周德明到会。${body}`).attendees.map((p) => p.name)).toEqual(['周德明']);
  });

  it('does not read one who came to report as an attendee', () => {
    expect(read(`${opening}区政府副区长周德明应邀到会通报了有关情况。${body}`).attendees).toEqual([]);
  });

  it('does not take a roll call for a list', () => {
    expect(read(`${opening}会议应到代表67人，实际到会60人，符合法定人数。${body}`).attendees).toEqual([]);
  });

  it('names no meeting after a clause that ends in 到会', () => {
    const m = read('10月11日下午，市委组织部到我院宣布任免决定。市卫健委党委书记方永年同志，市医管局副处长农启国同志到会。罗宇同志主持会议。\n罗宇指出，要抓好落实。');
    expect(m.name).toBe('');
    expect(m.attendees.map((p) => p.name)).toEqual(['方永年', '农启国']);
  });
});
