import { describe, expect, it } from 'vitest';
import { attendedEvent, endsAttendingEvent } from '../../shared/importer/structure/attended-event';
import { importedPeople } from '../helpers/imported-people';

/**
 * Who attended an event that is not called a meeting (参加审议, 出席开幕式并讲话, 参加揭牌仪式): any short
 * object of an attendance verb, read from named, titled people (and kinds of people beside them).
 * Every text here is made up.
 */
describe('attendance at any event of the day', () => {
  it('reads delegates who took part in a deliberation, one post before all names (Traditional)', () => {
    const text = '3月2日，自治區十屆人大二次會議北嶺州代表團召開全體會議，審議政府工作報告。\n自治區人大代表林立群、馬國慶、阿依古麗·吐爾遜、趙明等參加審議。\n大家一致認為，報告實事求是。';
    expect(importedPeople(text).attendees).toEqual([
      ['林立群', '自治區人大代表'],
      ['馬國慶', '自治區人大代表'],
      ['阿依古麗·吐爾遜', '自治區人大代表'],
      ['趙明', '自治區人大代表'],
    ]);
  });

  it('reads a guest who attended the opening ceremony and spoke (Simplified)', () => {
    const text = '本报讯 15日上午，南川学院第三次党代会开幕。市委常委、宣传部部长周文静出席开幕式并讲话。学院党委书记吴涛作工作报告，院长郑凯主持会议。\n周文静指出，要办好人民满意的教育。';
    expect(importedPeople(text).attendees).toEqual([['周文静', '市委常委、宣传部部长']]);
  });

  it('reads named people and a kind of people who took part in a ceremony', () => {
    const text = '6月8日，县工业园区召开企业服务座谈会。副县长郭明，园区管委会主任邓林，园区各企业负责人参加揭牌仪式。\n郭明强调，要优化营商环境。';
    expect(importedPeople(text).attendees).toEqual([
      ['郭明', '副县长'],
      ['邓林', '园区管委会主任'],
      ['园区各企业负责人', ''],
    ]);
  });

  it('reads nobody from a kind of people alone, or from a career or a label', () => {
    const text = '4月1日，县政府召开常务会议，县长王强主持会议。全体机关干部参加培训。\n会议指出，李华1990年参加工作。参加人员名单附后。';
    expect(importedPeople(text).attendees).toEqual([]);
  });

  it('reads named, titled people who attended the congress itself (出席大会, both scripts)', () => {
    const text = '7月15日上午，北川学院召开第三届教职工代表大会第二次会议。学院党委书记周明，院长潘峰，副院长李华、杨林出席大会。大会由党委副书记孙立主持。\n周明指出，要办好教育。';
    expect(importedPeople(text).attendees).toEqual([
      ['周明', '学院党委书记'],
      ['潘峰', '院长'],
      ['李华', '副院长'],
      ['杨林', '副院长'],
    ]);
    const hant = '7月15日上午，北川學院召開第三屆教職工代表大會第二次會議。學院黨委書記周明，院長潘峰出席大會。\n周明指出，要辦好教育。';
    expect(importedPeople(hant).attendees).toEqual([
      ['周明', '學院黨委書記'],
      ['潘峰', '院長'],
    ]);
  });

  it('reads nobody from the head count of a congress (应出席大会代表…)', () => {
    const text = '3月5日，县第十八届人民代表大会第三次会议开幕。应出席大会代表300名，实到285名，符合法定人数。大会由县人大常委会主任王强主持。\n会议指出，要依法履职。';
    expect(importedPeople(text).attendees).toEqual([]);
  });

  it('tells an event from the nouns an attendance verb makes', () => {
    expect(attendedEvent('审议')).toBe(true);
    expect(attendedEvent('开幕式')).toBe(true);
    expect(attendedEvent('工作')).toBe(false);
    expect(attendedEvent('人员名单')).toBe(false);
    expect(attendedEvent('过的活动')).toBe(false);
    expect(endsAttendingEvent('自治區人大代表林立群等參加審議')).toBe(true);
    expect(endsAttendingEvent('李华1990年参加工作')).toBe(false);
  });
});
