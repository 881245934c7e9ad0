import type { Analysed, Token } from './analyse';
import { isHanWord } from './analyse';
import type { WordDictionary } from './dictionary';
import { COMPLEMENTS, COPULAS, DEGREE as DEGREE_WORDS, DOERS, LINKING_ADVERBS, MANNER_WORDS, NOMINAL_OBJECT, PERSONS, PREPOSITIONS, SPEECH_VERBS } from './de-di-words';
import { compoundObjectAfterDi, distributive, requestAdverbial, verbOwnsNounAfterDi } from './de-di-objects';
import { declarativeMannerBeforeVerb } from './de-di-declarative';
import { mannerBeforeAdverbOrPreposition } from './de-di-adverb-after';
import { mannerOpeningPredicate } from './de-di-opening';
import { solePredicateAfterDe } from './de-di-sole-predicate';
import { prepositionedMannerBeforeVerb } from './de-di-preposed';
import { disposalComplement } from './de-di-disposal';
import { closingVerbAfterManner } from './de-di-closing';
import { coordinatedMannerBeforeDi, coordinatedMannerBeforeVerb } from './de-di-coordinated';
import { leanAfterDei, stateAfterVerb } from './de-di-state';
import { mannerAfterModal, verbAfterMannerDi } from './de-di-verb-after';
import { derivedMannerBeforeVerb, nounInBaObject, repeatedMeasureBeforeVerb } from './de-di-derived';
import { leanAdverbialBeforeVerb, leanNominalBeforeNoun, leansNominal, nominalAfterDe, seenBeforeDi } from './de-di-lean';
import { closingNounAfterDi, determinedNounAfterDi, measuredObjectAfterDi, objectAfterVerbLe } from './de-di-noun-phrase';
import { deByOdds, diForDe } from './de-di-odds';
import { nounBeforePredicateAfterDi, nounClosingAfterDi } from './de-di-right';
import { ownerBeforeDe, ownerBeforeDi } from './de-di-owner';
import { patternedMannerBeforeVerb, shapedMannerBefore, subjectCompound } from './de-di-patterned';
import { cutFusedDi } from './de-di-fused';
import { cutParticle } from './de-di-cut';
import { finding, type WordFinding } from './finding';
import { nounTaggedVerb, properTaggedVerb } from './noun-tagged-verbs-set';

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
 * WRD-05: 的, 地 and 得 used for one another, from part-of-speech patterns and the shape around the
 * character, not from lists of seen faults:
 * - 的 → 地: an adverbial (manner word, reduplicated or four-character form) + 的 + a verb or a
 *   preposition opening a verb phrase, where what comes before opens a predicate (a modal, the
 *   clause's subject) — not a verb or preposition that makes the phrase its object (进行深入的研究);
 * - 的 → 得: a verb + 的 + a complement closing the clause (推进的十分顺利, 开展的有声有色);
 * - 地 → 的: a modifier + 地 + a noun phrase closing the clause, in an object's place (一项长期地任务);
 * - 得 → 地 / 的: an adverbial + 得 + verb, or 了 + adjective + 得 + noun.
 * Warnings, except 的 → 地 in the surest shape (a modal, a listed manner word, a plain verb or a
 * preposition after 的: 要妥善的处置): a false error costs more than a miss.
 */
export function deDiRule(a: Analysed, original: string, dict: WordDictionary): WordFinding[] {
  const out: WordFinding[] = [];
  const t = splitRareDi(a.tokens, dict);
  // 地 before a verb jieba tags as a noun, after a manner word, is never read as 的 (de-di-verb-after.ts).
  const flag = (i: number, right: string, severity: 'error' | 'warning' = 'warning'): void => {
    // Nor after two manner words said together, or a set phrase the model writes before 地 (de-di-coordinated.ts).
    if (right === '的' && (verbAfterMannerDi(t, i, dict) || mannerAfterModal(t, i) || coordinatedMannerBeforeDi(t, i, dict))) return;
    out.push(finding(a, original, 'WRD-05', severity, t[i]!.start, 1, right));
  };
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
    // 的来/的去 + verb reads only as 地 (结合的来推进), whatever jieba tags the phrase before (j, l, i …).
    const comeGo = (v.word === '来' || v.word === '去') && isVerb(t[i + 2]) && x.word.length >= 2 && !/^(r|nr|ns|nt|m)/.test(x.tag);
    if (comeGo) {
      flag(i, '地');
      continue;
    }
    // A verb + 的 + a state word the model writes after 得, closing the clause: de-di-state.ts.
    // 把/将 + object + a verb of any tag + 的 + what only grades or describes (把会场布置的古色古香):
    // de-di-disposal.ts.
    if (complement(t, i, dict) || complementAfterDoing(t, i, dict) || stateAfterVerb(t, i) || disposalComplement(t, i, dict)) {
      flag(i, '得');
      continue;
    }
    // A word the model hardly ever writes before 地 but often before 的 (稀缺, 充足: leansNominal) is a
    // noun's modifier, and the verb form after 的 heads a noun phrase (稀缺的停车资源, 需要充足的运动):
    // the tag-driven slot readings below (adverbialBeforeVerb, afterModal) do not turn it into 地.
    const nominal = leansNominal(x.word);
    const general = nominal ? null : adverbialBeforeVerb(t, i, dict);
    if (general) {
      flag(i, '地', general);
      continue;
    }
    // A modal + a four-character phrase jieba tags as a noun, or an adverb + a second word (按时 + 保质).
    // (The looser pattern before it, an adverbial tag + 的 + any verb tag wherever a predicate might
    // open, made false warnings on real text: 安全稳妥的办会原则, 承上启下的作用.)
    // 有 + a noun of manner opens the predicate itself (要有针对性的开展): read before the test
    // below, to which 有 (v) before the noun would end a noun phrase.
    if (youPhrase(t, i)) {
      flag(i, '地');
      continue;
    }
    // A strict modal + a set phrase or manner word + 的 + a verb with its object or closing the clause
    // (要不间断的巡查…, 对…要实事求是的评价。): round 15's shapes, below.
    // The same after a manner word derived by 性 or 化 (要常态化的开展巡查), or a numeral-measure said
    // twice (一件一件的解决): de-di-derived.ts. Or after an adverbial known by its shape (加班加点,
    // 不分昼夜, 分步骤) before a verb with its object: de-di-patterned.ts.
    if (modalFrame(t, i) || derivedMannerBeforeVerb(t, i, dict) || repeatedMeasureBeforeVerb(t, i) || patternedMannerBeforeVerb(t, i, dict)) {
      flag(i, '地');
      continue;
    }
    // 请 + an office + a manner word (请财政局及时的拨付), or 逐户逐人 + 的 + a verb: adverbials (de-di-objects.ts).
    if (requestAdverbial(t, i) || (distributive(t, i) && /^(v|vn)$/.test(v.tag) && v.word.length >= 2)) {
      flag(i, '地');
      continue;
    }
    // A statement's subject + a manner word by the models' lean + 的 + a verb and its object
    // (社工轻声细语的安抚老人): de-di-declarative.ts.
    // The same with the verb closing the clause, when the model leans the manner word strongly to 地
    // (村干部苦口婆心的劝导，): de-di-closing.ts.
    // Two manner words said together (耐心细致的讲解…, 主动积极的出击，): de-di-coordinated.ts.
    // A manner word opening the predicate, whatever jieba tags the word after 的 (应主动的关怀辖内
    // 长者, 将主动的联系家长): de-di-opening.ts.
    // The verb after 的 the only predicate its clause can have (监管部门将依法从严的查处。):
    // de-di-sole-predicate.ts.
    // The same after a subject and a preposition phrase whose noun would otherwise own the phrase
    // (修缮队按照图纸的要求有条不紊的加固了…, …对每处取水口精准的排查，找出…): de-di-preposed.ts.
    if (
      declarativeMannerBeforeVerb(t, i) ||
      closingVerbAfterManner(t, i) ||
      coordinatedMannerBeforeVerb(t, i) ||
      mannerBeforeAdverbOrPreposition(t, i) ||
      mannerOpeningPredicate(t, i) ||
      solePredicateAfterDe(t, i, dict) ||
      prepositionedMannerBeforeVerb(t, i, dict)
    ) {
      flag(i, '地');
      continue;
    }
    if (!isHanWord(x.word) || !predicate || COPULAS.has(v.word)) continue;
    // A word the language model writes before 地 (定期, 反复, 全天候) + 的 + a verb and its object,
    // inside a directive: the adverbial jieba's tags hide (de-di-lean.ts). The verb may be one
    // jieba tags n (要反复的论证整改方案: noun-tagged-verbs.ts).
    if ((!nominal && afterModal(t, i)) || leanAdverbialBeforeVerb(t, i, (k) => /^(v|vn)$/.test(k.tag) || VERBS_TAGGED_OTHERWISE.has(k.word) || nounTaggedVerb(k.word))) flag(i, '地');
  }
  for (let i = 1; i + 1 < t.length; i++) {
    // A verb + 地 + its complement closing the clause (提升地很快): 得, before any 的 reading. The verb
    // may be one jieba tags n or vn (节目规划地非常精彩), as complementAfterDoing reads it after 的.
    // jieba tags some verbs of doing a (清理 a): an adjective + 地 + a degree said in the negative
    // (清理地不够彻底) is no adverbial either, since no verb follows.
    // A topic and its verb kept as one entry (工作进展 l) is doing too when a comparison follows
    // (工作进展地比预想顺利): its last two characters are the verb, as complementAfterDoing reads them.
    const phraseVerb = (k: Token): boolean => k.word.length === 4 && /^(l|n|i)$/.test(k.tag) && /^v/.test(dict.tagOf(k.word.slice(2)) ?? '') && t[i + 1]?.word === '比';
    const doing = (k: Token): boolean => /^(v|vn)$/.test(k.tag) || VERBS_TAGGED_OTHERWISE.has(k.word) || nounTaggedVerb(k.word) || phraseVerb(k);
    const negatedAfter = t[i - 1]!.tag === 'a' && NEGATED_DEGREE.has(t[i + 1]?.word ?? '');
    // The same in the disposal frame, 把 + object + verb + 地 + a describing phrase (de-di-disposal.ts).
    if (t[i]!.word === '地' && t[i]!.tag === 'uv' && (((doing(t[i - 1]!) || negatedAfter) && complementAfterDoing(t, i, dict)) || disposalComplement(t, i, dict))) {
      flag(i, '得');
      continue;
    }
    // An object-taking verb + modifier + 地 + verb-noun compound closing the clause (开发稳定地就业岗位).
    // jieba tags many such verbs vn by their noun use (设置, 建设, 盘活): one right before the modifier
    // takes the compound as its object all the same.
    if (t[i]!.word === '地' && compoundObjectAfterDi(t, i, (k) => /^(v|vn)$/.test(k.tag) || resultCompound(k, dict))) {
      flag(i, '的');
      continue;
    }
    // 把 + a modifier + 地 + a noun + the verb: the noun phrase 把 takes (de-di-derived.ts). A
    // numeral-measure or verb + 了 before the modifier opens an object, a noun phrase, whatever jieba
    // tags its head (一次深刻地教训, 付出了艰辛地努力), and so does a determiner (这种积极地态度), and a
    // verb before the modifier when plain nouns close the clause (形成浓厚地舆论氛围: de-di-noun-phrase.ts).
    if (nounInBaObject(t, i) || measuredObjectAfterDi(t, i) || objectAfterVerbLe(t, i, dict) || determinedNounAfterDi(t, i) || closingNounAfterDi(t, i)) {
      flag(i, '的');
      continue;
    }
    // Nouns alone up to the clause's end after 地, nouns by jieba's tag or by the model's lean
    // after 的 (最迫切地需求。: de-di-right.ts), a time, a phrase, a noun-taker's object …
    if (
      t[i]!.word === '地' &&
      (nounClosingAfterDi(t, i, dict) || timeBeforeNoun(t, i, dict) || phraseBeforeNoun(t, i, dict) || objectOfNounTaker(t, i) || leanNominalBeforeNoun(t, i, dict) || modifierAfterDe(t, i))
    ) {
      flag(i, '的');
      continue;
    }
    // 得 after a noun or pronoun of owning, or between a verb and the nouns closing its clause, opens
    // no complement (居民得幸福感, 反映得问题，): 的 (de-di-owner.ts).
    if ((t[i]!.word === '得' && t[i]!.tag === 'ud' && ownerBeforeDe(t, i)) || ownerBeforeDi(t, i, dict)) {
      flag(i, '的');
      continue;
    }
    // 得 + an adjective-noun phrase closing the clause is no complement (形成了…得良好氛围): 的.
    // (Not when the second half is a manner word jieba tags n: 开展得扎实有序 is a complement.)
    const tail = t[i + 1]!.word.length === 4 ? t[i + 1]!.word.slice(2) : (t[i + 2]?.word ?? '');
    if (t[i]!.word === '得' && t[i]!.tag === 'ud' && !MANNER_WORDS.has(tail) && !COMPLEMENTS.has(tail) && (nounPhraseAfter(t, i, dict) || nominalAfterDe(t, i, dict))) {
      flag(i, '的');
      continue;
    }
    if (t[i]!.word === '地' && (adjectiveBeforeNoun(t, i, dict) || objectAfterLe(t, i) || nounPhraseAfter(t, i, dict) || nounAfterDi(t, i, dict) || underLeadership(t, i))) flag(i, '的');
    // 得 before the noun object works the same way (取得了显著得成效 → 显著的成效).
    if (t[i]!.word === '得' && objectAfterLe(t, i)) flag(i, '的');
    if (t[i]!.word === '得' && (adverbBeforeVerb(t, i) || mannerBeforeVerb(t, i, dict) || (distributive(t, i) && /^(v|vn)$/.test(t[i + 1]!.tag)))) flag(i, '地');
    // (Not after a word the model has seen before 地 when a verb form follows: 全天候地巡查田间地头.)
    else if (t[i]!.word === '地' && verbOwnsNounAfterDi(t, i, dict) && !adverbialReading(t, i, dict) && !out.some((f) => f.offset === t[i]!.start)) flag(i, '的');
  }
  // Last, 地 or 得 where a language model finds 的 far likelier between the words on either side
  // (de-di-odds.ts): the readings above know shapes, this one the words themselves.
  for (let i = 1; i + 1 < t.length; i++) {
    if (out.some((f) => f.offset === t[i]!.start)) continue;
    const di = diForDe(t, i, dict);
    if (di) {
      flag(i, '地', di);
      continue;
    }
    const severity = deByOdds(t, i, dict);
    if (severity) flag(i, '的', severity);
    else if (nounBeforePredicateAfterDi(t, i, dict)) flag(i, '的');
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
  // A verb jieba tags n (论证, 动员: noun-tagged-verbs.ts) is a verb here as well, and so is one it
  // files as a proper name (申报 nz): after the modal no name stands between 的 and its object.
  if (!(/^(v|vn)$/.test(v.tag) || nounTaggedVerb(v.word) || properTaggedVerb(v.word)) || v.word.length < 2) return false;
  const x = t[i - 1]!;
  // A four-character set phrase that jieba tags as a noun (实事求是 n) is a manner phrase as idioms
  // are; a plain verb after it (not vn, which could be the head of a noun phrase) closes the case.
  // Not after 将, which is also 把 (将基础设施的建设纳入…).
  if (x.word.length === 4 && /^(i|l|n)$/.test(x.tag) && v.tag === 'v' && t[i - 2] && t[i - 2]!.word !== '将' && VERB_MODALS.has(t[i - 2]!.word)) return true;
  // jieba tags some adverbs of timing as conjunctions (即时 c, 及时 c); a conjunction never takes 的,
  // so a two-character one between a modal and 的 is such an adverb (应即时的回应 → 即时地).
  if (x.word.length >= 2 && (MANNER.test(x.tag) || x.tag === 'c') && t[i - 2] && VERB_MODALS.has(t[i - 2]!.word)) return true;
  const w = t[i - 2];
  return !!w && w.word.length >= 2 && /^(ad|d|vd)$/.test(w.tag) && x.word.length === 2 && /^(n|a|b|v|vn|d|ad)$/.test(x.tag) && !!t[i - 3] && VERB_MODALS.has(t[i - 3]!.word);
}

/**
 * A strict modal (要, 应, 必须 …), at most one time word or adverb (昼夜, 全天), a manner word or a
 * set phrase of three or four characters (不间断 l, 实事求是 n), 的, then a two-character verb that
 * either closes the clause (要不间断的巡查。) or takes a noun object that closes it (要不间断的巡查田间
 * 地头): the modal opens a predicate, so the phrase is its adverbial: 地. A word jieba tags as a noun
 * (评价 n) counts as the verb only when a 对-phrase earlier in the clause names what it acts on (对
 * 干部的实绩要实事求是的评价): without it 要 + adjective + 的 + noun may be "want a … noun".
 */
function modalFrame(t: readonly Token[], i: number): boolean {
  const x = t[i - 1]!;
  if (!isHanWord(x.word) || !(mannerWord(x) || (x.word.length >= 3 && /^(i|l|n)$/.test(x.tag)))) return false;
  let m = i - 2;
  if (t[m] && /^(t|d)$/.test(t[m]!.tag) && !STRICT_MODALS.has(t[m]!.word)) m--;
  if (!t[m] || !STRICT_MODALS.has(t[m]!.word)) return false;
  const v = t[i + 1]!;
  if (v.word.length !== 2 || !isHanWord(v.word)) return false;
  const closes = (k: Token | undefined): boolean => !k || CLAUSE_END.test(k.word) || k.tag === 'x';
  if (/^(v|vn)$/.test(v.tag)) {
    if (closes(t[i + 2])) return x.word.length >= 3 || !/^vn$/.test(v.tag) || MANNER_WORDS.has(x.word);
    const o = t[i + 2]!;
    const o2 = t[i + 3];
    const objectNoun = (k: Token): boolean => k.word.length >= 2 && /^(n|ns|nz|l)$/.test(k.tag);
    return x.word.length >= 3 && objectNoun(o) && (closes(o2) || (!!o2 && objectNoun(o2) && closes(t[i + 4])));
  }
  if (v.tag !== 'n' || !closes(t[i + 2])) return false;
  for (let j = m - 1; j >= 0 && !CLAUSE_END.test(t[j]!.word); j--) if (t[j]!.word === '对' || t[j]!.word === '对于') return true;
  return false;
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
// 过于/过分 (too far) and 极其/尤为 grade an adjective as the others do: 审查的过于宽松 → 得.
const DEGREE = new Set(['不够', '十分', '非常', '很', '更加', '比较', '相当', '特别', '越来越', '不太', '格外', '极为', '较为', '过于', '过分', '极其', '尤为']);

/**
 * Verb + 的 + degree word + adjective or verb, closing the clause: a complement, so 得
 * (推进的十分顺利 → 推进得). Not when another 的 follows in the clause (落实的不够到位的问题: 的
 * there makes a noun phrase).
 */
function complement(t: readonly Token[], i: number, dict: WordDictionary): boolean {
  const x = t[i - 1]!;
  const deg = t[i + 1]!;
  const head = t[i + 2];
  // A four-character descriptive phrase closing the clause is a complement by itself (开展的有声有色),
  // unless a preposition earlier in the clause makes verb + 的 + phrase its object (对排查发现的安全隐患).
  // A vn head (工作) or a copula earlier (…是…工作的重中之重) makes it a noun phrase instead.
  // A one-character verb of doing (办, 抓, 干) counts as well: 活动办的有声有色.
  if ((x.word.length >= 2 || DOERS.has(x.word)) && x.tag === 'v' && /^(i|l)$/.test(deg.tag) && deg.word.length === 4 && (!head || CLAUSE_END.test(head.word)))
    return !prepositionBefore(t, i) && !copulaBefore(t, i) && !modifiedNounPhrase(deg.word, dict);
  // The same with an adjective of state before 的 when the phrase opens with a degree word jieba fused
  // into it (落后 + 的 + 相当严重 i, 落後的相當嚴重 in Traditional text): a degree phrase after 的 and
  // closing the clause describes how far the state goes, never a noun.
  if (x.word.length >= 2 && x.tag === 'a' && /^(i|l)$/.test(deg.tag) && deg.word.length === 4 && DEGREE.has(deg.word.slice(0, 2)) && (!head || CLAUSE_END.test(head.word)))
    return !prepositionBefore(t, i) && !copulaBefore(t, i);
  // 不 + adjective closing the clause is a complement too (落实的不彻底 → 落实得不彻底). A
  // preposition earlier (对会议精神落实的不到位) names what the predicate is about: 不 + a verb or
  // adjective closing the clause is no noun an object phrase could end in, so it does not count here.
  // The verb may be one the tagger or jieba's dictionary files otherwise: a verb by the dictionary,
  // or a two-character d after a topic noun that is no degree word (信息 + 更新 d + 的 + 不及时: jieba
  // files 更新 as d, an adverb, and an adverb takes no 的 before 不 + a complement). A listed
  // complement adjective counts whatever jieba tags it (及时 c).
  const topicVerb = x.tag === 'd' && x.word.length === 2 && /^n/.test(t[i - 2]?.tag ?? '') && !DEGREE.has(x.word) && COMPLEMENTS.has(head?.word ?? '');
  const doing = /^(v|vn|a)$/.test(x.tag) || (x.word.length === 2 && dict.tagOf(x.word) === 'v') || topicVerb;
  if (
    x.word.length >= 2 &&
    doing &&
    deg.word === '不' &&
    !!head &&
    head.word.length >= 2 &&
    (/^(a|ad|v)$/.test(head.tag) || COMPLEMENTS.has(head.word)) &&
    (!t[i + 3] || CLAUSE_END.test(t[i + 3]!.word))
  )
    return true;
  // jieba tags some verbs of doing n (苫盖, 覆盖 of a topic noun): after a topic noun, n + 的 + 不 +
  // an adjective closing the clause (土方苫盖的不严实) reads the same way. Only an adjective after
  // 不 here, not a verb: 不 + verb may be a noun's (工作的不落实 names the failing).
  if (
    x.word.length === 2 &&
    x.tag === 'n' &&
    /^n/.test(t[i - 2]?.tag ?? '') &&
    deg.word === '不' &&
    !!head &&
    head.word.length >= 2 &&
    (/^(a|ad)$/.test(head.tag) || COMPLEMENTS.has(head.word)) &&
    (!t[i + 3] || CLAUSE_END.test(t[i + 3]!.word))
  )
    return !prepositionBefore(t, i) && !copulaBefore(t, i);
  // 不X不Y closing the clause (理解的不深不透, 执行的不严不实): a paired negation of two one-character
  // adjectives or verbs is a predicate, never a noun, so after a verb it is the verb's complement (a
  // preposition earlier, 对政策理解的不深不透, as for 不 + adjective above).
  const pairedNot = (k: number): boolean => t[k]?.word === '不' && t[k + 1]?.word.length === 1 && /^(a|v)$/.test(t[k + 1]!.tag);
  if (x.word.length >= 2 && /^(v|vn)$/.test(x.tag) && pairedNot(i + 1) && pairedNot(i + 3) && (!t[i + 5] || CLAUSE_END.test(t[i + 5]!.word))) return true;
  // jieba tags some verbs n (办理): with a degree word and a clause end after, the head is a predicate.
  // jieba files other verbs as distinguishing words, names or abbreviations (整备 b, 修正 nr, 认定 nz):
  // before 的 + a degree word + an adjective closing the clause they are verbs all the same, since no
  // noun phrase is made of 的 + a degree word + an adjective and nothing after (整备的相当扎实。). Not
  // after a preposition or copula earlier in the clause, where the words may name the topic.
  const closesAfter = !t[i + 3] || CLAUSE_END.test(t[i + 3]!.word) || t[i + 3]!.tag === 'x';
  const misTaggedVerb = /^(b|nr|nz|j)$/.test(x.tag) && isHanWord(x.word) && closesAfter && !prepositionBefore(t, i) && !copulaBefore(t, i);
  const verbLike = /^(v|vn|a)$/.test(x.tag) || (x.tag === 'n' && !!t[i + 3] && CLAUSE_END.test(t[i + 3]!.word)) || misTaggedVerb;
  // A listed complement adjective (及时, 到位) is one whatever jieba tags it (及时 c).
  // jieba tags some adverbs of timing c (即时 c): after a degree word, closing the clause, one is the
  // complement's adjective, since a conjunction never ends a clause.
  const timing = !!head && head.tag === 'c' && head.word.length === 2 && (!t[i + 3] || CLAUSE_END.test(t[i + 3]!.word));
  if (oneCharacterDoing(t, i)) return true;
  if (x.word.length < 2 || !verbLike || !DEGREE.has(deg.word) || !head || !(/^(a|ad|v|vd|l|i|d)$/.test(head.tag) || COMPLEMENTS.has(head.word) || timing)) return false;
  for (let k = i + 3; k < t.length && !/^[，。；！？、]$/.test(t[k]!.word); k++) if (t[k]!.word === '的') return false;
  return true;
}

/**
 * A one-character verb (jieba's v) + 的 + a degree word + an adjective closing the clause: the degree
 * phrase grades the doing, a complement, so 得 (价格跌的相当厉害, 比赛打的非常激烈, 老人们聊的十分开心).
 * The two-character readings above leave one-character verbs out because 他说的很有道理 names what
 * was said; here the degree word must come first and a bare adjective close the clause. Verbs of
 * speech, copulas and modals stay out (说的非常对 is "what was said"), and so does a verb right after
 * a person (PERSONS: 他们卖的相当便宜 may be "what they sell"). A preposition or copula earlier in the
 * clause (对…看的非常重, 是…做的) may make verb + 的 a noun phrase, as for the readings above.
 */
function oneCharacterDoing(t: readonly Token[], i: number): boolean {
  const x = t[i - 1]!;
  const deg = t[i + 1];
  const head = t[i + 2];
  const after = t[i + 3];
  if (x.word.length !== 1 || x.tag !== 'v' || !isHanWord(x.word) || SPEECH_VERBS.has(x.word) || COPULAS.has(x.word) || MODALS.has(x.word)) return false;
  if (!deg || !DEGREE_WORDS.has(deg.word) || !head || !/^(a|ad|v)$/.test(head.tag) || !isHanWord(head.word)) return false;
  if (after && !CLAUSE_END.test(after.word) && after.tag !== 'x') return false;
  // A person right before (他们卖的相当便宜) may make verb + 的 what that person does, as PERSONS says.
  if (PERSONS.has(t[i - 2]?.word ?? '')) return false;
  return !prepositionBefore(t, i) && !copulaBefore(t, i);
}

/**
 * A four-character entry jieba tags i or l that is a modifier and a noun (各项任务, 联合声明, 严峻形势):
 * its second half is a noun by the dictionary, the model has not seen that half before 地 (有序,
 * 利落 are manner words there: 井然有序, 干净利落) and has not seen the whole after 得 (有声有色, a
 * state). After a verb + 的 it is the noun the verb's clause modifies (面临的严峻形势, 确定的各项任务),
 * no complement closing the clause.
 */
function modifiedNounPhrase(word: string, dict: WordDictionary): boolean {
  const tail = word.slice(2);
  return dict.tagOf(tail) === 'n' && !seenBeforeDi(tail) && !MANNER_WORDS.has(tail) && leanAfterDei(word) === null;
}

/**
 * Adjective + 地 + noun at the end of a clause: 的 (取得了显著地成效 → 显著的成效). 地 before a
 * verb is right, and jieba tags some abstract nouns a (成效), so the noun is what ends the clause.
 */
function adjectiveBeforeNoun(t: readonly Token[], i: number, dict: WordDictionary): boolean {
  const x = t[i - 1]!;
  const n = t[i + 1]!;
  const next = t[i + 2];
  // A four-character set phrase jieba tags i or l whose second half is a noun (安全隐患, 重点任务)
  // is a noun phrase too.
  const nounPhrase = n.word.length === 4 && /^(i|l)$/.test(n.tag) && /^n/.test(dict.get(n.word.slice(2))?.tag ?? '');
  if (x.word.length < 2 || !/^(a|ad|b)$/.test(x.tag) || (!/^(n|nz|a)$/.test(n.tag) && !nounPhrase) || n.word.length < 2) return false;
  // Right after a modal the phrase is the predicate (要认真地总结。, 要切实地落实。): what closes it is
  // a verb jieba tags n or a, not a noun.
  if (MODALS.has(t[i - 2]?.word ?? '')) return false;
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

/** Common verbs jieba tags as adjectives or nouns (落实 a, 办理 n, 报告 n): verbs after 的 all the same. */
// 整顿 is tagged m (a numeral) in jieba's dictionary itself: the one such verb among its common m entries.
const VERBS_TAGGED_OTHERWISE = new Set(['落实', '办理', '报告', '交底', '部署', '规划', '整顿']);

/** Modals after which a manner word + 的 + verb can only be an adverbial: the surest evidence (error). */
const STRICT_MODALS = new Set(['要', '应', '应当', '应该', '必须', '务必', '须']);

/**
 * Whether a word is reduplicated (扎扎实实, 认真认真, 好好; a measure after 一, 一遍遍, 一次次): a state
 * word, adverbial before a verb.
 */
const reduplicated = (w: string): boolean =>
  (w.length === 4 && ((w[0] === w[1] && w[2] === w[3]) || (w[0] === w[2] && w[1] === w[3]))) || (w.length === 2 && w[0] === w[1]) || (w.length === 3 && w[0] === '一' && w[1] === w[2]);

/**
 * A body part or place echoed round a link (面对面, 手把手, 心贴心, 肩并肩, 背靠背, 点对点): a way of
 * doing, as a reduplication is, whatever jieba tags it (面对面 f).
 */
const echoedManner = (w: string): boolean => w.length === 3 && w[0] === w[2] && '对把贴并靠连'.includes(w[1]!);

/**
 * A word echoed round any link, or two words each after the same first character (实打实, 一对一;
 * 挨家挨户, 定时定点, 全心全意): a way of doing by its shape, as echoedManner is, whatever jieba tags it.
 * Not a noun by jieba's tag (一言一行, 一草一木 n), and the two halves differ (好好 is reduplicated).
 */
const echoedShape = (k: Token): boolean =>
  isHanWord(k.word) &&
  !/^n/.test(k.tag) &&
  ((k.word.length === 3 && k.word[0] === k.word[2] && k.word[0] !== k.word[1]) || (k.word.length === 4 && k.word[0] === k.word[2] && k.word[1] !== k.word[3] && k.word[0] !== k.word[1]));

/** A manner word by the list, by jieba's tags (a, ad, d, z, b), or by its reduplicated or echoed shape. */
function mannerWord(k: Token): boolean {
  if (!isHanWord(k.word)) return false;
  if (echoedManner(k.word) || echoedShape(k)) return true;
  // an: jieba tags some adjectives as their noun use (安全 an); before a verb after a modal they are manner words.
  return MANNER_WORDS.has(k.word) || reduplicated(k.word) || (k.word.length >= 2 && /^(a|ad|an|d|z|b)$/.test(k.tag) && k.word !== '的确');
}

/** Determiners (这种, 各项, 一些): a noun phrase is being built, never a predicate. */
const DETERMINER = /^(这|那|各|每|某|该|此|其|本|一|哪)/;

/**
 * Where the adverbial ending at token i - 1 stands: after a modal ('strict' for 要/应/必须, else
 * 'modal'), at the start of a clause ('start'), after the clause's subject ('subject'), or where a
 * noun phrase is being built ('none': after a verb, preposition, 了, 最, a determiner, a numeral).
 * Returns the slot and whether the adverbial is one listed or reduplicated manner word.
 */
function adverbialSlot(t: readonly Token[], i: number, dict: WordDictionary): { slot: 'strict' | 'modal' | 'start' | 'subject'; sure: boolean } | null {
  const x = t[i - 1]!;
  let from = i - 1;
  // A listed manner word jieba cut in two or three (依法 + 依 + 规).
  const joined = (n: number): string =>
    t
      .slice(i - n, i)
      .map((k) => k.word)
      .join('');
  if (i >= 3 && MANNER_WORDS.has(joined(3))) from = i - 3;
  // A measure repeated after 一, which jieba cuts 一遍 + 遍 (一遍遍的核对): one reduplicated adverbial.
  else if (i >= 2 && x.word.length === 1 && reduplicated(joined(2)) && joined(2).length === 3) from = i - 2;
  else if (i >= 2 && MANNER_WORDS.has(joined(2))) from = i - 2;
  // A measure echoed round 又 (一遍 + 又 + 一遍, 一次 + 又 + 一次): a way of doing by its shape, as
  // 一遍遍 is, which jieba cuts into three tokens.
  else if (i >= 3 && echoedMeasure(t, i)) from = i - 3;
  // A degree word + a one-character adjective (很 + 好) is one adverbial: 很好的完成了 → 很好地.
  else if (i >= 2 && x.word.length === 1 && x.tag === 'a' && /^(很|更|较|非常|十分|特别)$/.test(t[i - 2]!.word)) from = i - 2;
  else if (!mannerWord(x) && !(x.word.length === 4 && /^(i|l)$/.test(x.tag) && !nounCompound(x, dict))) return null;
  const sure = from < i - 1 || MANNER_WORDS.has(x.word) || reduplicated(x.word) || x.tag === 'z';
  // Coordinated manner words and degree adverbs before it belong to the adverbial (耐心 + 细致, 更加 +
  // 主动): not verbs, which would make the phrase their object.
  for (let n = 0; n < 2 && from > 0; n++) {
    const k = t[from - 1]!;
    // 不 negates the manner word (不正确的扩充 → 不正确地).
    // An adverbial verb (持续 vd) is an adverb here: 要持续深入的开展 → 深入地.
    if (k.word !== '不' && (k.word.length < 2 || (/^v/.test(k.tag) && k.tag !== 'vd') || !mannerWord(k) || MODALS.has(k.word) || STRICT_MODALS.has(k.word))) break;
    // A verb + result compound jieba tags a (配齐, 落实) is the predicate's verb, and what follows
    // its object (要配齐必要的防护装备): no adverbial is being built.
    if (resultCompound(k, dict)) return null;
    from--;
  }
  const l = t[from - 1];
  // A clause after a comma shares the modal of an earlier clause in its sentence (要统筹谋划，严谨细致
  // 的抓好筹备): a predicate, as after the modal itself.
  if (l && (l.word === '，' || l.word === ',') && modalEarlier(t, from - 1)) return { slot: 'modal', sure };
  if (!l || CLAUSE_END.test(l.word) || l.tag === 'x') return { slot: 'start', sure };
  if (STRICT_MODALS.has(l.word)) return { slot: 'strict', sure };
  // 将 is also 把 (将主动的作为纳入考核), 需要 takes a noun phrase (需要积极的配合): no modal then.
  if (l.word === '将' || l.word === '需要' || l.word === '需') return null;
  if (MODALS.has(l.word)) return { slot: 'modal', sure };
  if (PERSONS.has(l.word) || /^nr/.test(l.tag)) return { slot: 'subject', sure };
  // 把 + its object + the adverbial (把低洼地带的群众 + 就近 + 的 + 安置到): 把 has taken the object
  // before the verb, so what follows is the predicate, read as after a subject (an aspect mark, a
  // result complement or an object is still needed: 把群众满意的服务作为… stays a noun phrase).
  if (/^(n|nr|ns|nt|nz|j)$/.test(l.tag) && baBefore(t, from - 1)) return { slot: 'subject', sure };
  if (/^(n|ns|nt|nz|s|j|vn)$/.test(l.tag) || (l.tag === 'r' && !DETERMINER.test(l.word))) return subjectBefore(t, from - 1) ? { slot: 'subject', sure } : null;
  return null;
}

/**
 * A four-character entry jieba tags l that is a noun by its halves, a distinguishing word or noun
 * before a noun (候补委员 b + n, 党员干部 n + n), which the model has not seen before 地: a title or a
 * thing, never a manner phrase, so 的 after it owns the phrase that follows (县委候补委员的在职领导).
 * Set phrases (i) are left alone: their halves say nothing of the whole (一砖一瓦).
 */
function nounCompound(x: Token, dict: WordDictionary): boolean {
  if (x.tag !== 'l' || x.word.length !== 4 || seenBeforeDi(x.word) || MANNER_WORDS.has(x.word)) return false;
  return /^(b|n|nz|vn)$/.test(dict.tagOf(x.word.slice(0, 2)) ?? '') && dict.tagOf(x.word.slice(2)) === 'n';
}

/** The first token index of the clause holding token k. */
function clauseStart(t: readonly Token[], k: number): number {
  let j = k;
  while (j > 0 && !CLAUSE_END.test(t[j - 1]!.word)) j--;
  return j;
}

/** 一 + a measure, 又 (or 复), and the same again ending at token i - 1: 一遍又一遍, 一次又一次. */
function echoedMeasure(t: readonly Token[], i: number): boolean {
  const a = t[i - 3]!;
  const b = t[i - 1]!;
  return a.word === b.word && a.word.length === 2 && a.word[0] === '一' && /^(又|复)$/.test(t[i - 2]!.word);
}

/** Determiner characters jieba may tag other than r when they stand alone before a measure. */
const LONE_DETERMINERS: ReadonlySet<string> = new Set(['每', '各', '该', '此']);

/** 不 + a degree word, which jieba keeps as one token (不够 v, 不太 d): a degree said in the negative. */
const NEGATED_DEGREE: ReadonlySet<string> = new Set(['不够', '不夠', '不太', '不大', '不甚', '不很']);

/** Result characters a verb takes to say its work is done in full (配齐, 备足, 摸清, 落实, 管好). */
const RESULTS = '齐足清全好完实牢';

/**
 * A two-character verb + result compound (配 + 齐, 落 + 实), whatever jieba tags it (配齐 a, 落实 a):
 * a verb of doing that takes an object. Listed manner words (扎实, 切实) are adverbials all the same.
 */
function resultCompound(k: Token, dict: WordDictionary): boolean {
  return k.word.length === 2 && RESULTS.includes(k.word[1]!) && dict.tagOf(k.word[0]!) === 'v' && !MANNER_WORDS.has(k.word) && !reduplicated(k.word);
}

/** 把 (a preposition) earlier in the clause than token k. */
function baBefore(t: readonly Token[], k: number): boolean {
  for (let j = k - 1; j >= 0 && !CLAUSE_END.test(t[j]!.word); j--) if (t[j]!.word === '把' && t[j]!.tag === 'p') return true;
  return false;
}

/** A strict modal earlier in the sentence than token k (back to 。；！？ or the text's start). */
function modalEarlier(t: readonly Token[], k: number): boolean {
  for (let j = k - 1; j >= 0 && !/^[。；！？;!?]$/.test(t[j]!.word); j--) if (STRICT_MODALS.has(t[j]!.word)) return true;
  return false;
}

/** Words that join two nouns into one subject, which jieba may tag as prepositions (与 p). */
const COORDINATORS: ReadonlySet<string> = new Set(['与', '和', '同', '跟', '及']);

/**
 * Whether the tokens from the clause start through token k are a subject: nouns, pronouns, places
 * and times, 的 and 和 between them — no verb or preposition, which would make the noun phrase
 * after them an object (得益于企业积极的配合).
 */
function subjectBefore(t: readonly Token[], k: number): boolean {
  for (let j = k; j >= 0 && !CLAUSE_END.test(t[j]!.word); j--) {
    // 有的 opening the clause is a pronoun (有的 + 村民 = some villagers), which jieba cuts 有 v + 的.
    if (t[j]!.word === '的' && j === 1 + clauseStart(t, j - 1) && t[j - 1]!.word === '有') return true;
    // 与/和/同/跟 between two nouns joins them (里长与里干事), whatever jieba tags it (与 p).
    if (COORDINATORS.has(t[j]!.word) && j > 0 && j < k && /^(n|nr|ns|nt|nz|j|r)/.test(t[j - 1]!.tag) && /^(n|nr|ns|nt|nz|j|r)/.test(t[j + 1]!.tag)) continue;
    if (!/^(n|nr|ns|nt|nz|s|t|j|r|m|q|f|uj|vn|b|c|x)/.test(t[j]!.tag)) return false;
  }
  return true;
}

/**
 * 的 → 地 by the general pattern: an adverbial in a predicate's place + 的 + a verb phrase. What
 * follows 的 must be a verb phrase, not a noun a verb form can head (良好的学习氛围): a preposition
 * with its object (按照程序, 向县委), a plain verb after a modal, a verb with an aspect mark (听取了),
 * an object or a speech verb after a subject (他满怀信心的表示，), a verb form (vn) after a modal
 * that takes only verbs (要科学的发展). Returns the severity, or null.
 */
function adverbialBeforeVerb(t: readonly Token[], i: number, dict: WordDictionary): 'error' | 'warning' | null {
  // A verb jieba tags n (清点, 巡逻: noun-tagged-verbs.ts) is read as a verb form (vn): it heads a noun
  // phrase or a verb phrase, and what follows it decides which.
  const next = verbPhraseAsVerb(t[i + 1]!, dict);
  const r = next.tag === 'n' && nounTaggedVerb(next.word) ? { ...next, tag: 'vn' } : next;
  const n = t[i + 2];
  // 加以/予以 never head a noun phrase: after a manner word or a four-character phrase (分门别类的加以归纳)
  // 的 can only be 地. (After a plain noun, 符合条件的予以补助, 的 names who receives it.)
  const x = t[i - 1]!;
  const verbPhrase = x.word.length === 4 && /^v/.test(dict.tagOf(x.word.slice(0, 2)) ?? '');
  if ((r.word === '加以' || r.word === '予以') && isHanWord(x.word) && ((x.word.length === 4 && !verbPhrase) || mannerWord(x))) return 'warning';
  const at = adverbialSlot(t, i, dict);
  const opens = !!n && !CLAUSE_END.test(n.word) && n.tag !== 'x';
  // A result complement (投身 + 到 + 一线) marks a verb as an aspect does, whatever jieba tags the verb
  // (投身 n): no noun is followed by 到 and its place.
  const result = !!n && n.word === '到' && r.word.length === 2 && isHanWord(r.word) && !!t[i + 3] && !CLAUSE_END.test(t[i + 3]!.word) && t[i + 3]!.word !== '的';
  const aspect = (!!n && /^(了|着|过)$/.test(n.word)) || result;
  // A verb form followed by a determiner or a numeral (排查每一处, 宣传这项) has an object: a verb
  // phrase, since a noun phrase's head never takes one (认认真真的排查每一处隐患 → 地).
  // jieba tags 每 and 各 alone zg or r by context (检查每一辆车): the word, not its tag, decides.
  const objectAfter = !!n && (((n.tag === 'r' || LONE_DETERMINERS.has(n.word)) && DETERMINER.test(n.word)) || /^m/.test(n.tag));
  // A four-character reduplicated state word (实实在在, 扎扎实实) + 的 + a preposition with its object,
  // or a verb with an object or an aspect mark, opens a verb phrase wherever it stands: no noun
  // phrase starts with a preposition after 的, and a noun's head takes no object.
  const aabb = x.word.length === 4 && (reduplicated(x.word) || x.tag === 'z');
  if (!at && aabb && ((PREPOSITIONS.has(r.word) && r.tag === 'p' && opens) || (/^(v|vn)$/.test(r.tag) && r.word.length >= 2 && (objectAfter || aspect)))) return 'warning';
  // A two-character word said twice (成片 + 成片, 一批 + 一批) is a way of doing by its shape, and a
  // plain verb closing the clause after it (成片成片的倒伏，) is what was done that way.
  const abab = i >= 2 && t[i - 2]!.word === x.word && x.word.length === 2 && isHanWord(x.word) && t[i - 2]!.end === x.start;
  if (abab && r.tag === 'v' && r.word.length >= 2 && !opens) return 'warning';
  if (!at) return null;
  const { slot, sure } = at;
  if (PREPOSITIONS.has(r.word) && /^(p|v)$/.test(r.tag) && opens && !(COPULAS.has(r.word) && r.tag !== 'p')) return slot === 'strict' && sure ? 'error' : 'warning';
  if (COPULAS.has(r.word)) return null;
  // An adverb + verb after 的 (要积极的向上争取) is a verb phrase too.
  const adverbThenVerb = r.tag === 'd' && r.word.length >= 2 && !!n && n.tag === 'v';
  if (r.tag === 'v' || adverbThenVerb || VERBS_TAGGED_OTHERWISE.has(r.word) || result) {
    if (slot === 'strict') return sure && (r.tag === 'v' || VERBS_TAGGED_OTHERWISE.has(r.word)) && r.word.length >= 2 ? 'error' : 'warning';
    if (slot === 'modal') return 'warning';
    // A subject + manner word + 的 + verb + another verb (企业积极的配合赢得了认可) reads as a noun phrase
    // subject; with an object, an aspect mark or a speech verb before a comma it is a predicate.
    // After 把 and its object only the verb can follow (把垃圾定时定点的投放。): a verb closing the
    // clause there is the predicate, as one with an object is.
    const baVerb = !opens && baBefore(t, i) && r.tag === 'v' && r.word.length >= 2;
    // Not when an adverb, 有 or a copula follows the nouns (社区一对一的帮扶对象有三户): verb and nouns
    // are then a compound, the subject of that predicate (subjectCompound, de-di-patterned.ts).
    if (slot === 'subject') return aspect || baVerb || SPEECH_VERBS.has(r.word) || (opens && !/^v/.test(n.tag) && n.word !== '的' && !subjectCompound(t, i + 2)) ? 'warning' : null;
    // At a clause's start an adverb (更好, 不断; jieba's d, ad) before a verb and its object is the
    // verb's adverbial (更好的发挥职能); before another verb or 和 it may head a subject (长期的坚持终于…,
    // 积极的作用和…).
    const adverbFirst = /^(d|ad)$/.test(x.tag) && r.tag === 'v' && r.word.length >= 2 && opens && !/^(v|vd|d|c|uj|ul)$/.test(n.tag);
    return aspect || adverbFirst || (SPEECH_VERBS.has(r.word) && !opens) ? 'warning' : null;
  }
  if (r.tag === 'vn' && r.word.length >= 2 && (aspect || (slot === 'strict' && sure) || (sure && objectAfter))) return 'warning';
  return null;
}

/**
 * A four-character phrase jieba keeps as one token (推进改革 l, 制定方案 n) that opens with a verb and
 * closes with its object: a verb phrase, read as a verb (v) after 的; any other token as it is. Only
 * a pure verb (v) opens it: a verb form used as a noun (管理办法, 工作方案: vn) heads a noun phrase.
 */
function verbPhraseAsVerb(r: Token, dict: WordDictionary): Token {
  if (r.word.length !== 4 || !/^(l|i|n)$/.test(r.tag)) return r;
  const head = dict.tagOf(r.word.slice(0, 2)) ?? '';
  const object = dict.tagOf(r.word.slice(2)) ?? '';
  return head === 'v' && /^(n|vn|nz)$/.test(object) ? { ...r, tag: 'v' } : r;
}

/** 地 at i after a word the model has seen before 地, and a verb form after it: an adverbial may be meant. */
// 逐段逐点地排查隐患: a distributive (逐 + a measure, once or twice) before 地 is a manner adverbial
// however jieba cuts it (逐 d + 段 q + 逐点 d), so a verb form after it is the verb it modifies.
// So is a set phrase or adverb right after such a word, two manner words said together
// (全天候 + 不间断 + 地 + 监测): the run before 地 is one adverbial, whatever the first word's tag.
const mannerRun = (t: readonly Token[], i: number): boolean => seenBeforeDi(t[i - 2]?.word ?? '') && /^(l|i|d|ad)$/.test(t[i - 1]!.tag) && t[i - 1]!.word.length >= 2;
const adverbialReading = (t: readonly Token[], i: number, dict: WordDictionary): boolean =>
  (seenBeforeDi(t[i - 1]!.word) || distributive(t, i) || mannerRun(t, i) || shapedMannerBefore(t, i, dict)) && /^(v|vn)$/.test(t[i + 1]?.tag ?? '');

/** One-character result complements after a verb: 上 (吃上), 到 (用到), 出 (拿出), 好 (办好), 成 (建成). */
const RESULT_COMPLEMENTS: ReadonlySet<string> = new Set('上到出好成'.split(''));

/** One-character degree adverbs (更积极, 最基本, 很好): part of the modifier they stand before. */
const ONE_CHAR_DEGREE: ReadonlySet<string> = new Set('更最很较太'.split(''));

/** Tags of a noun head: nouns, verb forms used as nouns (vn), abstract adjectives used as nouns (an). */
const NOUN_HEAD = /^(n|nz|an|ng)$/;

/**
 * 的 + a modifier + 地 + a noun (反馈的突出地环境问题 → 突出的): after 的 the head of a noun phrase
 * follows, so a word between 的 and a noun modifies that noun, and no adverbial can stand there.
 * The noun is a noun proper of two characters or more (not vn, which a verb form may be).
 */
function modifierAfterDe(t: readonly Token[], i: number): boolean {
  const m = t[i - 1]!;
  const n = t[i + 1];
  return t[i]!.tag === 'uv' && t[i - 2]?.word === '的' && m.word.length >= 2 && /^(a|ad|v|b)$/.test(m.tag) && !!n && /^(n|nz|an)$/.test(n.tag) && n.word.length >= 2;
}

/**
 * 地 → 的 by the general pattern: a modifier + 地 + a noun phrase closing the clause, in an object's
 * place — after a numeral or measure word (一项长期地任务), a determiner, 了 (建立了科学地考核体系) or
 * 是; after another verb only when 地 is followed by a noun proper (树立正确地政绩观), since a verb
 * form there may be the verb the adverbial modifies (坚持科学地考核干部). 地 inside a word (各地,
 * 就地, 土地) is part of that token and never reaches here.
 */
function nounAfterDi(t: readonly Token[], i: number, dict: WordDictionary): boolean {
  if (t[i]!.tag !== 'uv' || distributive(t, i)) return false;
  const m = t[i - 1]!;
  if (m.word.length < 2 || !isHanWord(m.word) || /^(p|r|m|q|u|c|x)/.test(m.tag)) return false;
  // Coordinated modifiers belong to the phrase (安全 + 稳定, 节俭、高效), and so does a one-character
  // degree adverb before them (以 + 更 + 积极地态度: the preposition's object).
  let from = i - 1;
  for (let n = 0; n < 3 && from > 1; n++) {
    const k = t[from - 1]!;
    if (!(k.word === '、' || (k.word.length >= 2 && mannerWord(k)) || ONE_CHAR_DEGREE.has(k.word))) break;
    from--;
  }
  const l = t[from - 1];
  if (!l) return false;
  // A verb before 地 is an adverbial only after 了 (建立了完善地体系 is no adverbial use).
  // A result complement right after a verb (吃上, 用到, 拿出) closes that verb as 了 does: what follows
  // is its object (吃上放心地饭菜 → 的), so a verb before 地 is no adverbial there either.
  const complemented = l.word.length === 1 && RESULT_COMPLEMENTS.has(l.word) && /^v/.test(t[from - 2]?.tag ?? '') && t[from - 2]!.end === l.start;
  if (/^v/.test(m.tag) && l.word !== '了' && l.tag !== 'p' && !complemented) return false;
  let end = i + 1;
  while (end < t.length && !CLAUSE_END.test(t[end]!.word) && t[end]!.tag !== 'x') end++;
  const np = t.slice(i + 1, end);
  const first = np[0];
  // Right after 了 no adverbial can stand (建立了规范地审批流程): the phrase is the verb's object, even
  // when it starts with a verb form jieba tags v (审批).
  // A distinguishing word (jieba's b: 公共, 基本, 重大) modifies nouns only, never a verb: 地 + b +
  // nouns to the clause end is a noun phrase whatever stands before the modifier (功能齐全地公共
  // 服务网络 → 的), as long as every word after the b-word is a noun.
  if (first && first.tag === 'b' && first.word.length >= 2 && np.length >= 2 && np.length <= 3 && np.slice(1).every((k) => /^(n|nz)$/.test(k.tag) && k.word.length >= 2)) return true;
  const afterLe = l.word === '了';
  const firstOk =
    !!first && ((afterLe && first.tag === 'v') || /^(n|nz|vn|an|ng)$/.test(first.tag) || (first.tag === 'l' && first.word.length === 4 && /^n/.test(dict.tagOf(first.word.slice(2)) ?? '')));
  if (!first || !firstOk || first.word.length < 2) return false;
  // A verb jieba files as a noun (照料, 护理, 指导), then more of the clause: that verb and its object
  // (悉心地照料卧床老人), the adverbial's own verb phrase, as de-di-objects.ts reads it; unless the
  // two make a compound noun the dictionary lists (完整地交易记录 → 的).
  if (np.length > 1 && nounTaggedVerb(first.word) && !dict.freq(first.word + np[1]!.word)) return false;
  // After a preposition the phrase is its object (以奋发有为地状态, 按照既定地思路), whatever follows;
  // not after 通过/经过, which take a verb phrase (通过认真地学习).
  if (l.tag === 'p' && !/^(通过|经过|随着|经)$/.test(l.word)) return NOUN_HEAD.test(first.tag);
  const nounish = (k: Token): boolean => /^(n|nz|vn|an|ng)$/.test(k.tag) || (k.tag === 'l' && k.word.length === 4 && /^n/.test(dict.tagOf(k.word.slice(2)) ?? ''));
  if (np.length > 3 || !np.every((k, n) => (n === 0 ? first === k : nounish(k)) && k.word.length >= 2)) return false;
  const last = np[np.length - 1]!;
  // A four-character phrase entry ending in a noun (奋斗目标 l) heads the phrase as that noun does.
  const head = last.tag === 'l' && last.word.length === 4 && /^n/.test(dict.tagOf(last.word.slice(2)) ?? '') ? { ...last, tag: 'n' } : last;
  // After 了 the object of the verb before: a verb-form head (发展) too when that verb takes a noun
  // phrase (取得了长足地发展).
  if (l.word === '了') return NOUN_HEAD.test(head.tag) || NOMINAL_OBJECT.has(t[from - 2]?.word ?? '');
  // After a result complement only a noun proper closing the clause: a verb form there may be the
  // adverbial's own verb (用上科学地管理).
  if (complemented) return head.tag === 'n' && np.every((k) => k.tag === 'n');
  if (!NOUN_HEAD.test(head.tag)) return false;
  if (/^(m|q|mq)$/.test(l.tag) || (l.tag === 'r' && DETERMINER.test(l.word)) || l.word === '是') return true;
  return /^(v|vn)$/.test(l.tag) && !MODALS.has(l.word) && !VERB_MODALS.has(l.word) && NOUN_HEAD.test(first.tag);
}

/**
 * 在 + … + modifier + 地 + one word + 下 (在县委坚强地领导下, 在各方共同地努力下): the word before 下 is
 * the head of 在's noun phrase, so 的. Only 下: 在不断地探索中 is a right adverbial use.
 */
function underLeadership(t: readonly Token[], i: number): boolean {
  if (t[i]!.tag !== 'uv' || t[i + 2]?.word !== '下' || t[i - 1]!.word.length < 2 || !/^(n|v|vn)$/.test(t[i + 1]!.tag)) return false;
  for (let k = i - 2; k >= 0 && !CLAUSE_END.test(t[k]!.word); k--) if (t[k]!.word === '在') return true;
  return false;
}

/**
 * 的 → 得 by the general pattern: a verb of doing (开展, 推进; 做, 抓) + 的 + what closes the clause
 * as its complement — a degree word and its adjective (很成功, 较为缓慢, 不够有力, 还不彻底), a
 * complement adjective alone (及时, 到位, 很快), or a state word (扎扎实实). The verb must follow its
 * topic, a noun (工作推进的, 问题解决的): after a person (他说的, 我们所做的) verb + 的 names what
 * was done, and the rest is its predicate.
 */
/** Verbs of being or coming about: what follows their 的 is what is there (存在的不足, 出现的不平衡). */
const EXISTING: ReadonlySet<string> = new Set('存在 出现 产生 发生 面临 遇到 暴露'.split(' '));

function complementAfterDoing(t: readonly Token[], i: number, dict: WordDictionary): boolean {
  const v = t[i - 1]!;
  const topic = t[i - 2];
  // jieba keeps a topic and its verb as one entry (工作进展 l): its last two characters, a verb, decide.
  const phraseVerb = v.word.length === 4 && /^(l|n|i)$/.test(v.tag) && /^v/.test(dict.tagOf(v.word.slice(2)) ?? '');
  // A verb jieba tags n (抽水机 + 调度 n + 的 + 太慢: noun-tagged-verbs.ts) is doing as well.
  const doing =
    (v.word.length >= 2 && /^(v|vn|vd|a)$/.test(v.tag) && !COPULAS.has(v.word)) ||
    DOERS.has(v.word) ||
    VERBS_TAGGED_OTHERWISE.has(v.word) ||
    nounTaggedVerb(v.word) ||
    phraseVerb ||
    looseDoer(t, i, dict);
  if (!doing || !topic || PERSONS.has(topic.word) || /^nr/.test(topic.tag)) return false;
  // The verb's topic is a thing done (工作推进的, 问题解决的), not a time (今年新增的比较多 is "the ones
  // added this year"); a state word closing the clause (开展的扎扎实实) needs no such evidence.
  // An event and its locative (故障后修复的, 施工前清理的: n/v + 后/前/中) is such a topic too: the
  // verb is done after or during the thing, a time only in name.
  const eventTopic = topic.tag === 'f' && /^(n|vn|v)$/.test(t[i - 3]?.tag ?? '');
  // A one-character verb of doing after a verb names how that work was done (隐患整改 + 做的不彻底):
  // the verb before is the thing done.
  const thingTopic = /^(n|nz|vn|ns|nt|j|an|s|ng|l)$/.test(topic.tag) || eventTopic || (DOERS.has(v.word) && topic.tag === 'v' && topic.word.length >= 2);
  let end = i + 1;
  while (end < t.length && !CLAUSE_END.test(t[end]!.word) && t[end]!.tag !== 'x') end++;
  let rest = t.slice(i + 1, end);
  if (rest.length > 0 && LINKING_ADVERBS.has(rest[0]!.word)) rest = rest.slice(1);
  if (rest.length === 0 || rest.some((k) => k.word === '的' || !isHanWord(k.word))) return false;
  // 比 + what the doing is measured against + an adjective closing the clause (部署的比往年早,
  // 进展地比预想顺利) grades the doing by comparison, as a degree word does: a complement after a thing
  // done. A noun phrase after 的 never opens with the preposition 比.
  if (thingTopic && comparison(rest, dict)) return !copulaBefore(t, i);
  if (rest.length > 3) return false;
  const first = rest[0]!;
  // 太/过 + a one-character adjective closing the clause (安排的过长, 拖延的太久, 推进的太 + 慢) says
  // the doing went too far: a complement, after a verb whose topic is a thing or another event
  // (管线迁移 + 拖延). A noun phrase's 的 is never followed by an excess alone.
  if (excess(rest, dict)) return thingTopic || /^(v|vn)$/.test(topic.tag);
  // jieba joins a degree word and its adjective (比较慢 l, 相当严重 i): split by the dictionary.
  const degreeJoined = first.word.length >= 3 && [1, 2].some((n) => DEGREE_WORDS.has(first.word.slice(0, n)) && /^a/.test(dict.tagOf(first.word.slice(n)) ?? ''));
  // jieba also joins 不 or a one-character degree word with a one-character adjective (不严 a, 很早 d):
  // the pair closing the clause says how the doing turned out, after a thing or another doing as
  // topic (审核 + 把关的不严). Not 多/少, which count what was done (研究的很少 names it).
  // Not a pair the model writes as a noun's modifier or a noun itself (存在的不足: the shortcomings).
  const pairJoined = first.word.length === 2 && '不很较挺'.includes(first.word[0]!) && !'多少'.includes(first.word[1]!) && /^a/.test(dict.tagOf(first.word[1]!) ?? '') && !leansNominal(first.word);
  if (rest.length === 1 && pairJoined && (thingTopic || /^(v|vn)$/.test(topic.tag))) return !copulaBefore(t, i);
  // jieba keeps 不 + a two-character adjective as one token too (不合理 n, 不平衡, 不稳定): closing the
  // clause after a thing done, it is how the doing turned out, as 不 + 彻底 in two tokens is. Not one
  // the model writes as a noun (存在的不足 names the shortcomings), nor after a copula.
  // jieba files some of those adjectives as their noun use (合理 vn): the tag of the tail is read loosely.
  const tail = first.word.slice(1);
  const negatedJoined = first.word.length === 3 && first.word[0] === '不' && (/^(a|ad|an|vn)$/.test(dict.tagOf(tail) ?? '') || COMPLEMENTS.has(tail)) && !leansNominal(first.word);
  // A verb of being or coming about (存在, 出现) names what is there: 存在的不合理 is a noun phrase.
  if (rest.length === 1 && negatedJoined && thingTopic && !EXISTING.has(v.word)) return !copulaBefore(t, i) && !prepositionBefore(t, i);
  if (rest.length === 1) return reduplicated(first.word) || first.tag === 'z' || (thingTopic && (COMPLEMENTS.has(first.word) || degreeJoined));
  const head = rest[1]!;
  // Two manner words closing the clause are a coordinated complement (部署的周密细致).
  if (thingTopic && rest.length === 2 && mannerWord(first) && mannerWord(head)) return true;
  // 不够/不太/不大 + an adjective is a degree said in the negative (清理得不够彻底), as 不 + one is.
  if (!thingTopic || !(DEGREE_WORDS.has(first.word) || first.word === '不' || NEGATED_DEGREE.has(first.word)) || rest.length > 3) return false;
  // A degree word never modifies a noun, so one word after it closing the clause is an adjective
  // whatever jieba tags it (非常周密, 周密 nr).
  return COMPLEMENTS.has(head.word) || /^(a|ad|an|d|v|vd|z|i|l)$/.test(head.tag) || (rest.length === 2 && !/^(r|m|q|p|u|c|x)/.test(head.tag));
}

/**
 * The rest of a clause after 的 is a comparison: the preposition 比, one or two words naming what is
 * compared against (往年, 预想, 去年同期), an optional degree adverb (更, 还), then an adjective by
 * jieba's tag or the dictionary's (早 a, 顺利 ad) closing the clause.
 */
function comparison(rest: readonly Token[], dict: WordDictionary): boolean {
  const [first] = rest;
  if (!first || first.word !== '比' || first.tag !== 'p' || rest.length < 3 || rest.length > 5) return false;
  const last = rest[rest.length - 1]!;
  const adjective = /^(a|ad)$/.test(last.tag) || COMPLEMENTS.has(last.word) || (last.word.length === 1 && /^a/.test(dict.tagOf(last.word) ?? ''));
  if (!adjective) return false;
  let mid = rest.slice(1, -1);
  if (mid.length > 1 && /^(更|还|更加|略|稍|明显)$/.test(mid[mid.length - 1]!.word)) mid = mid.slice(0, -1);
  return mid.length >= 1 && mid.length <= 2 && mid.every((k) => /^(n|nz|t|r|v|vn|f|s|m)$/.test(k.tag) && k.word !== '的');
}

/**
 * Any one-character verb after a plain noun topic, + 的 + 不 + one character closing the clause
 * (暖气烧的不热, 路修的不宽): a thing that was done to, then how it turned out, so a complement. The
 * listed DOERS take any complement; other one-character verbs only this narrowest shape, where 的
 * cannot open a noun. After a person what he did may be the subject (他说的不对): persons and names
 * are dropped by complementAfterDoing, verbs of saying here (老师讲的不对), and the word after 不 is
 * an adjective or a noun-tagged one (热 n), not 对 (p) or 多 (m).
 */
function looseDoer(t: readonly Token[], i: number, dict: WordDictionary): boolean {
  const v = t[i - 1]!;
  const neg = t[i + 1];
  const head = t[i + 2];
  const after = t[i + 3];
  if (v.word.length !== 1 || v.tag !== 'v' || COPULAS.has(v.word) || v.word === '有' || t[i - 2]?.tag !== 'n' || t[i - 2]!.word.length < 2) return false;
  // Or an excess closing the clause (温度调的偏高, 进度拖的太慢): how far the doing went off the mark.
  // jieba keeps some as one token (偏低 v), others as two (偏 + 高).
  const ends = (k: Token | undefined): boolean => !k || CLAUSE_END.test(k.word) || k.tag === 'x';
  if (!SAYING.has(v.word) && neg && ((excess([neg], dict) && ends(head)) || (!!head && excess([neg, head], dict) && ends(after)))) return true;
  if (SAYING.has(v.word) || neg?.word !== '不' || !head || head.word.length !== 1 || !/^(a|n)$/.test(head.tag)) return false;
  return !after || CLAUSE_END.test(after.word) || after.tag === 'x';
}

/** One-character verbs of saying and writing: 的 after them names what was said (讲的不对), kept. */
const SAYING: ReadonlySet<string> = new Set('说 讲 谈 想 写 问 答 念 读 听 报 称'.split(' '));

/**
 * The rest of a clause after 的 is an excess: 太 or 过 and a one-character adjective, one token (过长
 * n, 太久 nr: jieba's tags of these vary) or two (太 + 慢).
 */
function excess(rest: readonly Token[], dict: WordDictionary): boolean {
  // A time adjective jieba files as a time (晚 tg: 回报的太晚) grades the doing all the same.
  const adjective = (ch: string): boolean => /^(a|tg)/.test(dict.tagOf(ch) ?? '');
  const [first, head] = rest;
  if (rest.length === 1) return first!.word.length === 2 && EXCESS.includes(first!.word[0]!) && adjective(first!.word[1]!);
  return rest.length === 2 && EXCESS.includes(first!.word) && head!.word.length === 1 && adjective(head!.word);
}
// 偏 + a one-character adjective (偏高, 偏低, 偏少) says the doing went off the mark as 太 does.
const EXCESS = '太过偏';

/**
 * 得 → 地 after a modal: a manner word (listed, or an adjective) + 得 + a verb or preposition (要扎实得推进
 * → 扎实地). Without the modal, adjective + 得 + verb is a complement of degree (激动得说不出话).
 */
function mannerBeforeVerb(t: readonly Token[], i: number, dict: WordDictionary): boolean {
  const x = t[i - 1]!;
  const v = t[i + 1]!;
  const l = t[i - 2];
  if (!l || !STRICT_MODALS.has(l.word) || x.word.length < 2 || !mannerWord(x)) return false;
  // jieba joins a verb and its object into one entry (履行职责 n, 推进改革 l): its first two characters decide.
  const verbFirst = v.word.length === 4 && /^(n|l|i)$/.test(v.tag) && dict.tagOf(v.word.slice(0, 2)) === 'v';
  return (v.tag === 'v' && !COPULAS.has(v.word)) || verbFirst || (PREPOSITIONS.has(v.word) && v.tag === 'p');
}

/**
 * 有 + a noun of manner (有针对性, 有步骤, 有计划) + 的 + a verb with its object: an adverbial, so 地
 * (要有针对性的开展宣传 → 地). The 有-phrase opens the predicate: after a modal, a clause start or 、
 * (有计划、有步骤的推进); after 是 or a verb it describes a noun (是有针对性的措施) and is not read.
 */
/**
 * Nouns that make a manner adverbial with 有 (有针对性地, 有步骤地, 有计划地): how a thing is done,
 * not what quality a noun has (有分量的提案, 有意义的活动).
 */
const YOU_MANNER = new Set('针对性 步骤 计划 重点 组织 目的 意识 选择 侧重 秩序 节奏 层次 预见性 前瞻性'.split(' '));

function youPhrase(t: readonly Token[], i: number): boolean {
  const x = t[i - 1]!;
  const v = t[i + 1]!;
  const n = t[i + 2];
  let from: number;
  if (x.word.length >= 3 && x.word[0] === '有' && YOU_MANNER.has(x.word.slice(1))) from = i - 1;
  else if (t[i - 2]?.word === '有' && YOU_MANNER.has(x.word)) from = i - 2;
  else return false;
  // A conjunction after the verb (有分量的提案及…) makes a list of nouns: jieba tags 提案 v.
  if (v.tag !== 'v' || v.word.length < 2 || COPULAS.has(v.word) || !n || CLAUSE_END.test(n.word) || n.word === '的' || /^c/.test(n.tag)) return false;
  const l = t[from - 1];
  return !l || CLAUSE_END.test(l.word) || VERB_MODALS.has(l.word) || STRICT_MODALS.has(l.word);
}

/**
 * A time word + 地 + a noun phrase (今年地各项任务, 全年地目标任务, 本季度地安全形势): a time word never
 * takes 地 as an adverbial, so 的. jieba tags time words t, and some m or n (全年 m, 本季度 n): those are
 * read by their shape, a period (年, 季度, 月 …) after a word that places it (全, 本, 今, 上半 …).
 * Only before a determiner, a noun or a verb form (or a set phrase ending in a noun, 安全形势); 逐年
 * and 长期 are adverbs (d) and never come here.
 */
const PERIOD = /^(全|本|当|今|明|去|上|下|上半|下半|同|近|每)(年度?|季度?|月|周|期)$/;

function timeBeforeNoun(t: readonly Token[], i: number, dict: WordDictionary): boolean {
  const m = t[i - 1]!;
  const n = t[i + 1]!;
  if (t[i]!.tag !== 'uv' || !(m.tag === 't' || PERIOD.test(m.word)) || m.word.length < 2 || n.word.length < 2) return false;
  const setPhrase = n.word.length === 4 && /^(i|l)$/.test(n.tag) && /^n/.test(dict.tagOf(n.word.slice(2)) ?? '');
  // A verb form heads no adverbial's verb here: after a time word it opens a compound (防汛 + 形势).
  return /^(n|nz|vn)$/.test(n.tag) || setPhrase || (n.tag === 'r' && DETERMINER.test(n.word));
}

/**
 * A four-character set phrase + 地 + one noun entry of three or more characters closing the clause
 * (作风过硬地干部队伍): a noun compound is never a verb an adverbial could modify, so 的.
 */
function phraseBeforeNoun(t: readonly Token[], i: number, dict: WordDictionary): boolean {
  const m = t[i - 1]!;
  // A verb + object entry jieba tags n (因地制宜地制定方案) is a verb phrase, no noun compound.
  const n = verbPhraseAsVerb(t[i + 1]!, dict);
  const next = t[i + 2];
  return t[i]!.tag === 'uv' && m.word.length === 4 && /^(i|l|n)$/.test(m.tag) && n.tag === 'n' && n.word.length >= 3 && (!next || CLAUSE_END.test(next.word));
}

/**
 * jieba's dictionary holds some adjective + 地 forms as rare entries of their own (整洁地 n, 牢固地 n,
 * 熟练地 n, freq 3), so 地 never stands alone there and no 地 rule can read it. Such a token is split
 * into the adjective and the particle (uv). Entries counted more often or naming a place (低洼地,
 * 所在地, 野营地: the first two characters are no manner word, or the entry is common) are kept.
 * The same pass mends two more of jieba's cuts round an adverbial (joinedManner, a fused modal).
 */
function splitRareDi(tokens: readonly Token[], dict: WordDictionary): Token[] {
  const out: Token[] = [];
  let joinedNext = false;
  for (const [n, k] of tokens.entries()) {
    if (joinedNext) {
      joinedNext = false;
      continue;
    }
    // 耕地 + 地 + 力: a noun of land (地力, 地块, 地价) jieba did not keep whole after a word ending in
    // 地 or a noun; its 地 is no particle. Only a noun character after it makes the noun: before a
    // verb (认真地 + 学) 地 stays the particle, whatever 地学 means.
    const after = tokens[n + 1];
    if (k.word === '地' && k.tag === 'uv' && after && after.word.length === 1 && after.start === k.end && /^(n|ng)$/.test(after.tag) && dict.tagOf('地' + after.word) === 'n') {
      out.push({ word: '地' + after.word, tag: 'n', start: k.start, end: after.end });
      joinedNext = true;
      continue;
    }
    // Two lone prepositions right after 的 (比 + 对): no phrase opens so, and the pair is the word the
    // dictionary holds for them (比对), the verb jieba cut for the prepositions' sake: read as one verb.
    const second = tokens[n + 1];
    const lastOut = out[out.length - 1];
    if (lastOut?.word === '的' && k.word.length === 1 && k.tag === 'p' && second && second.word.length === 1 && second.tag === 'p' && second.start === k.end && dict.freq(k.word + second.word) > 0) {
      out.push({ word: k.word + second.word, tag: 'v', start: k.start, end: second.end });
      joinedNext = true;
      continue;
    }
    // Two single characters before 的/地/得 that the dictionary holds as one manner word (从/快 → 从快
    // d): jieba split them for the words around; the particle reads the manner word (joinedManner).
    const prev = out[out.length - 1];
    const joined = prev && joinedManner(prev, k, tokens[n + 1], dict);
    if (joined) {
      out[out.length - 1] = joined;
      continue;
    }
    // A strict modal jieba fused with the manner word after it (要从严 l, 应立即 i): the modal, then
    // the adverbial, as the slot rules read them when jieba keeps them apart.
    const modal = k.word.length >= 3 && /^(i|l)$/.test(k.tag) ? [...STRICT_MODALS].find((m) => k.word.startsWith(m) && k.word.length - m.length >= 2) : undefined;
    const rest = modal && k.word.slice(modal.length);
    const restTag = rest && dict.tagOf(rest);
    if (modal && rest && restTag && JOINED_MANNER.test(restTag)) {
      const at = k.start + modal.length;
      out.push({ word: modal, tag: 'v', start: k.start, end: at }, { word: rest, tag: restTag, start: at, end: k.end });
      continue;
    }
    const stem = k.word.slice(0, -1);
    if (k.word.length === 3 && k.word.endsWith('地') && /^(a|ad|z|d)$/.test(dict.tagOf(stem) ?? '') && dict.freq(k.word) <= 3) {
      out.push({ word: stem, tag: dict.tagOf(stem)!, start: k.start, end: k.end - 1 }, cutParticle(k.end));
      continue;
    }
    // A modifier's 地 glued into a word of land (闲置地, 老 + 旧地, 最 + 集中地): de-di-fused.ts.
    const cut = cutFusedDi(tokens[n - 1], k, tokens[n + 1], dict);
    if (cut && (!cut.joinsPrev || out[out.length - 1] === tokens[n - 1])) {
      if (cut.joinsPrev) out.pop();
      out.push(...cut.tokens);
    } else out.push(k);
  }
  return out;
}

/** Tags of a manner word the dictionary may hold for a joined pair: adverb, adjective, state word. */
const JOINED_MANNER = /^(d|ad|a|z)$/;

/** prev + k as one token when both are single Han characters, a particle follows, and the join is a manner word. */
function joinedManner(prev: Token, k: Token, next: Token | undefined, dict: WordDictionary): Token | null {
  if (!next || !'的地得'.includes(next.word) || prev.word.length !== 1 || k.word.length !== 1 || !isHanWord(prev.word + k.word) || prev.end !== k.start) return null;
  const tag = dict.tagOf(prev.word + k.word);
  return tag && JOINED_MANNER.test(tag) ? { word: prev.word + k.word, tag, start: prev.start, end: k.end } : null;
}

/**
 * Verbs that take only a noun phrase as their object (提供服务, 营造环境, 打造品牌): a modifier + 地
 * after one of them can only open that object, so 的 (提供便捷高效地政务服务, 营造安全地用气环境).
 * A verb after 地 (营造、积极地推动) keeps it: the phrase then is no object.
 */
// 拿出/采取/出台/制定/推出 take a measure or a plan as object, never a verb phrase (round 15).
const NOUN_TAKERS = new Set('提供 营造 打造 创造 构建 呈现 展现 树立 形成 塑造 创建 拿出 采取 出台 制定 推出 有 具有 拥有 享有 享受 给予 得到 受到 获得 赢得'.split(' '));

/**
 * Of the noun-taking verbs, those whose object is often an act named by a verb form (给予支持, 得到
 * 保障, 有保障): a lone verb form after their modifier + 地 heads that object.
 */
const VERB_OBJECT_TAKERS: ReadonlySet<string> = new Set('提供 有 享有 享受 给予 得到 受到 获得 赢得'.split(' '));

/**
 * Nouns jieba's dictionary tags v (举措 754 v): as the object of a noun-taking verb they head a noun
 * phrase, so they count as nouns in objectOfNounTaker.
 */
const NOUNS_TAGGED_V = new Set(['举措']);

function objectOfNounTaker(t: readonly Token[], i: number): boolean {
  if (t[i]!.tag !== 'uv') return false;
  const m = t[i - 1]!;
  // A word the model writes before 的 far more than before 地 (优质 n) modifies the object's head too.
  if (m.word.length < 2 || !(mannerWord(m) || /^(i|l)$/.test(m.tag) || leansNominal(m.word))) return false;
  let from = i - 1;
  let listed = false;
  // Coordinated modifiers and a degree word before them (拿出更加有力地举措) belong to the phrase.
  for (let n = 0; n < 3 && from > 1; n++) {
    const k = t[from - 1]!;
    if (k.word === '、') listed = true;
    // A word the model writes before 的 (优质 n) is one of the coordinated modifiers too (提供优质高效地服务).
    if (!(k.word === '、' || DEGREE.has(k.word) || (k.word.length >= 2 && (mannerWord(k) || leansNominal(k.word))))) break;
    from--;
  }
  if (!NOUN_TAKERS.has(t[from - 1]?.word ?? '')) return false;
  let end = i + 1;
  while (end < t.length && !CLAUSE_END.test(t[end]!.word) && t[end]!.tag !== 'x') end++;
  const rest = t.slice(i + 1, end);
  const last = rest[rest.length - 1];
  const tag = (k: Token): string => (NOUNS_TAGGED_V.has(k.word) ? 'n' : k.tag);
  // A lone verb form closing the clause is the object's head for a verb that takes what is done as a
  // noun (给予大力地支持, 有充足地睡眠); not after a list (营造、积极地推动 lists verbs).
  if (rest.length === 1 && !listed && VERB_OBJECT_TAKERS.has(t[from - 1]!.word) && /^(v|vn)$/.test(last?.tag ?? '') && last!.word.length >= 2) return true;
  if (!last || rest.length > 4 || rest.some((k) => !isHanWord(k.word) || k.word === '的' || /^v$/.test(tag(k)))) return false;
  return last.word.length >= 2 && /^(n|nz|vn|an|ng)$/.test(tag(last));
}
