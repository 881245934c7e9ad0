import type { Token } from './analyse';
import { CLAUSE_OR_LIST_MARK, isHanWord } from './analyse';
import type { WordDictionary } from './dictionary';
import { COPULAS, PERSONS } from './de-di-words';
import { leansNominal } from './de-di-lean';
import { nounTaggedVerb } from './noun-tagged-verbs-set';

// Classes of words and phrases around 的/地 that jieba's tags hide from de-di.ts' patterns, each read
// from its shape: a manner word derived by a suffix (性, 化), a numeral-measure said twice, the noun
// phrase 把 takes. Each was a miss of first runs on unseen sets (round 23's reading of them).

/**
 * 的 → 地 after a manner word made by a suffix: X性 (前瞻性, 全局性, 创造性) and X化 (常态化, 制度化,
 * 精准化) are adjectives derived from a noun, which jieba tags n or cuts in two (常态 + 化), so the
 * tag-based readings of de-di.ts do not take them for manner words. Right after a strict modal
 * (要, 应, 必须 …) or a person as the subject (他们, 大家), where a predicate opens, and before a
 * verb with its object or closing the clause, such a word can only be the verb's adverbial:
 * 要常态化的开展巡查 → 常态化地, 要前瞻性的谋划明年工作 → 前瞻性地. A noun phrase never follows that
 * way with an object after its head; a verb form closing the clause (要 + X化的管理。) is read as
 * the predicate only when no other verb stands after the modal, and after a verb (形成常态化的工作
 * 机制, 坚持系统性的思维) the slot is an object's, not read here. X式 (拉网式, 地毯式) is such a word
 * too, and a 对/向 phrase may stand between the modal and it (要对全县供水设施拉网式的排查).
 */
export function derivedMannerBeforeVerb(t: readonly Token[], i: number, dict: WordDictionary): boolean {
  if (t[i]?.word !== '的') return false;
  // The derived word: one token (制度化 n) or a two-character base and the suffix apart (常态 + 化).
  const x = t[i - 1];
  if (!x || !isHanWord(x.word)) return false;
  let from = i - 1;
  let word = x.word;
  if (x.word === '化' && t[i - 2] && t[i - 2]!.word.length === 2 && isHanWord(t[i - 2]!.word) && /^(n|a|an|vn|v|b)$/.test(t[i - 2]!.tag)) {
    from = i - 2;
    word = t[i - 2]!.word + '化';
  }
  if (word.length < 3 || !SUFFIXES.includes(word[word.length - 1]!)) return false;
  // A word the language model writes before 的 and hardly ever before 地 (可行性, 重要性: abstract
  // nouns) stays a noun's modifier.
  if (leansNominal(word)) return false;
  // At most one time word or adverb between the modal and the word (要全面常态化的…, 要今年…).
  let m = from - 1;
  if (t[m] && /^(t|d|ad)$/.test(t[m]!.tag) && !STRICT_MODALS.has(t[m]!.word)) m--;
  // Or a 对/向 phrase naming what the doing is done to, between the modal and the word (要对全县供水
  // 设施拉网式的排查): up to four nouns after the preposition.
  for (let k = m, n = 0; k > 0 && n < 5 && !STRICT_MODALS.has(t[m]!.word); k--, n++) {
    if (/^(对|對|向)$/.test(t[k]!.word) && STRICT_MODALS.has(t[k - 1]?.word ?? '') && t.slice(k + 1, m + 1).every((x) => /^(n|nz|ns|nt|vn|j|m|q)$/.test(x.tag))) {
      m = k - 1;
      break;
    }
  }
  // Or right after a person as the subject (他们创造性的开展工作): a predicate opens there as well.
  if (!t[m] || !(STRICT_MODALS.has(t[m]!.word) || (m === from - 1 && PERSONS.has(t[m]!.word)))) return false;
  const v = t[i + 1];
  if (!v || v.word.length < 2 || !isHanWord(v.word) || COPULAS.has(v.word)) return false;
  // A verb by the dictionary, not only in context: the tagger reads 工作 of 常态化的工作机制 as v,
  // where the noun phrase 工作机制 is meant; the dictionary files 工作 as vn.
  const listed = dict.tagOf(v.word);
  // A verb form (排查 vn) closing the clause after the modal, with no other verb between, is the
  // predicate the modal opens: nothing else could be.
  const soleVerb = v.tag === 'vn' && CLAUSE_OR_LIST_MARK.test(t[i + 2]?.word ?? '') && t.slice(m + 1, from).every((k) => !/^v/.test(k.tag));
  if (!((v.tag === 'v' && listed === 'v') || nounTaggedVerb(v.word) || VERBS_TAGGED_OTHERWISE.has(v.word) || soleVerb)) return false;
  // What follows the verb up to the clause's end is its object (nouns, a determiner, a time, a
  // verb form used as a noun, 开展 + 巡查) or nothing: a verb phrase, which no noun phrase is.
  let k = i + 2;
  for (; k < t.length && !CLAUSE_OR_LIST_MARK.test(t[k]!.word); k++) {
    if (k - (i + 2) >= MAX_OBJECT || !OBJECT_TAG.test(t[k]!.tag) || t[k]!.word === '的') return false;
  }
  return true;
}

