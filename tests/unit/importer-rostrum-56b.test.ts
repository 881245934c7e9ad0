import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';
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

describe('a festive opening and its rostrum rows', () => {
  const text = [
    '1月9日上午',
    '中国人民政治协商会议平川市第九届委员会第三次会议在平川会堂隆重开幕!',
    '市政协主席林国栋，市政协副主席程玉海、韦晓岚、邱明远出席会议并在主席台前排就座。',
    '市委书记方志诚，市委副书记、市长潘立军出席会议并在主席台前排就座。',
    '市领导钟海涛、莫建华，市政府秘书长谭振宇出席会议并在主席台就座。',
    '政协平川市第九届委员会第三次会议应到委员280名，出席当天会议的261名，符合政协章程规定。',
    '韦晓岚主持会议。',
    '方志诚对大会的胜利召开表示热烈祝贺。',
    '林国栋代表政协平川市第九届委员会常务委员会，向大会报告工作。',
  ].join('\n');

  it('takes the sentence closing on ！ for the opening, under a date line of its own', () => {
    const imported = importText(text);
    expect(imported.draft.meeting.name).toBe('中国人民政治协商会议平川市第九届委员会第三次会议');
    expect(importedPeople(text).attendees.map((p) => p[0])).toEqual(['林国栋', '程玉海', '邱明远', '方志诚', '潘立军', '钟海涛', '莫建华', '谭振宇']);
  });

  it('reads the chair in a paragraph below the rostrum rows and the head count, titled as listed', () => {
    expect(importText(text).draft.meeting.chair).toEqual({ name: '韦晓岚', title: '市政协副主席' });
  });
});
