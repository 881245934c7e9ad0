import { converter } from '../../script/converter';
import type { Script } from '../../model';
import { TARGET_VERBS } from './target-terms';
import type { Segmenter } from './types';
import { OFFICIAL_VERBS } from './vocabulary';

/** A token with its offset in the unit's text. */
export interface Token {
  word: string;
  tag: string;
  start: number;
  end: number;
}

/** A unit's text as the word rules see it: Simplified (the dictionary's script), segmented and tagged. */
export interface Analysed {
  /** Simplified text, same length and offsets as the original. */
  text: string;
  /** The unit's text as written (Traditional in a Traditional document): a slip of the eye is in its script. */
  source: string;
  tokens: Token[];
  /** The document's script. */
  script: Script;
  /** Turns a Simplified correction back into the document's script. */
  toScript(s: string): string;
}

const HAN = /[\p{Script=Han}]/u;

/**
 * The layer's own verbs (vocabulary.ts, target-terms.ts). createWordLayer adds them tagged v, but
 * jieba keeps its own tag for a word it already has (压实 n, 督导 n, 兜底 s): the tokens are
 * retagged here, so the 的/地/得 rule reads 压实的还不够 as a verb before its complement.
 */
const OWN_VERBS: ReadonlySet<string> = new Set([...OFFICIAL_VERBS, ...TARGET_VERBS]);

/**
 * Traditional text is converted to Simplified for the dictionary (jieba's words are Simplified);
 * OpenCC's conversion keeps one character per character, which is checked, so offsets carry over.
 * Returns null for text with no Han characters or a conversion that changed the length.
 */
export function analyse(text: string, script: Script, seg: Segmenter): Analysed | null {
  if (!HAN.test(text)) return null;
  const simplified = script === 'hant' ? converter('t', 'cn')(text) : text;
  if (simplified.length !== text.length) return null;
  const tokens: Token[] = [];
  let at = 0;
  for (const t of seg.tag(simplified)) {
    tokens.push({ word: t.word, tag: t.tag[0] !== 'v' && OWN_VERBS.has(t.word) ? 'v' : t.tag, start: at, end: at + t.word.length });
    at += t.word.length;
  }
  if (at !== simplified.length) return null;
  const toScript = script === 'hant' ? converter('cn', 'tw') : (s: string) => s;
  return { text: simplified, source: text, tokens, script, toScript };
}

export const isHanWord = (s: string): boolean => /^[\p{Script=Han}]+$/u.test(s);

/** A token that ends a clause for the 的/地/得 readings: sentence and clause marks. */
export const CLAUSE_MARK = /^[，。；！？：,;!?:]$/;
/** The same with the list mark 、, for readings where a list item ends the phrase as a clause does. */
export const CLAUSE_OR_LIST_MARK = /^[，。；！？：、,;!?:]$/;

/**
 * Whether `fn`, a one-character token at offset `at`, is an adverb or conjunction the segmenter cut as
 * a word of its own with a verb or preposition (`next`) right after it: it opens the clause's
 * predicate (修复师 + 则 + 在…, 社工督导余淑芬 + 则 + 率员…), and the character before it ends the
 * subject — a noun's suffix, a name — not half of a word broken by a slip. The slip rules read a
 * lone character before such a word with it as a two-character word (师则 → 实则, 芬则 → 分则);
 * they ask this first. Round 47 (check-118d): one false warning of the clean TRAIN sentences on
 * each half, no caught misspelling lost.
 */
export function predicateOpener(slipped: Token | undefined, fn: Token | undefined, next: Token | undefined, at: number): boolean {
  // The slipped character a noun's (師 ng, a name's 芬 zg): an adjective before an adverb (娇 a + 正 d
  // + 工作 vn of 矫正工作) is a broken word's half.
  if (!slipped || !/^(n|zg)/.test(slipped.tag)) return false;
  if (!fn || fn.start !== at || fn.end !== at + 1 || !/^(c|d)$/.test(fn.tag)) return false;
  return !!next && next.start === at + 1 && /^(v|p)$/.test(next.tag);
}
