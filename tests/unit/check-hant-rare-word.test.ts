import { describe, expect, it } from 'vitest';
import { wordLayer } from '../../electron/services/check/segmenter';
import { checkText } from '../../shared/check';
import { sameTone } from '../../shared/check/words/same-tone';

// rareWord's Traditional floor (rules.ts): made-up sentences only.
describe('rare words in Traditional text', () => {
  const words = wordLayer();
  const fixes = (text: string): string[] =>
    checkText(text, { script: 'hant', words }).map((f) => `${text.slice(f.location.offset, f.location.offset + f.location.length)}→${f.fix?.replacement ?? ''}`);

  it('looks a Taiwan word up as written, not by its Simplified reading', () => {
    expect(fixes('他以公共服務為終身志業。')).toEqual([]);
  });
});

describe('two lone characters at a clause end in Traditional text', () => {
  const words = wordLayer();
  const fixes = (text: string): string[] =>
    checkText(text, { script: 'hant', words }).map((f) => `${text.slice(f.location.offset, f.location.offset + f.location.length)}→${f.fix?.replacement ?? ''}`);

  it('reads them as in Simplified when Taiwan does not know them and the tone is the same', () => {
    expect(fixes('請各里於汛期前完成側溝排察。')).toContain('排察→排查');
    expect(fixes('人力不足仍是本所的短版。')).toContain('短版→短板');
  });
});

describe('sameTone', () => {
  it('compares one character by its toned reading in each word', () => {
    expect(sameTone('防讯', '防汛', 1)).toBe(true);
    expect(sameTone('建管', '监管', 0)).toBe(false);
    expect(sameTone('建管', '监管', 5)).toBe(false);
  });
});
