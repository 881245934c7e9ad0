import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

// Made-up reports (round 37's main tuning): who attends a 座谈 pointed at with 此次, names closed by
// their count and kind, and a meeting that bodies 主办了 rather than 召开.
const NOW = new Date('2026-03-05T00:00:00Z');
const meeting = (text: string) => importText(text, { now: NOW }).draft.meeting;
const people = (text: string) => meeting(text).attendees.map((p) => [p.name, p.title]);

describe('attendance at the sitting pointed at', () => {
  it('reads 参加此次座谈 as 参加座谈', () => {
    const text = '某区召开座谈会\n3月2日，某区召开企业家座谈会，会议由区长王小兰主持，某局局长杨启明、巡视员齐建华参加此次座谈。会上，大家交流了意见。';
    expect(people(text)).toEqual([
      ['杨启明', '某局局长'],
      ['齐建华', '巡视员'],
    ]);
  });
});

describe('names closed by their count and kind', () => {
  it('makes each name one of the kind, after titled people and a join too', () => {
    const text = '某区召开座谈会\n3月2日，某区召开企业家座谈会，会议由区长王小兰主持，某局局长杨启明、巡视员齐建华，以及殷卫国、颜望春、铁立明、章立3位企业家参加此次座谈。会上，大家交流了意见。';
    expect(people(text)).toEqual([
      ['杨启明', '某局局长'],
      ['齐建华', '巡视员'],
      ['殷卫国', '企业家'],
      ['颜望春', '企业家'],
      ['铁立明', '企业家'],
      ['章立', '企业家'],
    ]);
  });

  it('keeps the kind after 等 a description, as before', () => {
    const text = '某区召开座谈会\n3月2日，某区召开企业家座谈会，会议由区长王小兰主持，殷卫国、颜望春等2位企业家参加座谈。会上，大家交流了意见。';
    expect(people(text)).toEqual([
      ['殷卫国', ''],
      ['颜望春', ''],
    ]);
  });
});

describe('a meeting bodies 主办了', () => {
  it('names the meeting after 主办了一场, without the hosts where it opens with a national body (KEYING 20)', () => {
    const text = '某部企业座谈会\n2月22日，某协会与某区工商联联合主办了一场中央某部中小企业发展调研座谈会，会议由某协会会长王小兰主持。会上，大家交流了意见。';
    expect(meeting(text).name).toBe('中央某部中小企业发展调研座谈会');
  });

  it('still drops who organised a meeting named after 主办的', () => {
    const text = '标题\n3月2日，由县委宣传部主办的全县宣传工作会议在县委召开。会上，大家交流了意见。';
    expect(meeting(text).name).toBe('全县宣传工作会议');
  });
});
