import { describe, expect, it } from 'vitest';
import { jiebaDictText, wordLayer } from '../../electron/services/check/segmenter';
import { checkText } from '../../shared/check';
import { WordDictionary } from '../../shared/check/words/dictionary';
import { LEXICON } from '../../shared/check/words/lexicon';
import { TERM_VERBS, TERM_WORDS } from '../../shared/check/words/terms';
import { OFFICIAL_WORD_FREQ } from '../../shared/check/words/vocabulary';
import type { Script } from '../../shared/model';

const words = wordLayer();
const shown = (text: string, script: Script): string[] =>
  checkText(text, { script, words })
    .filter((d) => d.rule.startsWith('WRD'))
    .map((d) => `${text.slice(d.location.offset, d.location.offset + d.location.length)}→${d.fix?.replacement}`);

describe('terms jieba counts too rarely (terms.ts)', () => {
  it('leaves the right terms alone in Traditional and Simplified text', () => {
    expect(shown('請各區公所於月底前函請上級核示，俾利後續作業。', 'hant')).toEqual([]);
    expect(shown('學童通學路線的人行道將優先改善。', 'hant')).toEqual([]);
    expect(shown('各单位要加强摸排，及时清运积存垃圾。', 'hans')).toEqual([]);
  });

  it('offers them as the correction of a slip one character away', () => {
    expect(shown('本案經費請主計處於年底前完成核消。', 'hant')).toContain('核消→核銷');
    expect(shown('對違規業者依法處以罰緩，並限期改善。', 'hant')).toContain('罰緩→罰鍰');
    expect(shown('暴雨期间各村要组织人员排捞，确保安全。', 'hans')).toContain('排捞→排涝');
  });

  it('only raises words jieba counts under the official frequency, and lists no known wrong form', () => {
    const jieba = new WordDictionary(jiebaDictText());
    expect(TERM_WORDS.filter((w) => jieba.freq(w) >= OFFICIAL_WORD_FREQ)).toEqual([]);
    expect(TERM_WORDS.filter((w) => LEXICON.has(w))).toEqual([]);
    expect([...TERM_VERBS].filter((w) => !TERM_WORDS.includes(w))).toEqual([]);
  });
});
