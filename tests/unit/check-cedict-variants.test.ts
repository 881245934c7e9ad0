import { describe, expect, it } from 'vitest';
import { wordLayer } from '../../electron/services/check/segmenter';
import { checkText } from '../../shared/check';
import type { Script } from '../../shared/model';
import { standardFormOf } from '../../shared/check/words/variants';
import { cedictHeadwords, cedictVariants, idiomSlips, keptVariants } from '../../tools/derive-cedict-variants';

// Sentences written for this test, not taken from any bench/check-heldout set. Every positive case
// below gave no finding before the variant table (checked against the branch's parent commit).
const words = wordLayer();
const shown = (text: string, script: Script = 'hans'): string[] =>
  checkText(text, { script, words })
    .filter((d) => d.rule.startsWith('WRD'))
    .map((d) => `${text.slice(d.location.offset, d.location.offset + d.location.length)}→${d.fix?.replacement}`);

describe('derive-cedict-variants', () => {
  const cedict = [
    '糟踏 糟踏 [zao1 ta4] /variant of 糟蹋[zao1 ta4]/',
    '磨拳擦掌 磨拳擦掌 [mo2 quan2 ca1 zhang3] /variant of 摩拳擦掌[mo1 quan2 ca1 zhang3]/',
    '紀錄 纪录 [ji4 lu4] /record/variant of 記錄|记录[ji4 lu4]/',
    '帳戶 帐户 [zhang4 hu4] /variant of 賬戶|账户[zhang4 hu4]/',
    '恢弘 恢弘 [hui1 hong2] /variant of 恢宏[hui1 hong2]/',
    '暴光 暴光 [bao4 guang1] /exposure/',
    '人才 人才 [ren2 cai2] /talent/',
    '采 采 [cai3] /variant of 彩[cai3]/',
    '# comment',
  ].join('\n');

  it('reads headwords that are nothing but a pointer to a word one character away', () => {
    const v = cedictVariants(cedict);
    expect(v.get('糟踏')).toBe('糟蹋');
    expect(v.get('磨拳擦掌')).toBe('摩拳擦掌');
    expect(v.get('帐户')).toBe('账户');
    // A sense of its own (纪录 "record"), no pointer (暴光), one character (采): not variants.
    for (const w of ['纪录', '暴光', '人才', '采']) expect(v.has(w)).toBe(false);
  });

  it('keeps the variants jieba counts rarely beside a commoner twin', () => {
    const jieba = ['糟踏 47 v', '糟蹋 222 v', '磨拳擦掌 20 i', '摩拳擦掌 80 i', '帐户 110 n', '账户 489 n', '恢弘 35 a', '恢宏 72 a'].join('\n');
    // 帐户 (Taiwan's 帳戶 read in Simplified) is counted too often to be a slip; 恢弘 is about as
    // common as 恢宏: both spellings are in use.
    expect(keptVariants(jieba, cedictVariants(cedict))).toEqual(['磨拳擦掌 摩拳擦掌', '糟踏 糟蹋']);
  });

  it('pairs a four-character entry CEDICT lacks with the same-sound idiom it lists, far commoner', () => {
    const heads = cedictHeadwords(
      [
        '閉門造車 闭门造车 [bi4 men2 zao4 che1] /(idiom) to work behind closed doors/',
        '緊要關頭 紧要关头 [jin3 yao4 guan1 tou2] /(idiom) critical juncture/',
        '時過境遷 时过境迁 [shi2 guo4 jing4 qian1] /(idiom) things change with the passage of time/',
      ].join('\n'),
    );
    expect([...heads.idioms].sort()).toEqual(['时过境迁', '紧要关头', '闭门造车']);
    const jieba = ['闭门造车 120 i', '笔门造车 3 i', '紧要关头 243 l', '重要关头 3 l', '时过境迁 90 i', '事过境迁 40 i'].join('\n');
    const same = (x: string, y: string): boolean => (x === '笔' && y === '闭') || (x === '事' && y === '时');
    // 重要关头: no slip of sound (a phrase of its own); 事过境迁: only 2.25 times rarer.
    expect(idiomSlips(jieba, heads, same)).toEqual(['笔门造车 闭门造车']);
  });

  it('ships the pairs the rule reads', () => {
    expect(standardFormOf('糟踏')).toBe('糟蹋');
    expect(standardFormOf('磨拳擦掌')).toBe('摩拳擦掌');
    for (const w of ['糟蹋', '纪录', '记录', '交待', '身份证']) expect(standardFormOf(w)).toBeUndefined();
  });
});

