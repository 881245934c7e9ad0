import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';
import { isTitle, parsePerson } from '../../shared/importer/structure/people';

/** Delegates (人大代表, 党代表) named as people, and 等 after named attendees. Made-up texts. */
const NOW = new Date('2026-03-05T00:00:00Z');

describe('a delegate’s title before a name', () => {
  it('reads 人大代表 and 党代表 before a name as the person’s title, in both scripts', () => {
    expect(parsePerson('在县全国人大代表罗春梅')).toEqual({ title: '在县全国人大代表', name: '罗春梅' });
    expect(parsePerson('市黨代表陳家豪')).toEqual({ title: '市黨代表', name: '陳家豪' });
  });

  it('does not make the delegates alone, or their election, a person', () => {
    expect(isTitle('县人大代表')).toBe(false);
    expect(parsePerson('人大代表选举工作')).toBeNull();
  });
});

describe('named attendees followed by 等 after the opening', () => {
  it('reads the named delegate and leaves 等 out', () => {
    const r = importText(['3月2日，县人大常委会召开在县人大代表建议征集座谈会。', '在县全国人大代表罗春梅等出席会议。会议共征集建议素材20件。', '会议要求，各部门要认真研究代表建议。'].join('\n'), {
      now: NOW,
    });
    expect(r.draft.meeting.attendees.map((p) => [p.name, p.title])).toEqual([['罗春梅', '在县全国人大代表']]);
  });
});
