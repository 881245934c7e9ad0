import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';
import { isRollCall } from '../../shared/importer/structure/roll-call';

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
const count = (text: string) => importText(text, { now: NOW }).draft.sections.length;

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

describe('the meeting left out as subject', () => {
  it('opens an item at a sentence that starts with the meeting verb and 了', () => {
    expect(led([OPENING, '会议听取了县应急局关于汛前检查的汇报。研究讨论了《青岭县防汛应急预案》。确定了汛期值班人员名单。'].join('\n'))).toEqual([
      ['topic', '会议听取了县应急局关于汛前检查的汇报'],
      ['text', '研究讨论了'],
      ['decision', '确定了'],
    ]);
  });

  it('keeps the item when the meeting goes on to ask in its sentence (要求 is no word of obligation)', () => {
    const leads = led([OPENING, '程远航指出，要压实责任。讨论了汛期物资储备问题，要求县应急局月底前补齐缺口。'].join('\n')).map(([, lead]) => lead);
    expect(leads).toContain('讨论了');
  });

  it('leaves an instruction (no 了) and 同时 going on with the item before in their sections', () => {
    expect(led([OPENING, '会议传达学习了省委全会精神。同时认真学习了《安全生产法》。', '程远航指出，要压实责任。确定专人负责隐患排查。'].join('\n'))).toEqual([
      ['directive', '会议传达学习了'],
      ['directive', '程远航指出'],
    ]);
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

describe('who was there is no item of business', () => {
  it('keeps a roll call of posts and names, cut off by the capture, out of the sections', () => {
    const body = '程远航指出，要压实责任。';
    const rollCall = '县委常委、副县长顾立新，县人大常委会副主任汪晓丽，县政协副主席陈国平，县直各部门主要负责人，各乡镇';
    expect(count([OPENING, body, rollCall].join('\n'))).toBe(count([OPENING, body].join('\n')));
  });

  it('keeps 列席会议的还有… out of the sections, and reads the chairs of each sitting as a section of their own', () => {
    const body = '程远航指出，要压实责任。';
    expect(count([OPENING, body, '列席会议的还有县直部门负责人；各乡镇分管领导。'].join('\n'))).toBe(count([OPENING, body].join('\n')));
    // (KEYING 19, 21: a chair line on its own after the convening paragraph is an `other` section; keys before round 37 left it in the opening)
    expect(count([OPENING, body, '副县长顾立新主持第一次全体会议。县长助理陈国平主持预备会议。'].join('\n'))).toBe(count([OPENING, body].join('\n')) + 1);
  });

  it('tells a roll call from prose that lists things done', () => {
    expect(isRollCall('县委常委、副县长顾立新，县人大常委会副主任汪晓丽，县政协副主席陈国平，县直各部门主要负责人。')).toBe(true);
    expect(isRollCall('市委副书记、市长扎西顿珠，州委副书记、州长索朗平措，州政府副州长林浩然。')).toBe(true);
    expect(isRollCall('加强隐患排查，落实属地责任，完善应急预案，提升处置能力。')).toBe(false);
    expect(isRollCall('县公安局负责人通报了案件情况，县应急局负责人汇报了排查进展，县财政局负责人作了说明。')).toBe(false);
    expect(isRollCall('顾立新、汪晓丽')).toBe(false);
  });
});
