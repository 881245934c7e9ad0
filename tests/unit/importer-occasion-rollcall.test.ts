import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * Issue 11, round 21 (import-27a): section boundaries by classes of sentence rather than by one
 * report's phrases — the occasion as a lead in any word for the gathering, statements of several
 * bodies in turn, and the paragraphs that only say who was there (never an item of business).
 * Every text here is made up (names, places, bodies).
 */
const NOW = new Date('2026-06-01T00:00:00Z');
const OPENING = '5月8日上午，青岭县召开安全生产工作会议。县委副书记、县长程远航主持会议。';
const led = (text: string) =>
  importText(text, { now: NOW })
    .draft.sections.filter((s) => s.lead || s.heading)
    .map((s) => [s.kind, s.lead]);

describe('the occasion as a lead', () => {
  it('opens a section at 座谈中 / 会议中 where a sentence begins, comma or not', () => {
    expect(led([OPENING, '程远航指出，要压实责任。座谈中，双方就合作事宜进行了交流。'].join('\n'))).toEqual([
      ['directive', '程远航指出'],
      ['text', '座谈中'],
    ]);
    expect(led([OPENING, '程远航指出，要压实责任。会议中汪晓丽通报了近期事故情况。'].join('\n'))).toEqual([
      ['directive', '程远航指出'],
      ['text', '会议中'],
    ]);
  });

  it('opens a section at 期间， with the kind of the leader asking right after its comma', () => {
    expect(led([OPENING, '汪晓丽传达了全省安全生产会议精神。期间，程远航要求各乡镇立即开展隐患排查。'].join('\n'))).toEqual([
      ['directive', '汪晓丽传达了'],
      ['requirement', '期间'],
    ]);
  });

  it('leaves 会中 without its comma and 期间 inside a sentence to the words around them', () => {
    const text = [OPENING, '针对财政吃紧的问题，会中各单位交换了意见，程远航要求节约开支。', '程远航指出，旅游旺季期间各项安全要抓实。'].join('\n');
    const leads = led(text).map(([, lead]) => lead);
    expect(leads).not.toContain('会中');
    expect(leads.some((l) => l!.startsWith('期间'))).toBe(false);
  });
});

describe('statements in turn', () => {
  it('reads the heads of a long list of bodies speaking in turn as an account of its own', () => {
    expect(led([OPENING, '程远航指出，要压实责任。县委宣传部、青石镇、县公安局、县教科局、县税务局负责人分别作表态发言。'].join('\n'))).toEqual([
      ['directive', '程远航指出'],
      ['text', '县委宣传部、青石镇、县公安局、县教科局、县税务局负责人分别作表态发言'],
    ]);
  });
});
