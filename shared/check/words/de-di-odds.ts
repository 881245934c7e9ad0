import type { Token } from './analyse';
import type { WordDictionary } from './dictionary';
import { isHanWord } from './analyse';
import { DE_DI_ODDS_LEFT, DE_DI_ODDS_RIGHT, DE_DI_ODDS_TAG_LEFT } from './de-di-odds-data';
import { DEGREE, MODALS, OBTAINED } from './de-di-words';
import { nounAfterDe } from './de-di-right';
import { nounTaggedVerb } from './noun-tagged-verbs-set';
import { cutFromWord } from './de-di-cut';

/**
 * 地 or 得 written where 的 belongs, read by a language model's odds instead of word lists: how much
 * likelier 的 is than the written particle after the word before it (sunpinyin's bigrams, per word
 * or by the word's tag when the word is not listed) and before a word of the next word's tag
 * (de-di-odds-data.ts, derived by tools/derive-de-di-odds.ts). Planted swaps in real report text
 * (bench/dedi-swaps.ts) set the bars on one half of the batches (odd numbers) and report the other.
 * 的 written for 地 or 得 is not read here: web text writes 的 for 地 so often that the model's
 * odds for a true 地 overlap those of a plain 的 (the tuning half: 3 of 22 true 地 at 1.0 against
 * 4 of 1,123 plain 的).
 */

/** log10 odds from which 的 is a warning, and an error (tuned on the odd half of bench/dedi-swaps.ts). */
export const DE_ODDS_WARNING = 2.0;
export const DE_ODDS_ERROR = 3.0;

interface Tables {
  left: Map<string, readonly [number, number]>;
  tagLeft: Map<string, readonly [number, number]>;
  right: Map<string, readonly [number, number]>;
}
let tables: Tables | null = null;

const pair = (s: string): readonly [number, number] => {
  const [a, b] = s.split(',');
  return [Number(a) / 10, Number(b) / 10];
};

/** The packed tables, parsed on the first question (~10 ms, 67 kB of text). */
function load(): Tables {
  if (tables) return tables;
  const left = new Map<string, readonly [number, number]>();
  for (const group of DE_DI_ODDS_LEFT.split('|')) {
    const [lean, words] = group.split(':');
    const v = pair(lean!);
    for (const w of words!.split(' ')) left.set(w, v);
  }
  const byTag = (s: string): Map<string, readonly [number, number]> => new Map(s.split(' ').map((e) => [e.slice(0, e.indexOf(':')), pair(e.slice(e.indexOf(':') + 1))] as const));
  tables = { left, tagLeft: byTag(DE_DI_ODDS_TAG_LEFT), right: byTag(DE_DI_ODDS_RIGHT) };
  return tables;
}

/**
 * log10 of how much likelier 的 is than the written 地 (which = 0) or 得 (which = 1) between `before`
 * and `after`. A verb jieba tags n (指导, 论证: noun-tagged-verbs.ts) counts as a verb after the
 * particle, where the model's odds for 地 are highest.
 */
export function deOdds(before: Token, after: Token, which: 0 | 1): number {
  const t = load();
  const l = t.left.get(before.word) ?? t.tagLeft.get(before.tag) ?? t.tagLeft.get('*')!;
  // A noun jieba tags otherwise (需求 v) counts as a noun after 地 (de-di-right.ts); the 得 column
  // is left to the tag: a complement after 得 is an adjective or verb whatever the model's 的 says.
  const tag = which === 0 && nounAfterDe(after.word) ? 'n' : after.tag === 'n' && nounTaggedVerb(after.word) ? 'v' : after.tag;
  const r = t.right.get(tag) ?? [0, 0];
  return l[which] + r[which];
}

/** log10 P(的)/P(地) after the word by the model's left table alone (its tag's median when the word is not listed). */
export function deOverDiAfter(before: Token): number {
  const t = load();
  return (t.left.get(before.word) ?? t.tagLeft.get(before.tag) ?? t.tagLeft.get('*')!)[0];
}

/**
 * 得 written where 地 belongs (认真得查验, 不遗余力得服务): the third choice the odds above leave out.
 * The same table gives log10 P(地)/P(得) as the difference of its two columns, and log10 P(的)/P(地)
 * as the first. 得 (ud) after a word of two or more Han characters that is not a verb form (a verb
 * + 得 opens a complement: 开展得扎实), before a verb form of two or more characters (an adverbial's
 * place: no complement is a bare verb), when the model finds 地 likelier than 得 by the warning bar
 * and 的 no likelier than 地 by DI_OVER_DE_MARGIN (提供优质得服务 is 的: there 的 far outweighs 地).
 * The severity, or null.
 */
export const DI_OVER_DE_MARGIN = 1.0;
/**
 * log10 P(地)/P(得) from which 地 is a warning (the error bar is DE_ODDS_ERROR). 1.5 read one more
 * planted 得 for 地 on the tuning half and gave one more 的 the fix 地 (营造安全得学习环境).
 */
