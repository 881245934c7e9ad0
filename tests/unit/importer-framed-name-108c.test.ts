import { describe, expect, it } from 'vitest';
import { readHeader } from '../../shared/importer/structure/header';
import { parsePeopleList, parsePerson } from '../../shared/importer/structure/people';

/**
 * A name framed by what stands around it (round 44, import-108c): a post or a unit before, an office
 * or a word of address after, read from the segmenter's words of the whole entry (方明杰 alone is
 * 方明 + 杰, no name to the segmenter). Every text here is made up.
 */
const attendees = (sentence: string) => readHeader(sentence).attendees.map((p) => `${p.title}|${p.name}`);

describe('a post before the name and an office after it', () => {
  it('joins the two posts with 、 (KEYING 25) and reads the next entry on its own', () => {
    expect(attendees('学术委员会主任方明杰所长、副主任江明达副所长及相关部门负责人参加会议。')).toEqual(['学术委员会主任、所长|方明杰', '副主任、副所长|江明达', '|相关部门负责人']);
  });
});

describe('a unit before the name and an office after it', () => {
  it('keeps a unit named in full and drops the writer’s own (我校)', () => {
    expect(attendees('滨江理工大学方向东校长、江明达副校长参加会议。')).toEqual(['滨江理工大学校长|方向东', '副校长|江明达']);
    expect(attendees('我校何永年校长、江明达副校长参加会议。')).toEqual(['校长|何永年', '副校长|江明达']);
  });
});

describe('a post before the name and a word of address after it', () => {
  it('drops 博士 and 老师 and keeps the post', () => {
    expect(attendees('某公司董事方明杰博士出席会议。')).toEqual(['某公司董事|方明杰']);
    expect(readHeader('会议由集团工会主席团成员方向东老师主持。').chair).toEqual({ name: '方向东', title: '集团工会主席团成员' });
  });
});

describe('no name where the run is one word of another kind', () => {
  it('reads no 党总支 or 管委会 as a person', () => {
    expect(parsePerson('公司党总支书记')).toBeNull();
    expect(parsePerson('开发区管委会主任')).toBeNull();
    expect(parsePeopleList('公司党总支书记、董事长何平安')).toEqual([{ name: '何平安', title: '公司党总支书记、董事长', unit: '' }]);
  });
});
