import { describe, expect, it } from 'vitest';
import { wordLayer } from '../../electron/services/check/segmenter';
import { drawnKinOf } from '../../shared/check/words/series';
import type { Script } from '../../shared/model';

// Sentences written for this test (no place or person named), not taken from any bench set.
const layer = wordLayer();
const found = (text: string, script: Script = 'hans'): string[] => layer.check(text, script).map((f) => `${f.rule} ${f.word}→${f.replacement}`);

describe('round 45: common characters drawn alike one part apart (drawn-kin.ts)', () => {
  it('pairs characters of one layout whose other part is inside the other or shares a part', () => {
    expect(drawnKinOf('颂')).toContain('颁'); // 公 + 页 beside 分 + 页: 公 and 分 share 八
    expect(drawnKinOf('早')).toContain('旱'); // 日 over 十 beside 日 over 干, which holds 十
    expect(drawnKinOf('问')).toContain('间'); // 门 round 口 beside 门 round 日, which holds 口
    // Two parts merely both plain (氵 + 工, 氵 + 十) are no likeness: 江 and 汁 stay apart.
    expect(drawnKinOf('江')).not.toContain('汁');
  });

  it('names the look-alike of a common word that no other shape table pairs', () => {
    expect(found('镇政府将为优秀教师颂发证书。')).toContain('WRD-02 颂发→颁发');
  });

  it('leaves the right form alone', () => {
    expect(found('镇政府将为优秀教师颁发证书。')).toEqual([]);
  });
});
