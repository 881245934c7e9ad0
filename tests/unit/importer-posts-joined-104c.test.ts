import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * Round 43 (import-104c): an attendance list's entry the list reading left untitled, read again on
 * its own: one person's posts joined by 、 (a long post, a unit, a post with its other name in
 * brackets), or titled people a group before a comma swept along. Every text here is made up.
 */
const NOW = new Date('2026-06-01T00:00:00Z');
const people = (text: string) => {
  const m = importText(text, { now: NOW }).draft.meeting;
  return [...m.attendees, ...m.observers].map((p) => [p.name, p.title]);
};
const report = (attendance: string) => ['3月8日，市商会召开第六届理事会第二次会议。', attendance, '会议强调，要服务会员企业。'].join('\n');

describe("one person's posts joined by 、", () => {
  it('a post with its other name in brackets after a deputy seat and another post', () => {
    const got = people(report('市委统战部副部长林秋实，全国人大代表、省商会副会长、青川市商会（总商会）主席（会长）吴德远出席会议。'));
    expect(got).toContainEqual(['吴德远', '全国人大代表、省商会副会长、青川市商会（总商会）主席（会长）']);
    expect(got.some(([name]) => name!.endsWith('吴德远') && name !== '吴德远')).toBe(false);
  });

  it('a post longer than a title part is read as one', () => {
    const got = people(report('青川市政协主席、青川博览会筹备工作协调领导小组执行副组长、指挥部副总指挥邵海平出席并讲话。'));
    expect(got).toContainEqual(['邵海平', '青川市政协主席、青川博览会筹备工作协调领导小组执行副组长、指挥部副总指挥']);
  });

  it('a 社 unit before the post of the same person', () => {
    const got = people(report('外事办副主任钱立，某通讯社华南总分社、某通讯社青川分社社长孔明远，市商会会长郑和平出席会议。'));
    expect(got).toContainEqual(['孔明远', '某通讯社华南总分社、某通讯社青川分社社长']);
  });

  it('kinds of people before a titled person stay a group (no person swallows them)', () => {
    const got = people(report('全体理事、会员企业代表、秘书长韩光参加会议。'));
    expect(got).not.toContainEqual(['韩光', '全体理事、会员企业代表、秘书长']);
  });
});

describe('titled people after a group and a comma', () => {
  it('each titled person of a 、-run after …、各…负责人， is read', () => {
    const got = people(
      report(
        '会议由市商会会长郑和平主持，省工商联二处处长江启明、调研员韦青、各处室负责人，市委统战部经济处处长严晓梅、东城区委统战部副部长祝远、原开发区管委会委员卢清，以及梁一凡、苏可、冯立、吕明远4位企业家参加会议。',
      ),
    );
    expect(got).toEqual(
      expect.arrayContaining([
        ['严晓梅', '市委统战部经济处处长'],
        ['祝远', '东城区委统战部副部长'],
        ['卢清', '原开发区管委会委员'],
      ]),
    );
  });
});
