import { describe, expect, it } from 'vitest';
import { importedPeople } from '../helpers/imported-people';

/**
 * Attendance lists whose people or groups the importer dropped (round 33, import-64b): a title run
 * that opens with 全国 (read as a group's 全…), offices outside the office list (参事, 专家) and the
 * 民主党派 read as units that 派 (sent) someone. Every text here is made up.
 */

describe('attendee offices and kinds', () => {
  it('reads titles joined by 、 that open with 全国 as one titled person', () => {
    const text = '4月2日，民盟江北省委会召开学习会。全国政协委员、民盟江北省委会主委、省水利厅厅长范文涛出席会议，副主委杜春林主持会议。\n会议传达学习了有关精神。';
    expect(importedPeople(text).attendees).toEqual([['范文涛', '全国政协委员、民盟江北省委会主委、省水利厅厅长']]);
  });

  it('keeps a 全体 group a group', () => {
    const text = '4月2日，县政协召开学习会。全体机关干部、各委室主任参加会议。\n会议传达学习了有关精神。';
    expect(importedPeople(text).attendees).toEqual([['全体机关干部、各委室主任', '']]);
  });

  it('reads 参事 and 专家 as offices written before a name', () => {
    const text = '5月6日，调研组在南岭学院召开座谈会。省政府参事、南岭职业学院院长汪志明，省政府参事、南岭大学原校长谢春华，特邀专家、省教育厅原副厅长柯长林参加调研。\n会议听取了学院的汇报。';
    expect(importedPeople(text).attendees).toEqual([
      ['汪志明', '省政府参事、南岭职业学院院长'],
      ['谢春华', '省政府参事、南岭大学原校长'],
      ['柯长林', '特邀专家、省教育厅原副厅长'],
    ]);
  });

  it('reads 各民主党派代表 as a kind of people, not as units that sent someone', () => {
    const text = '6月3日，学院召开情况通报会。学院全体班子成员，各科室负责人，各民主党派代表出席会议。\n会议通报了学院年度工作。';
    expect(importedPeople(text).attendees).toEqual([
      ['学院全体班子成员', ''],
      ['各科室负责人', ''],
      ['各民主党派代表', ''],
    ]);
  });
});

describe('groups the page separates with commas (KEYING 8)', () => {
  it('parts groups at the comma, an office in brackets closing the first', () => {
    const text = '3月1日，县委召开全会。全体县委委员；县纪委委员；乡镇党委书记、乡镇长（办事处主任），县直单位主要负责人参加了会议。\n会议审议通过了有关报告。';
    expect(importedPeople(text).attendees).toEqual([
      ['全体县委委员', ''],
      ['县纪委委员', ''],
      ['乡镇党委书记、乡镇长（办事处主任）', ''],
      ['县直单位主要负责人', ''],
    ]);
  });

  it('drops a clause before the groups that is no part of who attended', () => {
    const text = '5月6日上午，青石乡召开工作推进会，会议分为现场观摩和集中座谈两个环节，乡领导班子成员，各村党支部书记参加此次会议。\n会议要求，各村要抓好落实。';
    expect(importedPeople(text).attendees).toEqual([
      ['乡领导班子成员', ''],
      ['各村党支部书记', ''],
    ]);
  });

  it('keeps units before a comma with the kind after it', () => {
    const text = '5月6日，县政府召开工作会议。全县部分乡镇，县直部门负责人参加会议。\n会议要求，各单位要抓好落实。';
    expect(importedPeople(text).attendees).toEqual([['全县部分乡镇，县直部门负责人', '']]);
  });
});

describe('head counts in a group (KEYING 8)', () => {
  it('takes a count written with 几 out of the group, and the 有来自 that opens it', () => {
    const text = '3月17日上午，青河县农会举行年度会员代表大会，有来自全县各乡镇农会理事长等60几位会员代表参加。\n会议审议通过了年度工作报告。';
    expect(importedPeople(text).attendees).toEqual([['全县各乡镇农会理事长等会员代表', '']]);
  });
});

describe('bare names, then 和 and a group', () => {
  it('reads the names one by one though one surname is rare', () => {
    const text = '1月8日，区政协召开全体会议。陈立恩、咸文晖、齐同山、任启明和部分离退休老同志在主席台就座。\n会议审议通过了常委会工作报告。';
    expect(importedPeople(text).attendees).toEqual([
      ['陈立恩', ''],
      ['咸文晖', ''],
      ['齐同山', ''],
      ['任启明', ''],
      ['部分离退休老同志', ''],
    ]);
  });

  it('keeps a run of bodies before 和 one group', () => {
    const text = '1月8日，县委召开工作会议。县委、政府、人大和有关部门负责人出席会议。\n会议审议通过了有关报告。';
    expect(importedPeople(text).attendees).toEqual([['县委、政府、人大和有关部门负责人', '']]);
  });
});

describe('a second run of names after a join', () => {
  it('does not give the second run the title written before the first', () => {
    const text = '1月5日，县政协召开常委会议。县政协副主席周立宏、夏文明、刘卫东以及贺安民、王新华、陈运林等领导出席会议。\n会议传达学习了有关精神。';
    expect(importedPeople(text).attendees).toEqual([
      ['周立宏', '县政协副主席'],
      ['夏文明', '县政协副主席'],
      ['刘卫东', '县政协副主席'],
      ['贺安民', ''],
      ['王新华', ''],
      ['陈运林', ''],
    ]);
  });

  it('gives the second run the level label after 等, the first titled person keeping his', () => {
    const text = '6月2日，县委召开调度会。县政协主席李中松和谢美芬、张恒、唐玉梅等县领导参加。\n会议听取了有关汇报。';
    expect(importedPeople(text).attendees).toEqual([
      ['李中松', '县政协主席'],
      ['谢美芬', '县领导'],
      ['张恒', '县领导'],
      ['唐玉梅', '县领导'],
    ]);
  });

  it('still shares the title with a last name joined alone', () => {
    const text = '1月5日，县政协召开主席会议。副主席陈家乐、叶思远、程立文及容兆基出席会议。\n会议传达学习了有关精神。';
    expect(importedPeople(text).attendees).toEqual([
      ['陈家乐', '副主席'],
      ['叶思远', '副主席'],
      ['程立文', '副主席'],
      ['容兆基', '副主席'],
    ]);
  });
});
