import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';
import { attendingClauses } from '../../shared/importer/structure/attending-clauses';

/**
 * Attendance clauses after the opening whose verb closes on a sitting, an activity or nothing
 * (出席闭幕大会, 出席主席会议、常委会议, 参加学习, …出席。), and several clauses in one sentence.
 * Every text here is made up.
 */
const NOW = new Date('2026-03-05T00:00:00Z');
const imp = (lines: string[]) => importText(lines.join('\n'), { now: NOW });
const names = (r: ReturnType<typeof imp>) => r.draft.meeting.attendees.map((p) => [p.name, p.title]);

describe('attendingClauses', () => {
  it('reads a bare verb, a sitting and an activity as the end of a clause', () => {
    expect(attendingClauses('副主席甘立群、白素云，秘书长石一鸣出席').map((c) => [c.list, c.verb])).toEqual([['副主席甘立群、白素云，秘书长石一鸣', '出席']]);
    expect(attendingClauses('副主席甘立群出席闭幕大会')[0]?.list).toBe('副主席甘立群');
    expect(attendingClauses('县领导钱忠、柯蓝参加学习')[0]?.list).toBe('县领导钱忠、柯蓝');
    expect(attendingClauses('副处长孟川同志到会')[0]?.verb).toBe('到会');
  });

  it('reads each clause of a sentence with two lists', () => {
    const clauses = attendingClauses('副主席甘立群、白素云出席主席会议、常委会议，秘书长石一鸣出席主席会议，并作说明', '省政协全会期间主席会议、常委会议');
    expect(clauses.map((c) => c.list)).toEqual(['副主席甘立群、白素云', '秘书长石一鸣']);
  });

  it('leaves a meeting named in full that is not the one reported', () => {
    expect(attendingClauses('区委书记柯蓝出席全市经济工作会议并讲话', '区政府第十次常务会议')).toEqual([]);
    expect(attendingClauses('区委书记柯蓝出席区政府常务会议并讲话', '区政府第十次常务会议')).toHaveLength(1);
  });

  it('takes the manner off the list and reads 列席 and 旁听 as sitting in', () => {
    expect(attendingClauses('集团领导甘立群全程参加')[0]?.list).toBe('集团领导甘立群');
    expect(attendingClauses('督导组组长白素云到会旁听')[0]?.verb).toBe('旁听');
    expect(attendingClauses('财务部部长石一鸣列席')[0]?.verb).toBe('列席');
  });

  it('finds no clause where nobody attends', () => {
    expect(attendingClauses('会议审议通过了年度工作计划')).toEqual([]);
  });
});

describe('attendees in a body paragraph', () => {
  const opening = '1月20日，湖西省政协十一届三次会议在湖城胜利闭幕。省政协主席庞文远致闭幕词，副主席甘立群主持闭幕大会。';

  it('reads a list that attended the closing sitting, said after the business', () => {
    const r = imp([
      opening,
      '会议通过了政治决议。',
      '庞文远在闭幕词中说，要认真贯彻这次会议的决议。',
      '省政协副主席白素云、钱忠，秘书长石一鸣出席闭幕大会。',
      '大会号召全省政协委员团结奋斗。',
      '大会在国歌声中闭幕。',
    ]);
    expect(names(r)).toEqual([
      ['白素云', '省政协副主席'],
      ['钱忠', '省政协副主席'],
      ['石一鸣', '秘书长'],
    ]);
  });

  it('reads a bare 出席 closing the sentence', () => {
    const r = imp(['市政协3月2日举行九届十次主席会议，市政协主席庞文远主持。', '会议协商了有关事项。市政协副主席白素云、钱忠，秘书长石一鸣出席。另讯，市政协书画展开幕。']);
    expect(names(r).map(([n]) => n)).toEqual(['白素云', '钱忠', '石一鸣']);
  });

  it('reads both lists of a sentence that names two sittings', () => {
    const r = imp([
      '1月25日下午，湖西省政协全会期间主席会议、常委会议在湖城召开。省政协主席庞文远主持会议。',
      '主席会议听取了小组讨论情况的汇报。',
      '省政协副主席白素云、钱忠出席主席会议、常委会议，秘书长石一鸣出席主席会议、常委会议，并作有关说明。',
    ]);
    expect(names(r).map(([n]) => n)).toEqual(['白素云', '钱忠', '石一鸣']);
  });

  it('does not read who is asked to attend', () => {
    const r = imp(['3月1日，鳳溪縣召開縣務會議，縣長龐文遠主持。', '龐文遠強調主管會報的重要性；同時也請各鄉鎮長踴躍出席，強化縣鄉協調。他回顧了兩年來的工作。', '會議還研究了其他事項。']);
    expect(r.draft.meeting.attendees).toEqual([]);
  });

  it('does not read a leader who attended another meeting the body tells of', () => {
    const r = imp(['3月1日，凤溪县政府召开第十次常务会议，县长庞文远主持。', '会议传达了全市经济工作会议精神。市委常委、副市长白素云出席全市经济工作会议并讲话。']);
    expect(r.draft.meeting.attendees).toEqual([]);
  });
});

describe('attendance clauses in the opening paragraph', () => {
  it('reads a guest who came to sit in and guide, and one who came to listen', () => {
    const r = imp(['9月3日，青岭学院召开党委理论学习中心组学习会。学院党委书记庞文远、院长钱忠出席会议，市教育局督导室主任白素云到会列席指导。', '会议传达了有关精神。', '会议要求，各部门抓好落实。']);
    expect(r.draft.meeting.observers.map((p) => [p.name, p.title])).toContainEqual(['白素云', '市教育局督导室主任']);
  });

  it('reads a guest who 巡听旁听 the study session as attending', () => {
    const r = imp(['5月6日，青岭医院召开党委理论学习中心组会议。青岭学院党委书记白素云巡听旁听学习会并作指导。医院党委书记庞文远主持会议。', '会议要求，各科室抓好落实。']);
    expect(r.draft.meeting.attendees.map((p) => [p.name, p.title])).toContainEqual(['白素云', '青岭学院党委书记']);
  });

  it('reads no name from the clause that convenes the meeting or names its chair', () => {
    const r = imp([
      '本所(113)年4月19日上午召開113年度第一次擴大區務會議暨里長業務會報,會議由賀宏綺區長主持,港中市政府蘇碧如顧問代表江市長出席以及勞工局石淑媛局長列席指導。',
      '會議要求，各里加強聯繫。',
    ]);
    expect(r.draft.meeting.observers.map((p) => p.name)).toEqual(['石淑媛']);
  });
});
