import { describe, expect, it } from 'vitest';
import { readMeetingName } from '../../shared/importer/structure/header';

/**
 * Meeting names read by the structure of the convening sentence (round 36, import-76d). Every text
 * here is made up.
 */
describe('a body convening a meeting that opens with its own level', () => {
  it('is named as the text names it, the level word standing twice', () => {
    expect(readMeetingName('5月6日，丰谷县召开县四大班子会议，研究近期工作。')).toBe('丰谷县县四大班子会议');
    expect(readMeetingName('5月6日，白沙镇召开镇政府全体会议，部署防汛工作。')).toBe('白沙镇镇政府全体会议');
  });

  it('still keeps an object that names a body of its own alone', () => {
    expect(readMeetingName('5月6日，青岭区召开区十届人民政府第3次常务会议。')).toBe('区十届人民政府第3次常务会议');
    expect(readMeetingName('5月6日，丰谷县委召开县委常委扩大会议。')).toBe('县委常委扩大会议');
  });
});
