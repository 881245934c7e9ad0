import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';
import { findLooseDate } from '../../shared/importer/structure/dates';

/**
 * A paper that opens with a slogan or the meeting's message, then dates the sitting by the issue
 * (今天上午，… / 昨天下午，…) in the sentence after. Every text here is made up.
 */
const NOW = { now: new Date('2026-12-05T00:00:00Z') };

describe('a day given by the issue in the opening’s second sentence', () => {
  it('reads 今天上午 or 昨天下午 opening the sentence that says the meeting sat or opened', () => {
    expect(findLooseDate('以团结凝聚力量，以奋斗铸就伟业。今天上午，政协南川省第十三届委员会第二次会议在青禾隆重开幕。')?.text).toBe('今天上午');
    const found = findLooseDate('会议要求，广大盟员要持续深入学习。昨天下午，民盟南川市委全委（扩大）会议举行，总结年度工作。')!;
    expect(found.text).toBe('昨天下午');
    expect(found.relative).toBe(-1);
  });

  it('does not read a plan, a word inside the sentence, or a sentence that holds no meeting', () => {
    expect(findLooseDate('县委召开会议。今天上午，县长要求各单位将于明天完成整改。')).toBeNull();
    expect(findLooseDate('县委召开会议。会议指出，今天上午的成绩来之不易，要召开总结会。')).toBeNull();
    expect(findLooseDate('县委召开会议。今天上午，各单位开展了巡查。')).toBeNull();
  });

  it('dates the report by the issue over the page stamp', () => {
    const text =
      '民盟南川市委举行全委（扩大）会议\n\n南川日报·2026-01-15 01:51\n\n会议要求，广大盟员要持续深入学习。昨天下午，民盟南川市委十五届四次全委（扩大）会议举行，总结2025年度工作。市政协副主席王强出席会议。';
    expect(importText(text, NOW).recognized.dateText).toBe('昨天下午');
  });
});
