import { describe, expect, it } from 'vitest';
import { readHeader } from '../../shared/importer/structure/header';

/**
 * KEYING 20: an activity held with no 召开 and no written name is named by its body and the
 * activity as written (round 48, branch import-124d). Every text here is made up.
 */
describe('an activity a body holds without 召开 (KEYING 20)', () => {
  it('names a study group’s sitting held by 开展, a discussion word closing it', () => {
    expect(readHeader('4月9日下午，平安县人民医院党委理论学习中心组开展集中学习研讨，院党委书记伍平主持会议。').meetingName).toBe('平安县人民医院党委理论学习中心组集中学习研讨');
  });

  it('reads past when and where the group met, before 进行 or 开展', () => {
    expect(readHeader('5月6日上午，青石县卫生局党委中心组在三楼会议室进行共同学习，局班子成员参加。').meetingName).toBe('青石县卫生局党委中心组共同学习');
    expect(readHeader('为学习全会精神，青石学院党委理论中心组于5月6日开展2026年第3次集体(扩大)学习。').meetingName).toBe('青石学院党委理论中心组2026年第3次集体(扩大)学习');
  });

  it('leaves out the people a body gathers by 组织', () => {
    expect(readHeader('6月2日，白沙镇组织各村村主任沟通谈心，谈基层工作。').meetingName).toBe('白沙镇沟通谈心');
  });

  it('names none where the clause ends on what was studied, or opens on a visit', () => {
    expect(readHeader('6月2日，白沙镇党委组织全体党员学习全会精神。').meetingName).toBe('');
    expect(readHeader('考察组一行赴青石县就农村规划建设进行考察。').meetingName).toBe('');
  });
});
