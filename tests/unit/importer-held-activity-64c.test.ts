import { describe, expect, it } from 'vitest';
import { readHeader } from '../../shared/importer/structure/header';

/** A body holding a named activity or a meeting by 开展 (KEYING 14). Made-up texts. */
describe('开展 after a convening body', () => {
  it('names a branch’s activity with its body', () => {
    expect(readHeader('2025年4月8日，后勤处党支部开展主题党日活动，组织党员参观纪念馆。').meetingName).toBe('后勤处党支部主题党日活动');
  });

  it('names a meeting held by 组织开展了 with its body', () => {
    expect(readHeader('6月3日，青山区人大常委会组织开展了代表小组活动暨专题调研座谈会。主任王丽出席会议。').meetingName).toBe('青山区人大常委会代表小组活动暨专题调研座谈会');
  });

  it('names nothing from 开展 in a clause of purpose', () => {
    expect(readHeader('为深入开展读书活动，县委于3月5日召开常委会会议。').meetingName).toBe('县委常委会会议');
  });

  it('leaves the host out when an invited speaker holds it', () => {
    expect(readHeader('3月12日，我院邀请市委党校教授李明开展专题宣讲报告会。').meetingName).not.toMatch(/^我院/u);
  });
});
