import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * Round 21 (import-27b): the opening's chair and attendees by general signals. Every text here is
 * made up.
 */
const NOW = new Date('2026-03-05T00:00:00Z');
const meeting = (lines: string[]) => importText(lines.join('\n'), { now: NOW }).draft.meeting;

describe('the chair', () => {
  it('reads a military office (司令员) as a title', () => {
    expect(meeting(['6月3日，北山兵团党委全委会议在北山召开。兵团党委书记、政委王成作讲话，兵团党委副书记、司令员钱立新主持会议。', '会议强调，要做好防汛工作。']).chair).toEqual({
      name: '钱立新',
      title: '兵团党委副书记、司令员',
    });
  });

  it('drops an adverb of order between the chair and the verb (先后, 再次)', () => {
    expect(meeting(['4月8日，省政府黨組書記、省長周明遠先後主持召開省政府黨組會議和常務會議。', '會議強調，要抓好春耕。']).chair).toEqual({
      name: '周明遠',
      title: '省政府黨組書記、省長',
    });
    expect(meeting(['4月8日，县委书记沈立再次主持召开县委常委会会议。', '会议强调，要抓好春耕。']).chair).toEqual({ name: '沈立', title: '县委书记' });
  });

  it('reads the chair of a congress sitting named later (主持第一次全体会议)', () => {
    expect(
      meeting([
        '12月3日上午，中国共产党北溪镇第五次党员代表大会第二次会议召开。来自全镇的98名党代表参加会议。',
        '镇党委书记许强代表镇党委向大会作工作报告。',
        '镇党委副书记、镇长吴海主持第一次全体会议。',
        '大会审议了镇党委工作报告。',
      ]).chair,
    ).toEqual({ name: '吴海', title: '镇党委副书记、镇长' });
  });
});

const names = (people: readonly { name: string; title: string }[]) => people.map((p) => (p.title ? `${p.title}|${p.name}` : p.name));

describe('attendee lists', () => {
  it('reads the last names of a list joined to a counted group (A、B及17位…)', () => {
    const m = meeting(['3月2日，县人大常委会召开第五次会议。', '县人大常委会主任赵明、副主任孟和、萨仁、钱立国及15位常委会组成人员出席会议。', '会议听取了工作报告。']);
    expect(names(m.attendees)).toEqual(['县人大常委会主任|赵明', '副主任|孟和', '副主任|萨仁', '副主任|钱立国', '常委会组成人员']);
  });

  it('keeps the parts of a list that ； parts, named people and groups alike', () => {
    const m = meeting([
      '3月2日，县人大常委会召开第五次会议。',
      '县政府副县长乌云达来、周建新，县法院院长孙德胜；县政府办公室，县财政局、审计局的负责同志；各乡镇的人大主席列席会议。',
      '会议听取了工作报告。',
    ]);
    expect(names(m.observers)).toEqual(['县政府副县长|乌云达来', '县政府副县长|周建新', '县法院院长|孙德胜', '县政府办公室，县财政局、审计局的负责同志', '各乡镇的人大主席']);
  });

  it('reads each ；-part of a list after 列席大会的还有 as a group of its own', () => {
    const m = meeting(['12月2日上午，中国共产党东溪镇第九次党员代表大会第二次会议召开。', '列席大会的还有区管处级干部；区管退休干部；不是代表的村党组织书记。', '大会审议了工作报告。']);
    expect(names(m.observers)).toEqual(['区管处级干部', '区管退休干部', '不是代表的村党组织书记']);
  });

  it('does not run a list across a ； into a clause of business', () => {
    const m = meeting(['3月2日，县政府召开常务会议。', '列席会议的有县财政局负责同志；会议研究了春耕工作。', '会议强调，要抓好春耕。']);
    expect(names(m.observers)).toEqual(['县财政局负责同志']);
  });

  // KEYING 21 (round 38) over rule 19: a count that does not open the group stays as written, so the
  // group name is one the page wrote.
  it('keeps the counts inside a group of kinds (20个科室负责人)', () => {
    const m = meeting(['3月2日，县医院召开党风廉政建设会议。', '院党委委员、纪委委员、20个职能科室负责人、18个党支部书记参加会议。', '会议强调，要抓好廉政。']);
    expect(names(m.attendees)).toEqual(['院党委委员、纪委委员、20个职能科室负责人、18个党支部书记']);
  });

  it('drops 同志 after a titled name', () => {
    const m = meeting(['7月3日，集团公司党委召开政工例会，基层党组织负责人参加了会议。会议由集团公司党委副书记柴文主持，集团公司党委书记、董事长江立年同志到会指导。', '会议强调，要抓好党建。']);
    expect(names(m.attendees)).toContain('集团公司党委书记、董事长|江立年');
  });
});

