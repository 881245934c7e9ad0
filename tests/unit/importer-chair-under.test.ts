import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';
import { importedPeople } from '../helpers/imported-people';

const NOW = new Date('2026-03-05T00:00:00Z');
const meeting = (text: string) => importText(text, { now: NOW }).draft.meeting;

/**
 * The chair written as 在X（的）主持下 with the meeting as the subject, a bare 会议 after 主持召开
 * that refers back to the meeting named before, and offices held by several (各/部分 inside the
 * words). Every text here is made up.
 */
describe('chair and meeting in 在X主持下 and back-references', () => {
  it('reads the chair of 会议在X的主持下进行, not the meeting as part of the person', () => {
    const m = meeting('3月5日，区政府第35次常务会议召开。会议在区委副书记、区长刘洋的主持下进行。\n会议研究了有关事项。');
    expect(m.chair).toEqual({ name: '刘洋', title: '区委副书记、区长' });
    expect(m.name).toBe('区政府第35次常务会议');
  });

  it('names the meeting that is the subject of 在X主持下召开', () => {
    const m = meeting('3月5日，区政府第35次常务会议在区委副书记、区长刘洋主持下召开。\n会议研究了有关事项。');
    expect(m.chair).toEqual({ name: '刘洋', title: '区委副书记、区长' });
    expect(m.name).toBe('区政府第35次常务会议');
  });

  it('does not take a place after 在 for a person', () => {
    const m = meeting('7月23日，县政协常委会议在钱城召开。县政协主席蔡文军主持会议。\n会议研究了有关事项。');
    expect(m.chair).toEqual({ name: '蔡文军', title: '县政协主席' });
    expect(m.name).toBe('县政协常委会议');
  });

  it('keeps the meeting named before a bare 会议 after 主持召开', () => {
    const m = meeting('3月5日，市政府召开常务会议，市委副书记、市长陈峰主持召开会议。\n会议研究了有关事项。');
    expect(m.name).toBe('市政府常务会议');
    expect(m.chair).toEqual({ name: '陈峰', title: '市委副书记、市长' });
  });

  it('reads offices held by several (各, 部分 inside the words) as groups, a lone office as nobody', () => {
    const text = '3月5日上午，区人大常委会召开第十次会议，区人大常委会主任王强主持会议。区政府副区长刘伟，区人大各街道工委主任，部分乡镇党委书记列席会议。县长出席会议。\n会议听取了区政府的报告。';
    const p = importedPeople(text);
    expect(p.observers).toEqual([
      ['刘伟', '区政府副区长'],
      ['区人大各街道工委主任', ''],
      ['部分乡镇党委书记', ''],
    ]);
    expect(p.attendees).toEqual([]);
  });
});

describe('the convening body in the meeting name', () => {
  it('keeps the county that convenes when the meeting names a kind of unit (乡镇党委)', () => {
    const m = meeting('3月5日，石门县召开乡镇党委换届试点工作部署培训会议，县委常委、组织部长严守义出席并讲话。\n会议研究了有关事项。');
    expect(m.name).toBe('石门县乡镇党委换届试点工作部署培训会议');
  });

  it('still takes a committee named in the meeting as its own body', () => {
    const m = meeting('3月5日，青岭县召开县委全面深化改革委员会第五次会议。\n会议研究了有关事项。');
    expect(m.name).toBe('县委全面深化改革委员会第五次会议');
  });

  it('keeps 本所 before a Taiwan date with the year of the Republic in brackets', () => {
    const m = meeting('本所(113)年4月19日上午召開113年度第一次擴大區務會議,會議由葉宏琪區長主持。\n會議研究了有關事項。');
    expect(m.name).toBe('本所113年度第一次擴大區務會議');
    expect(m.chair).toEqual({ name: '葉宏琪', title: '區長' });
  });
});

describe('a title before a transliterated name', () => {
  it('splits the office from a dotted name in the chair slot', () => {
    const m = meeting('3月5日，县政府召开常务会议，会议由县委副书记、县长木合塔尔·买买提主持。\n会议研究了有关事项。');
    expect(m.chair).toEqual({ name: '木合塔尔·买买提', title: '县委副书记、县长' });
  });

  it('keeps a dotted name with no office as a name', () => {
    const m = meeting('3月5日，县政府召开常务会议，县长王强主持，副县长阿迪力·热合曼、艾尔肯·吐尼亚孜出席。\n会议研究了有关事项。');
    expect(m.attendees.map((p) => [p.name, p.title])).toEqual([
      ['阿迪力·热合曼', '副县长'],
      ['艾尔肯·吐尼亚孜', '副县长'],
    ]);
  });
});
