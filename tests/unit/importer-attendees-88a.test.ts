import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * Round 39 (import-88a): attendees lost where the page names the sitting by the talk its people had
 * together (参加了学习研讨, 参加座谈交流, 参加交流会, 分别参加讨论) rather than by 会议 or 座谈, and a
 * roll of bare names joined by 及 inside the list (甲、乙及丙、丁). Every text here is made up.
 */
const NOW = new Date('2026-06-01T00:00:00Z');
const people = (text: string) => {
  const m = importText(text, { now: NOW }).draft.meeting;
  return [...m.attendees, ...m.observers].map((p) => [p.name, p.title]);
};

describe('a group that attended a sitting named by its talk', () => {
  it('参加了学习研讨 after the chair clause names the group', () => {
    const text = ['3月2日，学院党委理论学习中心组召开集体学习会。会议由学院党委书记甘立人主持，学院领导班子成员、党委委员参加了学习研讨。', '甘立人指出，要学深悟透。'].join('\n');
    expect(people(text)).toEqual([['学院领导班子成员、党委委员', '']]);
  });

  it('参加了交流会 after a visit names the group', () => {
    const text = ['4月9日，街道党工委书记石秋林带领相关人员到学校社区办开展调研。社区办全体人员参加了交流会。', '石秋林指出，要做好服务。'].join('\n');
    expect(people(text)).toContainEqual(['社区办全体人员', '']);
  });

  it('a closing roll that 参加座谈交流 gives its titled people and group', () => {
    const text = [
      '5月8日下午，市政府副市长鲁一平一行来我院开展交流。我院院长严启明，副院长乔正林参加。',
      '严启明对鲁一平一行表示欢迎。他表示，要加强合作。',
      '鲁一平表示，要提升医疗水平。',
      '我院副院长乔正林介绍了医院基本情况。随后，双方开展了深入探讨。',
      '市卫生局局长甘立人，市医院院长柯文远及我院相关处室负责人参加座谈交流。',
    ].join('\n');
    const got = people(text);
    expect(got).toContainEqual(['甘立人', '市卫生局局长']);
    expect(got).toContainEqual(['柯文远', '市医院院长']);
    expect(got).toContainEqual(['我院相关处室负责人', '']);
  });
});

describe('a roll of bare names with 及 inside the list', () => {
  it('reads each name, not the run as one group', () => {
    const text = ['1月13日下午，市委书记甘立人来到市政协全会第一讨论组，与委员们共同讨论《政府工作报告》。', '鲁一平、石秋林、柯文远及严启明、乔正和分别参加讨论。'].join('\n');
    const got = people(text).map(([name]) => name);
    expect(got).toEqual(expect.arrayContaining(['鲁一平', '石秋林', '柯文远', '严启明', '乔正和']));
    expect(got.some((n) => n!.includes('、'))).toBe(false);
  });

  it('leaves a list of bodies joined by 和 a group', () => {
    const text = ['6月1日，县政府召开安全生产会议。县长甘立人主持会议。县委办和县政府办、县应急局负责同志参加会议。', '甘立人强调，要守住底线。'].join('\n');
    expect(people(text)).toEqual([['县委办和县政府办、县应急局负责同志', '']]);
  });
});

describe('leaders who come to the visit with no group word (来到, 在…陪同下)', () => {
  it('reads the titled leaders the commas part before 来到', () => {
    const text = ['11月8日下午，县委书记甘立人，县委副书记、县长石秋林来到县政协委员驻地，看望慰问委员。', '甘立人希望委员们开好会议。'].join('\n');
    expect(people(text)).toEqual([
      ['甘立人', '县委书记'],
      ['石秋林', '县委副书记、县长'],
    ]);
  });

  it('reads them before ，分别来到 as well', () => {
    const text = ['1月13日下午，市委书记甘立人，市委副书记、市长石秋林，分别来到市政协全会第一、第二讨论组，与委员们共同讨论《政府工作报告》。', '讨论气氛热烈。'].join('\n');
    expect(people(text)).toEqual([
      ['甘立人', '市委书记'],
      ['石秋林', '市委副书记、市长'],
    ]);
  });

  it('reads the visitor and the titled people who accompany them, in an undated visit paragraph', () => {
    const text = [
      '近日，省林业局资源处处长甘立人在省林业局副局长石秋林，森工集团总经理柯文远陪同下，先后来到松岭、青岭林场，就森林资源保护进行调研。',
      '调研组一行在青岭林场会议室召开座谈会，听取了各林场的工作汇报。甘立人指出，要保护好森林资源。',
    ].join('\n');
    expect(people(text)).toEqual([
      ['甘立人', '省林业局资源处处长'],
      ['石秋林', '省林业局副局长'],
      ['柯文远', '森工集团总经理'],
    ]);
  });

  it('reads no one when whoever comes is not a titled, named person', () => {
    const text = ['11月8日下午，记者来到县政协委员驻地，了解会议筹备情况。', '委员们表示，要开好会议。'].join('\n');
    expect(people(text)).toEqual([]);
  });
});
