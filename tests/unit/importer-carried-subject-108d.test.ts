import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * Round 44 (import-108d): the body a sentence opens with convenes a meeting its later clause holds
 * with no subject of its own (并召开, 随后举行), and a clause that is the body alone (出席…的某代表团，召开…)
 * convenes after a bare comma (KEYING 1). Every text is made up (松林县, 周海明 stand for any county and
 * leader).
 */
const NOW = new Date('2026-06-01T00:00:00Z');
const BODY = '会议强调，要抓好各项工作落实，各部门要压实责任、细化措施，把各项工作抓细抓实抓到位。';
const BODY_T = '會議強調，要抓好各項工作落實，各部門要壓實責任、細化措施，把各項工作抓細抓實抓到位。';
const named = (opening: string, body = BODY) => importText(['某某会议', opening, body].join('\n'), { now: NOW }).draft.meeting.name;

describe('a body carried to 并召开 through its own clauses', () => {
  it('names the body that visited and then convened', () => {
    expect(named('3月2日，省农业农村厅调研组先后察看了松林县两个合作社、三个种植基地，并召开了座谈会，县长周海明主持。')).toBe('省农业农村厅调研组座谈会');
    expect(named('3月2日，省農業農村廳調研組先後察看了松林縣兩個合作社、三個種植基地，並召開了座談會，縣長周海明主持。', BODY_T)).toBe('省農業農村廳調研組座談會');
  });

  it('names a body that had people visit, and then convened after 随后', () => {
    expect(named('3月2日，松林县人大常委会组织部分代表视察重点项目，随后召开座谈会。')).toBe('松林县人大常委会座谈会');
  });

  it('names the body alone in its clause, a relative clause before it, after a bare comma', () => {
    expect(named('3日下午，在省城出席省人代会的松林县代表团，召开第一次全体会议。')).toBe('松林县代表团第一次全体会议');
    expect(named('3日下午，在省城出席省人代會的松林縣代表團，召開第一次全體會議。', BODY_T)).toBe('松林縣代表團第一次全體會議');
  });
});

describe('what is not carried', () => {
  it('leaves the name alone after a person who visits and convenes', () => {
    // No person is carried into the name; the bare talk a leader holds in passing on a visit names
    // no meeting at all (KEYING 23, 24: `""`).
    const name = named('3月2日，县长周海明先后到青石镇、白沙乡调研，并召开座谈会。');
    expect(name).not.toContain('周海明');
    expect(name).toBe('');
  });

  it('does not take a clause with its own verb for the body (深入各乡镇)', () => {
    expect(named('3月2日，市委组织部深入各乡镇，召开基层党建工作座谈会。')).not.toContain('深入');
  });

  it('does not carry a body through a chain that has no 并 or 随后 before the verb', () => {
    expect(named('3月2日，省农业农村厅调研组先后察看了松林县两个合作社，召开座谈会。')).not.toContain('调研组');
  });

  it('leaves a joint subject to its own reading', () => {
    expect(named('3月2日，县政府与松林集团签署合作协议，并召开座谈会。')).toBe('座谈会');
  });
});
