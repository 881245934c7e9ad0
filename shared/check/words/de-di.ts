import type { Analysed, Token } from './analyse';
import { isHanWord } from './analyse';
import type { WordDictionary } from './dictionary';
import { finding, type WordFinding } from './finding';

/** Words after which an adverbial + 的 + verb is still a predicate (要认真地研究), not a noun phrase. */
const MODALS = new Set([
  '要',
  '应',
  '应当',
  '应该',
  '必须',
  '须',
  '需',
  '需要',
  '将',
  '能',
  '能够',
  '会',
  '可',
  '可以',
  '才能',
  '更',
  '还',
  '都',
  '也',
  '就',
  '并',
  '又',
  '再',
  '进一步',
  '不断',
  '来',
  '去',
  '正在',
  '已经',
  '仍',
  '继续',
  '共同',
  '一起',
]);

/**
 * WRD-05: 的 where 地 is meant, from part-of-speech patterns: an adverbial (adverb, adjective, or
 * four-character phrase) + 的 + verb, when what comes before is not a verb or preposition that
 * would make the phrase its object (进行深入的研究 is right); and X + 的 + 来/去 + verb
 * (相结合的来抓). A warning: the rule reads grammar, which a dictionary cannot settle.
 */
export function deDiRule(a: Analysed, original: string, dict: WordDictionary): WordFinding[] {
  const out: WordFinding[] = [];
  const t = a.tokens;
  for (let i = 1; i + 1 < t.length; i++) {
    if (t[i]!.word !== '的') continue;
    const x = t[i - 1]!;
    const v = t[i + 1]!;
    const prev = t[i - 2];
    const isVerb = (k: Token | undefined): boolean => !!k && /^v$/.test(k.tag);
    // A phrase ending in a verb before the adjective (群众反映 + 强烈, jieba's i) makes the adjective
    // its predicate, and "…强烈的" a clause modifying the noun phrase after: a verb there too.
    const endsInVerb = !!prev && prev.word.length >= 4 && /^(i|l|n)$/.test(prev.tag) && /^v$/.test(dict.get(prev.word.slice(-2))?.tag ?? '');
    // A superlative (最踏实的照顾) describes a noun phrase: 的 is right whatever follows.
    // After verb + 了 the object follows (营造了浓厚的学习氛围): 的 is right.
    const predicate = !endsInVerb && prev?.word !== '最' && prev?.word !== '了' && (!prev || prev.tag === 'x' || MODALS.has(prev.word) || !/^(v|vn|p|uj|m|q)/.test(prev.tag));
    // Idioms (i) of four characters only (坚定不移); 彼此间 and 发展趋势 (l) are no adverbials.
    const setPhrase = x.tag === 'i' && x.word.length === 4;
    // b: jieba tags 主动 and the like as distinguishing words, adverbial before a verb as adjectives are.
    // z: jieba's state words (认真细致, 扎扎实实) are adverbials before a verb just as adjectives are.
    const adverbial = x.word.length >= 2 && (/^(ad|d)$/.test(x.tag) || setPhrase || (/^(a|b|z)$/.test(x.tag) && isVerb(v)));
    const plainVerb = v.tag === 'v' || (v.tag === 'vn' && (/^(ad|d)$/.test(x.tag) || setPhrase));
    // 的来/的去 + verb reads only as 地 (结合的来推进), whatever jieba tags the phrase before (j, l, i …).
    const comeGo = (v.word === '来' || v.word === '去') && isVerb(t[i + 2]) && x.word.length >= 2 && !/^(r|nr|ns|nt|m)/.test(x.tag);
    if (comeGo) {
      out.push(finding(a, original, 'WRD-05', 'warning', t[i]!.start, 1, '地'));
      continue;
    }
    if (complement(t, i)) {
      out.push(finding(a, original, 'WRD-05', 'warning', t[i]!.start, 1, '得'));
      continue;
    }
    if (!isHanWord(x.word) || !predicate) continue;
    if ((adverbial && plainVerb) || afterModal(t, i)) out.push(finding(a, original, 'WRD-05', 'warning', t[i]!.start, 1, '地'));
  }
  for (let i = 1; i + 1 < t.length; i++) {
    if (t[i]!.word === '地' && (adjectiveBeforeNoun(t, i) || objectAfterLe(t, i) || nounPhraseAfter(t, i, dict))) out.push(finding(a, original, 'WRD-05', 'warning', t[i]!.start, 1, '的'));
    // 得 before the noun object works the same way (取得了显著得成效 → 显著的成效).
    if (t[i]!.word === '得' && objectAfterLe(t, i)) out.push(finding(a, original, 'WRD-05', 'warning', t[i]!.start, 1, '的'));
    if (t[i]!.word === '得' && adverbBeforeVerb(t, i)) out.push(finding(a, original, 'WRD-05', 'warning', t[i]!.start, 1, '地'));
  }
  return out.sort((x, y) => x.offset - y.offset);
}

