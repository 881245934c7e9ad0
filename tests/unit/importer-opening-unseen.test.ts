import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';
import { readHeader } from '../../shared/importer/structure/header';

/**
 * The opening read by mechanisms meant to carry to wording no batch has shown (issue 11, round 14,
 * branch import-16a): names the segmenter reads as words, subjects left out, other punctuation,
 * other regions' forms. Every text here is made up.
 */
const NOW = new Date('2026-03-05T00:00:00Z');
const body = '会议强调，各单位要抓好落实，确保各项任务按期完成，切实把工作做细做实做到位。';
const meeting = (lines: string[]) => importText(lines.join('\n'), { now: NOW }).draft.meeting;

describe('the chair', () => {
  it('reads a name then an office alone in the chair’s slot, whatever the segmenter makes of the name', () => {
    const m = meeting(['6月3日，受副市长委托，方军副秘书长主持召开供水保障协调会议。', body]);
    expect(m.chair).toEqual({ name: '方军', title: '副秘书长' });
    expect(m.name).toBe('供水保障协调会议');
  });

  it('carries the subject of a visit on to the clause that chairs, skipping who came along', () => {
    const m = meeting(['4月9日上午，市委书记管仲文到青溪镇调研乡村振兴工作，市委常委、秘书长钱立一同参加。 管仲文一行来到青溪村察看产业园建设，随后在镇政府主持召开座谈会，听取工作汇报。', body]);
    expect(m.chair).toEqual({ name: '管仲文', title: '市委书记' });
    const direct = meeting(['4月9日上午，市委书记管仲文到青溪镇调研，随后来到镇政府主持召开座谈会。', body]);
    expect(direct.chair).toEqual({ name: '管仲文', title: '市委书记' });
  });

  it('does not carry a subject on when the clause opens with no carrying word', () => {
    const m = meeting(['4月9日上午，市委书记管仲文到青溪镇调研。镇政府主持召开座谈会。', body]);
    expect(m.chair.name).not.toBe('管仲文');
  });
});

describe('attendance', () => {
  it('reads a group before 与会 closed by an ASCII comma', () => {
    const h = readHeader('9时接续召开第3次主管会报,县府各单位一、二级主管一同与会,县长听取报告。');
    expect(h.attendees.map((p) => p.name)).toEqual(['县府各单位一、二级主管']);
  });
});

describe('forms and 纪要 headers no batch has shown', () => {
  it('never takes a labelled field for the headline, so its value still fills the meeting', () => {
    const draft = importText(['会议时间：3月4日下午', '会议地点：局三楼会议室', '主持人：王立新（局长）', '记录：孙丽', body].join('\n'), { now: NOW }).draft;
    expect(draft.title).toBe('');
    expect(draft.meeting.date).toBe('2026-03-04');
    expect(draft.meeting.location).toBe('局三楼会议室');
  });

  it('reads bare names then a group in a people field', () => {
    const m = meeting(['时间：2025年3月4日', '主持人：局长 王立新', '参会人员：李明、张红、刘强、各科室负责人', body]);
    expect(m.attendees.map((p) => p.name)).toEqual(['李明', '张红', '刘强', '各科室负责人']);
  });

  it('reads role nouns after the label, 日期, 出列席 and 壹、 numbering', () => {
    const m = meeting(['壹、日期：2025年3月4日', '貳、主席：陳主任委員志明', '參、出席委員：林美惠、黃建國、吳淑芬', '肆、列席人員：秘書 張家豪', '伍、缺席委員：李國華（公假）', body]);
    expect(m.date).toBe('2025-03-04');
    expect(m.chair.name).toBe('陳志明');
    expect(m.attendees.map((p) => p.name)).toEqual(['林美惠', '黃建國', '吳淑芬']);
    expect(m.observers.map((p) => [p.name, p.title])).toEqual([['張家豪', '秘書']]);
    expect(m.absentees.map((p) => p.name)).toEqual(['李國華']);
    const both = meeting(['時間：2025年3月4日', '出列席人員：林美惠、黃建國、吳淑芬', body]);
    expect(both.attendees.map((p) => p.name)).toEqual(['林美惠', '黃建國', '吳淑芬']);
    expect(both.observers).toEqual([]);
  });

  it('keeps a title in brackets after an absent name, drops a reason', () => {
    const titled = meeting(['时间：2025年3月4日', '请假：钱伟（副镇长）', body]);
    expect(titled.absentees.map((p) => [p.name, p.title])).toEqual([['钱伟', '副镇长']]);
    const reason = meeting(['时间：2025年3月4日', '请假人员：镇党委委员李娜（病假）、王涛（外出学习）', body]);
    expect(reason.absentees.map((p) => [p.name, p.title])).toEqual([
      ['李娜', '镇党委委员'],
      ['王涛', '镇党委委员'],
    ]);
  });
});

