import { describe, expect, it } from 'vitest';
import { wordLayer } from '../../electron/services/check/segmenter';
import { checkText, type Diagnostic } from '../../shared/check';

// Made-up sentences. Round 49 read the word layer's errors on real report text (bench/check-realtext.ts):
// most non-word errors there were places and coined terms, errors a "fix all" would have rewritten.
const words = wordLayer();
const word = (text: string, script: 'hans' | 'hant' = 'hans'): Diagnostic[] => checkText(text, { script, words }).filter((d) => d.rule.startsWith('WRD'));
const at = (ds: Diagnostic[], fix: string): Diagnostic['severity'][] => ds.filter((d) => d.fix?.replacement === fix).map((d) => d.severity);

describe('a non-word the document writes again and again is the form meant', () => {
  it('weighs a lone place name read as a slip as an error, the same name written twice as warnings', () => {
    expect(at(word('他表示，潢城发展动能不断增强。'), '皇城')).toEqual(['error']);
    expect(at(word('他表示，潢城发展动能不断增强。\n他指出，潢城发展动能不断增强。'), '皇城')).toEqual(['warning', 'warning']);
  });
  it('keeps the errors where the document also writes the correction', () => {
    expect(at(word('他表示，潢城发展动能不断增强。\n他指出，潢城发展动能不断增强。\n皇城根下的老街也要整治。'), '皇城')).toEqual(['error', 'error']);
  });
});

describe('a coined term in short quotes', () => {
  it('is a warning, not an error, inside the quotes', () => {
    expect(at(word('会议要求，持续推进绿色智造升级。'), '制造')).toEqual(['error']);
    expect(at(word('会议要求，持续推进“绿色智造”升级。'), '制造')).toEqual(['warning']);
    // Corner brackets quote a term as well as curly quotes do.
    expect(at(word('会议要求，持续推进「绿色智造」升级。'), '制造')).toEqual(['warning']);
  });
  it('does not take a long quoted sentence for a term', () => {
    expect(at(word('他说：“我们要持续推进绿色智造升级，把产业链做长做强做优，让群众得实惠。”'), '制造')).toEqual(['error']);
  });
});

describe('a same-reading twin heard on one side only', () => {
  it('is a warning when the word on the other side is silent about it (大家 + 一致, but 一直 + 以来)', () => {
    expect(at(word('感谢大家一直以来的关心、支持和帮助。'), '一致')).toEqual(['warning']);
  });
});
