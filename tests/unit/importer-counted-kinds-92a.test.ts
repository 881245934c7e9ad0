import { describe, expect, it } from 'vitest';
import { importText } from '../../shared/importer';

/**
 * Counted kinds of people in one roll (KEYING 18, 21, 22): kinds joined by 和/及/、 are one group; the
 * count that opens the group goes, a count inside it stays as written, and 列席 right after a count
 * names the people counted rather than being the verb. Every text here is made up.
 */
const NOW = new Date('2026-03-05T00:00:00Z');
const people = (text: string) => {
  const m = importText(text, { now: NOW }).draft.meeting;
  return [...m.attendees, ...m.observers].map((p) => p.name);
};

describe('counted kinds joined in one roll', () => {
  it('reads 42名村民代表和9名列席代表 as one group, the inner count kept', () => {
    const text = '3月2日，青禾镇召开第五届人民代表大会第二次会议，42名村民代表和9名列席代表参加会议。会议听取了镇政府工作报告。';
    expect(people(text)).toEqual(['村民代表和9名列席代表']);
    const hant = '3月2日，青禾鎮召開第五屆人民代表大會第二次會議，42名村民代表和9名列席代表參加會議。會議聽取了鎮政府工作報告。';
    expect(people(hant)).toEqual(['村民代表和9名列席代表']);
  });

  it('keeps a count after a join inside the group (院党委成员和38名职工代表)', () => {
    const text = '5月6日，市第二医院召开职工座谈会，院党委成员和38名职工代表参加会议。会议听取了意见建议。';
    expect(people(text)).toEqual(['院党委成员和38名职工代表']);
  });

  it('keeps where a group came from with its count (来自…的N位)', () => {
    const hant = '6月1日，東湖街道召開民生座談會，來自各社區的12位居民代表出席會議。會議聽取了居民意見。';
    expect(people(hant)).toEqual(['來自各社區的12位居民代表']);
  });

  it('reads 列席 after a count as the people counted, not the verb', () => {
    const text = '1月9日，柳溪县第三次党代会举行预备会议，86名正式代表、20名列席及特邀代表参会。会议通过了大会议程。';
    expect(people(text)).toEqual(['正式代表、20名列席及特邀代表']);
  });

  it('reads two attendance verbs written together as one', () => {
    const text = '4月3日，学校召开党委中心组学习会。党委书记陈立新，副校长王建华、赵春梅参加出席。会议学习了有关文件。';
    expect(people(text)).toEqual(['陈立新', '王建华', '赵春梅']);
  });
});
