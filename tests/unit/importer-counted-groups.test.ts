import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';
import { countedGroupsOnly } from '../../shared/importer/structure/people';

/**
 * Groups of people said to attend outside the opening's own list: read when their words say several
 * came (a head count, 各/全体/部分/所属), never a group told to attend or one at another meeting.
 * Every text here is made up.
 */
const NOW = new Date('2026-03-05T00:00:00Z');
const imp = (lines: string[]) => importText(lines.join('\n'), { now: NOW });
const names = (lines: string[]) => imp(lines).draft.meeting.attendees.map((p) => p.name);

describe('countedGroupsOnly', () => {
  it('reads a group with a head count, the count left out', () => {
    expect(countedGroupsOnly('县人大常委会组成人员31人').map((p) => p.name)).toEqual(['县人大常委会组成人员']);
    expect(countedGroupsOnly('局机关全体干部、各科室负责人60余人').map((p) => p.name)).toEqual(['局机关全体干部、各科室负责人']);
  });

  it('leaves out 等 before the head count with the count (教师代表等共计50余人)', () => {
    const opening = '9月7日，县政府召开座谈会。县长王明出席会议并讲话。县委宣传部负责人、各乡镇代表等共计50余人参加座谈会。会议由李华主持。';
    expect(names([opening, '王明指出，要办好民生实事。'])).toEqual(['王明', '县委宣传部负责人、各乡镇代表']);
    const hant = '9月7日，大學召開座談會。黨委書記王明出席會議並講話。宣傳部負責人、教師代表等共計50餘人參加座談會。';
    expect(names([hant, '王明指出，要辦好教育。'])).toContain('宣傳部負責人、教師代表');
  });

  it('reads a group that 各 or 所属 marks as several, in either script', () => {
    expect(countedGroupsOnly('鎮公所各課室及所屬機關主管').map((p) => p.name)).toEqual(['鎮公所各課室及所屬機關主管']);
  });

  it('reads a school’s teachers and students as a kind of people', () => {
    expect(countedGroupsOnly('青岚中学共三十名师生').map((p) => p.name)).toEqual(['青岚中学师生']);
  });

  it('leaves a group with no mark of several, a person, a unit or a clause unread', () => {
    for (const s of ['班子成员', '县长', '王海涛、李春燕', '各单位', '会议要求各单位负责人', '会后，全体干部']) expect(countedGroupsOnly(s)).toEqual([]);
  });
});

describe('counted groups attending after the opening', () => {
  const opening = '9月3日，青河县人大常委会第十二次会议在县政府会议中心举行。县人大常委会主任戴文彬主持会议。';

  it('reads the groups in a paragraph that goes on about the quorum', () => {
    expect(names([opening, '县人大常委会组成人员31人出席会议，出席人数符合法定人数。', '会议审议了县政府关于水利工作的报告。'])).toEqual(['县人大常委会组成人员']);
  });

  it('reads the groups after a clause that did business, in the last paragraph', () => {
    const r = imp([opening, '会议审议了县政府关于水利工作的报告。', '县委书记邱建平作传达报告，县直部门主要负责人、各乡镇党委书记40余人参加传达学习会。']);
    expect(r.draft.meeting.attendees.map((p) => p.name)).toContain('县直部门主要负责人、各乡镇党委书记');
  });

  it('reads a group that 一同与会 in the opening, after the meeting it convenes', () => {
    expect(names(['縣府第210次縣務會議於15日上午召開，由縣長主持。並於10時接續召開第4次主管會報，縣府各處室及所屬機關主管一同與會。'])).toContain('縣府各處室及所屬機關主管');
  });

  // Mid-report, where no closing-paragraph reading applies (the two paragraphs after the opening and
  // the last two are read as attendance paragraphs elsewhere): business on both sides.
  const after = ['会议审议了县政府关于水利工作的报告。', '会议还听取了县法院的专项工作报告。'];
  it('does not read groups told to attend, expected to attend, or at another meeting', () => {
    expect(names([opening, '会议要求，各乡镇分管负责人40余人参加下周的培训会。', ...after])).toEqual([]);
    expect(names([opening, '届时全县各乡镇党委书记将参加会议。', ...after])).toEqual([]);
    expect(names([opening, ...after, '省人民代表大会于1月11日召开，全省700余名省人大代表参加会议。', ...after])).toEqual([]);
  });

  it('reads the same group when nothing marks it as told, expected or elsewhere', () => {
    expect(names([opening, '全县各乡镇分管负责人40余人参加会议。', ...after])).toEqual(['全县各乡镇分管负责人']);
  });
});

describe('who attended and sat in on a congress (大会)', () => {
  const opening = '本报讯 3日上午，政协青河市第五届委员会第二次会议在市会议中心开幕。';
  const roll = '会议应到委员300名，实到281名。';
  const guests = '应邀参加今天大会的有：中共青河市委、市人民政府的领导同志，市中级人民法院、市人民检察院的主要领导同志。会议还邀请了市级有关部门负责同志，部分异地商会会长等列席大会。';

  it('reads the groups after 参加今天大会的有 and the groups that 列席大会', () => {
    const r = imp([opening, roll, guests, '大会听取了常务委员会工作报告。']);
    expect(r.draft.meeting.attendees.map((p) => p.name)).toEqual(['中共青河市委、市人民政府的领导同志', '市中级人民法院、市人民检察院的主要领导同志']);
    expect(r.draft.meeting.observers.map((p) => p.name)).toEqual(['市级有关部门负责同志', '部分异地商会会长']);
  });

  it('leaves out that the meeting, named by its kind, invited them (本次教代会还邀请了…参加)', () => {
    const r = imp(['5月12日，青河中学教职工代表大会在会议室召开。本次教代会还邀请了区人大代表、校中层干部参加。工会主席许文清主持会议。', '会议审议通过了学校工作报告。']);
    expect(r.draft.meeting.attendees.map((p) => p.name)).toEqual(['区人大代表、校中层干部']);
  });

  it('does not read people who will sit in on a congress', () => {
    const r = imp([opening, roll, '会议要求市级有关部门负责同志届时列席大会。', '大会听取了常务委员会工作报告。']);
    expect(r.draft.meeting.observers).toEqual([]);
  });
});
