import { describe, expect, it } from 'vitest';
import { jiebaDictionary, wordLayer } from '../../electron/services/check/segmenter';
import { checkText } from '../../shared/check';
import type { Script } from '../../shared/model';
import { cedictIdioms, untaggedIdioms } from '../../tools/derive-cedict-idioms';

// Sentences written for this test, not taken from any bench/check-heldout set.
const words = wordLayer();
const shown = (text: string, script: Script = 'hans'): string[] =>
  checkText(text, { script, words })
    .filter((d) => d.rule.startsWith('WRD'))
    .map((d) => `${text.slice(d.location.offset, d.location.offset + d.location.length)}→${d.fix?.replacement}`);

describe('derive-cedict-idioms', () => {
  const cedict = [
    '精益求精 精益求精 [jing1 yi4 qiu2 jing1] /(idiom) to constantly seek to improve/',
    '一模一樣 一模一样 [yi1 mu2 yi1 yang4] /exactly the same (idiom)/',
    '社會主義 社会主义 [she4 hui4 zhu3 yi4] /socialism/',
    '一丝不苟 一丝不苟 [yi1 si1 bu4 gou3] /(idiom) not one thread loose/',
    '# comment',
  ].join('\n');

  it('reads the four-character Simplified headwords glossed as idioms', () => {
    expect([...cedictIdioms(cedict)].sort()).toEqual(['一丝不苟', '一模一样', '精益求精']);
  });

  it('keeps those jieba holds under another tag than i, counted often enough', () => {
    const jieba = ['精益求精 51 n', '一模一样 591 l', '一丝不苟 112 i', '社会主义 9000 n', '一模二样 2 l'].join('\n');
    expect(untaggedIdioms(jieba, cedictIdioms(cedict))).toEqual(['一模一样', '精益求精']);
  });

  it('the dictionary takes them as idioms beside jieba’s i entries, and no common noun', () => {
    const dict = jiebaDictionary();
    expect(dict.tagOf('精益求精')).toBe('n');
    for (const w of ['精益求精', '一模一样', '一丝不苟']) expect(dict.isIdiom(w)).toBe(true);
    for (const w of ['社会主义', '人民政府', '精益']) expect(dict.isIdiom(w)).toBe(false);
  });
});

describe('slips of idioms jieba does not tag i', () => {
  it.each<[string, string[]]>([
    // -n/-ng: 进 jin for 精 jing (a southern accent's merge, as 严正以待 for 严阵以待).
    ['各级干部要发扬精益求进的工匠精神，把每项工作做细做实。', ['精益求进→精益求精']],
    // Same syllable, an idiom jieba files as a name (东张西望 nr), which no idiom rule read.
    ['个别干部在会场里东张西忘，心不在焉。', ['东张西忘→东张西望']],
  ])('%s', (text, expected) => {
    expect(shown(text)).toEqual(expected);
  });

  it.each(['各级干部要发扬精益求精的工匠精神，把每项工作做细做实。', '个别干部在会场里东张西望，心不在焉。', '要坚持精益求变，不断改进服务方式。'])(
    'no finding on the right form or a phrase of its own: %s',
    (text) => {
      expect(shown(text)).toEqual([]);
    },
  );
});
