import { describe, expect, it } from 'vitest';
import { wordLayer } from '../../electron/services/check/segmenter';
import { checkText } from '../../shared/check';

/**
 * Round 22: lone characters right before a body or place word (社区, 州委, 公司 …) are that body's
 * name, which jieba seldom knows: a same-sound word spelt there (园丰社区 → 元丰) was a false error on
 * bench/check-realtext.ts four times in four. Such a guess is a warning; elsewhere the same slip
 * stays an error.
 */
const words = wordLayer();
const wordFindings = (text: string): string[] =>
  checkText(text, { script: 'hans', words })
    .filter((d) => d.rule.startsWith('WRD-'))
    .map((d) => `${d.rule}:${d.severity}:${text.slice(d.location.offset, d.location.offset + d.location.length)}→${d.fix?.replacement}`);

describe('a same-sound guess in the name slot before 社区/州委 is a warning', () => {
  it.each([
    ['区委在东园街道园丰小区开展政策宣讲。', 'WRD-02:warning:园丰→元丰'],
    ['区委在东园街道园丰社区开展政策宣讲。', 'WRD-02:warning:园丰→元丰'],
    ['果河县委副书记出席会议。', 'WRD-02:warning:果河→过河'],
  ])('%s', (text, expected) => {
    expect(wordFindings(text)).toEqual([expected]);
  });
  // Round 30: before a place's own head word (州委, 盟, 旗 …; not 社区) the name is read as a
  // place's (proper.ts): no finding at all.
  it.each(['果河州委副书记出席会议。'])('%s: no finding', (text) => {
    expect(wordFindings(text)).toEqual([]);
  });
});

describe('the same kind of slip outside a name slot stays an error', () => {
  it.each([
    ['要深入挖崛红色资源。', 'WRD-02:error:挖崛→挖掘'],
    // 社会 is no body's word: 挖崛 before it is no name.
    ['要深入挖崛社会资源。', 'WRD-02:error:挖崛→挖掘'],
  ])('%s', (text, expected) => {
    expect(wordFindings(text)).toEqual(expected ? [expected] : []);
  });
});

/**
 * A slip leaves the character it wrote bound (崛 of 挖崛); two lone characters whose bound one is
 * the character a correction keeps (委 of 委室, 驰 of 驰远) are a word jieba lacks as often: a warning.
 */
describe('a bound character the correction keeps is no error evidence', () => {
  it.each([
    // Round 30: 委室 closes a body's name (相关委室 + 负责同志): no finding at all (proper.ts).
    ['相关委室负责同志列席。', ''],
    ['首批马匹送往驰远马场。', 'WRD-02:warning:驰远→驰援'],
    ['要防止干部作风焕散。', 'WRD-02:error:焕散→涣散'],
  ])('%s', (text, expected) => {
    expect(wordFindings(text)).toEqual(expected ? [expected] : []);
  });
});