describe('named people before 等 and their kind', () => {
  it('reads the names before 等 + a long kind among comma-separated groups', () => {
    const m = meeting([
      '4月28日，塔溪縣召開示範縣動員大會。縣委書記韓林強調，要抓好創建。會議以視頻形式召開，阿依古麗·熱合曼等縣四套班子在家領導，各單位主要領導等在主會場參會，各村第一書記在鄉分會場參會。',
      '會議要求，要抓好創建。',
    ]);
    // KEYING 25: the kind after 等 is the name's title.
    expect(names(m.attendees)).toContain('縣四套班子在家領導|阿依古麗·熱合曼');
    expect(names(m.attendees)).not.toContain('阿依古麗·熱合曼等縣四套班子在家領導');
  });

  it('keeps a group with 等 inside that names nobody', () => {
    const m = meeting(['3月2日，县政府召开安全生产会议。', '县应急局、消防大队等单位负责人，各乡镇分管领导参加会议。', '会议强调，要抓好安全。']);
    expect(names(m.attendees).some((n) => n.startsWith('县应急局'))).toBe(true);
  });
});

describe('the meeting name', () => {
  it('keeps a 领导小组 as the body in Traditional script (小組 is no name)', () => {
    expect(meeting(['9月9日，市加快推進新縣城建設領導小組召開全體成員工作會議，研究部署工作。', '會議強調，要抓好建設。']).name).toBe('市加快推進新縣城建設領導小組全體成員工作會議');
  });

  it('keeps an object that already names the body by its level (县委召开县委常委扩大会议)', () => {
    expect(meeting(['近日，北川县委召开县委常委扩大会议，研究防汛工作。', '会议强调，要抓好防汛。']).name).toBe('县委常委扩大会议');
  });

  it('takes the body from the first clause when the verb’s clause has none (X為…，於…舉辦)', () => {
    expect(meeting(['澳門同鄉總會為更好貫徹落實會議精神，於10月8日在會址再次舉辦學習會，推動會員學習。', '會議強調，要加強學習。']).name).toBe('澳門同鄉總會學習會');
  });

  it('takes no person and no purpose alone for the body', () => {
    expect(meeting(['为贯彻落实会议精神，3月4日在县政府召开防汛推进会，部署防汛工作。', '会议强调，要抓好防汛。']).name).toBe('防汛推进会');
  });

  it('takes no attendance clause for the meeting’s name (…參加會議)', () => {
    expect(meeting(['近日，全體機關干部、各村支部書記參加會議。', '會議強調，要抓好防疫。']).name).not.toContain('參加');
  });

  it('drops a space beside a number inside the name', () => {
    expect(meeting(['12月1日，市长周明主持召开第二十届第 120次常务会议，审议有关事项。', '会议强调，要抓好落实。']).name).toBe('第二十届第120次常务会议');
  });
});

describe('the date', () => {
  const dateText = (lines: string[]) => importText(lines.join('\n'), { now: NOW }).recognized.dateText;

  it('reads two days that share one 日 (7月23、24日, 3月4-5日) as written', () => {
    expect(dateText(['7月23、24日，集团公司党委召开政工例会，基层党组织负责人参加了会议。', '会议强调，要抓好党建。'])).toBe('7月23、24日');
    expect(dateText(['3月4-5日，县委召开全会。', '会议强调，要抓好落实。'])).toBe('3月4-5日');
  });

  it('does not read a list of numbers after a month as days', () => {
    expect(dateText(['近日，县政府召开常务会议，研究3月12、13号文件的落实。', '会议强调，要抓好落实。'])).not.toContain('3月12');
  });
});
