import { describe, expect, it } from 'vitest';
import { readHeader } from '../../shared/importer/structure/header';
import { parsePeopleList } from '../../shared/importer/structure/people';

/**
 * The people reader (round 41, import-96b): offices the fixed office words do not hold, read by the
 * segmenter; a name that must start a word of its own; a bare name before the list's first titled
 * person; where the people were, between them and the verb; a group opening with 各. Every text here
 * is made up.
 */
const attendees = (sentence: string) => readHeader(sentence).attendees.map((p) => `${p.title}|${p.name}`);
const observers = (sentence: string) => readHeader(sentence).observers.map((p) => `${p.title}|${p.name}`);

describe('an office the segmenter reads before a name', () => {
  it('reads callings and posts outside the office words: 总编辑, 副总编, 院士, 教授', () => {
    expect(attendees('晨江日报社总编辑柏文远、副总编郁文涛出席会议。')).toEqual(['晨江日报社总编辑|柏文远', '副总编|郁文涛']);
    expect(attendees('中国科学院院士邵启明、教授鲍瑞林出席会议。')).toEqual(['中国科学院院士|邵启明', '教授|鲍瑞林']);
  });

  it('reads them at the end of a run of offices and as observers', () => {
    expect(attendees('市医学会会长、主任医师钱慕白参加会议。')).toEqual(['市医学会会长、主任医师|钱慕白']);
    expect(observers('县法院审判员孟凡宇、检察员鲍春生列席会议。')).toEqual(['县法院审判员|孟凡宇', '检察员|鲍春生']);
  });

  it('reads no office in a word that does not end as one (外派高管 names no 高管)', () => {
    expect(parsePeopleList('公司领导班子成员、外派高管、本部管理人员').some((p) => p.name === '高管')).toBe(false);
  });
});

describe('a name starts a word of its own', () => {
  it('reads no 事长 out of 董事会董事长', () => {
    expect(parsePeopleList('总公司董事会董事长、副董事长、董事').some((p) => p.name === '事长')).toBe(false);
  });

  it('reads no 各学 or 各委室 out of a group opening with 各', () => {
    expect(attendees('副校长雷明远及各学院院长出席会议。')).toEqual(['副校长|雷明远', '|各学院院长']);
    expect(attendees('办公室主任鲍晓岚与各委室主任出席会议。')).toEqual(['办公室主任|鲍晓岚', '|各委室主任']);
  });
});

describe('who the list names, whatever stands between it and the verb', () => {
  it('reads a bare name before the first titled person as a person of its own', () => {
    expect(attendees('韩立明、代表团副团长金浩然出席。')).toEqual(['|韩立明', '代表团副团长|金浩然']);
  });

  it('leaves where the people were (在 + a place) out of the last name', () => {
    expect(attendees('市委副书记、市长柏远山在江州市参加城市联席会议并发言。')).toEqual(['市委副书记、市长|柏远山']);
  });

  it('reads 人士 as a kind of people, so a group of them stands beside the next', () => {
    expect(attendees('各界代表人士，各相关单位负责人共80余人参加会议。')).toEqual(['|各界代表人士', '|各相关单位负责人']);
  });
});

describe('surnames the list lacked', () => {
  it('reads 傅 and 阎 as surnames, so 同志 after such a name comes off before a group', () => {
    expect(attendees('县委副书记傅立山同志和支部委员参加会议。')).toEqual(['县委副书记|傅立山', '|支部委员']);
    expect(attendees('镇长阎春明同志和村干部参加会议。')).toEqual(['镇长|阎春明', '|村干部']);
  });
});
