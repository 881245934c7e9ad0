import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';
import { convenesOnDate } from '../../shared/importer/structure/leadless';

/**
 * Round 33 (import-64a): prose above the paragraph that convenes the meeting on its day (a preamble
 * of purpose, a leader setting off to attend, a page stamp), before any business, is the opening's
 * own preamble, not an item of the report: 13 of the 14 TRAIN reports with such prose key it so. A
 * paragraph above that convenes a meeting in a sentence of its own keeps a later day's sitting as an
 * item. Made-up texts.
 */
const NOW = { now: new Date('2026-12-06T00:00:00Z') };
const sections = (lines: string[]) => importText(lines.join('\n'), NOW).draft.sections;

describe('a preamble above a late opening', () => {
  it('reads a day with no month at the sentence start only when asked', () => {
    expect(convenesOnDate('17日上午，青禾大学对口帮扶工作会议在青禾大学举行。')).toBe(false);
    expect(convenesOnDate('17日上午，青禾大学对口帮扶工作会议在青禾大学举行。', true)).toBe(true);
    expect(convenesOnDate('25日至26日，白沙市委全会召开。', true)).toBe(true);
    expect(convenesOnDate('会上，17日上午举行的活动受到好评。', true)).toBe(false);
  });

  it('joins purpose prose above a dated convening paragraph to the opening', () => {
    const got = sections([
      '为深入推进基层治理，清溪街道广泛发动居民，推选出一百余名热心居民组成市民议事会。',
      '4月9日下午，清溪街道在柳岸社区举行市民议事会第一次会议。街道党工委书记王明远出席。',
      '会上，社区书记李红介绍了议事会的工作规则，与会代表纷纷建言献策。',
    ]);
    expect(got.map((s) => s.lead)).toEqual(['', '会上']);
    expect(got[0]!.paragraphs).toHaveLength(2);
  });

  it('joins a leader setting off to attend, with the sitting dated by its day only', () => {
    const got = sections([
      '8月16日至17日，校党委书记陈立带队赴北原参加对口帮扶北原学院工作会议，并看望挂职干部。',
      '17日上午，对口帮扶北原学院工作会议在北原学院举行。',
      '陈立在发言中指出，要把帮扶工作抓细抓实。',
    ]);
    expect(got.map((s) => s.lead)).toEqual(['', '陈立在发言中指出']);
  });

  it('keeps a later day of a meeting convened above as its own item', () => {
    const got = sections(['4月9日至10日，青湖省片区工作联席会议在白沙市召开；西片的代表应邀参会。', '9日上午，四市举行工作座谈会。省委主委张平出席会议。', '会上，四市代表分别作了交流发言。']);
    expect(got).toHaveLength(3);
  });
});
