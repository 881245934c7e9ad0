import { describe, expect, it } from 'vitest';
import { importedPeople } from '../helpers/imported-people';

/**
 * A congress's opening told over two paragraphs (round 31, import-56b): the head count names the
 * session in full before 应出席, then who sat on the rostrum, the guests greeting the congress
 * (在主席台就座，祝贺大会召开); and members who take part by video under a rule. Made-up texts.
 */
describe('rostrum paragraphs of a congress', () => {
  const opening = '2月6日上午，政协平川市第九届委员会第三次会议在平川会堂开幕。';

  it('reads the rostrum after a head count that names the session, and the greeted guests', () => {
    const text = [
      opening,
      '市政协九届三次会议应出席委员312人，实到297人，符合规定人数。大会主席团常务主席林国栋、程玉海和大会秘书长韦晓岚在主席台前排就座。市领导邱明远、方志诚等在主席台就座，祝贺大会召开。',
      '林国栋代表政协平川市第九届委员会常务委员会向大会报告工作。',
    ].join('\n');
    expect(importedPeople(text).attendees).toEqual([
      ['林国栋', '大会主席团常务主席'],
      ['程玉海', '大会主席团常务主席'],
      ['韦晓岚', '大会秘书长'],
      ['邱明远', '市领导'],
      ['方志诚', '市领导'],
    ]);
  });

  it('reads members who take part by video as a group, not the rule they follow', () => {
    const text = [opening, '市政协主席林国栋、副主席程玉海在主席台前排就座。按照疫情防控有关规定，12名港澳委员以视频形式参加会议。', '林国栋代表政协平川市第九届委员会常务委员会向大会报告工作。'].join(
      '\n',
    );
    expect(importedPeople(text).attendees).toEqual([
      ['林国栋', '市政协主席'],
      ['程玉海', '副主席'],
      ['港澳委员', ''],
    ]);
  });
});