describe('non-standard forms jieba lists as words', () => {
  it('names the standard word in Simplified text', () => {
    expect(shown('各乡镇不得糟踏耕地，要把撂荒地复垦到位。')).toEqual(['糟踏→糟蹋']);
    expect(shown('全县干部磨拳擦掌，决心打好这场攻坚战。')).toEqual(['磨拳擦掌→摩拳擦掌']);
    expect(shown('企业要提前定货，保障春节市场供应。')).toEqual(['定货→订货']);
    expect(shown('个别干部委靡不振，缺乏担当。')).toEqual(['委靡不振→萎靡不振']);
    expect(shown('有的商家信口开合，虚假宣传。')).toEqual(['信口开合→信口开河']);
    expect(shown('他们常年累月坚守在一线。')).toEqual(['常年累月→长年累月']);
  });

  it('is a warning, not an error', () => {
    const d = checkText('对群众不能漫骂训斥。', { script: 'hans', words }).filter((x) => x.rule === 'WRD-03');
    expect(d.map((x) => [x.severity, x.fix?.replacement])).toEqual([['warning', '谩骂']]);
  });

  it('leaves the standard forms and words with a sense of their own alone', () => {
    expect(shown('要珍惜粮食，坚决制止糟蹋浪费行为。')).toEqual([]);
    expect(shown('全县干部摩拳擦掌，决心打好这场攻坚战。')).toEqual([]);
    expect(shown('他刷新了全省纪录，并向组织交待了工作。')).toEqual([]);
  });

  it("reads no variant inside a person's name, and names after 干事 as after other posts", () => {
    // A given name keeps its variant (宏亮 is CEDICT's variant of 洪亮); the same word in prose is read.
    expect(shown('责任编辑：倪宏亮')).toEqual([]);
    expect(shown('会上他的声音宏亮。')).toEqual(['宏亮→洪亮']);
    expect(shown('代理总干事蔡凤莉要求各部门按时报送。')).toEqual([]);
    expect(shown('代理總幹事蔡鳳莉要求各部門按時報送。', 'hant')).toEqual([]);
  });

  it('reads no variant in Traditional text: Taiwan standardises several of these forms', () => {
    expect(shown('請攜帶身分證並留下連絡電話，帳號資料由公所保管。', 'hant')).toEqual([]);
    expect(shown('各鄉鎮不得糟踏耕地。', 'hant')).toEqual([]);
  });
});

describe('misspelt idioms jieba lists as entries', () => {
  it('names the idiom in either script', () => {
    expect(shown('项目建设不能笔门造车，要深入基层调研。')).toEqual(['笔门造车→闭门造车']);
    expect(shown('两项政策珠连璧合，效果明显。')).toEqual(['珠连璧合→珠联璧合']);
    expect(shown('有的干部口密腹剑，群众很反感。')).toEqual(['口密腹剑→口蜜腹剑']);
    expect(shown('專案規劃不能筆門造車，應深入基層。', 'hant')).toEqual(['筆門造車→閉門造車']);
  });

  it('leaves the idioms and phrases of their own alone', () => {
    expect(shown('项目建设不能闭门造车，要深入基层调研。')).toEqual([]);
    expect(shown('在紧要关头，各村要多管齐下，这是历来如此的做法。')).toEqual([]);
  });
});
