import { describe, expect, it } from 'vitest';
import { jiebaDictText, wordLayer } from '../../electron/services/check/segmenter';
import { checkText } from '../../shared/check';
import { WordDictionary } from '../../shared/check/words';
import { MORE_PAIRS } from '../../shared/check/words/misspellings';
import { TARGET_TERMS } from '../../shared/check/words/target-terms';
import { OFFICIAL_WORDS } from '../../shared/check/words/vocabulary';

// Round 14 (class C: the right form under jieba's floor; a term broken at its edge). Every sentence
// here is made up for the test; none comes from a check set.
const words = wordLayer();
const shown = (text: string): string[] =>
  checkText(text, { script: 'hans', words })
    .filter((d) => /^WRD/.test(d.rule))
    .map((d) => `${text.slice(d.location.offset, d.location.offset + d.location.length)}→${d.fix?.replacement}`);

describe('target terms: official terms jieba counts under the near-miss floor', () => {
  const jieba = new WordDictionary(jiebaDictText());
  it('each is under the floor in jieba, not in vocabulary.ts, and no known wrong form', () => {
    const wrong = new Set(MORE_PAIRS.split(/[|\n]/).map((p) => p.trim().split(' ')[0]));
    for (const w of TARGET_TERMS) {
      expect(jieba.freq(w), w).toBeLessThan(30);
      expect(OFFICIAL_WORDS, w).not.toContain(w);
      expect(wrong.has(w), w).toBe(false);
    }
  });
  it.each([
    ['坚持樽节各项开支。', '樽节→撙节'],
    ['要检查消防拴是否完好。', '消防拴→消防栓'],
    ['汛前要疏通截洪勾。', '截洪勾→截洪沟'],
    // Urban works and the digital economy, newer than jieba's dictionary (盲道 absent, 围挡 3).
    ['施工现场要设置连续的围档，防止扬尘外溢。', '围档→围挡'],
    ['人行道上的肓道被车辆占用的问题要尽快整治。', '肓道→盲道'],
    ['桥面伸缩逢损坏的要及时更换。', '伸缩逢→伸缩缝'],
    // Set phrases of current 公文 that jieba lacks: three characters right, the fourth of the same syllable.
    ['各村整改要踏石流印，不留死角。', '踏石流印→踏石留印'],
    ['班子成员要以上律下，带头攻坚。', '以上律下→以上率下'],
    ['对巡查发现的问题要立查立该。', '立查立该→立查立改'],
  ])('flags the slip: %s', (text, finding) => {
    expect(shown(text)).toContain(finding);
  });
  it.each([
    '坚持撙节各项开支。',
    '要检查消防栓是否完好。',
    '汛前要疏通截洪沟。',
    '干部带头抓落实。',
    '资金到位情况良好。',
    '用绳子拴好船只。',
    '各村整改要踏石留印、抓铁有痕，班子成员以上率下。',
    '施工现场要设置连续的围挡，人行道上的盲道要保持畅通。',
    '电厂脱硫脱硝设施要按期完成超低排放改造。',
    '各级河长、湖长、林长要带头巡河巡林。',
    '要加快发展物联网和大数据产业。',
    '要进一步抢抓疫后消费复苏和市场回暖的机遇。',
  ])('leaves right text alone: %s', (text) => {
    expect(shown(text)).toEqual([]);
  });
});

describe('target terms: traffic-management words jieba lacks are words, not slips', () => {
  // 限行 was read as 限 + 行 and "corrected" to 现行 (an error on a correct sentence), 禁行 to 进行.
  it('leaves 限行 and 禁行 alone and still reads 现行 as itself', () => {
    expect(shown('工作日早晚高峰对外地号牌小客车实施尾号限行。')).toEqual([]);
    expect(shown('本周起对货车实施限行措施。')).toEqual([]);
    expect(shown('该路段对大货车全天禁行，请绕行国道。')).toEqual([]);
    expect(shown('按现行规定，对货车实施限行。')).toEqual([]);
  });
});