/**
 * Modals that take a verb phrase, never an adjective's degree (更美好的生活 is a noun phrase after
 * 更): the evidence afterModal needs.
 */
const VERB_MODALS = new Set(['要', '应', '应当', '应该', '必须', '须', '需', '需要', '将', '能', '能够', '会', '可以', '才能', '进一步', '不断', '继续', '正在']);

/** Tags of a manner word: adverb, adjective, distinguishing word, adverbial verb (持续 vd). */
const MANNER = /^(ad|d|a|b|vd)$/;
const CLAUSE_END = /^[，。；！？：、]$/;
const opensPredicate = (k: Token | undefined): boolean => !k || k.tag === 'x' || MODALS.has(k.word);

/**
 * A modal, then a manner phrase of one or two words, then 的 and a verb: a predicate, so 地
 * (要持续的加大 → 持续地, 要按时保质的完成 → 保质地, 要审慎的评估 → 审慎地). The modal is the
 * evidence: without it 的 + vn reads as a noun phrase (进行深入的研究). The phrase's first word is a
 * manner word; a second may be any content word (按时 + 保质), as coordinated adverbials are.
 */
function afterModal(t: readonly Token[], i: number): boolean {
  const v = t[i + 1]!;
  if (!/^(v|vn)$/.test(v.tag) || v.word.length < 2) return false;
  const x = t[i - 1]!;
  // A four-character set phrase that jieba tags as a noun (实事求是 n) is a manner phrase as idioms
  // are; a plain verb after it (not vn, which could be the head of a noun phrase) closes the case.
  // Not after 将, which is also 把 (将基础设施的建设纳入…).
  if (x.word.length === 4 && /^(i|l|n)$/.test(x.tag) && v.tag === 'v' && t[i - 2] && t[i - 2]!.word !== '将' && VERB_MODALS.has(t[i - 2]!.word)) return true;
  if (x.word.length >= 2 && MANNER.test(x.tag) && t[i - 2] && VERB_MODALS.has(t[i - 2]!.word)) return true;
  const w = t[i - 2];
  return !!w && w.word.length >= 2 && /^(ad|d|vd)$/.test(w.tag) && x.word.length === 2 && /^(n|a|b|v|vn|d|ad)$/.test(x.tag) && !!t[i - 3] && VERB_MODALS.has(t[i - 3]!.word);
}

/**
 * Verb + 了 + manner word + 地 (or 得) + noun at a clause end: the object of the verb, so 的 (发生了深刻地
 * 变化 → 深刻的变化). jieba tags some nouns vn (变化), which adjectiveBeforeNoun leaves alone.
 */
function objectAfterLe(t: readonly Token[], i: number): boolean {
  const x = t[i - 1]!;
  const n = t[i + 1]!;
  const le = t[i - 2];
  const next = t[i + 2];
  // jieba tags a few nouns d or a (进步, 成效): after 了 + adjective + 得 nothing but the object fits.
  // After a verb that takes a nominal object (取得了明显地改善), a verb form is that object too.
  const nominal = /^(取得|获得|得到|受到|赢得|带来|迎来)$/.test(t[i - 3]?.word ?? '');
  const noun = t[i]!.word === '得' ? /^(n|nz|vn|an|d|a)$/ : nominal ? /^(n|nz|vn|an|v)$/ : /^(n|nz|vn|an)$/;
  if (!le || le.word !== '了' || x.word.length < 2 || !MANNER.test(x.tag) || !noun.test(n.tag) || n.word.length < 2) return false;
  return !next || CLAUSE_END.test(next.word);
}

/**
 * A two-character adverb (or adverbial adjective) + 得 + verb, opening a predicate: 地 (要认真得落实
 * → 认真地). 得 after an adverb has no verb to complement; a verb before 得 (做得好) is not touched.
 */
function adverbBeforeVerb(t: readonly Token[], i: number): boolean {
  const x = t[i - 1]!;
  const v = t[i + 1]!;
  if (x.word.length < 2 || !/^(ad|d)$/.test(x.tag) || !/^(v|vn|a)$/.test(v.tag) || v.word.length < 2) return false;
  return opensPredicate(t[i - 2]);
}

/** A preposition (对, 把, 针对 …) between the clause start and token i. */
function prepositionBefore(t: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && !CLAUSE_END.test(t[k]!.word); k--) if (t[k]!.tag === 'p') return true;
  return false;
}

