import { describe, expect, it } from 'vitest';
import { jiebaDictionary, jiebaSegmenter, wordLayer } from '../../electron/services/check/segmenter';
import { analyse } from '../../shared/check/words/analyse';
import { lookAlike } from '../../shared/check/words/shape';
import { slips } from '../../shared/check/words/slip';
import type { Script } from '../../shared/model';

// Sentences written for this test (fictional places), not taken from any bench set.
const layer = wordLayer();
const dict = jiebaDictionary();
const found = (text: string, script: Script = 'hans'): string[] => layer.check(text, script).map((f) => `${f.rule} ${f.word}→${f.replacement}`);
const kinds = (text: string, script: Script = 'hans'): string[] => slips(analyse(text, script, jiebaSegmenter)!, dict).map((s) => `${s.word} ${s.kind}`);

describe('round 17: classes of unseen misspellings and idioms', () => {
  it('reads a set phrase jieba files as 习用语 (tag l) and counts low, typed by sound', () => {
    expect(found('青禾镇各村要守土有则，把防火责任压实到人。')).toContain('WRD-02 守土有则→守土有责');
    expect(found('对环境整治要常抓不谢，久久为功。')).toContain('WRD-02 常抓不谢→常抓不懈');
    expect(found('青禾镇各村要守土有责，把防火责任压实到人。')).toEqual([]);
  });

  it('does not take the end of the word before a slip for a surname starting a name', () => {
    // 安 is a surname, but here it ends 公安: 嵇查 is no name after it.
    expect(found('县里将加强公安嵇查，守护一方平安。')).toContain('WRD-02 嵇查→稽查');
    // A surname after a title still starts a name.
    expect(found('副县长安嵇出席会议。')).toEqual([]);
  });

  it('reads a three-character term broken at its edge by a look-alike of the same sound', () => {
    expect(found('物业要定期检修小区的消防拴。')).toContain('WRD-02 消防拴→消防栓');
    expect(found('村道边坡的档土墙要在汛前加固。')).toContain('WRD-02 档土墙→挡土墙');
  });

  it('reads a measure-word character only for a look-alike that keeps its sound or rhyme', () => {
    expect(kinds('街道将向居民发放餐饮消费卷。')).toContain('消费券 rhyme');
    expect(found('档案室收到三卷材料，五张表格。')).toEqual([]);
  });

  it('takes a common word jieba tags as a name for a target unless it starts with a surname', () => {
    expect(kinds('个别企业无故刻扣工人的工资。')).toContain('克扣 sound');
  });

  it('knows Taiwan’s work vocabulary: a real word is no slip, a slip in one has a target', () => {
    expect(found('颱風過後，各里要儘速清理路樹倒木與積淹水。', 'hant')).toEqual([]);
    expect(found('本校櫥餘每日由清潔隊清運。', 'hant')).toContain('WRD-02 櫥餘→廚餘');
  });

  it('takes look-alikes past the 4,500 commonest characters (诟 beside 垢), never a bare radical', () => {
    expect(lookAlike('垢', '诟')).toBe(true);
    expect(lookAlike('犯', '狂')).toBe(false);
  });

  it('reads an unnamed part drawn like a character as that character (涵 = 氵 + 函)', () => {
    expect(lookAlike('涵', '函')).toBe(true);
    // Taken apart the same way, characters sharing only 十 are no longer look-alikes.
    expect(lookAlike('丈', '十')).toBe(false);
  });

  it('reads a Traditional character OpenCC turns into another by its own look-alikes (藉 → 借)', () => {
    expect(kinds('里辦公處將協助更新戶藉資料。', 'hant')).toContain('户籍 both');
    // A look-alike of the same reading clears the same bar in either script.
    expect(found('里辦公處將協助更新戶藉資料。', 'hant')).toContain('WRD-02 戶藉→戶籍');
  });
});
