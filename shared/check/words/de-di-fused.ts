import type { Token } from './analyse';
import { isHanWord } from './analyse';
import type { WordDictionary } from './dictionary';
import { DE_ODDS_WARNING, deOverDiAfter } from './de-di-odds';
import { DEGREE } from './de-di-words';
import { cutParticle } from './de-di-cut';

/**
 * jieba glues a modifier's 地 into a word of land when its dictionary holds one (闲置地 n, 旧地 n,
 * 集中地 n), so 地 written for 的 there (闲置地资产, 老旧地管网, 最集中地问题) never reaches the
 * 的/地/得 rules: the token is cut back into the modifier and the particle (uv), and the rules read
 * the particle as they read any other 地. The token is cut only where the dictionary itself says
 * the modifier reading is the likelier one, so that the land nouns real reports write (草地, 基地,
 * 耕地, 承包地 流转, 所在地) stay whole:
 * - a three-character or longer entry jieba counts at its floor (freq 3 or less: the forms its
 *   dictionary lists for adverbials, 熟练地, 可疑地, 闲置地), after a stem the dictionary counts as
 *   a common word of its own, whatever its tag (闲置 n, 可疑 v), when the language model writes 的
 *   after the stem far more than 地 (de-di-odds.ts, the warning bar): the model saw 承包 + 地 and
 *   户籍 + 地 as land often enough (承包地经营权) to keep those whole;
 * - any such entry after a degree word (最集中地, 更偏远地): a degree word grades a quality, never a
 *   piece of land;
 * - a one-character adjective jieba left alone before a two-character entry that begins with a
 *   second adjective (老 + 旧地): the two adjectives are one modifier (老旧), the dictionary holding
 *   no word of the pair.
 * The cut only exposes the particle: whether it is 的 is left to the rules, which read a verb after
 * it as an adverbial's (热忱地回到, 撂荒地复耕).
 * Returns the tokens to put in place of `k` (and of `prev` when `joinsPrev`), or null to keep them.
 */
export function cutFusedDi(prev: Token | undefined, k: Token, next: Token | undefined, dict: WordDictionary): { tokens: Token[]; joinsPrev: boolean } | null {
  if (!k.word.endsWith('地') || !isHanWord(k.word) || !next || !isHanWord(next.word)) return null;
  const di = cutParticle;
  const stem = k.word.slice(0, -1);
  const stemTag = dict.tagOf(stem);
  if (stem.length >= 2 && stemTag && dict.freq(stem) >= STEM_FREQ) {
    const graded = !!prev && (DEGREE.has(prev.word) || prev.word === '最') && prev.end === k.start;
    const stemToken: Token = { word: stem, tag: stemTag, start: k.start, end: k.end - 1 };
    if ((dict.freq(k.word) <= FLOOR_FREQ && deOverDiAfter(stemToken) >= DE_ODDS_WARNING) || graded) {
      return { tokens: [stemToken, di(k.end)], joinsPrev: false };
    }
    return null;
  }
  // 老 + 旧地: the one-character adjective and the entry's first character, both adjectives, and no
  // word of the dictionary made of the two (a word there, 新高 of 新高地, is jieba's to keep).
  if (stem.length === 1 && prev && prev.word.length === 1 && prev.end === k.start && prev.tag === 'a' && dict.tagOf(stem) === 'a' && dict.freq(prev.word + stem) === 0) {
    return { tokens: [{ word: prev.word + stem, tag: 'a', start: prev.start, end: k.end - 1 }, di(k.end)], joinsPrev: true };
  }
  return null;
}

/** jieba's floor count: the entries it lists for a form, not for a word it saw often (承包地 is 3 too: the rules then see a verb or noun after it). */
const FLOOR_FREQ = 3;
/** A stem counted this often is a word of its own, not a fragment of the entry. */
const STEM_FREQ = 100;
