import { describe, expect, it } from 'vitest';
import { jiebaDictionary, jiebaSegmenter, wordLayer } from '../../electron/services/check/segmenter';
import { analyse } from '../../shared/check/words/analyse';
import { slipBar, slips } from '../../shared/check/words/slip';
import { collocates, decodePairSet, encodePairSet, pairHash } from '../../shared/check/words/slip-context';
import type { Script } from '../../shared/model';

// Sentences written for this test (no place named), not taken from any bench set.
const layer = wordLayer();
const dict = jiebaDictionary();
const found = (text: string, script: Script = 'hans'): string[] => layer.check(text, script).map((f) => `${f.rule}:${f.severity} ${f.word}→${f.replacement}`);
const slip = (text: string, word: string, script: Script = 'hans') => slips(analyse(text, script, jiebaSegmenter)!, dict).find((s) => s.word === word);

describe('round 29: a slip under its bar is raised when the language model witnesses its correction', () => {
  it('raises a same-syllable slip whose correction collocates with the next word', () => {
    // 防范 + 意识: the unigram score of 防犯 → 防范 stays under the sound bar.
    const text = '要通过多种形式的宣传，增强老年人防犯意识，守好养老钱。';
    const s = slip(text, '防范')!;
    expect(s.gain).toBeLessThan(slipBar(s, 'hans'));
    expect(found(text)).toContain('WRD-02:warning 防犯→防范');
  });

  it('raises one whose correction collocates with the word before it', () => {
    // 家禽 + 养殖: a same-reading look-alike just under the common bar. Read in Traditional, where
    // round 37's tone step (擒 and 禽 are both qín) does not lower the bar, so the finding rests on the
    // witness alone: without 養殖 beside it the same slip is not raised.
    const text = '各鄉鎮要加強家擒養殖的防疫消毒，嚴防疫情傳入。';
    const s = slip(text, '家禽', 'hant')!;
    expect(s.gain).toBeLessThan(slipBar(s, 'hant'));
    expect(found(text, 'hant')).toContain('WRD-02:warning 家擒→家禽');
    expect(found('各鄉鎮要加強家擒的防疫消毒，嚴防疫情傳入。', 'hant')).not.toContain('WRD-02:warning 家擒→家禽');
  });

  it('raises a witnessed hit as a warning only', () => {
    const text = '要通过多种形式的宣传，增强老年人防犯意识，守好养老钱。';
    expect(layer.check(text, 'hans').filter((f) => f.rule === 'WRD-02' && f.severity === 'error')).toEqual([]);
  });

  it('leaves the right forms, written, alone', () => {
    expect(found('要通过多种形式的宣传，增强老年人防范意识，守好养老钱。')).toEqual([]);
    expect(found('各乡镇要加强家禽养殖的防疫消毒，严防疫情传入。')).toEqual([]);
  });
});

describe('the witness table: a Rice-coded set of pair hashes', () => {
  it('holds strong collocations of the model and not arbitrary pairs', () => {
    expect(collocates('防范', '意识')).toBe(true);
    expect(collocates('经济', '拮据')).toBe(true);
    expect(collocates('查缉', '走私')).toBe(true);
    expect(collocates('意识', '防范')).toBe(false);
    expect(collocates('会议', '家禽')).toBe(false);
  });

  it('decodes to exactly the hashes it encoded', () => {
    const pairs = ['甲\t乙', '丙\t丁', '防范\t意识', '签署\t协议'];
    const { mod, data } = encodePairSet(pairs, 8);
    const got = [...decodePairSet(data, 8)];
    expect(got).toEqual([...new Set(pairs.map((p) => pairHash(...(p.split('\t') as [string, string])) % mod))].sort((x, y) => x - y));
  });
});
