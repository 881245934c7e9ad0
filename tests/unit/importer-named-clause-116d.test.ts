import { describe, expect, it } from 'vitest';
import { readMeetingName } from '../../shared/importer/structure/header';

/**
 * A clause that names a meeting on its own is a noun phrase; a clause the segmenter reads as a
 * sentence (a pronoun, a preposition, an adverb, a particle or a joining 并 in it) names at most the
 * object of its verb (round 46, import-116d). Every text here is made up.
 */
describe('a clause read as a sentence', () => {
  it('names the object of the verb after its place, not the whole clause', () => {
    expect(readMeetingName('3月4日上午，某某网站首页在三楼报告厅组织开展全体职工理论学习会议。全体职工参加。')).toBe('全体职工理论学习会议');
  });

  it('names nothing when it only tells what someone did', () => {
    expect(readMeetingName('吃过午饭，他顶着烈日赶往居委会。')).toBe('');
    expect(readMeetingName('本次会议。')).toBe('');
  });

  it('still takes a noun phrase whole', () => {
    expect(readMeetingName('5月6日，港澳地区委员联组会。')).toBe('港澳地区委员联组会');
    expect(readMeetingName('5月6日，青岭市光华里社区发展协会成立大会。')).toBe('青岭市光华里社区发展协会成立大会');
  });
});

describe('a pronoun fused with a unit', () => {
  it('stands inside a name as the unit it points at', () => {
    expect(readMeetingName('5月6日，我市防汛工作会议。')).toBe('我市防汛工作会议');
  });
});

describe('a body that gathers people before it convenes', () => {
  it('is the body, whatever whom it gathered and where they went hold', () => {
    expect(readMeetingName('11月5日下午，青石县档案局机关党委组织在家的全体党员干部职工赴挂点帮扶村—白沙镇红岭村开展党组织活动。')).toBe('青石县档案局机关党委党组织活动');
    expect(readMeetingName('3月6日，青石县组织收听收看省2023年第二季度安全生产视频会议暨召开全县第二季度安全生产会议。')).toBe('青石县全县第二季度安全生产会议');
  });
});