/** 是/为 between the clause start and token i: what follows is a predicate noun phrase. */
function copulaBefore(t: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && !CLAUSE_END.test(t[k]!.word); k--) if (t[k]!.word === '是' || t[k]!.word === '为') return true;
  return false;
}

/** Degree words that open a complement after 得 (落实得不够到位, 推进得十分顺利). */
const DEGREE = new Set(['不够', '十分', '非常', '很', '更加', '比较', '相当', '特别', '越来越', '不太', '格外', '极为', '较为']);

/**
 * Verb + 的 + degree word + adjective or verb, closing the clause: a complement, so 得
 * (推进的十分顺利 → 推进得). Not when another 的 follows in the clause (落实的不够到位的问题: 的
 * there makes a noun phrase).
 */
function complement(t: readonly Token[], i: number): boolean {
  const x = t[i - 1]!;
  const deg = t[i + 1]!;
  const head = t[i + 2];
  // A four-character descriptive phrase closing the clause is a complement by itself (开展的有声有色),
  // unless a preposition earlier in the clause makes verb + 的 + phrase its object (对排查发现的安全隐患).
  // A vn head (工作) or a copula earlier (…是…工作的重中之重) makes it a noun phrase instead.
  if (x.word.length >= 2 && x.tag === 'v' && /^(i|l)$/.test(deg.tag) && deg.word.length === 4 && (!head || CLAUSE_END.test(head.word))) return !prepositionBefore(t, i) && !copulaBefore(t, i);
  // 不 + adjective closing the clause is a complement too (落实的不彻底 → 落实得不彻底). A
  // preposition earlier (对会议精神落实的不到位) names what the predicate is about: 不 + a verb or
  // adjective closing the clause is no noun an object phrase could end in, so it does not count here.
  if (x.word.length >= 2 && /^(v|vn|a)$/.test(x.tag) && deg.word === '不' && !!head && head.word.length >= 2 && /^(a|ad|v)$/.test(head.tag) && (!t[i + 3] || CLAUSE_END.test(t[i + 3]!.word)))
    return true;
  // jieba tags some verbs n (办理): with a degree word and a clause end after, the head is a predicate.
  const verbLike = /^(v|vn|a)$/.test(x.tag) || (x.tag === 'n' && !!t[i + 3] && CLAUSE_END.test(t[i + 3]!.word));
  if (x.word.length < 2 || !verbLike || !DEGREE.has(deg.word) || !head || !/^(a|ad|v|vd|l|i|d)$/.test(head.tag)) return false;
  for (let k = i + 3; k < t.length && !/^[，。；！？、]$/.test(t[k]!.word); k++) if (t[k]!.word === '的') return false;
  return true;
}

/**
 * Adjective + 地 + noun at the end of a clause: 的 (取得了显著地成效 → 显著的成效). 地 before a
 * verb is right, and jieba tags some abstract nouns a (成效), so the noun is what ends the clause.
 */
function adjectiveBeforeNoun(t: readonly Token[], i: number): boolean {
  const x = t[i - 1]!;
  const n = t[i + 1]!;
  const next = t[i + 2];
  if (x.word.length < 2 || !/^(a|ad|b)$/.test(x.tag) || !/^(n|nz|a)$/.test(n.tag) || n.word.length < 2) return false;
  return !next || /^[，。；！？、]$/.test(next.word);
}

/**
 * 地 + an adjective-noun phrase closing the clause: the phrase is a noun's, so 的 (形成了共同参与地
 * 良好氛围 → 的). jieba keeps some such phrases as one entry with a verb's tag (良好氛围 v), so the
 * phrase is split by the dictionary: a two-character adjective (a) and a two-character noun (n). A
 * verb after 地 (认真地研究问题) never splits that way.
 */
function nounPhraseAfter(t: readonly Token[], i: number, dict: WordDictionary): boolean {
  const x = t[i - 1]!;
  const p = t[i + 1]!;
  const q = t[i + 2];
  // After a noun only where jieba read 地 as the particle (uv), not as the noun (基地, 田地).
  if (x.word.length < 2 || !(/^(v|vn|a|ad|i|l)$/.test(x.tag) || (x.tag === 'n' && t[i]!.tag === 'uv'))) return false;
  const closes = (k: Token | undefined): boolean => !k || CLAUSE_END.test(k.word);
  let parts: string[] | null = null;
  if (p.word.length === 4 && closes(q)) parts = [p.word.slice(0, 2), p.word.slice(2)];
  else if (p.word.length === 2 && q && q.word.length === 2 && closes(t[i + 3])) parts = [p.word, q.word];
  return !!parts && dict.get(parts[0]!)?.tag === 'a' && dict.get(parts[1]!)?.tag === 'n';
}
