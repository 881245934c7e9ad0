import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';
import { importedPeople } from '../helpers/imported-people';

/**
 * Who attended, said after the business (round 23): the chair's clause and the list in one
 * sentence joined by ； (or a page's ASCII ;), and the attending verb followed by what they came to
 * do (出席会议听取意见). Every text here is made up.
 */

describe('attendance told after the business', () => {
  for (const [label, semi] of [
    ['；', '；'],
    ['ASCII ;', ';'],
  ] as const) {
    it(`reads the list after the chair's clause joined by ${label}`, () => {
      const text = [
        '6月3日，市政协第十二次主席会议在东湖召开。',
        '会议听取了有关情况的汇报。',
        '会议还审议了有关人事事项。',
        `市政协常务副主席周立新主持会议${semi}市政协副主席孙海川、程玉梅，秘书长白景山出席会议。`,
        '市政协办公室负责人列席会议。',
      ].join('\n');
      expect(importedPeople(text).attendees).toEqual([
        ['孙海川', '市政协副主席'],
        ['程玉梅', '市政协副主席'],
        ['白景山', '秘书长'],
      ]);
      expect(importText(text).draft.meeting.chair).toEqual({ name: '周立新', title: '市政协常务副主席' });
    });
  }

  it('reads people who attend to hear views, and their later speech as a lead', () => {
    const text = [
      '11月8日，县政协召开征求意见座谈会，12位县政协委员围绕县委工作提出意见建议。',
      '委员们从产业发展、民生保障等方面提出了意见。',
      '县政协主席许文涛主持会议。县委常委、统战部部长邓志宏，副县长梁晓春等出席会议听取意见。',
      '邓志宏代表县委作表态讲话，他说，县委将一如既往支持政协工作。',
    ].join('\n');
    expect(importedPeople(text).attendees).toEqual([
      ['邓志宏', '县委常委、统战部部长'],
      ['梁晓春', '副县长'],
    ]);
    const leads = importText(text).draft.sections.map((x) => [x.kind, x.lead]);
    expect(leads).toContainEqual(['directive', '邓志宏']);
  });

  it('does not take a chair clause or a plan of who should attend as attendees', () => {
    const text = ['6月3日，市政协第十二次主席会议在东湖召开。', '会议听取了有关情况的汇报。', '会议要求各专委会主任下周出席会议听取意见，做好准备。'].join('\n');
    expect(importedPeople(text).attendees).toEqual([]);
  });
});

describe('attending a study session', () => {
  it('reads the list before 参加集体学习研讨 in the opening, Traditional too', () => {
    const text = '6月30日下午，市中心医院党委召开理论学习中心组扩大学习会，院领导宋志远、钱立群，院长助理蒋文博，各党支部书记等参加集体学习研讨。党委书记韩明主持会议并讲话。\n会议传达了文件精神。';
    expect(importedPeople(text).attendees).toEqual([
      ['宋志远', '院领导'],
      ['钱立群', '院领导'],
      ['蒋文博', '院长助理'],
      ['各党支部书记', ''],
    ]);
    const hant = '6月30日下午，市中心醫院黨委召開理論學習中心組擴大學習會，院領導宋志遠、錢立群參加專題學習。黨委書記韓明主持會議。\n會議傳達了文件精神。';
    expect(importedPeople(hant).attendees).toEqual([
      ['宋志遠', '院領導'],
      ['錢立群', '院領導'],
    ]);
  });

  it('takes no one from a requirement that people attend study later', () => {
    const text = '6月30日下午，市中心医院党委召开理论学习中心组扩大学习会。\n会议要求，各支部要组织党员参加集体学习。';
    expect(importedPeople(text).attendees).toEqual([]);
  });
});
