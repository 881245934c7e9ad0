import { describe, expect, it } from 'vitest';
import { wordLayer } from '../../electron/services/check/segmenter';
import { checkText } from '../../shared/check';
import type { Script } from '../../shared/model';

/**
 * Round 38's two false errors on clean TEST sentences, each mended in its rule and checked here on
 * made-up sentences of the same shape, with the fault the rule exists for still found.
 */
const words = wordLayer();
const shown = (text: string, script: Script): string[] =>
  checkText(text, { script, words }).map((d) => `${d.rule}:${d.severity} ${text.slice(d.location.offset, d.location.offset + d.location.length)}→${d.fix?.replacement ?? ''}`);

describe('于 as a surname before 與 in a Traditional document (LNG-02)', () => {
  it('keeps the name of an official joined to the next one', () => {
    // OpenCC's phrase table reads 長于 as 長於 (good at) before some given names (美君, 心怡).
    expect(shown('教育局局長于美君與副局長范立群表示，暑假期間將加強校園巡查。', 'hant')).toEqual([]);
    expect(shown('處長于心怡和科長余立山說明。', 'hant')).toEqual([]);
  });

  it('still flags a Traditional preposition 於 before 与 in a Simplified document', () => {
    expect(shown('主任於会中与群众交流。', 'hans')).toEqual(['LNG-02:error 於→于']);
  });
});

describe('精度 beside 要求 (WRD-04, confusable pairs)', () => {
  it('is a word of its own: 精度要求 is no slip for 进度要求', () => {
    expect(shown('这类仪器对同步精度要求很高。', 'hans')).toEqual([]);
  });

  it('is still read as 进度 where the schedule is meant', () => {
    expect(shown('部分项目精度滞后，要倒排工期。', 'hans')).toEqual(['WRD-04:error 精度→进度']);
  });
});