describe('other regions and newspapers', () => {
  it('reads past a news agency’s dateline to the chair', () => {
    const m = meeting(['新华社南州3月4日电 省政府省长贺云鹏3月4日主持召开省政府常务会议，研究部署春耕工作。', body]);
    expect(m.chair).toEqual({ name: '贺云鹏', title: '省政府省长' });
    expect(m.name).toBe('省政府常务会议');
  });

  it('reads a council that meets on a date in Chinese numerals, and a chair with an honorific', () => {
    const m = meeting(['立法會交通事務委員會於二〇二五年三月四日（星期二）上午十時三十分舉行會議，主席霍啟明議員主持會議。', body]);
    expect(m.name).toBe('立法會交通事務委員會會議');
    expect(m.chair).toEqual({ name: '霍啟明', title: '主席' });
    expect(m.date).toBe('2025-03-04');
  });

  it('reads 行政長官 as an office, not a surname 官', () => {
    const m = meeting(['行政會於三月四日舉行會議，由行政長官岑明德主持。', body]);
    expect(m.chair).toEqual({ name: '岑明德', title: '行政長官' });
  });

  it('reads a date written with digits and separators', () => {
    for (const d of ['2025/03/04', '2025-3-4', '2025.03.04']) expect(meeting([`${d}下午，县委召开常委会会议，县委书记鲁文博主持会议。`, body]).date, d).toBe('2025-03-04');
    // A version number or a phone number is no date.
    expect(meeting(['近日，县委召开常委会会议，县委书记鲁文博主持会议，审议2025-3-45号文件。', body]).date).toBe('');
  });
});

describe('attendee lists with posts and names no batch has shown', () => {
  const people = (clause: string) => meeting([`3月4日，县政府召开专题会议，县长朱明主持，${clause}。`, body]).attendees.map((p) => [p.name, p.title]);

  it('reads a first titled name the segmenter knows as a word when a name follows it', () => {
    expect(people('副县长旺堆、格桑拉姆出席会议')).toEqual([
      ['旺堆', '副县长'],
      ['格桑拉姆', '副县长'],
    ]);
  });

  it('reads offices of courts, procuratorates, schools and councils', () => {
    expect(people('常务理事严华、林涛参加会议')).toEqual([
      ['严华', '常务理事'],
      ['林涛', '常务理事'],
    ]);
    expect(people('政治处主任科员钟敏、教导员唐浩参加会议')).toEqual([
      ['钟敏', '政治处主任科员'],
      ['唐浩', '教导员'],
    ]);
    expect(people('四级高级检察官邓晓参加会议')).toEqual([['邓晓', '四级高级检察官']]);
  });

  it('never cuts a name out of a council’s name before its office', () => {
    expect(people('审判委员会委员、一级法官吕方参加会议')).toEqual([['吕方', '审判委员会委员、一级法官']]);
  });
});

describe('meeting names in other verb frames', () => {
  it('names the meeting a leader spoke at when nothing convenes one', () => {
    expect(meeting(['3月4日，县委书记李军在县委常委会会议上强调，要抓好春耕生产。', body]).name).toBe('县委常委会会议');
  });

  it('keeps what the chair did after 主持 out of the name, and reads a study session', () => {
    const m = meeting(['3月4日，县委理论学习中心组举行2025年第一次集体学习，县委书记李军主持并讲话。', body]);
    expect(m.name).toBe('县委理论学习中心组2025年第一次集体学习');
    expect(m.chair).toEqual({ name: '李军', title: '县委书记' });
  });

  it('drops the means of convening from the body', () => {
    expect(meeting(['3月4日，县政府通过视频方式召开防汛工作调度会，县长王强主持。', body]).name).toBe('县政府防汛工作调度会');
    expect(meeting(['镇政府召开防汛工作调度会', '3月4日，以视频会议形式召开防汛工作调度会，镇长王强主持。', body]).name).toBe('镇政府防汛工作调度会');
  });
});

describe('minutes and 简报 issues', () => {
  it('reads Hong Kong style minutes: honorifics, the chair marked in the list, a time line after the date', () => {
    const m = meeting([
      '环境事务委员会',
      '会议纪要',
      '日期：2025年3月4日（星期二）',
      '时间：上午10时30分',
      '出席委员：',
      '梁志远议员（主席）',
      '邓美华议员（副主席）',
      '缺席委员：',
      '苏国辉议员',
      '列席公职人员：',
      '环境局副秘书长 冯淑仪女士',
      body,
    ]);
    expect(m.date).toBe('2025-03-04');
    expect(m.chair).toEqual({ name: '梁志远', title: '主席' });
    expect(m.attendees.map((p) => [p.name, p.title])).toEqual([['邓美华', '副主席']]);
    expect(m.absentees.map((p) => p.name)).toEqual(['苏国辉']);
    expect(m.observers.map((p) => [p.name, p.title])).toEqual([['冯淑仪', '环境局副秘书长']]);
  });

  it('drops an item number before a 简报 item’s headline', () => {
    const draft = importText(['一、县政府召开春耕备耕调度会', '3月8日，县长石立群主持召开春耕备耕调度会。', body].join('\n'), { now: NOW }).draft;
    expect(draft.title).toBe('县政府召开春耕备耕调度会');
  });

  it('never lists the chair among the attendees of the same form', () => {
    const m = meeting(['3月8日，县长石立群主持召开县政府第12次常务会议。', body, '出席：石立群、贺东、韦华', '记录：孙丽']);
    expect(m.chair.name).toBe('石立群');
    expect(m.attendees.map((p) => p.name)).toEqual(['贺东', '韦华']);
  });
});
