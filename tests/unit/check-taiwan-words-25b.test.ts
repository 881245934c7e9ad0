import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHEWING_DICTIONARY, CHEWING_INDEX_TREE, chewingFrequencies, chewingPhrases } from '../../tools/derive-taiwan-words';

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