/**
 * 的 → 地 after a numeral-measure said twice (一件一件, 一户一户, 一个一个): one by one, a way of
 * doing, as 一遍遍 is. The segmenter cuts it into two equal m tokens; before a verb (tag v, not a
 * copula) 的 can only be 地 (一件一件的解决到位, 要一户一户的登记…). Before a noun it is a noun phrase's
 * (一件一件的衣服), which the verb test leaves alone.
 */
export function repeatedMeasureBeforeVerb(t: readonly Token[], i: number): boolean {
  if (t[i]?.word !== '的' || i < 2) return false;
  const x = t[i - 1]!;
  const v = t[i + 1];
  if (x.word !== t[i - 2]!.word || x.word.length !== 2 || x.word[0] !== '一' || !/^m/.test(x.tag)) return false;
  if (!v || !isHanWord(v.word) || COPULAS.has(v.word)) return false;
  // A verb form (核查 vn) with a noun object closing the clause, the pair opening it (，一家一家的核查
  // 项目台账。): a verb phrase too. A clause going on after the nouns (一个一个的检查结果都已归档)
  // makes them a subject, a noun phrase.
  const opensClause = !t[i - 3] || t[i - 3]!.tag === 'x';
  let j = i + 2;
  while (j < t.length && (/^(n|nz|vn)$/.test(t[j]!.tag) || (j > i + 2 && t[j]!.tag === 'v'))) j++;
  const objectCloses = j > i + 2 && (j >= t.length || t[j]!.tag === 'x');
  // After the clause's subject (果农 + 一株一株的检查果树…) the pair opens the predicate as at the
  // clause's start: a subject, with no verb or preposition earlier in the clause that would take the
  // pair and verb form as its object (经过一户一户的走访，). The verb form may then close the clause.
  const afterSubject = !opensClause && subjectOnly(t, i - 3);
  const closesAlone = j === i + 2 && (j >= t.length || t[j]!.tag === 'x');
  return v.tag === 'v' || (v.tag === 'vn' && ((opensClause && objectCloses) || (afterSubject && (objectCloses || closesAlone))));
}

/** The clause up to token k holds nouns, pronouns, places and times only, and token k is a noun: a subject. */
function subjectOnly(t: readonly Token[], k: number): boolean {
  if (!/^(n|nr|nrt|ns|nt|nz|ng|j)$/.test(t[k]?.tag ?? '')) return false;
  for (let j = k; j >= 0 && t[j]!.tag !== 'x'; j--) if (!/^(n|nr|nrt|ns|nt|nz|ng|j|r|t|s|f)$/.test(t[j]!.tag)) return false;
  return true;
}

/**
 * 地 → 的 inside the object of 把: 把 takes a noun phrase before the verb, so a modifier + 地 + a noun
 * followed by a verb (把群众反映强烈地问题作为重点, 把潜在地风险化解在萌芽状态) is that phrase, the noun
 * its head, and 地 was meant for 的. Not before a verb jieba tags as a noun (把工作认真地论证…:
 * noun-tagged-verbs.ts), nor before a verb form: 地 + a verb is right (把责任切实地扛起来).
 */
export function nounInBaObject(t: readonly Token[], i: number): boolean {
  const di = t[i];
  const x = t[i - 1];
  const head = t[i + 1];
  const verb = t[i + 2];
  if (di?.word !== '地' || di.tag !== 'uv' || !x || !head || !verb) return false;
  if (x.word.length < 2 || !isHanWord(x.word) || !/^(a|ad|b|d|z|i|l|v)$/.test(x.tag)) return false;
  if (head.word.length < 2 || !isHanWord(head.word) || !/^(n|nz|ng|an)$/.test(head.tag) || nounTaggedVerb(head.word) || VERBS_TAGGED_OTHERWISE.has(head.word)) return false;
  // The verb after the head (作为, 化解) is the clause's own, whatever it is.
  if (verb.tag !== 'v') return false;
  for (let j = i - 2; j >= 0 && !CLAUSE_OR_LIST_MARK.test(t[j]!.word); j--) if (t[j]!.word === '把' && t[j]!.tag === 'p') return true;
  return false;
}

/** The suffixes that derive a manner adjective from a noun: 性 (前瞻性), 化 (常态化). */
// X式 (拉网式, 地毯式, 清单式): a manner made from a noun, as X性 and X化 are.
const SUFFIXES = '性化式';
const STRICT_MODALS: ReadonlySet<string> = new Set(['要', '应', '应当', '应该', '必须', '务必', '须']);
/** Common verbs jieba tags otherwise (落实 a, 部署 n): verbs after 的 all the same (as in de-di.ts). */
const VERBS_TAGGED_OTHERWISE: ReadonlySet<string> = new Set(['落实', '办理', '部署', '规划', '整顿']);
/** Tags of the object's tokens: nouns, names, times, numbers, measures, pronouns, verb forms. */
const OBJECT_TAG = /^(n|nr|ns|nt|nz|j|l|vn|v|t|m|q|r|an|s)$/;
/** The most tokens an object of the verb holds (统筹 + 各类 + 资源). */
const MAX_OBJECT = 4;
