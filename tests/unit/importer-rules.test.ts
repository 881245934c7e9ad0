import { describe, expect, it } from 'vitest';
import { importText, ownerAndDue, findItems, parsePeopleList } from '../../shared/importer';
import { readHeader } from '../../shared/importer/structure/header';
import { leadAt } from '../../shared/importer/structure/leads';

/**
 * The general rules added against the held-out set (bench/heldout), each on short synthetic
 * sentences: titles that hold 、, names with surnames outside our list, attendance clauses in one
 * sentence, meetings named as the subject, township conveners, fronted clauses before a lead,
 * 2、3月 items, wider owner labels, festival deadlines.
 */
const NOW = new Date('2026-03-05T08:00:00Z');

describe('people lists', () => {
  it('joins a title that holds 、 to the name after it', () => {
    expect(parsePeopleList('县委常委、常务副县长王强，副县长李明、张华')).toEqual([
      { name: '王强', title: '县委常委、常务副县长', unit: '' },
      { name: '李明', title: '副县长', unit: '' },
      { name: '张华', title: '副县长', unit: '' },
    ]);
    expect(parsePeopleList('党组成员、副局长刘洋及各科室负责人')).toEqual([
      { name: '刘洋', title: '党组成员、副局长', unit: '' },
      { name: '各科室负责人', title: '', unit: '' },
    ]);
  });
  it('keeps a group that ends in 成员 a group, not a title', () => {
    expect(parsePeopleList('局领导班子、各单位负责人')).toEqual([{ name: '局领导班子、各单位负责人', title: '', unit: '' }]);
  });
  it('takes a short part after a titled person as a name sharing the title, even with a rare surname', () => {
    expect(parsePeopleList('副市长陈刚、萧文、覃力').map((p) => p.name)).toEqual(['陈刚', '萧文', '覃力']);
    expect(parsePeopleList('副市长陈刚、各部门负责人').map((p) => p.name)).toEqual(['陈刚', '各部门负责人']);
  });
  it('reads 区领导 as a title', () => {
    expect(parsePeopleList('区领导王刚、李丽')).toEqual([
      { name: '王刚', title: '区领导', unit: '' },
      { name: '李丽', title: '区领导', unit: '' },
    ]);
  });
});

describe('header', () => {
  it('does not carry an earlier attendance clause into the 列席 list', () => {
    const h = readHeader('3月1日，县长王强主持召开常务会议，副县长李明出席会议，县政府办公室负责人列席会议。');
    expect(h.attendees.map((p) => p.name)).toEqual(['李明']);
    expect(h.observers.map((p) => p.name)).toEqual(['县政府办公室负责人']);
  });
  it('keeps a group ending in an office word (…党组织书记) as attendees', () => {
    const h = readHeader('县长王强主持会议。各村党组织书记、班子成员参加会议。');
    expect(h.attendees.map((p) => p.name)).toEqual(['各村党组织书记、班子成员']);
  });
  it('names the meeting when it is the subject of 召开 with no object', () => {
    expect(readHeader('5月8日，全市项目建设推进会召开。会议由副市长李明主持。').meetingName).toBe('全市项目建设推进会');
  });
  it('prefixes a township or county that convenes the meeting', () => {
    expect(readHeader('日前，白石镇召开安全生产调度会。镇长李明主持会议。').meetingName).toBe('白石镇安全生产调度会');
    expect(readHeader('日前，全市召开安全生产调度会。').meetingName).toBe('安全生产调度会');
  });
});

describe('leads', () => {
  it('takes a fronted 对…/关于… clause into the lead after it', () => {
    const lead = leadAt('对群众反映的问题，会议明确由县信访局牵头办理。', 0, 'paragraph', []);
    expect(lead?.text).toBe('对群众反映的问题，会议明确');
    expect(lead?.kind).toBe('decision');
  });
  it('takes a bare name with a strong verb and a comma at a paragraph start as a speaker', () => {
    expect(leadAt('张伟指出，当前形势严峻。', 0, 'paragraph', [])?.kind).toBe('directive');
    expect(leadAt('张伟指出的问题很多。', 0, 'paragraph', [])).toBeNull();
  });
});

