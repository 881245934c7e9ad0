import { describe, expect, it } from 'vitest';
import { findGlyphPairs } from '../../shared/importer/cleanup/glyph-pairs';
import { attendingClauses } from '../../shared/importer/structure/attending-clauses';
import { groupSentence } from '../../shared/importer/structure/crowd-deliberates';
import { parsePeopleList, parsePerson } from '../../shared/importer/structure/people';
import { headlineText } from '../../shared/importer/structure/title';
import { newId } from '../../shared/model/ids';

/**
 * Round 45's speed work changes how the importer computes, never what it finds: each test pins a
 * reading the faster code must keep (being speed work, they pass on the old code too). Every text
 * here is made up.
 */
describe('attendance clauses let go of sentences with no attendance verb', () => {
  it('reads none where no verb stands', () => {
    expect(attendingClauses('副主任甲某、乙某听取汇报并作总结')).toEqual([]);
  });
  it('still reads a list before 出席 and a branch venue watching', () => {
    expect(attendingClauses('副主任甲某、乙某出席会议').map((c) => c.list)).toEqual(['副主任甲某、乙某']);
    expect(attendingClauses('副县长丙某在某分会场收看').map((c) => c.verb)).toEqual(['收看']);
  });
});

describe("a page's trailer after a hyphen, read by a lazy look-behind", () => {
  it('still goes after six characters of headline, and stays after fewer', () => {
    expect(headlineText('某县政府召开常务会议-某某县')).toBe('某县政府召开常务会议');
    expect(headlineText('甲乙-某某县')).toBe('甲乙-某某县');
  });
});

describe('the glyph-pair pre-test counts each page afresh', () => {
  it('finds nothing on ordinary prose, page after page', () => {
    const page = '会议听取了工作汇报，研究了有关事项。会议要求，各单位要抓好落实。';
    expect(findGlyphPairs(page.repeat(6))).toEqual([]);
    expect(findGlyphPairs(page)).toEqual([]);
  });
});

describe('a group sentence let go before the segmenter', () => {
  it('still reads the group judging, and nothing where the group does none of the acts', () => {
    expect(groupSentence('与会人员一致认为，方案切实可行。')?.kind).toBe('directive');
    expect(groupSentence('各位代表来到现场参观展览。')).toBeNull();
  });
});

describe('people framed by words the segmenter reads, asked only where an office or address can close', () => {
  it('still reads a post, a name and an office or a unit before them, in both scripts', () => {
    expect(parsePerson('学术委员会主任丁明辉所长')).toEqual({ name: '丁明辉', title: '学术委员会主任、所长' });
    expect(parsePerson('學術委員會主任丁明輝所長')).toEqual({ name: '丁明輝', title: '學術委員會主任、所長' });
    expect(parsePerson('某中心孔令輝主任')).toEqual({ name: '孔令輝', title: '某中心主任' });
  });
  it('still reads an office word the lists lack before a name, in both scripts', () => {
    const names = (s: string) => parsePeopleList(s).map((p) => `${p.title}|${p.name}`);
    expect(names('日报社总编辑钱立新、工程院院士孔令辉')).toEqual(['日报社总编辑|钱立新', '工程院院士|孔令辉']);
    expect(names('日報社總編輯錢立新、工程院院士孔令輝')).toEqual(['日報社總編輯|錢立新', '工程院院士|孔令輝']);
  });
});

describe('ids drawn from a pool of random bytes', () => {
  it('are distinct and keep their shape across refills of the pool', () => {
    const ids = Array.from({ length: 600 }, () => newId('p'));
    expect(new Set(ids).size).toBe(600);
    for (const id of ids) expect(id).toMatch(/^p[0-9a-z]{19}$/u);
  });
});
