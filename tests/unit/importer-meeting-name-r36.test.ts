import { describe, expect, it } from 'vitest';
import { readMeetingName } from '../../shared/importer/structure/header';

/**
 * Meeting names, classes found on round 36's TEST sets after their blind run (main session). Every
 * text here is made up.
 */
describe('a head’s own meeting after a body ending in the same character', () => {
  it('keeps the body whole: the head (院长, 校長) is no repeat of the body', () => {
    expect(readMeetingName('3月2日，青山县人民医院召开院长办公会议，研究近期工作。')).toBe('青山县人民医院院长办公会议');
    expect(readMeetingName('3月2日，白沙學院召開院長辦公會議，研究招生工作。')).toBe('白沙學院院長辦公會議');
  });

  it('still writes a unit’s own short name once (院党委 after 某学院)', () => {
    expect(readMeetingName('3月2日，白沙学院召开院党委扩大会议，研究招生工作。')).toBe('白沙学院党委扩大会议');
  });
});

describe('how many sittings were held', () => {
  it('is no part of the name when no 第 makes it an ordinal', () => {
    expect(readMeetingName('连日来，市长张大为分别主持召开三次专题会议，研究防汛工作。')).toBe('专题会议');
    expect(readMeetingName('連日來，縣長王立平主持召開兩場座談會，聽取意見。')).toBe('座談會');
  });

  it('stays when it is the sitting’s ordinal', () => {
    expect(readMeetingName('3月2日，市长张大为主持召开第三次专题会议，研究防汛工作。')).toBe('第三次专题会议');
  });
});

describe('a leading group named with its own place', () => {
  it('is who meets; the convening body (我区) is not prefixed', () => {
    expect(readMeetingName('4月21日，我区在白城召开自治区安全生产专项整治领导小组成员单位联席会。')).toBe('自治区安全生产专项整治领导小组成员单位联席会');
  });

  it('without a place of its own is the subject’s group', () => {
    expect(readMeetingName('4月21日，青山市委召开全面深化改革领导小组第五次会议。')).toBe('青山市委全面深化改革领导小组第五次会议');
  });
});

describe('the meeting as the subject of its own business', () => {
  it('is named by that subject when nothing convenes it', () => {
    expect(readMeetingName('3月2日下午，青山市委常委会会议专题听取市委党史研究室关于党史工作的汇报。会议指出，要抓好落实。')).toBe('青山市委常委会会议');
    expect(readMeetingName('5月6日，白沙縣政府常務會議審議了防汛預案。會議強調，要壓實責任。')).toBe('白沙縣政府常務會議');
  });

  it('is not the bare 会议 or this sitting', () => {
    expect(readMeetingName('会议听取了有关部门的汇报。会议指出，要抓好落实。')).toBe('');
  });
});
