import { describe, expect, it } from 'vitest';
import { readHeader } from '../../shared/importer/structure/header';

/**
 * Who attended, read in three shapes: leaders following a video conference from a branch venue
 * (在分会场收听收看), a long body's members named after their membership (其他党委理论学习中心组
 * 成员A、B), and places standing for their offices (各乡镇), which name no people. Every text here is
 * made up.
 */
const read = (s: string) => readHeader(s).attendees.map((p) => [p.name, p.title]);

describe('who attended', () => {
  it('reads leaders who follow a video conference from a branch venue', () => {
    const got = read('7月1日，全省水利系统安全生产视频会在青石召开。市委常委、副市长韩冬，市水利局局长柯文海在云岭分会场收听收看。');
    expect(got).toEqual([
      ['韩冬', '市委常委、副市长'],
      ['柯文海', '市水利局局长'],
    ]);
  });

  it('reads nobody from watching a broadcast of another meeting', () => {
    expect(read('10月16日上午，学院党委中心组成员在报告厅集中收看了大会开幕式实况。')).toEqual([]);
  });

  it('reads each member named after a long membership, keeping 其他 in the title', () => {
    const got = read('8月10日上午，学院召开党委理论学习中心组学习会。党委书记谭明远，副院长曹一平，其他党委理论学习中心组成员梁栋、韦长青及办公室工作人员参加学习。');
    expect(got).toEqual([
      ['谭明远', '党委书记'],
      ['曹一平', '副院长'],
      ['梁栋', '其他党委理论学习中心组成员'],
      ['韦长青', '其他党委理论学习中心组成员'],
      ['办公室工作人员', ''],
    ]);
  });

  it('reads no group from places standing for their offices', () => {
    expect(read('7月1日，全县防汛视频调度会召开。各乡镇在分会场参加会议。')).toEqual([]);
    expect(read('7月1日，全县防汛视频调度会召开。县长韩冬，各乡镇参加会议。')).toEqual([['韩冬', '县长']]);
  });
});
