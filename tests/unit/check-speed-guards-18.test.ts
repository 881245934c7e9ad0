import { describe, expect, it } from 'vitest';
import { jiebaDictionary } from '../../electron/services/check/segmenter';
import { WordDictionary } from '../../shared/check/words';
import { looksLikeName } from '../../shared/check/words/names';

/**
 * checkspeed-18 answers some questions by number instead of by string (tables by char code). These
 * tests pin that the fast answers equal the slow ones, so a table that drifts from its map fails here.
 */
const dict = jiebaDictionary();

describe('tagOf on one character: the table by char code', () => {
  it('gives what the word map gives, for dictionary characters and for others', () => {
    const chars = [...'的了在是要把将对于各级部门认真研究部署落实焕散崛稽查较更很，。A1 𠀀'];
    for (const ch of chars) expect(dict.tagOf(ch), ch).toBe(dict.get(ch)?.tag);
    expect(dict.tagOf('的')).toMatch(/^u/);
  });

  it('follows the words of its own dictionary, and one added later', () => {
    const d = new WordDictionary('的 100 uj\n会议 50 n\n');
    expect(d.tagOf('的')).toBe('uj');
    expect(d.tagOf('会')).toBeUndefined();
    d.add('会', 1, 'v');
    expect(d.tagOf('会')).toBe('v');
    expect(d.tagOf('会议')).toBe('n');
  });
});

describe('hasIdiomNeighbour: the per-position idiom-character pre-test', () => {
  it('still finds the idiom when the odd character is the slipped one, at any position', () => {
    // Z is in no idiom: only the mask at its own position can match, and it does.
    for (const s of ['Z阵以待', '严Z以待', '严阵Z待', '严阵以Z']) expect(dict.hasIdiomNeighbour(s), s).toBe(true);
  });

  it('says no when two characters are in no idiom where they stand', () => {
    expect(dict.hasIdiomNeighbour('ZZ以待')).toBe(false);
    expect(dict.hasIdiomNeighbour('严阵ZZ')).toBe(false);
  });
});

describe('looksLikeName: the head of a name after a list mark, a bracket, a space or a title', () => {
  it('reads a surname at those heads as a name, and not inside running text', () => {
    expect(looksLikeName('、王明辉', 1, 3)).toBe(true);
    expect(looksLikeName('（王明辉', 1, 3)).toBe(true);
    expect(looksLikeName(' 王明辉', 1, 3)).toBe(true);
    expect(looksLikeName('王明辉', 0, 2)).toBe(true);
    expect(looksLikeName('工作要王明辉', 3, 5)).toBe(false);
  });
});
