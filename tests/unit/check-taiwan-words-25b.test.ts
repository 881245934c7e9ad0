import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jiebaSegmenter, wordLayer } from '../../electron/services/check/segmenter';
import { checkText } from '../../shared/check';
import { analyse } from '../../shared/check/words/analyse';
import { keptFindings } from '../../shared/check/words';
import { isTaiwanWord, taiwanWords } from '../../shared/check/words/taiwan';
import type { Script } from '../../shared/model';
import { CHEWING_DICTIONARY, CHEWING_INDEX_TREE, chewingFrequencies, chewingPhrases, taiwanCut } from '../../tools/derive-taiwan-words';

describe('derive-taiwan-words', () => {
  it('keeps multi-character Han phrases, unique and sorted', () => {
    const data = new TextEncoder().encode('ㄅ\0甲\0乙丙\0甲乙\0乙丙\0ab\0甲x\0');
    expect(chewingPhrases(data)).toEqual(['乙丙', '甲乙']);
  });

  it('reads leaf frequencies from an index tree, highest per phrase', () => {
    const dict = new TextEncoder().encode('甲乙\0丙\0');
    const node = (key: number, a: number, b: number): number[] => [key & 255, key >> 8, a & 255, (a >> 8) & 255, a >> 16, b & 255, (b >> 8) & 255, b >> 16];
    // root, an inner node, two leaves for 甲乙 (offset 0) and one for 丙 (single character: skipped)
    const tree = new Uint8Array([...node(9, 1, 2), ...node(5, 2, 5), ...node(0, 0, 70_000), ...node(0, 0, 3), ...node(0, 7, 9)]);
    expect([...chewingFrequencies(tree, dict)]).toEqual([['甲乙', 70_000]]);
  });

  // The next two read Debian's libchewing3-data, which .ci/run installs; on a machine without it
  // they skip (the derived word list is committed, and its own tests below run everywhere).
  it.skipIf(!existsSync(CHEWING_DICTIONARY))('reads Taiwan local-government terms from libchewing', () => {
    const words = new Set(chewingPhrases(readFileSync(CHEWING_DICTIONARY)));
    for (const w of ['建蔽率', '查緝', '檢附', '共體時艱']) expect(words.has(w)).toBe(true);
    expect(words.size).toBeGreaterThan(100_000);
  });

  it.skipIf(!existsSync(CHEWING_INDEX_TREE))('reads real frequencies: common words high', () => {
    const freq = chewingFrequencies(readFileSync(CHEWING_INDEX_TREE), readFileSync(CHEWING_DICTIONARY));
    expect(freq.get('政府')).toBeGreaterThan(10_000);
  });
});

describe('taiwanCut', () => {
  const same = (w: string): string => w;
  it('keeps what jieba lacks (counted, or idiom-length) and what jieba counts rare but chewing common', () => {
    const chewing = new Map([
      ['甲乙', 20],
      ['丙丁', 0],
      ['甲乙丙丁', 0],
      ['戊己', 500],
      ['庚辛', 500],
      ['壬癸', 3],
    ]);
    const jieba = new Map([
      ['戊己', 3],
      ['庚辛', 9000],
      ['壬癸', 3],
    ]);
    expect(taiwanCut([...chewing.keys()], chewing, jieba, same)).toEqual(['甲乙', '甲乙丙丁', '戊己']);
  });
});

describe('Taiwan word list (data module)', () => {
  it('holds Taiwan local-government terms and is one Set, built once', () => {
    for (const w of ['建蔽率', '查緝', '共體時艱', '機具']) expect(isTaiwanWord(w)).toBe(true);
    expect(isTaiwanWord('建敝率')).toBe(false);
    expect(taiwanWords()).toBe(taiwanWords());
    expect(taiwanWords().size).toBeGreaterThan(10_000);
  });
});

describe('Taiwan words in the checker (made-up sentences)', () => {
  const words = wordLayer();
  const fixes = (text: string, script: Script = 'hant'): string[] =>
    checkText(text, { script, words }).map((f) => `${text.slice(f.location.offset, f.location.offset + f.location.length)}→${f.fix?.replacement ?? ''}:${f.severity}`);

  it('reads a same-reading slip of a Taiwan word as that word, as a warning', () => {
    expect(fixes('本案基地之建敝率應符合都市計畫規定。')).toContain('建敝率→建蔽率:warning');
    expect(fixes('警方加強查輯非法槍械。')).toContain('查輯→查緝:warning');
    expect(fixes('籲請市民共體時堅，節約用水。')).toContain('共體時堅→共體時艱:warning');
    expect(fixes('請各單位清點庫存機俱並造冊列管。')).toContain('機俱→機具:warning');
  });

  it('finds nothing in the same sentences written right', () => {
    expect(fixes('本案基地之建蔽率應符合都市計畫規定。')).toEqual([]);
    expect(fixes('籲請市民共體時艱，節約用水。')).toEqual([]);
  });

  it('reads Simplified text without the Taiwan list', () => {
    expect(fixes('本案基地之建敝率应符合都市计划规定。', 'hans').some((f) => f.includes('建蔽率'))).toBe(false);
  });

  it('leaves a character common alone, or a stretch holding a word, alone (個 + 鄉鎮 is no slip of 各鄉鎮)', () => {
    expect(fixes('本年度共有8個鄉鎮參與評比。')).toEqual([]);
  });

  it('drops a slip finding on a Taiwan word as written (witness), in Traditional text only', () => {
    const slipOn = (text: string, script: Script) => {
      const a = analyse(text, script, jiebaSegmenter)!;
      const at = text.indexOf('共體時艱');
      return keptFindings(a, [{ rule: 'WRD-02', severity: 'warning', offset: at, length: 4, word: '共體時艱', replacement: '共體時堅', params: {} }]);
    };
    expect(slipOn('盼全體市民共體時艱。', 'hant')).toEqual([]);
    expect(slipOn('盼全体市民共體時艱。', 'hans')).toHaveLength(1);
  });
});
