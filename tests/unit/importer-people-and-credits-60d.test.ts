import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';
import { importedPeople } from '../helpers/imported-people';

/**
 * Who attended, read from the clause before the verb (round 32, import-60d): a speech given in an
 * earlier clause, where a group came from, and the total after the list are no part of who attended.
 * Made-up texts.
 */
describe('the list before the attendance verb, without what surrounds it', () => {
  it('leaves out a clause where someone gave a speech (致辞) before the list', () => {
    const text = '6月3日，青岚省工商联第九次代表大会在云州召开。省委常委、统战部部长高立新代表省委致辞，省领导周文涛、何静雯、罗志刚出席开幕式。';
    expect(importedPeople(text).attendees).toEqual([
      ['周文涛', '省领导'],
      ['何静雯', '省领导'],
      ['罗志刚', '省领导'],
    ]);
  });

  it('drops where a group came from (来自) before it', () => {
    const text = '3月2日，青岚省煤炭行业座谈会在云州召开。副省长高立新出席座谈会并讲话，省政府副秘书长周文涛主持会议。来自省发改委、煤炭厅、国资委负责同志，省内煤炭企业负责人参加座谈。';
    expect(importedPeople(text).attendees.map((p) => p[0] ?? '')).toContain('省发改委、煤炭厅、国资委负责同志');
    expect(
      importedPeople(text)
        .attendees.map((p) => p[0] ?? '')
        .some((n) => n.startsWith('来自')),
    ).toBe(false);
  });

  // KEYING 22 (round 40): a count inside the group, after where they came from, stays as written.
  it('keeps where a group came from and its count as written (来自…的N名)', () => {
    const text = '12月5日上午，中共桐林镇第九次党员代表大会第二次会议召开。来自全镇的96名党代表参加会议。';
    expect(importedPeople(text).attendees).toEqual([['来自全镇的96名党代表', '']]);
  });

  it('drops a total set off after the list (，共约N人)', () => {
    const text = '10月8日，青岚同乡会座谈会在云州举行。同乡会会长周文涛，副会长何静雯，在云州的同乡企业负责人等，共约40人参加座谈会。';
    const names = importedPeople(text).attendees.map((p) => p[0] ?? '');
    expect(names).toContain('在云州的同乡企业负责人');
    expect(names.some((n) => /共约|40人/u.test(n))).toBe(false);
  });

  it('leaves out two ways of attending joined (线上线下方式)', () => {
    const text = '3月5日，青岚省政协第五次全体会议在云州召开。省政协主席周文涛主持会议。驻港省政协委员何静雯、罗志刚通过线上线下方式参会。';
    expect(importedPeople(text).attendees.map((p) => p[0])).toEqual(['何静雯', '罗志刚']);
  });

  it('leaves out the capacity someone came in (作为…)', () => {
    const text = '1月8日，政协青岚区第三届委员会第二次会议在区会堂开幕。区委书记周文涛出席开幕式。云岭集团副总裁何静雯作为区政协委员参加了会议。';
    expect(importedPeople(text).attendees).toContainEqual(['何静雯', '云岭集团副总裁']);
  });
});

describe('到会 before the verb', () => {
  it('reads the one who came to sit in (到会列席) without 到会', () => {
    const text = '11月5日，青岚学院召开党委理论学习中心组学习会。党委书记周文涛主持会议，党委班子成员出席会议，党群工作处处长何静雯到会列席指导。';
    expect(importedPeople(text).observers).toEqual([['何静雯', '党群工作处处长']]);
  });
});

describe('a group counted with 超过 before its kind', () => {
  it('keeps the kind without 超过 and the count', () => {
    const text = '3月3日，青岚省政协委员视察团座谈会在云州举行。省政协副主席周文涛、何静雯，以及超过200名政协委员出席。';
    const names = importedPeople(text).attendees.map((p) => p[0] ?? '');
    expect(names).toContain('政协委员');
    expect(names.some((n) => n.includes('超过'))).toBe(false);
  });
});

describe("a closing credit bracket with the photographer's 摄", () => {
  it('removes (文/X 摄/Y Z) after the last sentence', () => {
    const text = '5月11日上午，青岚学院第三届教职工代表大会第二次会议在校本部召开。院长周文涛主持会议。\n\n会议要求，各部门要抓好落实。全体代表参加。(文/何静雯 摄/罗志刚 高立新)';
    const r = importText(text);
    expect(r.text).not.toContain('罗志刚');
    expect(r.text).toContain('全体代表参加。');
  });
});