describe('items', () => {
  it('reads 2、3月15日前… as item 2, while 1.5 stays a number', () => {
    const run = findItems('会议决定：1、成立专班；2、3月15日前完成摸底；3、建立调度制度。');
    expect(run?.items.length).toBe(3);
    expect(findItems('增长1.5个百分点，2.5亿元')).toBeNull();
  });
  it('reads 责任科室/牵头处室 labels and festival deadlines', () => {
    expect(ownerAndDue('完成改建，责任科室：建设科').owner).toBe('建设科');
    expect(ownerAndDue('完成整改，牵头处室：综合处').owner).toBe('综合处');
    expect(ownerAndDue('春节前完成欠薪清零').due).toBe('春节');
  });
});

describe('end to end', () => {
  it('imports a short report exercising the rules together', () => {
    const r = importText(
      ['5月8日，全市项目建设推进会召开。市委副书记、市长王强出席会议并讲话，会议由副市长李明主持。', '王强强调，一要抓开工，6月底前完成手续办理；二要抓投资，由市发改委牵头。'].join('\n'),
      { now: NOW },
    );
    expect(r.draft.meeting.chair.name).toBe('李明');
    expect(r.draft.meeting.name).toBe('全市项目建设推进会');
    expect(r.draft.meeting.attendees).toEqual([{ name: '王强', title: '市委副书记、市长', unit: '' }]);
    const list = r.draft.sections.find((s) => s.kind === 'action-list');
    expect(list?.items.map((i) => [i.owner, i.due])).toEqual([
      ['', '6月底'],
      ['市发改委', ''],
    ]);
  });
});

describe('second round (rules found on bench/heldout/b)', () => {
  it('reads 会议同意 and 审议并原则通过 as decisions', () => {
    expect(leadAt('会议同意该方案。', 0, 'paragraph', [])?.kind).toBe('decision');
    expect(leadAt('会议审议并原则通过了《办法》。', 0, 'paragraph', [])?.text).toBe('会议审议并原则通过了');
  });
  it('takes the owner from an item that opens with a unit and 牵头, and a deadline from …前 without a verb', () => {
    expect(ownerAndDue('区住建局牵头制定方案，2月底前报区政府审定')).toMatchObject({ owner: '区住建局', due: '2月底' });
    expect(ownerAndDue('春节前后加强值守').due).toBe('');
  });
  it('finds the chair in 座谈会由X主持 and in X出席并主持', () => {
    expect(readHeader('座谈会由县长李明主持。').chair).toEqual({ name: '李明', title: '县长' });
    const h = readHeader('5月16日下午，全县项目推进会在县行政中心召开。副县长王刚出席并主持会议。');
    expect(h.chair).toEqual({ name: '王刚', title: '副县长' });
    expect(h.meetingName).toBe('全县项目推进会');
    expect(h.attendees).toEqual([]);
  });
  it('names the meeting a guest 出席…并讲话 and lists the guest as an attendee', () => {
    const h = readHeader('3月2日，县委书记张强出席全县民营经济座谈会并讲话。座谈会由县长李明主持。');
    expect(h.meetingName).toBe('全县民营经济座谈会');
    expect(h.attendees).toEqual([{ name: '张强', title: '县委书记', unit: '' }]);
  });
});

describe('general lead forms', () => {
  it('reads X在讲话中强调 and X在会上要求 as the person speaking', () => {
    expect(leadAt('张伟在讲话中强调，要抓落实。', 0, 'paragraph', [])?.kind).toBe('requirement');
    expect(leadAt('县长在会上要求，要抓落实。', 0, 'paragraph', [])?.kind).toBe('requirement');
  });
  it('reads 听取了…报告/说明 as an agenda item, like …汇报', () => {
    expect(leadAt('会议听取了县财政局关于预算执行情况的报告。', 0, 'paragraph', [])?.kind).toBe('topic');
  });
});

describe('guards', () => {
  it('takes festival deadlines from a closed list only', () => {
    expect(ownerAndDue('春节前完成欠薪清零').due).toBe('春节');
    expect(ownerAndDue('在关键环节前完成复核').due).toBe('');
    expect(ownerAndDue('春节前夕走访慰问').due).toBe('');
  });
  it('does not take a short unit after a titled person for a name', () => {
    expect(parsePeopleList('副县长王强、县委办').map((p) => p.name)).toEqual(['王强', '县委办']);
  });
});
