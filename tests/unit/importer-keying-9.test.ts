import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * bench/KEYING.md section 9 (round 14): 会上 as a lead only where a sentence begins, a speech and
 * its 他/她 sentences as one section, the verb kinds batches keyed both ways (传达 directive,
 * 介绍/通报/汇报 other unless a stronger verb follows, 认为/表示 directive, 选举/确定 decision).
 * Every text here is made up (names, places, bodies).
 */
const NOW = new Date('2026-06-01T00:00:00Z');
const OPENING = '3月2日上午，青岭县召开春耕生产工作会议，县长高远山主持会议，各乡镇负责人参加会议。';
const sectionsOf = (...paragraphs: string[]) =>
  importText([OPENING, ...paragraphs].join('\n'), { now: NOW })
    .draft.sections.slice(1)
    .map((s) => ({ kind: s.kind, lead: s.lead, text: s.paragraphs.join('') }));

describe('会上 where a sentence begins (KEYING 9)', () => {
  it('opens a section after 。 inside a paragraph, not after a comma', () => {
    const s = sectionsOf('会议听取了县农业局的汇报。会上，各乡镇作了表态发言。');
    expect(s.map((x) => [x.kind, x.lead])).toEqual([
      ['topic', '会议听取了县农业局的汇报'],
      ['text', '会上'],
    ]);
    const one = sectionsOf('会议听取了县农业局的汇报，会上各乡镇作了表态发言。');
    expect(one).toHaveLength(1);
  });

  it('takes the kind of a stronger lead in its sentence', () => {
    const s = sectionsOf('会议研究了农机补贴事项。会上，县长高远山强调，各乡镇要抓好农资供应。');
    expect(s[1]).toMatchObject({ kind: 'requirement' });
    expect(s[1]!.lead.startsWith('会上')).toBe(true);
  });

  // KEYING 15 (unit reports in a row, one sentence each) over round 14's account: a later report
  // sentence after 。 opens its own `other` section; only a ；-rundown is one account.
  it('opens a section at a later report sentence of a 会上 account (KEYING 15)', () => {
    const s = sectionsOf('会上，县农业局局长赵平汇报了春耕准备情况。县农机站站长钱勇宣读了补贴方案。会上，各乡镇作了表态发言。');
    expect(s.map((x) => x.lead)).toEqual(['会上', '县农机站站长钱勇宣读了', '会上']);
  });

  it('keeps a ；-rundown under 会上 one account', () => {
    const s = sectionsOf('会上，县农业局局长赵平汇报了春耕准备情况；县农机站站长钱勇宣读了补贴方案。');
    expect(s.map((x) => x.lead)).toEqual(['会上']);
  });

  it('opens a step (会后) after a 会上 account (KEYING 16)', () => {
    const s = sectionsOf('会上，县农业局局长赵平汇报了春耕准备情况。会后，与会人员实地察看了育秧工厂。');
    expect(s.map((x) => [x.kind, x.lead])).toEqual([
      ['text', '会上'],
      ['text', '会后'],
    ]);
  });

  it('does not fold the meeting’s own next item into the 会上 account', () => {
    const s = sectionsOf('会上，县农业局局长赵平汇报了春耕准备情况。会议还研究了农机补贴事项。');
    expect(s.map((x) => x.lead)).toEqual(['会上', '会议还研究了']);
  });

  it('reads 座谈会上， at a paragraph start as the occasion', () => {
    const s = sectionsOf('座谈会上，种粮大户代表先后发言。会上，大家围绕农资价格建言献策。');
    // 大家…建言献策 gives its 会上 its kind: members' 建言献策 is `topic` (KEYING 24; round 43).
    expect(s.map((x) => [x.kind, x.lead])).toEqual([
      ['text', '座谈会上'],
      ['topic', '会上'],
    ]);
  });

  it('treats 会上 right after a person (X会上强调) as where they spoke', () => {
    const s = sectionsOf('县长高远山会上强调，要抓好农资供应。');
    expect(s[0]).toMatchObject({ kind: 'requirement', lead: '县长高远山会上强调' });
  });
});

