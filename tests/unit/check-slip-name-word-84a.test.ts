import { describe, expect, it } from 'vitest';
import { wordLayer } from '../../electron/services/check/segmenter';
import type { Script } from '../../shared/model';

// Sentences written for this test (no real place or person named), not taken from any bench set.
const layer = wordLayer();
const found = (text: string, script: Script = 'hans'): string[] => layer.check(text, script).map((f) => `${f.rule}:${f.severity} ${f.word}→${f.replacement}`);

describe('round 38: a surname character right after a word of the segmenter starts no name (names.ts)', () => {
  it('reads a slip before a comma whose first character is a surname, after a word that is no post', () => {
    expect(found('涉案人员已被依法取保侯审，案件正在办理中。')).toContain('WRD-02:error 侯审→候审');
    expect(found('进口货物须先完成商捡，再办理通关放行手续。')).toContain('WRD-02:warning 商捡→商检');
    expect(found('小区新建灯光蓝球场，居民晚间可免费使用。')).toContain('WRD-02:warning 蓝球场→篮球场');
    expect(found('社區新建燈光藍球場，居民晚間可免費使用。', 'hant')).toContain('WRD-02:warning 藍球場→籃球場');
  });

  it('reads a slip after a post-like count when the character before it is inside a word (一处 + 路面)', () => {
    expect(found('暴雨过后，城郊一处路面塌馅，养护人员连夜抢修。')).toContain('WRD-02:warning 塌馅→塌陷');
  });

  it('still reads listed names after a post, a mark or a one-character verb', () => {
    expect(found('区长于文彬于会上作了讲话。')).toEqual([]);
    expect(found('出席会议的有市长林平，副市长王刚、李明。')).toEqual([]);
    expect(found('会议表彰了王芳、李明，张强等先进个人。')).toEqual([]);
    expect(found('本次评选由专家组审定，入选者为余振，田快，商捡。')).toEqual([]);
  });

  it('leaves the right forms alone', () => {
    expect(found('涉案人员已被依法取保候审，进口货物须先完成商检，路面塌陷，新建灯光篮球场。')).toEqual([]);
  });
});
