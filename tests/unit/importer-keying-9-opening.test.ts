import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * KEYING section 9's opening rules (round 14, branch import-16a): several chairs, and the body
 * named only in the headline. Every text here is made up.
 */
const NOW = new Date('2026-03-05T00:00:00Z');
const body = '会议强调，各单位要抓好落实，确保各项任务按期完成，切实把工作做细做实做到位。';
const meeting = (lines: string[]) => importText(lines.join('\n'), { now: NOW }).draft.meeting;

describe('several chairs (分别主持)', () => {
  it('keeps the names as listed and the title written once for them', () => {
    for (const clause of ['副主任林志远、韩晓东分别主持', '会议由林志远副主任、韩晓东副主任分别主持', '会议分别由副主任林志远、韩晓东主持', '副主任林志远和韩晓东分别主持']) {
      const m = meeting([`3月2日，县人大常委会召开系列座谈会，${clause}。`, body]);
      expect(m.chair, clause).toEqual({ name: '林志远、韩晓东', title: '副主任' });
      expect(m.name, clause).toBe('县人大常委会系列座谈会');
    }
  });

  it('joins different titles in the order written', () => {
    const m = meeting(['3月2日，县人大常委会召开系列座谈会，会议由副主任林志远、秘书长高远分别主持。', body]);
    expect(m.chair).toEqual({ name: '林志远、高远', title: '副主任、秘书长' });
  });
});

describe('the body named only in the headline', () => {
  it('prefixes the headline’s body when the opening’s 召开 has no subject', () => {
    const m = meeting(['白杨镇召开村级财务管理培训会', '9月3日，在镇政府三楼会议室召开村级财务管理培训会，镇长王立平主持。', body]);
    expect(m.name).toBe('白杨镇村级财务管理培训会');
    const colon = meeting(['青峰乡：召开秋冬季森林防火工作推进会', '近日，召开秋冬季森林防火工作推进会，各村护林员参加会议。', body]);
    expect(colon.name).toBe('青峰乡秋冬季森林防火工作推进会');
  });

  it('keeps the name as written when a person convenes it (KEYING 1)', () => {
    const m = meeting(['白杨镇召开村级财务管理培训会', '9月3日，镇长王立平主持召开村级财务管理培训会。', body]);
    expect(m.name).toBe('村级财务管理培训会');
  });

  it('guesses nothing when the headline names no body either', () => {
    const m = meeting(['召开村级财务管理培训会', '9月3日，在镇政府三楼会议室召开村级财务管理培训会，镇长王立平主持。', body]);
    expect(m.name).toBe('村级财务管理培训会');
  });
});
