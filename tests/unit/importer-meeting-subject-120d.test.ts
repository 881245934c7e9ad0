import { describe, expect, it } from 'vitest';
import { readMeetingName } from '../../shared/importer/structure/header';

/**
 * A convening verb with no object has the meeting as its subject, though how, when and where it met
 * stand between them (round 47, import-120d); a clause opening with a preposition (or a verb before a
 * place's name) and ending in 的 describes the meeting, it is not part of its name. Every text here
 * is made up.
 */
describe('a meeting as the subject of a verb with no object', () => {
  it('is read past where, how and when it met', () => {
    expect(readMeetingName('城市規劃委員會2024年度第2次平常全體會議將於5月20日(星期一)下午3時舉行,討論三份草案。')).toBe('城市規劃委員會2024年度第2次平常全體會議');
    expect(readMeetingName('10月3日上午,医院会议室内喜气洋洋。喜迎国庆——青山县人民医院建院50周年庆祝大会正在隆重而又热烈的气氛中举行。')).toBe('青山县人民医院建院50周年庆祝大会');
  });

  it('keeps a quoted name whole and drops the adverbial before it', () => {
    expect(readMeetingName('5月3日上午,伴随着欢快的音乐声“青川学区第二届理事会第一次全体会议”在实验中学五层一会如期召开,参加会议的是各校负责人。')).toBe('“青川学区第二届理事会第一次全体会议”');
  });

  it('reads over commas that only tell when and how', () => {
    expect(readMeetingName('由江苏省青州市、安徽省滁河市等四市共同组建的“北部通道城市联盟”成立会议,3月4日在青州等四市,以视频会议方式召开。')).toBe('“北部通道城市联盟”成立会议');
  });

  it('is not a sitting that only closed before the meeting reported', () => {
    expect(readMeetingName('5月9日，青禾集团第二次党代会刚刚闭幕。5月10日，青禾工程立即召开党委会，传达会议精神。')).not.toBe('青禾集团第二次党代会');
  });
});

describe('a descriptor before the meeting', () => {
  it('drops when it opens with a verb and a place opens the name', () => {
    expect(readMeetingName('8月5日下午，作为九三学社青川省委、南州省委科技合作系列活动之一的汴河地区座谈会在市国际饭店中原厅召开。')).toBe('汴河地区座谈会');
  });

  it('stays when it names the sitting the body attends', () => {
    expect(readMeetingName('1月6日，出席省十四届人大二次会议的青川代表团举行全体会议，审议政府工作报告。')).toBe('出席省十四届人大二次会议的青川代表团全体会议');
  });
});