describe('reports to the meeting are `other` unless a stronger verb follows (KEYING 9)', () => {
  it('会议通报了 is other', () => {
    expect(sectionsOf('会议通报了去年粮食生产情况。')[0]).toMatchObject({ kind: 'text', lead: '会议通报了' });
  });

  it('a person who 介绍了/通报了 opens an `other` section, also after 。', () => {
    const s = sectionsOf('会议强调，各乡镇要抓好农资供应。县农业局局长赵平介绍了春耕准备情况。');
    expect(s.map((x) => [x.kind, x.lead])).toEqual([
      ['requirement', '会议强调'],
      ['text', '县农业局局长赵平介绍了'],
    ]);
  });

  it('…通报了X，重点传达了Y is a directive', () => {
    const s = sectionsOf('县农业局局长赵平通报了去年粮食生产情况，重点传达了省春耕工作会议精神。');
    expect(s[0]).toMatchObject({ kind: 'directive', lead: '县农业局局长赵平通报了' });
  });

  it('汇报了/述职 by a person after 。 opens an `other` section; …，重点传达了 makes it a directive', () => {
    const s = sectionsOf('会议强调，要抓好春耕。县农业局局长赵平汇报了春耕准备情况，重点传达了省里的要求。县农机站站长钱勇述职。');
    expect(s.map((x) => [x.kind, x.lead])).toEqual([
      ['requirement', '会议强调'],
      ['directive', '县农业局局长赵平汇报了'],
      ['text', '县农机站站长钱勇述职'],
    ]);
  });

  it('the chair’s own 通报 is a report too', () => {
    expect(sectionsOf('县长高远山通报了近期安全生产情况。')[0]).toMatchObject({ kind: 'text' });
  });
});

describe('judgements, elections and speeches (KEYING 9)', () => {
  it('会议认为 and X表示 are directives', () => {
    const s = sectionsOf('会议认为，今年春耕准备充分。', '县长高远山表示，要保障农资供应。');
    expect(s.map((x) => x.kind)).toEqual(['directive', 'directive']);
  });

  it('会议选举 and 会议确定了 are decisions; 完成选举后 is not', () => {
    const s = sectionsOf('会议选举张小红为县农技协会会长。会议确定了春耕工作的时间表。');
    expect(s.map((x) => x.kind)).toEqual(['decision', 'decision']);
    const after = sectionsOf('完成理事选举后，新任会长张小红开始主持会议。');
    expect(after.every((x) => x.kind !== 'decision')).toBe(true);
  });

  it('a speech and its 他/她 sentences are one section, kind from the first verb', () => {
    const s = sectionsOf('副县长王建国作重要讲话。他指出，今年春耕任务较重。他强调，各乡镇要抓好农资供应。她要求，各村要落实到户。');
    expect(s).toHaveLength(1);
    expect(s[0]!.kind).toBe('directive');
  });

  it('a speech with numbered points is an action list', () => {
    const s = sectionsOf('副县长王建国作重要讲话。他指出，今年春耕任务较重。他提出三点要求：一是抓农资；二是抓技术；三是抓保障。');
    expect(s).toHaveLength(1);
    expect(s[0]!.kind).toBe('action-list');
  });

  it('a pronoun lead after a report sentence opens its own section', () => {
    const s = sectionsOf('党委书记李明代表党委报告工作。报告回顾了过去一年的工作。他强调，要抓好农资供应。');
    expect(s.map((x) => [x.kind, x.lead])).toEqual([
      ['text', ''],
      ['requirement', '他强调'],
    ]);
  });

  it('进行了安排部署 without numbered points is `other`', () => {
    expect(sectionsOf('会议对春耕工作进行了安排部署。')[0]!.kind).toBe('text');
  });
});

describe('lead shapes that carry to unseen wording (round 14)', () => {
  it('X就…进行了强调 is a requirement, in both scripts', () => {
    expect(sectionsOf('最后，副县长王建国就压实责任、保障农资、强化指导进行了强调，并要求各乡镇抓好落实。')[0]).toMatchObject({ kind: 'requirement' });
    expect(sectionsOf('副縣長王建國就春耕工作進行了強調。')[0]).toMatchObject({ kind: 'requirement' });
  });

  it('a name with 代表/同志 after it is a speaker: 介绍了…，传达了… is a directive', () => {
    const s = sectionsOf('王建国代表简要介绍了省人代会概况，传达了会议主要精神。');
    expect(s[0]).toMatchObject({ kind: 'directive', lead: '王建国代表简要介绍了' });
  });

  it('what was adopted as the subject (各项报告均获…通过) is a decision', () => {
    expect(sectionsOf('会议听取了年度工作报告和财务报告。各项报告均获与会会员一致通过。')[1]).toMatchObject({ kind: 'decision', lead: '各项报告均获' });
    expect(sectionsOf('上述方案經大會審議通過。')[0]).toMatchObject({ kind: 'decision' });
  });

  it('a person making a report (X作年度工作报告) opens an `other` section; 作讲话 does not', () => {
    const s = sectionsOf('会议强调，要抓好春耕。理事长王建国作年度工作报告，回顾了一年的工作。');
    expect(s[1]).toMatchObject({ kind: 'text', lead: '理事长王建国作' });
    const speech = sectionsOf('副县长王建国作重要讲话。他指出，今年春耕任务较重。');
    expect(speech).toHaveLength(1);
    expect(speech[0]!.kind).toBe('directive');
  });
});
