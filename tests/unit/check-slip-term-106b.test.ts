import { describe, expect, it } from 'vitest';
import { wordLayer } from '../../electron/services/check/segmenter';
import type { Script } from '../../shared/model';

// Sentences written for this test, not taken from any bench set.
const layer = wordLayer();
const found = (text: string, script: Script = 'hans'): string[] => layer.check(text, script).map((f) => `${f.rule} ${f.word}→${f.replacement}`);

describe('round 44: a three-character term broken by its slip', () => {
  it('reads a term the segmenter left as three lone characters, whichever of them slipped', () => {
    // 口 + 啼 + 疫: no two-character word is left to reach, the slip is in the middle.
    expect(found('各村要抓好生猪口啼疫的强制免疫。')).toContain('WRD-02 口啼疫→口蹄疫');
    expect(found('各村要抓好豬隻口啼疫的強制免疫。', 'hant')).toContain('WRD-02 口啼疫→口蹄疫');
    expect(found('各村要抓好生猪口蹄疫的强制免疫。')).toEqual([]);
  });

  it('reads a term broken at its edge by a character of the same sound', () => {
    expect(found('单位要按时为职工缴存公积今。')).toContain('WRD-02 公积今→公积金');
    expect(found('街道新建了一处停车厂。')).toContain('WRD-02 停车厂→停车场');
    expect(found('单位要按时为职工缴存公积金。')).toEqual([]);
    expect(found('街道新建了一处停车场。')).toEqual([]);
  });

  it('reads no doubled term into two words of a phrase', () => {
    // 一步 + 补 beside a reading in brackets: 一步步 is the input method's one word, no broken term.
    expect(found('推進(jìn)一步補(bǔ)短板', 'hant')).toEqual([]);
  });
});
