import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';
import { readHeader } from '../../shared/importer/structure/header';

/**
 * Lists that follow their opener (…的还有：, …的市领导有：): the rostrum as the verb, a named sitting,
 * a body's members as the kind, the page's commas parting entries, a closing head count, and a
 * closing paragraph that adds such a list to the names before it. Every text here is made up.
 */
const NOW = new Date('2026-03-05T00:00:00Z');
const imp = (lines: string[]) => importText(lines.join('\n'), { now: NOW });
const everyone = (r: ReturnType<typeof imp>) => [...r.draft.meeting.attendees, ...r.draft.meeting.observers].map((p) => p.name);
const read = (s: string) => readHeader(s).attendees.map((p) => [p.name, p.title]);

describe('a list after its opener', () => {
  it('reads who sat on the rostrum after 在主席台就座的还有', () => {
    const got = read('3月2日上午，平安县第九届人民代表大会第三次会议开幕。在主席台就座的还有韦长青、蒙晓川、陆一鸣等县领导及主席团其他成员。');
    // KEYING 14: the level's leaders named after 等 (县领导) is each name's label.
    expect(got).toEqual([
      ['韦长青', '县领导'],
      ['蒙晓川', '县领导'],
      ['陆一鸣', '县领导'],
      ['主席团其他成员', ''],
    ]);
  });

  it('reads a list after a named sitting and after a long kind of members', () => {
    const guests = read('1月9日，政协青石市第五届委员会第一次会议闭幕。应邀出席闭幕会并在主席台前排就座的市领导有：市委书记谭明远，市委副书记、市长韩冬。');
    expect(guests).toEqual([
      ['谭明远', '市委书记'],
      ['韩冬', '市委副书记、市长'],
    ]);
    const members = read('1月9日，政协青石市第五届委员会第一次会议闭幕。出席会议并在主席台前排就座的五届市政协领导班子成员有：柯文海、曹一平、梁栋。');
    expect(members.map(([name]) => name)).toEqual(['柯文海', '曹一平', '梁栋']);
  });

  it('parts the entries at the commas, leaves units out and drops the closing head count', () => {
    const got = read(
      '4月3日，在市委会议室召开了青石市教育工作大会，参加会议的有市委书记谭明远，副市长韩冬，及市教育工作领导小组成员单位，各区县政府分管领导，分管教育、体育的副县长，各直属学校校长300多人参会。',
    );
    expect(got).toEqual([
      ['谭明远', '市委书记'],
      ['韩冬', '副市长'],
      ['各区县政府分管领导', ''],
      ['分管教育、体育的副县长', ''],
      ['各直属学校校长', ''],
    ]);
  });

  it('reads the groups a closing paragraph adds after the names it gave', () => {
    const r = imp([
      '主席团第三次会议召开',
      '3月4日上午，青石市第八届人民代表大会第二次会议主席团第三次会议在市政府召开，韦长青、蒙晓川等领导出席会议。',
      '本次会议共有两项议程：1、听取各代表团审议政府工作报告的情况汇报；2、表决大会选举办法草案。',
      '各代表团一致认为，政府工作报告实事求是，催人奋进。大会选举办法草案也通过了表决。',
      '陆一鸣、曹一平也出席了会议，出席会议的还有：主席团其他成员，市人民政府副市长，市财政局局长，大会副秘书长、秘书组负责人。',
    ]);
    expect(everyone(r)).toEqual(expect.arrayContaining(['陆一鸣', '曹一平', '主席团其他成员', '市人民政府副市长', '市财政局局长', '大会副秘书长、秘书组负责人']));
    // The paragraph only said who attended: it is no section of the report.
    expect(r.draft.sections.some((s) => s.paragraphs.some((p) => p.includes('出席会议的还有')))).toBe(false);
  });

  it('reads no one where the opener lists units only or a rostrum sentence does business', () => {
    expect(read('5月6日，县政府召开安全生产会议。参加会议的还有：县应急局、县交通局等单位。')).toEqual([]);
    expect(read('5月6日，县人代会开幕。在主席台就座的领导认真听取了报告。')).toEqual([]);
  });
});
