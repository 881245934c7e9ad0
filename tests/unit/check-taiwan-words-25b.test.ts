import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHEWING_DICTIONARY, chewingPhrases } from '../../tools/derive-taiwan-words';

describe('derive-taiwan-words', () => {
  it('keeps multi-character Han phrases, unique and sorted', () => {
    const data = new TextEncoder().encode('ㄅ\0甲\0乙丙\0甲乙\0乙丙\0ab\0甲x\0');
    expect(chewingPhrases(data)).toEqual(['乙丙', '甲乙']);
  });

  it.skipIf(!existsSync(CHEWING_DICTIONARY))('reads Taiwan local-government terms from libchewing', () => {
    const words = new Set(chewingPhrases(readFileSync(CHEWING_DICTIONARY)));
    for (const w of ['建蔽率', '查緝', '檢附', '共體時艱']) expect(words.has(w)).toBe(true);
    expect(words.size).toBeGreaterThan(100_000);
  });
});
