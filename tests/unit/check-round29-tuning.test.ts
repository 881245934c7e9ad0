import { describe, expect, it } from 'vitest';
import { wordLayer } from '../../electron/services/check/segmenter';
import { checkText } from '../../shared/check';

// Sentences written for this test, not taken from any bench/check-heldout set.

type Script = 'hans' | 'hant';
const words = (text: string, script: Script = 'hans') => checkText(text, { script, words: wordLayer() }).filter((f) => f.rule.startsWith('WRD'));
const at = (text: string, offset: number, length: number) => text.slice(offset, offset + length);

describe('a broken idiom read by the other reading of a 多音字', () => {
  it('offers the idiom when the written character reads like it by its rarer reading (露 lòu)', () => {
    const text = '法网恢恢，疏而不露，这名潜逃多年的诈骗嫌疑人终被抓获。';
    const f = words(text).find((x) => x.rule === 'WRD-02');
    expect(f && at(text, f.location.offset, f.location.length)).toBe('疏而不露');
    expect(f?.fix?.replacement).toBe('疏而不漏');
    // The reading is the rarer one: a warning, never an error a "fix all" would apply unasked.
    expect(f?.severity).toBe('warning');
  });

  it('leaves the idiom itself and ordinary phrases with 露 alone', () => {
    expect(words('法网恢恢，疏而不漏，这名潜逃多年的诈骗嫌疑人终被抓获。')).toEqual([]);
    expect(words('他在会上崭露头角，工作成绩有目共睹。')).toEqual([]);
  });
});

describe('a noun of land after a word ending in 地 is no particle (耕地 + 地力)', () => {
  it('reads 地力 as the noun jieba split off, both scripts', () => {
    expect(words('全县要加强耕地地力保护，推进高标准农田建设。').filter((f) => f.rule === 'WRD-05')).toEqual([]);
    expect(words('全縣要加強耕地地力保護，推進高標準農田建設。', 'hant').filter((f) => f.rule === 'WRD-05')).toEqual([]);
  });

  it('still reads a 地 → 的 slip before a noun of two characters (no noun of land to join)', () => {
    const text = '要为群众办好实实在在地实事，不断提升幸福感。';
    const f = words(text).find((x) => x.rule === 'WRD-05');
    expect(f?.fix?.replacement).toBe('的');
  });
});

describe('words of current reports jieba lacks', () => {
  it('knows 失联 and 执裁: no slip of 失恋 or 制裁 is offered', () => {
    expect(words('救援队连夜搜寻两名失联驴友，次日清晨将二人安全带回。')).toEqual([]);
    expect(words('一名失聯少年已由警方尋獲，平安返家。', 'hant')).toEqual([]);
    expect(words('本届运动会由市体育局选派的裁判员全程执裁。')).toEqual([]);
  });
});