export const DI_ODDS_WARNING = 2.0;
export function diForDe(t: readonly Token[], i: number, dict: WordDictionary): 'error' | 'warning' | null {
  const k = t[i]!;
  const before = t[i - 1];
  const after = t[i + 1];
  if (k.word !== '得' || k.tag !== 'ud' || !before || !after || before.word.length < 2 || after.word.length < 2 || !isHanWord(before.word) || !isHanWord(after.word)) return null;
  if (isVerbForm(before, dict) || !isVerbForm(after, dict)) return null;
  // The adverbial must open a predicate: back over coordinated manner words and adverbs (更 + 直接,
  // 简约、节俭、务实), a verb or preposition (not a modal) makes the phrase its object, a noun
  // phrase, so 的 (搭建更直接得沟通平台, 透过面对面得沟通, 按照简约、务实得要求).
  let j = i - 2;
  while (j >= 0 && (t[j]!.word === '、' || /^(a|ad|d|vd|b|i|l)$/.test(t[j]!.tag))) j--;
  const l = t[j];
  if (l && /^(v|p)$/.test(l.tag) && !MODALS.has(l.word)) return null;
  if ([1, 2].some((n) => DEGREE.has(after.word.slice(0, n)))) return null;
  if (dict.freq(before.word.slice(-1) + k.word) > 0) return null;
  const deOverDi = deOdds(before, after, 0);
  const diOverDe = deOdds(before, after, 1) - deOverDi;
  if (deOverDi >= DI_OVER_DE_MARGIN) return null;
  return diOverDe >= DE_ODDS_ERROR ? 'error' : diOverDe >= DI_ODDS_WARNING ? 'warning' : null;
}

/** The clause's end: what a disposal object's verb must come before. */
const CLAUSE_END = /^[，。；！？：,;!?:]$/;

/**
 * 将 + modifier + 地 at i + a noun, and a verb after the noun before the clause ends: 将 there is
 * the disposal marker (= 把) and the noun its object, not the modal's predicate (将科学地制定).
 */
function disposalObject(t: readonly Token[], i: number, verbForm: (w: Token) => boolean): boolean {
  const after = t[i + 1];
  if (t[i - 2]?.word !== '将' || !after || !/^(n|nz|ng)$/.test(after.tag) || verbForm(after)) return false;
  for (let j = i + 2; j < t.length && !CLAUSE_END.test(t[j]!.word); j++) if (t[j]!.tag === 'v') return true;
  return false;
}

/** A verb form: v, vn, vd, a verb jieba tags n, or a verb fused with its object (制定方案 n). */
function isVerbForm(w: Token, dict: WordDictionary): boolean {
  return /^(v|vn|vd)$/.test(w.tag) || nounTaggedVerb(w.word) || (w.word.length === 4 && /^(n|l|i)$/.test(w.tag) && dict.tagOf(w.word.slice(0, 2)) === 'v');
}

/**
 * The particle at i is 地 (uv) or 得 (ud) after a word of two or more Han characters and before a
 * Han word, and the model's odds for 的 there reach the warning bar: the severity, or null.
 * One-character words before 地 are left alone: there 地 is mostly the noun (校地, 各地, 购地).
 * The bars: DE_ODDS_WARNING, DE_ODDS_ERROR.
 */
export function deByOdds(t: readonly Token[], i: number, dict: WordDictionary): 'error' | 'warning' | null {
  const k = t[i]!;
  const which = k.word === '地' && k.tag === 'uv' ? 0 : k.word === '得' && k.tag === 'ud' ? 1 : -1;
  const before = t[i - 1];
  const after = t[i + 1];
  if (which < 0 || !before || !after || before.word.length < 2 || !isHanWord(before.word) || !isHanWord(after.word)) return null;
  // 天 … 地 … pairs heaven and earth in a parallel phrase (天蓝地绿, 天高地阔): 地 there is the noun.
  if (which === 0 && before.word[0] === '天') return null;
  // The character before and the particle may be a word jieba split (低效 + 用地, 获得): no particle.
  // Not when the 地 was cut from a token jieba kept whole (de-di-cut.ts): no word was split there.
  if (dict.freq(before.word.slice(-1) + k.word) > 0 && !cutFromWord(k)) return null;
  // jieba fuses a verb and its object into one entry (制定方案 n, 汇报情况 n): its first two characters decide.
  const verbForm = (w: Token): boolean => isVerbForm(w, dict);
  // A verb + 得 + what follows is a complement (填报得规范准确, 部署得早) whatever the model says of
  // the two words: the web writes 的 there so often that its odds cannot tell the two apart.
  if (which === 1 && verbForm(before)) return null;
  // 得 + a degree word (相当严重, 十分, 很): a complement of degree after an adjective too (落后得相当严重).
  if (which === 1 && [1, 2].some((n) => DEGREE.has(after.word.slice(0, n)))) return null;
  // After a modal (要, 应, 必须 …) the word and 地 open the predicate (要科学地制定, 要一五一十地汇报).
  // Not 将 taking an object to a verb after it (将闲置地仪器纳入平台: 将 = 把), where a noun, no verb
  // form, follows 地 and a verb comes later in the clause: the modifier + 地 there opens the object.
  if (which === 0 && MODALS.has(t[i - 2]?.word ?? '') && !disposalObject(t, i, verbForm)) return null;
  // 得 the verb (群众得实惠: obtain) before what it obtains: no particle at all.
  if (which === 1 && OBTAINED.has(after.word)) return null;
  const odds = deOdds(before, after, which as 0 | 1);
  // 得 + a verb form may be 得 = must (我们得研究一下: after a pronoun it is, not after a noun, where
  // 的 + a verb's noun use is the common shape: 会议得召开): a warning at most.
  if (which === 1 && verbForm(after)) return before.tag === 'r' ? null : odds >= DE_ODDS_WARNING ? 'warning' : null;
  // 地 + a verb form is the adverbial's own place (不间断地巡查): only the error bar's odds read it as
  // 的 + a noun, and then as a warning.
  if (which === 0 && verbForm(after) && !nounAfterDe(after.word)) return odds >= DE_ODDS_ERROR ? 'warning' : null;
  return odds >= DE_ODDS_ERROR ? 'error' : odds >= DE_ODDS_WARNING ? 'warning' : null;
}
